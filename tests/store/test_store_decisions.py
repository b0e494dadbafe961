"""Decisions are appended as evidence and read back per contact; inputs are hashed canonically."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Engine, select

from licite.core.enums import Basis, Channel
from licite.store import DecisionRecord, list_decisions, record_decisions, request_hash
from licite.store.engine import session_scope
from licite.store.schema import decisions

T0 = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def _record(
    contact_id: str, at: datetime, allowed: bool, run_id: str | None = None
) -> DecisionRecord:
    return DecisionRecord(
        contact_id=contact_id,
        decided_at=at,
        controller="ACME SAS",
        channel=Channel.EMAIL.value,
        allowed=allowed,
        basis=Basis.CONSENT.value if allowed else None,
        reason_codes=() if allowed else ("no_consent", "bloctel_listed"),
        rules_version="2024.06",
        input_hash=request_hash({"contact": contact_id, "at": at}),
        run_id=run_id,
    )


def test_decisions_are_recorded_and_listed_oldest_first(engine: Engine) -> None:
    later = _record("c-1", T0 + timedelta(hours=1), allowed=False, run_id="run-7")
    earlier = _record("c-1", T0.astimezone(timezone(timedelta(hours=2))), allowed=True)
    other = _record("c-2", T0, allowed=True)
    with session_scope(engine) as session:
        assert record_decisions(session, [later, earlier, other], now=T0) == 3
    with session_scope(engine) as session:
        assert list_decisions(session, "c-1") == [earlier, later]
        assert list_decisions(session, "c-2") == [other]
        assert list_decisions(session, "nobody") == []
        recorded = session.scalars(select(decisions.c.recorded_at)).all()
    assert recorded == [T0, T0, T0]


def test_many_decisions_in_one_call(engine: Engine) -> None:
    rows = (_record(f"c-{n % 10}", T0 + timedelta(seconds=n), n % 3 == 0) for n in range(5000))
    with session_scope(engine) as session:
        assert record_decisions(session, rows) == 5000
    with session_scope(engine) as session:
        assert len(list_decisions(session, "c-3")) == 500


def test_request_hash_is_sha256_of_canonical_json() -> None:
    expected = hashlib.sha256(b'{"a":1,"b":[1,2],"c":"\xc3\xa9"}').hexdigest()
    assert request_hash({"c": "é", "b": (1, 2), "a": 1}) == expected


def test_request_hash_ignores_key_and_set_order_but_not_values() -> None:
    one = {"at": T0, "channels": frozenset({Channel.SMS, Channel.EMAIL}), "x": {"b": 1, "a": 2}}
    two = {"x": {"a": 2, "b": 1}, "channels": frozenset({Channel.EMAIL, Channel.SMS}), "at": T0}
    assert request_hash(one) == request_hash(two)
    assert request_hash(one) != request_hash({**one, "at": T0 + timedelta(seconds=1)})
    assert len(request_hash(one)) == 64


def test_request_hash_writes_datetimes_as_iso_8601() -> None:
    stamp = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    expected = hashlib.sha256(b'{"at":"2024-01-02T03:04:05+00:00"}').hexdigest()
    assert request_hash({"at": stamp}) == expected
