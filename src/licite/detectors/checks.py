"""Check-digit algorithms and context look-ups shared by the identifier detectors.

Why: a number is reported as an identifier only when its check digits hold (issue 3: "a
checksum-failing number is not reported as that identifier"), so every detector validates the
same way: Luhn (ISO/IEC 7812-1: SIREN, SIRET, payment cards) and ISO 7064 mod 97-10 (IBAN).
"""

from __future__ import annotations

import re

__all__ = ["context_near", "luhn_check_digit", "luhn_valid", "mod97"]

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
