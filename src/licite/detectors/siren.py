"""SIREN (9 digits) and SIRET (14 digits) detector: French company and establishment numbers.

Why: a SIREN/SIRET identifies a business, and for a sole trader (entrepreneur individuel) it
identifies a person; it tells the rules a contact is professional (B2B) and links it to the
SIRENE register, whose diffusion status (C. com. R123-232-1) must be honoured. Both end with a
Luhn check digit; La Poste's establishments (SIREN 356 000 000) are the one exception: their
SIRET digits sum to a multiple of 5 instead (the head office, 356 000 000 00048, keeps Luhn).

Policy: one 9-digit number in ten passes Luhn by chance, so a bare SIREN is reported only near a
label (SIREN, SIRET, RCS, TVA, immatriculée ...) or inside a French VAT number (FR + key + SIREN,
whose key is checked too). A SIRET needs two checks to pass (its own and its SIREN's, one in a
hundred by chance) and is reported without a label, with a higher score when written
``732 829 320 00074`` or labelled.
"""

from __future__ import annotations

import re

from licite.core.findings import Finding
from licite.detectors.checks import context_near, luhn_valid, numbers_from

__all__ = [
    "CATEGORIES",
    "DETECTOR",
    "detect",
    "might_match",
    "siren_valid",
    "siret_valid",
    "vat_key",
]

DETECTOR = "siren-luhn"
CATEGORIES: frozenset[str] = frozenset({"siren", "siret"})
LA_POSTE = "356000000"
LA_POSTE_HEAD_OFFICE = "35600000000048"

_S = "[ .\u00a0]"
#: Three digits not inside a longer run; the lookbehinds follow the first digit (a faster scan).
_FIRST3 = rf"(\d(?<!\w.)(?<!\d{_S}.)\d\d)"
#: A SIRET (group 5: its last five digits) or a SIREN alone (nine digits and no digit after), in
#: one scan: after the same nine digits one of them at most can follow.
_NUMBER = re.compile(
    rf"{_FIRST3}({_S}?)(\d{{3}})\2(\d{{3}})(?:{_S}?(\d{{5}})(?!\w)|(?!\w)(?!{_S}?\d))"
)
_VAT = re.compile(rf"FR(?<!\w..){_S}?(\d\d){_S}?(\d{{3}})({_S}?)(\d{{3}})\3(\d{{3}})(?!\w)")
_CONTEXT = re.compile(
    r"(?i)\b(?:siren|siret|rcs|r\.c\.s|tva|vat|immatricul\w*|kbis|n°\s*d'entreprise|"
    r"registre du commerce|company (?:number|registration))"
)
#: Written ``\d\d\d`` rather than ``\d{3}``: the regex engine then scans for a digit first.
_NINE_DIGITS = re.compile(rf"\d\d\d{_S}?\d{{3}}{_S}?\d{{3}}")


def siren_valid(siren: str) -> bool:
    """Whether 9 digits form a SIREN (Luhn check)."""
    return len(siren) == 9 and luhn_valid(siren)


def siret_valid(siret: str) -> bool:
    """Whether 14 digits form a SIRET: a valid SIREN, and Luhn over all 14 digits (La Poste:
    digit sum a multiple of 5)."""
    if len(siret) != 14 or not siret.isdigit() or not siren_valid(siret[:9]):
        return False
    if siret.startswith(LA_POSTE) and siret != LA_POSTE_HEAD_OFFICE:
        return sum(map(int, siret)) % 5 == 0
    return luhn_valid(siret)


def vat_key(siren: str) -> int:
    """The two-digit key of the French VAT number of ``siren`` (FR + key + SIREN)."""
    return (12 + 3 * (int(siren) % 97)) % 97


def might_match(text: str) -> bool:
    """Cheap prefilter: nine digits, possibly in groups of three (searched from where the
    detectors of numbers start: none starts earlier)."""
    return _NINE_DIGITS.search(text, numbers_from(text)) is not None


def _finding(
    category: str, match: re.Match[str], score: float, why: str, field: str | None
) -> Finding:
    return Finding(
        category=category,
        start=match.start(),
        end=match.end(),
        text=match.group(),
        score=score,
        detector=DETECTOR,
        explanation=why,
        field=field,
    )


def _sirets(text: str, field: str | None, numbers: list[re.Match[str]]) -> list[Finding]:
    findings: list[Finding] = []
    for match in numbers:
        if match.group(5) is None:
            continue  # a SIREN alone
        siret = "".join(match.group(1, 3, 4, 5))
        if not siret_valid(siret):
            continue
        labelled = context_near(text, match.start(), match.end(), _CONTEXT)
        score = 0.95 if labelled else 0.85 if match.group(2) else 0.75
        rule = "digit sum multiple of 5 (La Poste)" if siret.startswith(LA_POSTE) else "Luhn"
        why = f"SIRET {match.group()!r} passes the {rule} check and its SIREN the Luhn check"
        findings.append(_finding("siret", match, score, why, field))
    return findings


def _sirens(
    text: str, field: str | None, numbers: list[re.Match[str]], start: int
) -> list[Finding]:
    findings: list[Finding] = []
    for match in _VAT.finditer(text, start):
        siren = "".join(match.group(2, 4, 5))
        if siren_valid(siren) and int(match.group(1)) == vat_key(siren):
            why = f"French VAT number {match.group()!r}: key and SIREN Luhn check pass"
            findings.append(_finding("siren", match, 0.95, why, field))
    for match in numbers:
        if match.group(5) is not None:
            continue  # a SIRET
        siren = "".join(match.group(1, 3, 4))
        if siren_valid(siren) and context_near(text, match.start(), match.end(), _CONTEXT):
            if any(f.start <= match.start() < f.end for f in findings):
                continue  # the SIREN of a VAT number already reported
            why = f"SIREN {match.group()!r} next to a company-number label passes the Luhn check"
            findings.append(_finding("siren", match, 0.9, why, field))
    return findings


def detect(text: str, field: str | None = None) -> list[Finding]:
    """Every SIRET, and every SIREN that is labelled or part of a VAT number, in ``text``."""
    if not might_match(text):
        return []
    start = numbers_from(text)
    numbers = list(_NUMBER.finditer(text, start))
    findings = _sirets(text, field, numbers) + _sirens(text, field, numbers, start)
    findings.sort(key=lambda f: f.start)
    return findings
