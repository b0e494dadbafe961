"""Run the detectors over contacts' attributes: the categories of data that must not be held."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from licite.core.findings import FORBIDDEN_CATEGORIES
from licite.core.model import Contact
from licite.detectors.registry import scan_text

NOTHING: frozenset[str] = frozenset()


def forbidden_categories(contact: Contact) -> frozenset[str]:
    """Categories (art. 9 categories, ``criminal``, ``nir``) found in the contact's attributes."""
    if not contact.attributes:
        return NOTHING
    found = NOTHING
    for value in contact.attributes.values():
        found = found | categories_in(value)
    return found


@lru_cache(maxsize=65_536)
def categories_in(text: str) -> frozenset[str]:
    """Categories found in one attribute value; values repeat a lot (first names, job titles)
    across a file, so each distinct value is scanned once."""
    return frozenset(
        f.category
        for f in scan_text(text, categories=FORBIDDEN_CATEGORIES)
        if f.about_person and f.category in FORBIDDEN_CATEGORIES
    )


def screen(contacts: Sequence[Contact]) -> list[frozenset[str]]:
    return [forbidden_categories(contact) for contact in contacts]
