"""The collector's records: reviews of a source's terms, run reports, per-field provenance.

Why here: the review is the evidence that the terms were read (CNIL practice n°1), the run
record is the report an inspector asks for, and provenance lets the art. 14 notice name the
exact page each field came from. Provenance rows hold URLs and selectors, never the values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from licite.store.schema import collection_runs, provenance, source_reviews

Db = Session | Connection


@dataclass(frozen=True, slots=True)
class Review:
    """One review of a source's terms."""

    source_name: str
    terms_url: str
    verdict: str
    reviewed_by: str
    reviewed_at: datetime
    sha256: str
    clauses: int = 0


@dataclass(frozen=True, slots=True)
class FieldOrigin:
    """Where one field of one contact was read."""

    contact_id: str
    field: str
    source_name: str
    url: str
    fetched_at: datetime
    selector: str | None
    robots: str
    tdm: str
    terms_sha256: str | None
    run_id: str | None


def add_review(db: Db, review: Review) -> None:
    db.execute(insert(source_reviews).values(**_fields(review)))


def latest_review(db: Db, source_name: str) -> Review | None:
    """The most recent review of the source, if any."""
    row = (
        db.execute(
            select(source_reviews)
            .where(source_reviews.c.source_name == source_name)
            .order_by(source_reviews.c.reviewed_at.desc(), source_reviews.c.id.desc())
            .limit(1)
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    return Review(**{k: row[k] for k in Review.__dataclass_fields__})


def save_origins(db: Db, origins: Sequence[FieldOrigin]) -> None:
    """Replace the provenance of these contacts' fields (a re-run updates, never duplicates)."""
    keys = {(o.contact_id, o.field) for o in origins}
    for contact_id in {c for c, _ in keys}:
        fields = [f for c, f in keys if c == contact_id]
        db.execute(
            delete(provenance).where(
                provenance.c.contact_id == contact_id, provenance.c.field.in_(fields)
            )
        )
    latest = {(o.contact_id, o.field): o for o in origins}
    if latest:
        db.execute(insert(provenance), [_fields(o) for o in latest.values()])


def origins_of(db: Db, contact_id: str) -> list[FieldOrigin]:
    rows = db.execute(
        select(provenance).where(provenance.c.contact_id == contact_id).order_by(provenance.c.field)
    ).mappings()
    return [FieldOrigin(**{k: row[k] for k in FieldOrigin.__dataclass_fields__}) for row in rows]


def start_run(
    db: Db, run_id: str, at: datetime, sources_file: str, names: Iterable[str],
    settings: Mapping[str, Any],
) -> None:  # fmt: skip
    db.execute(
        insert(collection_runs).values(
            id=run_id, started_at=at, status="running", sources_file=sources_file,
            sources=list(names), settings=dict(settings), counts={},
        )
    )  # fmt: skip


def finish_run(db: Db, run_id: str, at: datetime, status: str, counts: Mapping[str, Any]) -> None:
    db.execute(
        update(collection_runs)
        .where(collection_runs.c.id == run_id)
        .values(finished_at=at, status=status, counts=dict(counts))
    )


def get_run(db: Db, run_id: str) -> dict[str, Any] | None:
    row = db.execute(select(collection_runs).where(collection_runs.c.id == run_id)).mappings()
    found = row.first()
    return dict(found) if found else None


def _fields(record: Review | FieldOrigin) -> dict[str, Any]:
    return {name: getattr(record, name) for name in type(record).__dataclass_fields__}


__all__ = [
    "FieldOrigin",
    "Review",
    "add_review",
    "finish_run",
    "get_run",
    "latest_review",
    "origins_of",
    "save_origins",
    "start_run",
]
