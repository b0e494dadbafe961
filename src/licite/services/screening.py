"""Run the detectors over contacts' attributes: the categories of data that must not be held."""

from __future__ import annotations

from collections.abc import Sequence

from licite.core.model import Contact
from licite.detectors.registry import scan_attributes

NOTHING: frozenset[str] = frozenset()


def forbidden_categories(contact: Contact) -> frozenset[str]:
    """Categories (art. 9 categories, ``criminal``, ``nir``) found in the contact's attributes."""
    if not contact.attributes:
        return NOTHING
    return frozenset(f.category for f in scan_attributes(contact.attributes))


def screen(contacts: Sequence[Contact]) -> list[frozenset[str]]:
    return [forbidden_categories(contact) for contact in contacts]
