"""Erase contacts everywhere, keeping only what erasure must leave: hashed objections.

Deleting a contact removes its row and, by cascade, its children, ledger consents and notices;
sources no other contact uses go too. A person who objected (in the contact file or through the
ledger) keeps a keyed-hash objection so the objection is still honoured if they are collected
again (RGPD art. 17(3) and 21(3); CNIL: a "liste repoussoir" kept as minimal hashed data).
Decisions keep only the contact id and a hash of their inputs; the audit trail never held
plaintext.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from licite.core.errors import InputError
from licite.core.keyed import KeyKind, hash_value
from licite.store.ledger_objections import ALL_CHANNELS, HashedObjection, add_objections
from licite.store.schema import contacts, objections, sources

_CHUNK = 500


def _kept_objections(
    session: Session, ids: Sequence[str], secret: bytes, at: datetime
) -> list[HashedObjection]:
    """The hashed form of every objection the contacts carry in the ``objections`` table."""
    query = (
        select(objections.c.channels, objections.c.controller, objections.c.at, contacts.c.email,
               contacts.c.phone)
        .join(contacts, contacts.c.id == objections.c.contact_id)
        .where(objections.c.contact_id.in_(ids))
    )  # fmt: skip
    kept = []
    for row in session.execute(query):
        scope = None if row.channels == ALL_CHANNELS else tuple(row.channels)
        pairs: list[tuple[KeyKind, str | None]] = [("email", row.email), ("phone", row.phone)]
        for kind, value in pairs:
            if not value:
                continue
            try:
                digest = hash_value(secret, kind, value)
            except InputError:
                continue
            kept.append(HashedObjection(kind, digest, row.at, scope, row.controller, "erasure"))
    return kept


def erase_contacts(session: Session, ids: Sequence[str], secret: bytes, at: datetime) -> int:
    """Delete these contacts (hashing their objections first); returns how many were deleted."""
    deleted = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        add_objections(session, _kept_objections(session, chunk, secret, at))
        used = select(contacts.c.source_id).where(contacts.c.id.in_(chunk))
        source_ids = set(session.execute(used).scalars())
        result = session.execute(delete(contacts).where(contacts.c.id.in_(chunk)))
        deleted += int(getattr(result, "rowcount", 0) or 0)
        still_used = select(contacts.c.source_id).where(contacts.c.source_id.in_(source_ids))
        orphans = source_ids - set(session.execute(still_used).scalars())
        if orphans:
            session.execute(delete(sources).where(sources.c.id.in_(orphans)))
    return deleted


__all__ = ["erase_contacts"]
