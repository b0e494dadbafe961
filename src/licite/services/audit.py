"""Verify and export the audit trail, with a chain-head checkpoint kept outside the database.

The hash chain alone finds any edited, deleted or reordered event, but not the deletion of the
*last* events: the shortened chain is still valid. So every ledger command and every successful
``licite audit verify`` writes the head (seq and hash) to a checkpoint file beside the hashing
secret (``<db>.audit-head``); verification then also requires the checkpointed event to be
there, unchanged. Events written after the last checkpoint by other commands are covered from
the next checkpoint on.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from licite.core.errors import ConfigError
from licite.core.events import EVENT_KINDS
from licite.core.timeutil import utc_now
from licite.store.audit import AuditEvent, ChainBreak, iter_events, verify_chain
from licite.store.engine import database_url, make_engine, session_scope
from licite.store.repo import canonical_json
from licite.store.schema import audit_events
from licite.store.secret import secret_path

FORMATS = ("jsonl", "csv")


def checkpoint_path(url: str) -> Path:
    """``<db>.audit-head`` beside the secret (the secret's name without ``.secret``)."""
    secret = secret_path(url)
    return secret.with_name(secret.name.removesuffix(".secret") + ".audit-head")


def _atomic_write(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def write_checkpoint(url: str, session: Session) -> None:
    """Record the current head of the chain (nothing when the trail is empty)."""
    head = session.execute(
        select(audit_events.c.seq, audit_events.c.hash).order_by(audit_events.c.seq.desc())
    ).first()
    if head is None:
        return
    path = checkpoint_path(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(path, json.dumps({"seq": head.seq, "hash": head.hash}) + "\n")


def read_checkpoint(url: str) -> tuple[int, str] | None:
    path = checkpoint_path(url)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return int(data["seq"]), str(data["hash"])
    except (ValueError, KeyError, TypeError) as error:
        raise ConfigError(f"{path}: damaged audit checkpoint ({error})") from error


@dataclass(frozen=True, slots=True)
class Verification:
    checked: int
    broken: ChainBreak | None
    checkpoint: tuple[int, str] | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify(db: str | None) -> Verification:
    """Check every link, then the checkpointed head; on success move the checkpoint on."""
    url = database_url(db)
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            checked, broken = verify_chain(session)
            mark = read_checkpoint(url)
            if broken is None and mark is not None:
                broken = _against_checkpoint(session, mark)
            if broken is None:
                write_checkpoint(url, session)
            return Verification(checked, broken, mark)
    finally:
        engine.dispose()


def _against_checkpoint(session: Session, mark: tuple[int, str]) -> ChainBreak | None:
    seq, expected = mark
    row = session.execute(select(audit_events.c.hash).where(audit_events.c.seq == seq)).first()
    if row is None:
        last = session.execute(select(func.max(audit_events.c.seq))).scalar_one_or_none() or 0
        first = last + 1  # the chain held up to ``last``: what follows it is gone
        return ChainBreak(
            first, f"events {first} to {seq} were deleted (the checkpointed head was {seq})"
        )
    if row.hash != expected:
        return ChainBreak(seq, "differs from the checkpointed head: the trail was rewritten")
    return None


def _record(event: AuditEvent) -> dict[str, object]:
    kind = EVENT_KINDS.get(event.kind)
    return {
        "seq": event.seq, "at": event.at.isoformat(), "kind": event.kind,
        "label_fr": kind.fr if kind else "", "label_en": kind.en if kind else "",
        "actor": event.actor, "payload": dict(event.payload), "prev_hash": event.prev_hash,
        "hash": event.hash,
    }  # fmt: skip


def export(db: str | None, out: Path, fmt: str) -> int:
    """Write every event to ``out`` (JSON Lines or CSV, atomically); returns the count."""
    if fmt not in FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    engine = make_engine(database_url(db))
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    count = 0
    try:
        with session_scope(engine) as session, temporary.open("w", encoding="utf-8") as handle:
            writer = csv.writer(handle) if fmt == "csv" else None
            for event in iter_events(session):
                record = _record(event)
                if writer is None:
                    handle.write(canonical_json(record) + "\n")
                else:
                    if count == 0:
                        writer.writerow(record)
                    writer.writerow(
                        canonical_json(v) if k == "payload" else v for k, v in record.items()
                    )
                count += 1
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
        engine.dispose()
    from licite.services.ledger_base import ledger  # it imports this module

    with ledger(db) as lg:
        lg.event("audit_export", {"file": out.name, "format": fmt, "events": count}, utc_now())
    return count


__all__ = ["Verification", "checkpoint_path", "export", "read_checkpoint", "verify"]
