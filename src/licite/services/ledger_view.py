"""Stored contacts as the rules must see them: with their ledger consents and hashed objections.

The ledger keeps consents apart from a contact's imported children and objections only as keyed
hashes, so a contact read back from the store knows neither. Before deciding, each page of
contacts is enriched here: an objection recorded, then the person erased and imported again, still
refuses them (RGPD art. 21(3)); a consent recorded with proof counts even after a re-import.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from sqlalchemy.orm import Session

from licite.core.enums import Channel
from licite.core.keyed import contact_hashes
from licite.core.model import Contact, Objection
from licite.store.ledger import consents_by_contact
from licite.store.ledger_objections import HashedObjection, count_objections, objections_for
from licite.store.secret import load_secret

PAGE = 1000


def as_objection(item: HashedObjection) -> Objection:
    """The domain objection of a hashed one (no channels: every channel)."""
    if item.channels is None:
        return Objection(item.at, frozenset(Channel), all_channels=True, controller=item.controller)
    channels = frozenset(Channel(value) for value in item.channels)
    return Objection(item.at, channels, controller=item.controller)


def enrich(session: Session, url: str, page: Sequence[Contact]) -> list[Contact]:
    """The contacts of ``page`` with their ledger consents and hashed objections added."""
    consents = consents_by_contact(session, [contact.id for contact in page])
    hashed: dict[str, list[str]] = {}
    found: dict[str, list[HashedObjection]] = {}
    if count_objections(session):
        secret = load_secret(url)
        hashed = {c.id: contact_hashes(secret, c, ("email", "phone")) for c in page}
        found = objections_for(session, (h for hashes in hashed.values() for h in hashes))
    out = []
    for contact in page:
        extra_consents = tuple(consents.get(contact.id, ()))
        matches = {item for h in hashed.get(contact.id, ()) for item in found.get(h, ())}
        extra_objections = tuple(as_objection(item) for item in sorted(matches, key=_order))
        if extra_consents or extra_objections:
            contact = dataclasses.replace(
                contact,
                consents=contact.consents + extra_consents,
                objections=contact.objections + extra_objections,
            )
        out.append(contact)
    return out


def _order(item: HashedObjection) -> tuple[str, str, str]:
    return item.at.isoformat(), item.key_kind, item.controller or ""


def with_ledger(session: Session, url: str, contacts: Iterable[Contact]) -> Iterator[Contact]:
    """:func:`enrich` over a stream of contacts, a page at a time."""
    iterator = iter(contacts)
    while page := list(islice(iterator, PAGE)):
        yield from enrich(session, url, page)


__all__ = ["as_objection", "enrich", "with_ledger"]
