"""Payment card number (PAN) detector: Luhn check, issuer (IIN) range and length.

Why: card data must not be held for prospecting: the CNIL's recommendation on card data
(délibération 2018-303) limits keeping it to the payment and, with consent, to later payments,
and it sanctioned keeping it without consent (KG COM, SAN-2023-008). A number is reported only
when its issuer range, its length for that issuer and its Luhn digit all hold; a 14-digit
number that is a valid SIRET (with its SIREN) is a company number, not a Diners card, and the
3-3-3-5 grouping of SIRETs or the letters of an IBAN never make a card.
"""

from __future__ import annotations

import re

from licite.core.findings import Finding
from licite.detectors.checks import context_near, luhn_valid, numbers_from

__all__ = ["BRANDS", "CATEGORIES", "DETECTOR", "brand", "detect", "might_match", "validate"]

DETECTOR = "payment-card-luhn"
CATEGORIES: frozenset[str] = frozenset({"payment_card"})
SCORE = 0.8
CONTEXT_SCORE = 0.95

_ANY = frozenset(range(16, 20))
#: Issuer ranges (inclusive prefixes) and the lengths each issues; first match wins. French "CB"
#: cards are co-branded Visa or Mastercard.
BRANDS: tuple[tuple[str, tuple[tuple[int, int], ...], frozenset[int]], ...] = (
    ("Visa", ((4, 4),), frozenset({13, 16, 19})),
    ("Mastercard", ((51, 55), (2221, 2720)), frozenset({16})),
    ("American Express", ((34, 34), (37, 37)), frozenset({15})),
    ("Discover", ((6011, 6011), (644, 649), (65, 65), (622126, 622925)), _ANY),
    ("JCB", ((3528, 3589),), _ANY),
    ("Diners Club", ((300, 305), (3095, 3095), (36, 36), (38, 39)), frozenset(range(14, 20))),
    ("UnionPay", ((62, 62),), _ANY),
    ("Maestro", ((50, 50), (56, 69)), frozenset(range(12, 20))),
)

_S = "[ \\-\u00a0]"
#: 12 to 19 digits, not inside a longer run (the lookbehinds follow the first digit: faster).
_CANDIDATE = re.compile(rf"\d(?<!\w.)(?<!\d{_S}.)(?:{_S}?\d){{11,18}}(?!\w)(?!{_S}?\d)")
_GROUP = re.compile(r"\d+")
_CONTEXT = re.compile(
    r"(?i)\b(?:carte|cb|card|visa|mastercard|amex|american express|cvv|cvc|"
    r"cryptogramme|expir\w*|exp)\b"
)


def brand(number: str) -> str | None:
    """The issuer whose range and lengths admit ``number`` (digits only), else None."""
    for name, ranges, lengths in BRANDS:
        if len(number) in lengths:
            for low, high in ranges:
                if low <= int(number[: len(str(low))]) <= high:
                    return name
    return None


def _is_siret(number: str) -> bool:
    return len(number) == 14 and luhn_valid(number[:9]) and luhn_valid(number)


def validate(number: str) -> bool:
    """Whether ``number`` (digits only) is a card number: issuer range, length and Luhn."""
    return (
        number.isdigit()
        and brand(number) is not None
        and luhn_valid(number)
        and not _is_siret(number)
    )


def _well_grouped(run: str) -> bool:
    """Card numbers are written in groups of four (the last shorter), or 4-6-5 / 4-6-4
    (American Express, Diners), with one kind of separator, or without separators."""
    groups = [len(g) for g in _GROUP.findall(run)]
    if len(groups) == 1:
        return True
    if len({char for char in run if not char.isdigit()}) != 1:
        return False
    fours = all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4
    return fours or groups in ([4, 6, 5], [4, 6, 4])


def might_match(text: str) -> bool:
    """Cheap prefilter: a run of 12 to 19 digits."""
    return _CANDIDATE.search(text) is not None


def detect(text: str, field: str | None = None) -> list[Finding]:
    """Every payment card number in ``text`` that passes the issuer, length and Luhn checks."""
    findings: list[Finding] = []
    for match in _CANDIDATE.finditer(text, numbers_from(text)):
        number = "".join(_GROUP.findall(match.group()))
        if not (_well_grouped(match.group()) and validate(number)):
            continue
        near = context_near(text, match.start(), match.end(), _CONTEXT)
        findings.append(
            Finding(
                category="payment_card",
                start=match.start(),
                end=match.end(),
                text=match.group(),
                score=CONTEXT_SCORE if near else SCORE,
                detector=DETECTOR,
                explanation=f"payment card number ({brand(number)}, {len(number)} digits) passes "
                "the Luhn check; card data must not be held (CNIL recommendation, KG COM sanction)",
                field=field,
            )
        )
    return findings
