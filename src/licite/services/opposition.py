"""Feed the store's lists into the decision engine: each contact's ``opposition_lists``.

A scrubbed store answers, for every stored contact, which lists hold its phone, email or
SIREN (by keyed hash) and when that answer was given (the entry's ``checked_at``, else the
list's import date). Lists of type ``bloctel`` also answer under the name ``bloctel``, the
one the rules read (C. consom. art. L223-1; a check older than 30 days is stale there).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from itertools import islice

from sqlalchemy.orm import Session

from licite.core.keyed import contact_hashes
from licite.core.model import Contact, OppositionCheck
from licite.store import lists as store_lists
from licite.store.secret import load_secret

BATCH = 5_000
BLOCTEL = "bloctel"


def with_list_matches(session: Session, url: str, contacts: Iterable[Contact]) -> Iterator[Contact]:
    """The contacts, each with the answers of the stored lists added to its opposition_lists."""
    if not store_lists.all_lists(session):
        yield from contacts
        return
    secret = load_secret(url)
    iterator = iter(contacts)
    while batch := list(islice(iterator, BATCH)):
        keys = [contact_hashes(secret, contact) for contact in batch]
        found = store_lists.lookup(session, [h for hashes in keys for h in hashes])
        for contact, hashes in zip(batch, keys, strict=True):
            matches = [m for h in hashes for m in found.get(h, ())]
            yield _enriched(contact, matches) if matches else contact


def _enriched(contact: Contact, matches: list[store_lists.Match]) -> Contact:
    merged = dict(contact.opposition_lists)
    for match in matches:
        check = OppositionCheck(
            listed=match.listed, checked_at=match.checked_at or match.imported_at
        )
        names = [match.name, BLOCTEL] if match.list_type == BLOCTEL else [match.name]
        for name in dict.fromkeys(names):
            merged[name] = _merge(merged.get(name), check)
    return dataclasses.replace(contact, opposition_lists=merged)


def _merge(old: OppositionCheck | None, new: OppositionCheck) -> OppositionCheck:
    """Listed anywhere wins; otherwise the latest check holds."""
    if old is None:
        return new
    if bool(old.listed) != bool(new.listed):
        return old if old.listed else new
    if old.checked_at is None or (new.checked_at is not None and new.checked_at > old.checked_at):
        return new
    return old


__all__ = ["with_list_matches"]
