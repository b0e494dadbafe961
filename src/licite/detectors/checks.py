"""Check-digit algorithms and context look-ups shared by the identifier detectors.

Why: a number is reported as an identifier only when its check digits hold (issue 3: "a
checksum-failing number is not reported as that identifier"), so every detector validates the
same way: Luhn (ISO/IEC 7812-1: SIREN, SIRET, payment cards) and ISO 7064 mod 97-10 (IBAN).
"""

from __future__ import annotations

import re

from licite.detectors import kernel

__all__ = [
    "BEFORE_RUN",
    "context_near",
    "digits_from",
    "lowered",
    "luhn_check_digit",
    "luhn_valid",
    "mod97",
    "numbers_from",
]

#: A digit doubled, then its two digits summed (the Luhn step for every second digit).
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def _luhn_sum(digits: str, double_first: bool) -> int:
    total = 0
    double = double_first
    for char in reversed(digits):
        value = ord(char) - 48
        total += _DOUBLED[value] if double else value
        double = not double
    return total


def luhn_valid(digits: str) -> bool:
    """Whether a string of ASCII digits passes the Luhn check (ISO/IEC 7812-1 annex B)."""
    return bool(digits) and digits.isdigit() and _luhn_sum(digits, False) % 10 == 0


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload + digit`` Luhn-valid (to build test numbers)."""
    return str(-_luhn_sum(payload, True) % 10)


def mod97(alphanumeric: str) -> int:
    """ISO 7064 mod 97-10 remainder of ``alphanumeric``, letters read as A=10 … Z=35."""
    if alphanumeric.isdigit():
        return int(alphanumeric) % 97
    return int("".join(str(int(char, 36)) for char in alphanumeric)) % 97


def context_near(
    text: str, start: int, end: int, words: re.Pattern[str], before: int = 40, after: int = 30
) -> bool:
    """Whether ``words`` occurs within ``before`` characters before ``start`` or ``after`` after
    ``end`` (a label such as "SIREN" or "Tél." makes a bare number far more likely)."""
    return bool(
        words.search(text, max(0, start - before), start) or words.search(text, end, end + after)
    )


#: The last text lower-cased and its lower case (one tuple, replaced whole, so that threads
#: never see half of it).
_last_lowered: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """``text.lower()``, kept for the last text: the email prefilter and the lexicons' split
    read the same text in lower case one after the other."""
    global _last_lowered
    last = _last_lowered
    if text is last[0]:
        return last[1]
    lower = text.lower()
    _last_lowered = (text, lower)
    return lower


#: A run of digits: this many digits in a row, up to 3 of these separators between two. Every
#: phone number, NIR, SIREN, SIRET, VAT number and card number holds one.
_RUN_DIGITS, _RUN_SEPARATORS = 8, " .-/\u00a0()"
_DIGIT_RUN = re.compile(
    rf"\d(?<!\d\d)(?:[{re.escape(_RUN_SEPARATORS)}]{{0,3}}\d){{{_RUN_DIGITS - 1}}}"
)
#: How many characters before the first run of digits such a number may start: a Corsican NIR
#: ("1 85 05 2A 123 456 78": sex, year, month and department with their separators, 11
#: characters, before the run of its last eight digits); a VAT number's "FR" and a separator
#: (3). The others start on the first digit of a run.
BEFORE_RUN = 11
#: The last text searched and where its first run starts (one tuple, replaced whole).
_last_run: tuple[str, int] = ("", -1)


def digits_from(text: str) -> int:
    """Where the first run of digits of ``text`` starts, or -1 when it holds none: the search
    of ``_DIGIT_RUN``, in C where the optional kernel is built (no regex scan), kept for the
    last text (the registry and each detector of numbers ask in turn)."""
    global _last_run
    last = _last_run
    if text is last[0]:
        return last[1]
    if kernel.digit_run is not None:
        start = kernel.digit_run(text, _RUN_SEPARATORS, _RUN_DIGITS)
    else:
        found = _DIGIT_RUN.search(text)
        start = -1 if found is None else found.start()
    _last_run = (text, start)
    return start


def numbers_from(text: str) -> int:
    """Where the detectors of numbers start their scan: :data:`BEFORE_RUN` characters before
    the first run of digits (no such number starts earlier), the end of ``text`` without one
    (none is there). Their regexes' lookbehinds still see the text before that position."""
    start = digits_from(text)
    return len(text) if start < 0 else max(0, start - BEFORE_RUN)
