"""Repositories: save and read contacts and decisions as domain types, in bulk.

Writes go by chunks of :data:`CHUNK` contacts, a handful of statements per chunk whatever its
size; reads page through contacts by id (keyset pagination) and fetch each page's children with
one range query per child table, so memory stays bounded by the page size.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import (
    RowMapping,
    Select,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from licite.core.model import Contact, Source
from licite.store import rows as convert
from licite.store.schema import (
    CHILD_TABLES,
    consents,
    contacts,
    decisions,
    interactions,
    objections,
    opposition_checks,
    sources,
)

#: Contacts per write chunk: keeps ``IN (...)`` lists under every backend's parameter limit.
CHUNK = 500
T = TypeVar("T")


def _batched(items: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    """``itertools.batched`` (Python 3.12+), for 3.11."""
    iterator = iter(items)
    while chunk := tuple(islice(iterator, size)):
        yield chunk


def save_contacts(
    session: Session, items: Iterable[Contact], *, now: datetime | None = None
) -> int:
    """Insert or replace contacts by id (children included); returns how many were given.

    Saving an id again replaces its row and all its consents, objections, opposition checks and
    interactions; ``imported_at`` keeps the first import, ``updated_at`` becomes ``now``.
    """
    stamp = now or datetime.now(UTC)
    source_ids: dict[str, int] = {}
    total = 0
    for chunk in _batched(items, CHUNK):
        latest = {contact.id: contact for contact in chunk}  # a repeated id: the last one wins
        _save_chunk(session, list(latest.values()), source_ids, stamp)
        total += len(chunk)
    return total


def _save_chunk(
    session: Session, chunk: list[Contact], source_ids: dict[str, int], stamp: datetime
) -> None:
    ids = [contact.id for contact in chunk]
    existing = set(session.scalars(select(contacts.c.id).where(contacts.c.id.in_(ids))))
    for table in CHILD_TABLES:
        session.execute(delete(table).where(table.c.contact_id.in_(ids)))
    _resolve_sources(session, [contact.source for contact in chunk], source_ids)
    new, old = [], []
    for contact in chunk:
        row = convert.contact_row(contact, source_ids[convert.source_fingerprint(contact.source)])
        row["updated_at"] = stamp
        if contact.id in existing:
            row["b_id"] = row.pop("id")
            old.append(row)
        else:
            new.append(row | {"imported_at": stamp})
    if new:
        session.execute(insert(contacts), new)
    if old:
        session.execute(update(contacts).where(contacts.c.id == bindparam("b_id")), old)
    children: dict[Table, list[convert.Row]] = {table: [] for table in CHILD_TABLES}
    for contact in chunk:
        for table, table_rows in convert.child_rows(contact).items():
            children[table].extend(table_rows)
    for table, table_rows in children.items():
        if table_rows:
            session.execute(insert(table), table_rows)


def _resolve_sources(session: Session, items: list[Source], known: dict[str, int]) -> None:
    """Fill ``known`` (fingerprint → id) for these sources, inserting the ones not stored yet."""
    wanted = {convert.source_fingerprint(s): s for s in items}
    wanted = {key: s for key, s in wanted.items() if key not in known}
    if not wanted:
        return
    query = select(sources.c.fingerprint, sources.c.id).where(sources.c.fingerprint.in_(wanted))
    known.update({key: id_ for key, id_ in session.execute(query)})
    missing = [convert.source_row(s) for key, s in wanted.items() if key not in known]
    if missing:
        session.execute(insert(sources), missing)
        fresh = [row["fingerprint"] for row in missing]
        query = select(sources.c.fingerprint, sources.c.id).where(sources.c.fingerprint.in_(fresh))
        known.update({key: id_ for key, id_ in session.execute(query)})


def _contact_select() -> Select[Any]:
    labelled = [column.label(f"source_{column.name}") for column in sources.c]
    return select(contacts, *labelled).join(sources, contacts.c.source_id == sources.c.id)


def _with_children(
    session: Session, head: Sequence[RowMapping], child_filter: Callable[[Table], Any]
) -> list[Contact]:
    """Rebuild the contacts of ``head`` rows, fetching children with one query per table."""

    def fetch(table: Table, key: str) -> Sequence[RowMapping]:
        query = select(table).where(child_filter(table)).order_by(table.c.contact_id, table.c[key])
        return session.execute(query).mappings().all()

    consent_map = convert.group(fetch(consents, "position"), convert.consent_from_row)
    objection_map = convert.group(fetch(objections, "position"), convert.objection_from_row)
    check_map = convert.group(fetch(opposition_checks, "list_name"), convert.check_from_row)
    interaction_map = convert.group(fetch(interactions, "position"), convert.interaction_from_row)
    return [
        convert.contact_from_row(row, consent_map, objection_map, check_map, interaction_map)
        for row in head
    ]


def iter_contacts(session: Session, batch_size: int = 5000) -> Iterator[Contact]:
    """Every stored contact, by id, rebuilt in full; holds at most one page in memory."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    after: str | None = None
    while True:
        query = _contact_select().order_by(contacts.c.id).limit(batch_size)
        if after is not None:
            query = query.where(contacts.c.id > after)
        head = session.execute(query).mappings().all()
        if not head:
            return
        last: str = head[-1]["id"]
        # Children of the page are exactly those whose contact id lies in (after, last].
        yield from _with_children(session, head, _id_range(after, last))
        if len(head) < batch_size:
            return
        after = last


