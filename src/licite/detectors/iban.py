"""IBAN detector for every country of the SWIFT IBAN registry (ISO 13616).

Why: a bank account number is financial data about a person; prospecting needs none of it, so
holding it breaches data minimisation (GDPR art. 5(1)(c)) and, if leaked, exposes the person to
fraud (art. 32). An IBAN is country code, two check digits and a BBAN whose length the
registry fixes per country; it is reported only when that length matches and the ISO 7064
mod 97-10 check gives 1, so a random "FR76 ..." string is not.
"""

from __future__ import annotations

import re

from licite.core.findings import Finding
from licite.detectors import kernel
from licite.detectors.checks import mod97

__all__ = ["CATEGORIES", "DETECTOR", "LENGTHS", "detect", "might_match", "validate"]

DETECTOR = "iban-mod97"
CATEGORIES: frozenset[str] = frozenset({"iban"})
SCORE = 0.95

#: Total IBAN length by country code (SWIFT IBAN registry, release 99, 2025).
LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip

#: Country code (upper case, as IBANs are printed: a fast scan) and check digits, then up to 30
#: BBAN characters with single spaces or dashes; the exact length is cut in Python from the
#: country's registry length. The BBAN is a lookahead so that a failed candidate does not
#: swallow an IBAN that starts inside it.
_CANDIDATE = re.compile(
    r"([A-Z](?<![A-Za-z0-9].)[A-Z])(\d\d)(?=((?:[ \u00a0\-]?[A-Za-z0-9]){11,30}))"
)
_ALNUM = re.compile(r"[A-Za-z0-9]")


def validate(iban: str) -> bool:
    """Whether ``iban`` (spaces allowed) has its country's length and passes mod 97-10."""
    compact = re.sub(r"[ \u00a0\-]", "", iban).upper()
    country = compact[:2]
    return (
        LENGTHS.get(country) == len(compact)
        and compact.isalnum()
        and compact.isascii()
        and compact[2:4].isdigit()
        and mod97(compact[4:] + compact[:4]) == 1
    )


def might_match(text: str) -> bool:
    """Cheap prefilter: two letters followed by two digits and more."""
    return _CANDIDATE.search(text) is not None


def _cut(text: str, match: re.Match[str], bban_length: int) -> int | None:
    """End of the first ``bban_length`` BBAN characters, if a word boundary follows them."""
    chars = list(_ALNUM.finditer(text, match.start(3), match.end(3)))
    if len(chars) < bban_length:
        return None
    end = chars[bban_length - 1].end()
    return None if text[end : end + 1].isalnum() else end


def detect(text: str, field: str | None = None) -> list[Finding]:
    """Every IBAN in ``text`` whose length and mod-97 check hold."""
    if kernel.capitals_digits is not None and not kernel.capitals_digits(text):
        return []  # no candidate can start (a test in C, cheaper than the regex's scan)
    findings: list[Finding] = []
    for match in _CANDIDATE.finditer(text):
        country = match.group(1).upper()
        length = LENGTHS.get(country)
        if findings and match.start() < findings[-1].end:
            continue  # a group inside the IBAN just reported
        end = _cut(text, match, length - 4) if length else None
        if end is None or not validate(found := text[match.start() : end]):
            continue
        findings.append(
            Finding(
                category="iban",
                start=match.start(),
                end=end,
                text=found,
                score=SCORE,
                detector=DETECTOR,
                explanation=f"IBAN {found[:4].upper()}… ({country}, {length} characters) passes "
                "the ISO 13616 mod-97 check",
                field=field,
            )
        )
    return findings
