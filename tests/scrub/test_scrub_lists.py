"""Stored lists: keyed hashes only, audited; Bloctel's round trip; the decision link."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pytest
from tests.store.store_samples import minimal_contact

from licite.core.errors import ConfigError, InputError
from licite.core.keyed import keyed_hash
from licite.services.bloctel import export_for_scrub, import_result
from licite.services.lists import export_list, import_list, remove_list, show_lists
from licite.services.opposition import with_list_matches
from licite.services.scrub import scrub_file
from licite.store import lists as store_lists
from licite.store.audit import iter_events, verify_chain
from licite.store.engine import make_engine, session_scope
from licite.store.list_blocks import decode, entry_rows
from licite.store.lists import ListEntry
from licite.store.secret import load_secret

CHECKED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def sqlite_path(db: str) -> Path:
    return Path(db.removeprefix("sqlite:///"))


def events(db: str) -> list[tuple[str, dict[str, object]]]:
    with session_scope(make_engine(db)) as session:
        assert verify_chain(session)[1] is None
        return [(e.kind, dict(e.payload)) for e in iter_events(session)]


def test_import_stores_keyed_hashes_only(tmp_path: Path, db: str) -> None:
    listed = tmp_path / "optout.csv"
    listed.write_text("06 12 34 56 78\n+33612345678\nAlice@Example.FR\nnot a number\n")
    result = import_list(listed, db)
    assert (result.name, result.list_type, result.rows, result.stored) == (
        "optout",
        "suppression",
        4,
        2,
    )
    assert result.invalid == {"email": 0, "phone": 1}
    raw = sqlite_path(db).read_bytes()
    for plaintext in (b"612345678", b"alice", b"Alice"):
        assert plaintext not in raw
    secret = load_secret(db)
    with session_scope(make_engine(db)) as session:
        found = store_lists.listed_hashes(
            session, [keyed_hash(secret, "email", "alice@example.fr")]
        )
    assert list(found.values()) == [{"optout"}]
    assert events(db)[-1][0] == "list_change"


def test_show_export_remove(tmp_path: Path, db: str) -> None:
    listed = tmp_path / "b.csv"
    listed.write_text("numero;statut\n0612345678;inscrit\n0612345679;0\n")
    import_list(listed, db, fmt="bloctel", name="bloctel", checked_at=CHECKED)
    [status] = show_lists(db)
    assert (status.list_type, status.valid_days, status.entry_count) == ("bloctel", 30, 2)
    assert status.expires_at == status.imported_at + timedelta(days=30)
    out = tmp_path / "hashes.csv"
    assert export_list("bloctel", out, db) == 2
    lines = out.read_text().splitlines()
    assert lines[0] == "key_kind,key_hash,listed,checked_at" and "0612345678" not in out.read_text()
    assert sorted(line.split(",")[2] for line in lines[1:]) == ["0", "1"]
    remove_list("bloctel", db)
    assert show_lists(db) == []
    with pytest.raises(ConfigError, match="no stored list"):
        remove_list("bloctel", db)
    assert [kind for kind, _ in events(db)][-2:] == ["list_change", "list_change"]


def test_one_column_bloctel_file_needs_the_submitted_file(tmp_path: Path, db: str) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text("0612345678\n")
    with pytest.raises(InputError, match="import-result"):
        import_list(answer, db, fmt="bloctel")


def test_bloctel_round_trip(tmp_path: Path, db: str) -> None:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(
        "id,phone\n1,06 12 34 56 78\n2,+33 6 12 34 56 79\n3,+32 470 12 34 56\n4,0696 20 12 34\n"
        "5,junk\n6,0612345678\n"
    )
    upload = tmp_path / "upload.txt"
    done = export_for_scrub(contacts, upload)
    assert upload.read_text().splitlines() == ["0612345678", "0612345679", "0696201234"]
    assert (done.rows, done.written, done.foreign, done.invalid) == (6, 3, 1, 1)
    answer = tmp_path / "answer.txt"
    answer.write_text("0612345679\n0696201234\n")  # the numbers that may be called
    imported = import_result(answer, upload, db, checked_at=CHECKED)
    assert imported.stored == 3
    secret = load_secret(db)
    with session_scope(make_engine(db)) as session:
        found = store_lists.lookup(
            session, [keyed_hash(secret, "phone", n) for n in ("+33612345678", "+596696201234")]
        )
    flags = sorted((m.listed, m.checked_at) for ms in found.values() for m in ms)
    assert flags == [(False, CHECKED), (True, CHECKED)]
    stranger = tmp_path / "other.txt"
    stranger.write_text("0611111111\n")
    with pytest.raises(InputError, match="not submitted"):
        import_result(stranger, upload, db)


def test_scrub_against_stored_lists_and_types(tmp_path: Path, db: str) -> None:
    listed = tmp_path / "optout.csv"
    listed.write_text("0612345678\n")
    import_list(listed, db)
    with session_scope(make_engine(db)) as session:
        store_lists.replace_list(
            session, name="ledger", list_type="objections", origin="ledger", imported_at=CHECKED,
            entries=[ListEntry("email", keyed_hash(load_secret(db), "email", "bo@example.fr"))],
        )  # fmt: skip
    contacts = tmp_path / "c.csv"
    contacts.write_text("id,phone,email\n1,+33 6 12 34 56 78,\n2,0700000001, BO@example.fr\n3,,\n")
    summary = scrub_file(contacts, ["optout", "type:objections"], tmp_path / "o", db=db)
    assert (summary.clean, summary.excluded) == (1, 2)
    assert summary.by_list == {"ledger": 1, "optout": 1}
    kind, payload = events(db)[-1]
    assert kind == "scrub" and payload["counts"] == {
        "in": 3,
        "clean": 1,
        "excluded": 2,
        "rejected": 0,
    }
    assert "0612345678" not in str(payload)


def test_a_kind_no_stored_list_holds_is_not_read(tmp_path: Path, db: str) -> None:
    listed = tmp_path / "optout.csv"
    listed.write_text("0612345678\n")
    import_list(listed, db)
    contacts = tmp_path / "c.csv"
    contacts.write_text("id,phone,email\n1,06 12 34 56 78,x@\n2,0700000001,not an email\n")
    summary = scrub_file(contacts, ["optout"], tmp_path / "o", db=db)
    assert summary.invalid_values == {"phone": 1}, "the emails were never normalised"
    assert (summary.clean, summary.excluded) == (1, 1)


def test_decision_link_fills_opposition_lists(tmp_path: Path, db: str) -> None:
    answer = tmp_path / "b.csv"
    answer.write_text("numero;statut\n0612345678;inscrit\n0612345679;non\n")
    import_list(answer, db, fmt="bloctel", name="bloctel-2026-11", checked_at=CHECKED)
    listed = dataclasses.replace(minimal_contact("c-1"), phone="+33612345678")
    clean = dataclasses.replace(minimal_contact("c-2"), phone="+33612345679")
    unknown = dataclasses.replace(minimal_contact("c-3"), phone="+33612345670")
    with session_scope(make_engine(db)) as session:
        got = list(with_list_matches(session, db, [listed, clean, unknown]))
    assert got[0].opposition_lists["bloctel"].listed is True
    assert got[0].opposition_lists["bloctel"].checked_at == CHECKED
    assert got[1].opposition_lists["bloctel"].listed is False
    assert "bloctel" not in got[2].opposition_lists
    assert set(got[0].opposition_lists) == {"bloctel", "bloctel-2026-11"}


def test_decision_link_without_lists_needs_no_secret(tmp_path: Path, db: str) -> None:
    sqlite_path(db).with_name("licite.db.secret").unlink()
    contact = minimal_contact("c-1")
    with session_scope(make_engine(db)) as session:
        assert list(with_list_matches(session, db, [contact])) == [contact]


def test_sqlite_holds_no_plaintext_after_scrub(tmp_path: Path, db: str) -> None:
    listed = tmp_path / "l.csv"
    listed.write_text("0612345678\n")
    import_list(listed, db)
    connection = sqlite3.connect(sqlite_path(db))
    bodies = [row[0] for row in connection.execute("SELECT body FROM list_blocks")]
    connection.close()
    hashes = [h for body in bodies for h, _, _ in entry_rows(decode(body), None)]
    assert hashes == [keyed_hash(load_secret(db), "phone", "+33612345678")]


def test_a_key_listed_anywhere_in_the_file_is_stored_listed() -> None:
    from licite.services.lists import _grouped

    keys = pa.array(["a", "a", "b", "c", None, "b"])
    flags = pa.array([False, True, False, None, True, False])
    grouped = _grouped(keys, flags)
    assert dict(zip(grouped.column("k").to_pylist(), grouped.column("l").to_pylist(),
                    strict=True)) == {"a": True, "b": False, "c": True}  # fmt: skip
    assert _grouped(pa.array(["x", "x", None]), pa.array([True, True, True])).num_rows == 1
