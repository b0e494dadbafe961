"""Use cases that touch the store: migrate it, import contacts (minimised), check from it."""

from __future__ import annotations

import csv
import dataclasses
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from licite.core.errors import InputError
from licite.core.model import Campaign, Contact
from licite.core.timeutil import utc_now
from licite.rules.engine import Evaluation
from licite.services.check import CheckSummary, run_check
from licite.services.ledger_view import with_ledger
from licite.services.opposition import with_list_matches
from licite.services.reading import Row, read_contacts
from licite.services.screening import categories_in
from licite.store import repo
from licite.store.audit import append_event
from licite.store.engine import database_url, make_engine, session_scope
from licite.store.migrate import upgrade

BATCH = 5_000


def upgrade_store(db: str | None) -> tuple[str, str]:
    """Create or migrate the store; returns (url, revision)."""
    url = database_url(db)
    return url, upgrade(url)


@dataclass(slots=True)
class ImportResult:
    rows_in: int = 0
    imported: int = 0
    rejected: int = 0
    attributes_dropped: int = 0


def minimise(contact: Contact) -> tuple[Contact, int]:
    """The contact without attribute values holding data that must not be held (art. 9, art.
    10, NIR): they are never stored. Returns the count of values dropped."""
    if not contact.attributes:
        return contact, 0
    kept = {name: value for name, value in contact.attributes.items() if not categories_in(value)}
    dropped = len(contact.attributes) - len(kept)
    return (dataclasses.replace(contact, attributes=kept) if dropped else contact), dropped


def import_contacts(path: Path, db: str | None, rejects: Path | None = None) -> ImportResult:
    """Import a contact file into the store; bad rows are counted (and written to ``rejects``)."""
    result = ImportResult()
    engine = make_engine(database_url(db))
    writer = None
    handle = rejects.open("w", newline="", encoding="utf-8") if rejects else None
    try:
        if handle:
            writer = csv.writer(handle)
            writer.writerow(("line", "field", "error"))
        batch: list[Contact] = []
        for line, item in read_contacts(path):
            result.rows_in += 1
            if isinstance(item, InputError):
                result.rejected += 1
                if writer:
                    writer.writerow((line, item.field or "", item.message))
                continue
            contact, dropped = minimise(item)
            result.attributes_dropped += dropped
            batch.append(contact)
            if len(batch) >= BATCH:
                result.imported += _save(engine, batch)
                batch = []
        if batch:
            result.imported += _save(engine, batch)
    finally:
        if handle:
            handle.close()
    with session_scope(engine) as session:
        append_event(
            session, "contacts_import", {"file": path.name, **dataclasses.asdict(result)}, utc_now()
        )
    return result


def _save(engine: object, batch: list[Contact]) -> int:
    with session_scope(engine) as session:  # type: ignore[arg-type]
        return repo.save_contacts(session, batch)


def _stored_rows(engine: Engine, url: str) -> Iterator[Row]:
    with session_scope(engine) as session:
        # consents and hashed objections of the ledger, then matches on the stored lists
        stored = with_ledger(session, url, repo.iter_contacts(session))
        contacts = with_list_matches(session, url, stored)
        yield from enumerate(contacts, start=1)


def check_store(
    db: str | None, campaign: Campaign, at: datetime, out: Path, lang: str = "en"
) -> CheckSummary:
    """Check every stored contact and record each decision (rules version, input hash)."""
    url = database_url(db)
    engine = make_engine(url)
    run_id = uuid.uuid4().hex

    def record(contacts: Sequence[Contact], evaluation: Evaluation) -> None:
        codes = evaluation.refusal_codes()
        records = [
            repo.DecisionRecord(
                contact_id=contact.id,
                decided_at=at,
                controller=campaign.controller,
                channel=campaign.channel.value,
                allowed=bool(evaluation.allowed[row]),
                basis=basis.value if (basis := evaluation.basis[row]) else None,
                reason_codes=tuple(codes[row]),
                rules_version=evaluation.rules_version,
                input_hash=repo.request_hash(
                    {
                        "at": at,
                        "campaign": dataclasses.asdict(campaign),
                        "contact": dataclasses.asdict(contact),
                    }
                ),
                run_id=run_id,
            )
            for row, contact in enumerate(contacts)
        ]
        with session_scope(engine) as session:
            repo.record_decisions(session, records)

    rows = _stored_rows(engine, url)
    summary = run_check(rows, campaign, at, out, "store", lang, on_chunk=record)
    with session_scope(engine) as session:
        payload = {
            "run_id": run_id, "controller": campaign.controller,
            "channel": campaign.channel.value, "at": at.isoformat(),
            "counts": {"in": summary.rows_in, "allowed": summary.allowed,
                       "refused": summary.refused, "rejected": summary.rejected},
        }  # fmt: skip
        append_event(session, "decision_run", payload, utc_now())
    return summary
