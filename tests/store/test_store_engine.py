"""Opening the store: URL resolution, SQLite pragmas, sessions and error translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from licite.core.errors import StoreError
from licite.store import DEFAULT_DATABASE_URL, count_contacts, database_url, make_engine
from licite.store.engine import DATABASE_URL_ENV, session_scope


@pytest.mark.parametrize(
    ("explicit", "env", "expected"),
    [
        ("sqlite:///arg.db", "sqlite:///env.db", "sqlite:///arg.db"),
        (None, "sqlite:///env.db", "sqlite:///env.db"),
        (None, None, DEFAULT_DATABASE_URL),
        ("", None, DEFAULT_DATABASE_URL),
        ("foo.db", None, "sqlite:///foo.db"),
        (None, "data/env.db", "sqlite:///data/env.db"),
        ("postgresql://u:p@host/db", None, "postgresql://u:p@host/db"),
    ],
)
def test_database_url_precedence(
    monkeypatch: pytest.MonkeyPatch, explicit: str | None, env: str | None, expected: str
) -> None:
    if env is None:
        monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    else:
        monkeypatch.setenv(DATABASE_URL_ENV, env)
    assert database_url(explicit) == expected


def test_sqlite_engine_enables_foreign_keys_and_wal(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "plain-path.db"))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()
    assert (tmp_path / "plain-path.db").exists()


def test_never_upgraded_database_raises_store_error(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "empty.db"))
    expected = "not initialised: run `licite db upgrade`"
    with pytest.raises(StoreError, match=expected), session_scope(engine) as session:
        count_contacts(session)
    engine.dispose()


def test_unknown_dialect_raises_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open the store"):
        make_engine("nosuchdialect://host/db")


def test_unopenable_file_raises_store_error(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "missing-dir" / "x.db"))
    with pytest.raises(StoreError, match="store error"), session_scope(engine) as session:
        count_contacts(session)
    engine.dispose()


def test_session_scope_rolls_back_on_error(engine: Engine) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        session.execute(text("INSERT INTO sources (fingerprint, type) VALUES ('x', 'sale')"))
        raise RuntimeError("boom")
    with session_scope(engine) as session:
        assert session.execute(text("SELECT count(*) FROM sources")).scalar() == 0


def test_session_scope_commits(engine: Engine) -> None:
    with session_scope(engine) as session:
        session.execute(text("INSERT INTO sources (fingerprint, type) VALUES ('x', 'sale')"))
    with session_scope(engine) as session:
        assert session.execute(text("SELECT count(*) FROM sources")).scalar() == 1


def test_transactional_ddl_rolls_back_schema_changes(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "ddl.db"), transactional_ddl=True)
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.execute(text("CREATE TABLE scratch (x INTEGER)"))
        raise RuntimeError("migration failed half-way")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar() == 0
    engine.dispose()
