"""Property: whatever the trail and whichever single event is edited, deleted or cut off the
end, ``verify`` names exactly that event (the hash chain plus the head checkpoint)."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, update

from licite.services.audit import verify, write_checkpoint
from licite.store import make_engine, session_scope
from licite.store.audit import append_event
from licite.store.schema import audit_events, metadata

START = datetime(2026, 11, 30, 9, tzinfo=UTC)
KINDS = st.sampled_from(["consent_change", "objection", "notice", "subject_request", "purge"])
PAYLOADS = st.dictionaries(
    st.sampled_from(["n", "id", "hash"]), st.integers() | st.text(max_size=8)
)


@settings(max_examples=40, deadline=None)
@given(
    events=st.lists(st.tuples(KINDS, PAYLOADS), min_size=1, max_size=12),
    tamper=st.sampled_from(["edit", "delete", "truncate"]),
    where=st.integers(min_value=0, max_value=11),
)
def test_any_single_tampering_is_named(
    events: list[tuple[str, dict[str, object]]], tamper: str, where: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'trail.db'}"
        engine = make_engine(url)
        metadata.create_all(engine)
        with session_scope(engine) as session:
            for number, (kind, payload) in enumerate(events):
                append_event(session, kind, payload, START + timedelta(minutes=number), actor="t")
            write_checkpoint(url, session)
        assert verify(url).ok
        seq = where % len(events) + 1
        with engine.begin() as connection:
            table = audit_events
            if tamper == "edit":
                connection.execute(
                    update(table).where(table.c.seq == seq).values(payload={"forged": True})
                )
            elif tamper == "delete":
                connection.execute(delete(table).where(table.c.seq == seq))
            else:
                connection.execute(delete(table).where(table.c.seq >= seq))
        engine.dispose()
        result = verify(url)
        assert result.broken is not None
        if tamper == "edit" and events[seq - 1][1] == {"forged": True}:
            return  # the "edit" wrote the same payload back: nothing was changed
        assert result.broken.seq == seq, result.broken
