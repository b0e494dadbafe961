"""The notations of phone numbers the vectorised normaliser reads, as RE2 patterns.

Shared by the Arrow kernels (:mod:`licite.scrub.phones`) and the DuckDB pre-pass
(:mod:`licite.scrub.phone_sql`): both engines run RE2, so one pattern means the same on both.
"""

from __future__ import annotations

import re
from functools import cache

#: Separators inside a number.
SEPARATORS = "[ .\\-\u00a0]"
#: A French number once separators are gone: the national prefix or calling code, then the
#: nine digits of the national significant number.
FRENCH = r"^(?:0|\+33|0033|33|\+33\(0\))(?P<n>[1-9]\d{8})$"
#: What phonenumbers' _extract_possible_number drops: words and punctuation before the
#: number (``Tél :``) and punctuation after it (kept to letters and ASCII so that both
#: engines and Python agree on what is a digit).
LEADING = r"^[\p{L}\x20-\x2a\x2c-\x2f\x3a\x3c-\x40\x5b-\x60\x7b-\x7e]+"
TRAILING = r"[\x20-\x22\x24-\x2f\x3a\x3c-\x40\x5b-\x60\x7b-\x7e]+$"
#: A national number in French notation (``0`` then nine digits).
NATIONAL = r"^0(?P<n>[1-9]\d{8})$"
#: A number in international notation, its digits after ``+`` or ``00``.
INTERNATIONAL = r"^(?:\+|00)(?P<d>[1-9]\d{6,16})$"
#: French numbers in plain national or E.164 notation: their key ends with their last 9 digits.
PLAIN = r"^(?:0|\+33)[1-9]\d{8}$"
#: A national number and words after it, without a character that may start a second number.
WORDED = r"^0[1-9][0-9A-Za-z .()\-]*$"


_GAP = SEPARATORS + "*"
#: FRENCH's prefixes, atom by atom.
_PREFIXES = (("0",), (r"\+", "3", "3"), ("0", "0", "3", "3"), ("3", "3"),
             (r"\+", "3", "3", r"\(", "0", r"\)"))  # fmt: skip
#: FRENCH written with separators anywhere and nothing else (``06 12 34 56 78``, ``+33 (0)6…``,
#: ``0612345678``): such a value is FRENCH once its separators are removed, so its national
#: number is its last nine digits then. One RE2 scan, without the captures that make
#: ``regexp_extract`` twice as slow, tells these values (nine in ten of a contact file) apart.
_NINE_DIGITS = _GAP.join(["[1-9]", *[r"\d"] * 8])
SPACED_FRENCH = (
    f"^{_GAP}(?:{'|'.join(_GAP.join(atoms) for atoms in _PREFIXES)}){_GAP}{_NINE_DIGITS}{_GAP}$"
)

#: Words and punctuation before a number, as in ``Tél : 06 12 34 56 78``: the part of LEADING
#: the C kernel reads (ASCII letters and punctuation, Latin-1 letters), none of which can start
#: or be part of a number.
LABEL = (
    r"[A-Za-z\x20-\x2a\x2c-\x2f\x3a\x3c-\x40\x5b-\x60\x7b-\x7e"
    r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]*"
)
#: SPACED_FRENCH after a label at most. LEADING strips the label (a value's first character
#: that is not LEADING's is its number's first, + or a digit) and what is left is
#: SPACED_FRENCH: its national number is still its last nine digits.
LABELLED_FRENCH = f"^{LABEL}{SPACED_FRENCH[1:]}"


@cache
def characters(pattern: str) -> str:
    """The characters a one-class pattern (``[…]``) matches, all ASCII or Latin-1 here."""
    return "".join(chr(c) for c in range(256) if re.fullmatch(pattern, chr(c)))


__all__ = [
    "FRENCH", "INTERNATIONAL", "LABEL", "LABELLED_FRENCH", "LEADING", "NATIONAL", "PLAIN",
    "SEPARATORS", "SPACED_FRENCH",
    "TRAILING", "WORDED", "characters",
]  # fmt: skip
