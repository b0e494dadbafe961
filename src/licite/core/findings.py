"""What a detector found in a text: the fact that rules and pipelines read (detectors never decide).

Why: GDPR art. 9 forbids processing special categories of data without an art. 9(2) exception,
art. 10 restricts data on criminal convictions and offences, and the NIR may only be processed
for the purposes of décret 2019-341 (commercial prospecting is not one). The CNIL expects
scrapers to filter such data out automatically; a :class:`Finding` says what was found, where,
how sure the detector is and why, so that the minimiser can drop it and the audit trail can
explain it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ALL_CATEGORIES",
    "ART9_CATEGORIES",
    "ART10_CATEGORIES",
    "FORBIDDEN_CATEGORIES",
    "IDENTIFIER_CATEGORIES",
    "RESTRICTED_IDENTIFIERS",
    "Finding",
]

#: GDPR art. 9(1) special categories of personal data.
ART9_CATEGORIES: frozenset[str] = frozenset(
    {
        "origin",  # racial or ethnic origin
        "politics",  # political opinions
        "religion",  # religious or philosophical beliefs
        "union",  # trade-union membership
        "genetic",  # genetic data
        "biometric",  # biometric data for unique identification
        "health",  # data concerning health
        "sex_life",  # sex life or sexual orientation
    }
)

#: GDPR art. 10: personal data relating to criminal convictions and offences.
ART10_CATEGORIES: frozenset[str] = frozenset({"criminal"})

#: National identifiers whose processing is restricted by law (NIR: décret 2019-341).
RESTRICTED_IDENTIFIERS: frozenset[str] = frozenset({"nir"})

#: Identifiers found in free text (contact points, company and financial identifiers).
IDENTIFIER_CATEGORIES: frozenset[str] = frozenset(
    {"nir", "iban", "payment_card", "email", "phone", "siren", "siret"}
)

#: What must never be held for prospecting: art. 9 and art. 10 data and the NIR.
FORBIDDEN_CATEGORIES: frozenset[str] = ART9_CATEGORIES | ART10_CATEGORIES | RESTRICTED_IDENTIFIERS

ALL_CATEGORIES: frozenset[str] = ART9_CATEGORIES | ART10_CATEGORIES | IDENTIFIER_CATEGORIES


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of ``text`` that a detector recognised.

    ``start``/``end`` index the scanned string (``text == scanned[start:end]``); ``score`` is the
    detector's confidence in [0, 1]; ``explanation`` says in words why it matched (the
    term, the checksum); ``field`` names the attribute scanned, when the text came from one;
    ``about_person`` is False when the text mentions the category without revealing anything
    about a person (an object for sale, a street name, a generic or hypothetical phrase).
    """

    category: str
    start: int
    end: int
    text: str
    score: float
    detector: str
    explanation: str
    field: str | None = None
    about_person: bool = True

    @property
    def is_special_category(self) -> bool:
        """GDPR art. 9 special category data."""
        return self.category in ART9_CATEGORIES

    @property
    def is_criminal(self) -> bool:
        """GDPR art. 10 data on criminal convictions and offences."""
        return self.category in ART10_CATEGORIES