def _id_range(lower: str | None, upper: str) -> Callable[[Table], Any]:
    def where(table: Table) -> Any:
        column = table.c.contact_id
        return column <= upper if lower is None else (column > lower) & (column <= upper)

    return where


def get_contact(session: Session, contact_id: str) -> Contact | None:
    """One contact by id, or None."""
    head = session.execute(_contact_select().where(contacts.c.id == contact_id)).mappings().all()
    found = _with_children(session, head, lambda table: table.c.contact_id == contact_id)
    return found[0] if found else None


def count_contacts(session: Session) -> int:
    return session.scalars(select(func.count()).select_from(contacts)).one()


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """What is kept of a decision as evidence: the verdict, its reasons, and a hash of inputs."""

    contact_id: str
    decided_at: datetime
    controller: str
    channel: str
    allowed: bool
    basis: str | None
    reason_codes: tuple[str, ...]
    rules_version: str
    input_hash: str
    run_id: str | None = None


def record_decisions(
    session: Session, items: Iterable[DecisionRecord], *, now: datetime | None = None
) -> int:
    """Append decisions (never updated); returns how many were recorded."""
    stamp = now or datetime.now(UTC)
    total = 0
    for chunk in _batched(items, CHUNK * 4):
        batch = [
            {
                "contact_id": r.contact_id,
                "decided_at": r.decided_at,
                "recorded_at": stamp,
                "controller": r.controller,
                "channel": str(r.channel),
                "allowed": r.allowed,
                "basis": None if r.basis is None else str(r.basis),
                "reason_codes": list(r.reason_codes),
                "rules_version": r.rules_version,
                "input_hash": r.input_hash,
                "run_id": r.run_id,
            }
            for r in chunk
        ]
        session.execute(insert(decisions), batch)
        total += len(batch)
    return total


def list_decisions(session: Session, contact_id: str) -> list[DecisionRecord]:
    """Decisions about one contact, oldest first."""
    query = (
        select(decisions)
        .where(decisions.c.contact_id == contact_id)
        .order_by(decisions.c.decided_at, decisions.c.id)
    )
    return [
        DecisionRecord(
            contact_id=row["contact_id"],
            decided_at=row["decided_at"],
            controller=row["controller"],
            channel=row["channel"],
            allowed=row["allowed"],
            basis=row["basis"],
            reason_codes=tuple(row["reason_codes"]),
            rules_version=row["rules_version"],
            input_hash=row["input_hash"],
            run_id=row["run_id"],
        )
        for row in session.execute(query).mappings()
    ]


def _canonical(value: object) -> object:
    """JSON for what :mod:`json` cannot encode itself; sets become sorted lists."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=lambda item: canonical_json(item))
    raise TypeError(f"cannot hash a value of type {type(value).__name__}")


def canonical_json(payload: object) -> str:
    """Sorted keys, no spaces, datetimes as ISO 8601: equal inputs give equal text."""
    return json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_canonical
    )


def request_hash(payload: Mapping[str, object]) -> str:
    """sha256 (hex) of the canonical JSON of a decision's inputs."""
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()
