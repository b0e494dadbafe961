"""French social security number (NIR, numéro d'inscription au répertoire) detector.

Why: the NIR may only be processed by the controllers and for the purposes listed in
décret 2019-341 (loi Informatique et Libertés art. 30); commercial prospecting is not one of
them, so licite must never collect or store it. A number is reported only when its control key
checks, so ordinary 15-digit strings (orders, IBAN fragments) are not dropped by mistake.

Layout: sex(1) year(2) month(2) department(2, or 2A/2B) commune(3) order(3) key(2), optionally
separated by single spaces, dots, dashes or no-break spaces. A number inside a longer run of
digit groups (a card, an IBAN) is not a NIR: it may not follow a digit and a separator.
Key = 97 - (13-digit number mod 97); for Corsica, 2A is read as 19 and 2B as 18 before taking
the modulus.
"""

from __future__ import annotations

import re

from licite.core.findings import Finding
from licite.detectors.checks import numbers_from

__all__ = ["CATEGORIES", "DETECTOR", "detect", "might_match", "nir_key", "validate"]

DETECTOR = "nir"
CATEGORIES: frozenset[str] = frozenset({"nir"})
SCORE = 0.95
EXPLANATION = "NIR with a valid control key (décret 2019-341: not a prospecting purpose)"

_SEP = "[ .\\-\u00a0]?"
#: Sex: 1/2 (3/4 and 7/8 for provisional numbers); month 01-12, 20-42 or 50-99 (unknown month).
#: The lookbehinds follow the first character so that the regex engine scans for it quickly.
_PATTERN = re.compile(
    r"(?P<sex>[1-478])(?<![0-9A-Za-z].)(?<!\d[ .\-\u00a0].)"
    rf"{_SEP}(?P<year>\d\d){_SEP}"
    rf"(?P<month>0[1-9]|1[0-2]|[2-35-9]\d|4[0-2]){_SEP}"
    rf"(?P<dept>\d\d|2[AaBb]){_SEP}(?P<commune>\d{{3}}){_SEP}(?P<order>\d{{3}}){_SEP}"
    r"(?P<key>\d\d)"
    r"(?![0-9A-Za-z])"
)
_CORSICA = {"2A": "19", "2B": "18"}


def nir_key(number: str) -> int:
    """The control key of a 13-character NIR body (digits, or 2A/2B as department)."""
    body = number[:5] + _CORSICA.get(number[5:7].upper(), number[5:7]) + number[7:]
    return 97 - int(body) % 97


def validate(nir: str) -> bool:
    """Whether a 15-character NIR (separators removed) has a correct control key."""
    if len(nir) != 15 or not nir[13:].isdigit():
        return False
    body = nir[:13]
    dept = body[5:7].upper()
    if not (body.isdigit() or (dept in _CORSICA and (body[:5] + body[7:]).isdigit())):
        return False
    return nir_key(body) == int(nir[13:])


def might_match(text: str) -> bool:
    """Cheap prefilter: a NIR is at least 15 characters and starts with a sex digit."""
    return len(text) >= 15 and _PATTERN.search(text) is not None


def detect(text: str, field: str | None = None) -> list[Finding]:
    """Every NIR with a valid key in ``text``; a failing key is not reported."""
    if len(text) < 15:
        return []
    findings = []
    for match in _PATTERN.finditer(text, numbers_from(text)):
        compact = "".join(match.group("sex", "year", "month", "dept", "commune", "order", "key"))
        if validate(compact):
            findings.append(
                Finding(
                    category="nir",
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    score=SCORE,
                    detector=DETECTOR,
                    explanation=EXPLANATION,
                    field=field,
                )
            )
    return findings
