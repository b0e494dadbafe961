"""The installation secret, hashed lists and the hash-chained audit trail, on a real SQLite."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from licite.core.errors import ConfigError
from licite.core.keyed import hash_value
from licite.store import session_scope, upgrade
from licite.store.audit import GENESIS, append_event, count_events, verify_chain
from licite.store.lists import ListEntry, all_lists, listed_hashes, remove_list, replace_list
from licite.store.secret import SECRET_FILE_ENV, load_secret, secret_path

AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_upgrade_creates_a_private_secret_beside_the_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    upgrade(url)
    path = secret_path(url)
    assert path == tmp_path / "a.db.secret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key = load_secret(url)
    upgrade(url)
    assert load_secret(url) == key, "upgrading again keeps the secret"


def test_missing_or_damaged_secret_is_a_config_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'b.db'}"
    with pytest.raises(ConfigError, match="licite db upgrade"):
        load_secret(url)
    secret_path(url).write_text("not hex\n")
    with pytest.raises(ConfigError, match="damaged"):
        load_secret(url)


def test_secret_file_can_be_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_FILE_ENV, str(tmp_path / "kept" / "elsewhere.secret"))
    upgrade(f"sqlite:///{tmp_path / 'c.db'}")
    assert (tmp_path / "kept" / "elsewhere.secret").is_file()
    assert not (tmp_path / "c.db.secret").exists()


def test_server_store_secret_lives_in_the_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SECRET_FILE_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = secret_path("postgresql://u:pw@db.example/licite")
    assert path.parent == tmp_path / "licite" and path.suffix == ".secret"
    assert "pw" not in path.name


def test_lists_hold_hashes_only_and_answer_lookups(db_url: str, engine: Engine) -> None:
    key = load_secret(db_url)
    phone = hash_value(key, "phone", "06 12 34 56 78")
    email = hash_value(key, "email", "a@example.fr")
    clean = hash_value(key, "phone", "06 99 99 99 99")
    entries = [
        ListEntry("phone", phone),
        ListEntry("phone", phone),  # duplicates are stored once
        ListEntry("email", email),
        ListEntry("phone", clean, listed=False, checked_at=AT),
    ]
    with session_scope(engine) as session:
        stored = replace_list(
            session, name="bloctel-2026-11", list_type="bloctel", origin="result.csv",
            imported_at=AT, entries=entries, valid_days=30, channels=["phone_call"],
        )  # fmt: skip
        assert stored.entry_count == 3
        found = listed_hashes(session, [phone, email, clean])
        assert found == {phone: {"bloctel-2026-11"}, email: {"bloctel-2026-11"}}
        assert listed_hashes(session, [phone], list_types=["suppression"]) == {}
    with engine.connect() as connection:
        dump = " ".join(str(row) for row in connection.execute(text("SELECT * FROM list_blocks")))
    assert "0612345678" not in dump and "a@example.fr" not in dump
    with session_scope(engine) as session:
        replace_list(
            session, name="bloctel-2026-11", list_type="bloctel", origin="again.csv",
            imported_at=AT, entries=[ListEntry("email", email)],
        )  # fmt: skip
        assert [item.entry_count for item in all_lists(session)] == [1]
        assert remove_list(session, "bloctel-2026-11")
        assert not remove_list(session, "bloctel-2026-11")


def _append(engine: Engine, count: int) -> None:
    with session_scope(engine) as session:
        for number in range(count):
            append_event(
                session, "objection", {"n": number}, AT + timedelta(minutes=number), actor="dpo"
            )


def test_audit_chain_verifies_then_names_the_first_broken_event(engine: Engine) -> None:
    _append(engine, 5)
    with session_scope(engine) as session:
        assert count_events(session) == 5
        assert verify_chain(session) == (5, None)
    with engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET payload = '{\"n\": 99}' WHERE seq = 3"))
    with session_scope(engine) as session:
        _, broken = verify_chain(session)
    assert broken is not None and broken.seq == 3 and "changed" in broken.reason


def test_audit_chain_detects_a_deleted_event(engine: Engine) -> None:
    _append(engine, 4)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    with session_scope(engine) as session:
        _, broken = verify_chain(session)
    assert broken is not None and broken.seq == 2 and "missing" in broken.reason


def test_first_event_chains_to_genesis_and_unknown_kinds_are_refused(engine: Engine) -> None:
    with session_scope(engine) as session:
        first = append_event(session, "purge", {}, AT, actor="cron")
        assert first.seq == 1 and first.prev_hash == GENESIS
        with pytest.raises(ValueError, match="unknown audit event kind"):
            append_event(session, "coffee_break", {}, AT)


def test_actor_defaults_to_the_environment(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LICITE_ACTOR", "alice@firm")
    with session_scope(engine) as session:
        assert append_event(session, "purge", {}, AT).actor == "alice@firm"
    assert os.environ["LICITE_ACTOR"] == "alice@firm"
