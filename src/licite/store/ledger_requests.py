"""Art. 14 notices and data-subject requests in the store.

A request is logged by the keyed hash of the identifier the person gave, never in plaintext, so
the log survives the erasure it records; its deadline is one month after receipt (RGPD art.
12(3)), counted in calendar months.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from licite.store.schema import contacts, notices, subject_requests

Db = Session | Connection


def add_months(moment: datetime, months: int) -> datetime:
    """Same day ``months`` later (the month's last day when it has fewer days)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass(frozen=True, slots=True)
class NoticeRecord:
    contact_id: str
    lang: str
    rendered_at: datetime
    sent_at: datetime | None


def record_notice(db: Db, contact_id: str, lang: str, at: datetime) -> None:
    db.execute(insert(notices).values(contact_id=contact_id, lang=lang, rendered_at=at))


def mark_sent(db: Db, contact_id: str, at: datetime) -> bool:
    """Set ``informed_at`` (and the notices' ``sent_at``); False when there is no such contact."""
    changed = db.execute(update(contacts).where(contacts.c.id == contact_id).values(informed_at=at))
    if not getattr(changed, "rowcount", 0):
        return False
    db.execute(
        update(notices)
        .where(notices.c.contact_id == contact_id, notices.c.sent_at.is_(None))
        .values(sent_at=at)
    )
    return True


def notices_for(db: Db, contact_ids: Iterable[str]) -> list[NoticeRecord]:
    query = (
        select(notices)
        .where(notices.c.contact_id.in_(list(contact_ids)))
        .order_by(notices.c.rendered_at, notices.c.id)
    )
    return [
        NoticeRecord(row["contact_id"], row["lang"], row["rendered_at"], row["sent_at"])
        for row in db.execute(query).mappings()
    ]


@dataclass(frozen=True, slots=True)
class SubjectRequest:
    id: int
    kind: str
    key_kind: str
    key_hash: str
    received_at: datetime
    deadline_at: datetime
    completed_at: datetime | None
    contact_count: int
    outcome: str


def log_request(
    db: Db, *, kind: str, key_kind: str, key_hash: str, at: datetime, contact_count: int,
    outcome: str,
) -> SubjectRequest:  # fmt: skip
    """Log a request handled at ``at`` (received and completed then), deadline one month on."""
    values: dict[str, Any] = {
        "kind": kind, "key_kind": key_kind, "key_hash": key_hash, "received_at": at,
        "deadline_at": add_months(at, 1), "completed_at": at, "contact_count": contact_count,
        "outcome": outcome,
    }  # fmt: skip
    created = db.execute(insert(subject_requests).values(**values))
    return SubjectRequest(id=int(created.inserted_primary_key[0]), **values)  # type: ignore[attr-defined]


def requests_for(db: Db, hashes: Iterable[str]) -> list[SubjectRequest]:
    query = (
        select(subject_requests)
        .where(subject_requests.c.key_hash.in_(list(hashes)))
        .order_by(subject_requests.c.received_at, subject_requests.c.id)
    )
    return [SubjectRequest(**dict(row)) for row in db.execute(query).mappings()]


__all__ = [
    "NoticeRecord",
    "SubjectRequest",
    "add_months",
    "log_request",
    "mark_sent",
    "notices_for",
    "record_notice",
    "requests_for",
]
