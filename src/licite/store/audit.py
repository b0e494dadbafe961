"""The audit trail: append-only events, each carrying the hash of the one before it.

Editing, deleting or reordering an event breaks the chain from that point on, which
:func:`verify_chain` finds. Appending takes the last event inside the caller's transaction; the
primary key on ``seq`` makes two concurrent writers conflict instead of forking the chain.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from licite.core.events import EVENT_KINDS
from licite.store.repo import canonical_json
from licite.store.schema import audit_events

#: The hash the first event chains to.
GENESIS = "0" * 64
ACTOR_ENV = "LICITE_ACTOR"


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One event as stored."""

    seq: int
    at: datetime
    kind: str
    actor: str
    payload: Mapping[str, object]
    prev_hash: str
    hash: str


def default_actor() -> str:
    """Who acts: ``$LICITE_ACTOR`` when set (a service account names its user), else the OS user."""
    explicit = os.environ.get(ACTOR_ENV)
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name in some containers
        return "unknown"


def event_hash(
    seq: int, at: datetime, kind: str, actor: str, payload: Mapping[str, object], prev: str
) -> str:
    """The SHA-256 that seals one event to its predecessor."""
    body = canonical_json(
        {"seq": seq, "at": at.isoformat(), "kind": kind, "actor": actor, "payload": payload,
         "prev": prev}
    )  # fmt: skip
    return hashlib.sha256(body.encode()).hexdigest()


def append_event(
    db: Session | Connection,
    kind: str,
    payload: Mapping[str, object],
    at: datetime,
    actor: str | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction and return it."""
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown audit event kind {kind!r}; declare it in licite.core.events")
    last = db.execute(
        select(audit_events.c.seq, audit_events.c.hash).order_by(audit_events.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (1, GENESIS) if last is None else (last.seq + 1, last.hash)
    at = at.astimezone(UTC)  # read back in UTC: hash what will be read, whatever the offset given
    who = actor or default_actor()
    sealed = event_hash(seq, at, kind, who, payload, prev)
    db.execute(
        insert(audit_events).values(
            seq=seq, at=at, kind=kind, actor=who, payload=dict(payload), prev_hash=prev,
            hash=sealed,
        )
    )  # fmt: skip
    return AuditEvent(seq, at, kind, who, payload, prev, sealed)


def iter_events(db: Session | Connection, batch_size: int = 1000) -> Iterator[AuditEvent]:
    """Every event in ``seq`` order."""
    result = db.execute(select(audit_events).order_by(audit_events.c.seq)).yield_per(batch_size)
    for row in result:
        yield AuditEvent(row.seq, row.at, row.kind, row.actor, row.payload, row.prev_hash, row.hash)


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first event where the chain does not hold, and why."""

    seq: int
    reason: str


def verify_chain(db: Session | Connection) -> tuple[int, ChainBreak | None]:
    """Check every link; returns the number of events checked and the first break, if any."""
    expected_seq, prev, count = 1, GENESIS, 0
    for event in iter_events(db):
        count += 1
        if event.seq != expected_seq:
            return count, ChainBreak(expected_seq, f"event {expected_seq} is missing")
        if event.prev_hash != prev:
            return count, ChainBreak(event.seq, "does not chain to the event before it")
        recomputed = event_hash(
            event.seq, event.at, event.kind, event.actor, event.payload, event.prev_hash
        )
        if recomputed != event.hash:
            return count, ChainBreak(event.seq, "its content was changed after it was written")
        expected_seq, prev = event.seq + 1, event.hash
    return count, None


def count_events(db: Session | Connection) -> int:
    """How many events the trail holds."""
    return int(db.execute(select(func.count()).select_from(audit_events)).scalar_one())


__all__ = [
    "ACTOR_ENV",
    "GENESIS",
    "AuditEvent",
    "ChainBreak",
    "append_event",
    "count_events",
    "default_actor",
    "event_hash",
    "iter_events",
    "verify_chain",
]
