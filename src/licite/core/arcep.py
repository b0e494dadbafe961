"""Caller-ID ranges reserved for automated calling systems (ARCEP décision 2022-1583).

Why: since 1 January 2023 (ARCEP décision n° 2022-1583 of 1 September 2022, amending the national
numbering plan) calls and messages from automated systems (systèmes automatisés, CPCE art. L32)
may present as caller ID only the dedicated "numéros polyvalents vérifiés" ranges below; geographic
(01–05), other 09 and mobile 06/07 numbers are no longer allowed for them. A campaign that
declares a caller ID outside these ranges is flagged by the rules.

The ranges are kept here as a constant because the shared reference file
(``shared/reference/arcep-demarchage``) is not shipped with the package; a conformance test
checks that both agree. Sources disagree on which overseas territory each 0947x prefix serves,
so only the prefixes (on which they all agree) are encoded, not the mapping. The 0937–0939
"technical platform" numbers are *not* prospecting ranges.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "ARCEP_EFFECTIVE",
    "RESERVED_PREFIXES_E164",
    "RESERVED_PREFIXES_METROPOLITAN",
    "RESERVED_PREFIXES_NATIONAL",
    "RESERVED_PREFIXES_OVERSEAS",
    "is_reserved_prospecting_number",
]

#: Entry into force of ARCEP décision 2022-1583.
ARCEP_EFFECTIVE = date(2023, 1, 1)

#: Metropolitan prefixes, national format (trunk 0 included).
RESERVED_PREFIXES_METROPOLITAN: tuple[str, ...] = (
    "0162", "0163", "0270", "0271", "0377", "0378",
    "0424", "0425", "0568", "0569", "0948", "0949",
)  # fmt: skip

#: Overseas prefixes, national format; they are +33 numbers too (09 "polyvalent" range).
RESERVED_PREFIXES_OVERSEAS: tuple[str, ...] = ("09475", "09476", "09477", "09478", "09479")

#: Every reserved prefix, national format.
RESERVED_PREFIXES_NATIONAL: tuple[str, ...] = (
    RESERVED_PREFIXES_METROPOLITAN + RESERVED_PREFIXES_OVERSEAS
)

#: The same prefixes in E.164: +33 replaces the trunk 0.
RESERVED_PREFIXES_E164: tuple[str, ...] = tuple("+33" + p[1:] for p in RESERVED_PREFIXES_NATIONAL)

_FR_NUMBER_LENGTH = len("+33") + 9


def is_reserved_prospecting_number(e164: str) -> bool:
    """Whether an E.164 number (``+33162123456``) lies in a range of ARCEP décision 2022-1583.

    Only complete French numbers (+33 and nine digits) can match; anything else is False.
    """
    return (
        len(e164) == _FR_NUMBER_LENGTH
        and e164[3:].isascii()
        and e164[3:].isdigit()
        and e164.startswith(RESERVED_PREFIXES_E164)
    )
