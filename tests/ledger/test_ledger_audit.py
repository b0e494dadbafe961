"""The audit trail: every ledger action leaves an event; any tampering in SQL is found."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from tests.ledger.conftest import OBJECTED_AT, Run

from licite.core.errors import StoreError
from licite.store import make_engine

Tamper = Callable[[Connection], None]


def _ledger_actions(run: Run, tmp_path: Path) -> None:
    run("object", "--email", "alain.aubert32@example.com", "--channel", "sms", "--at", OBJECTED_AT)
    run(
        "consent",
        "add",
        "--email",
        "benoit.lambert18@example.com",
        "--channel",
        "email",
        "--controller",
        "Immo Provence SAS",
        "--method",
        "double_opt_in",
        "--ip",
        "192.0.2.1",
    )
    run("consent", "withdraw", "--email", "benoit.lambert18@example.com")
    run("subject", "find", "--phone", "06 24 90 13 26")
    run("purge", "--dry-run")  # fmt: skip


def test_every_ledger_action_leaves_an_event(run: Run, tmp_path: Path) -> None:
    _ledger_actions(run, tmp_path)
    out = tmp_path / "audit.jsonl"
    run("audit", "export", "--out", str(out))
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    kinds = [event["kind"] for event in events]
    assert kinds[:2] == ["store_upgrade", "contacts_import"] or "contacts_import" in kinds
    for kind in ("objection", "consent_change", "subject_request", "purge"):
        assert kind in kinds
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    dumped = out.read_text(encoding="utf-8")
    assert "alain.aubert32" not in dumped and "24 90 13 26" not in dumped, "no plaintext"
    assert "intact" in run("audit", "verify").output


def test_csv_export_has_one_row_per_event(run: Run, tmp_path: Path) -> None:
    _ledger_actions(run, tmp_path)
    out = tmp_path / "audit.csv"
    result = run("audit", "export", "--out", str(out), "--format", "csv")
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert f"{len(rows)} event(s)" in result.output
    assert {"seq", "kind", "actor", "payload", "prev_hash", "hash"} <= set(rows[0])


TAMPERING: dict[str, tuple[Tamper, int]] = {
    "payload edited": (
        lambda c: c.execute(text("UPDATE audit_events SET payload = '{}' WHERE seq = 3")), 3),
    "actor edited": (
        lambda c: c.execute(text("UPDATE audit_events SET actor = 'x' WHERE seq = 2")), 2),
    "middle event deleted": (
        lambda c: c.execute(text("DELETE FROM audit_events WHERE seq = 4")), 4),
    "last events deleted": (
        lambda c: c.execute(text("DELETE FROM audit_events WHERE seq >= 6")), 6),
    "two events swapped": (
        lambda c: [c.execute(text(s)) for s in (
            "UPDATE audit_events SET seq = -1 WHERE seq = 3",
            "UPDATE audit_events SET seq = 3 WHERE seq = 4",
            "UPDATE audit_events SET seq = 4 WHERE seq = -1")] and None, 3),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(TAMPERING))
def test_tampering_in_sql_is_detected(run: Run, db: str, tmp_path: Path, case: str) -> None:
    _ledger_actions(run, tmp_path)
    assert "intact" in run("audit", "verify").output
    tamper, first_broken = TAMPERING[case]
    engine = make_engine(db)
    with engine.begin() as connection:
        tamper(connection)
    engine.dispose()
    result = run("audit", "verify", expect=StoreError)
    assert f"broken at event {first_broken}" in str(result.exception)
