"""Runs every detector over a text or a record's attributes and returns their findings.

Why: the collector's minimiser and the check service need one entry point that applies all the
filters the law asks for (GDPR art. 9/10 categories, NIR under décret 2019-341, card and bank
data, contact points) without knowing each detector. Detectors only report
:class:`~licite.core.findings.Finding`\\ s; what to drop or refuse is decided by the rules.

When findings of two identifier categories overlap, only the more specific one is kept, in the
order of :data:`PRECEDENCE`: an email address holds whatever digits its local part has; an IBAN
(letters, registry length, mod 97) holds digit groups that could read as a card or a phone; a
NIR (key mod 97) and a SIRET (two Luhn checks) beat a card (one Luhn check); a card beats a
labelled SIREN; a phone number (valid per libphonenumber, the weakest check) yields to all.
Art. 9/10 findings never compete with identifiers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter
from types import ModuleType
from typing import Protocol

from licite.core.findings import ART9_CATEGORIES, ART10_CATEGORIES, Finding
from licite.detectors import classifier, email, iban, nir, payment_card, phone, sensitive, siren
from licite.detectors.checks import digits_from

__all__ = [
    "DETECTORS",
    "PRECEDENCE",
    "DetectFunction",
    "Detector",
    "categories_of",
    "resolve_overlaps",
    "scan_attributes",
    "scan_text",
]


class Detector(Protocol):
    """What a detector module (or object) offers: an id, the categories it can report, and
    ``detect(text, field)`` returning findings whose spans index ``text``."""

    DETECTOR: str
    CATEGORIES: frozenset[str]

    def detect(self, text: str, field: str | None = None) -> list[Finding]: ...


#: ``detect(text, field)``: a detector's findings in ``text``.
DetectFunction = Callable[[str, str | None], list[Finding]]

_IDENTIFIERS: tuple[Detector, ...] = (email, phone, nir, siren, iban, payment_card)
#: Detectors that need a run of at least 8 digits (separators and parentheses allowed between
#: digits): one cheap search (:func:`~licite.detectors.checks.digits_from`) skips them all on a
#: text without one.
_NEED_DIGIT_RUN = frozenset({phone.DETECTOR, nir.DETECTOR, siren.DETECTOR, payment_card.DETECTOR})


def _categories(module: ModuleType | Detector) -> frozenset[str]:
    declared: Iterable[str] | None = getattr(module, "CATEGORIES", None)
    return frozenset(declared) if declared is not None else ART9_CATEGORIES | ART10_CATEGORIES


#: Every detector by id, in the order they run.
DETECTORS: dict[str, DetectFunction] = {
    **{module.DETECTOR: module.detect for module in _IDENTIFIERS},
    sensitive.DETECTOR: sensitive.detect,
}
_CATEGORIES: dict[str, frozenset[str]] = {
    **{module.DETECTOR: _categories(module) for module in _IDENTIFIERS},
    sensitive.DETECTOR: _categories(sensitive),
    classifier.DETECTOR: classifier.CATEGORIES,
}

#: Identifier categories from the most to the least specific (see the module docstring).
PRECEDENCE: tuple[str, ...] = ("email", "iban", "nir", "siret", "payment_card", "siren", "phone")
_RANK = {category: rank for rank, category in enumerate(PRECEDENCE)}


def categories_of(detector_id: str) -> frozenset[str]:
    """The categories the detector ``detector_id`` can report."""
    return _CATEGORIES[detector_id]


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Drop identifier findings overlapped by a more specific identifier of another category."""
    ranked = [f for f in findings if f.category in _RANK]
    if len(ranked) < 2:
        return findings
    ranked.sort(key=lambda f: _RANK[f.category])
    kept: list[Finding] = []
    for finding in ranked:
        if not any(
            other.category != finding.category
            and other.start < finding.end
            and finding.start < other.end
            for other in kept
        ):
            kept.append(finding)
    return [f for f in findings if f.category not in _RANK] + kept


#: Findings by position (a C-level key: no Python call per finding).
_order = attrgetter("start", "end", "category")


def scan_text(
    text: str,
    field: str | None = None,
    categories: Iterable[str] | None = None,
    *,
    second_opinion: bool = True,
) -> list[Finding]:
    """All findings in ``text``, ordered by position, optionally only of ``categories``.

    Only the detectors that can report one of ``categories`` run; overlaps between identifier
    categories are resolved among the findings kept (see :data:`PRECEDENCE`). With
    ``second_opinion`` (the default), the classifier (:mod:`licite.detectors.classifier`) then
    adds the art. 9/10 categories it recognises that no lexicon finding revealed.
    """
    if not text:
        return []
    wanted = None if categories is None else frozenset(categories)
    digit_run = digits_from(text) >= 0
    findings: list[Finding] = []
    for detector_id, detect in DETECTORS.items():
        if wanted is not None and not (wanted & _CATEGORIES[detector_id]):
            continue
        if not digit_run and detector_id in _NEED_DIGIT_RUN:
            continue
        found = detect(text, field)
        findings.extend(found if wanted is None else (f for f in found if f.category in wanted))
    if second_opinion and (wanted is None or wanted & classifier.CATEGORIES):
        # The classifier overturns a lexicon verdict made by default only, where it rules the
        # category out; then adds a category no lexicon finding revealed about a person
        findings = classifier.confirm(text, findings)
        known = {f.category for f in findings if f.about_person}
        found = classifier.detect(text, field, known)
        findings.extend(found if wanted is None else (f for f in found if f.category in wanted))
    findings = resolve_overlaps(findings)
    findings.sort(key=_order)
    return findings


def scan_attributes(
    attributes: Mapping[str, str], categories: Iterable[str] | None = None
) -> list[Finding]:
    """All findings in every value of ``attributes``, each carrying its attribute as ``field``."""
    wanted = None if categories is None else frozenset(categories)
    return [f for name, value in attributes.items() for f in scan_text(value, name, wanted)]
