"""Open the store: resolve its URL, build an engine, run a unit of work in a session.

SQLite is the zero-set-up default; PostgreSQL works by URL. Every SQLAlchemy failure leaves this
layer as a :class:`~licite.core.errors.StoreError` so the edges map one exception to one exit code.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import Session

from licite.core.errors import StoreError

DEFAULT_DATABASE_URL = "sqlite:///licite.db"
#: Environment variable that names the store when no URL is given explicitly.
DATABASE_URL_ENV = "LICITE_DATABASE_URL"

_NOT_INITIALISED = ("no such table", "does not exist", "undefinedtable")


def database_url(explicit: str | None = None) -> str:
    """The store URL: the explicit one, else ``$LICITE_DATABASE_URL``, else the default file."""
    if explicit:
        return _as_url(explicit)
    from_env = os.environ.get(DATABASE_URL_ENV)
    if from_env:
        return _as_url(from_env)
    return DEFAULT_DATABASE_URL


def _as_url(value: str) -> str:
    """A bare path (``foo.db``) means an SQLite file: users should not have to spell URLs."""
    return value if "://" in value else f"sqlite:///{value}"


def make_engine(url: str | None = None, *, transactional_ddl: bool = False) -> Engine:
    """An engine for ``url`` (see :func:`database_url`); SQLite gets foreign keys and WAL.

    ``transactional_ddl`` (for migrations): on SQLite, licite opens each transaction itself,
    because Python's driver leaves DDL outside it and a failed migration would stay half-done.
    It is off otherwise: an explicit BEGIN before a read makes concurrent writers conflict.
    """
    resolved = database_url(url)
    try:
        engine = create_engine(resolved)
    except (ArgumentError, ImportError, ValueError) as error:
        raise StoreError(f"cannot open the store {resolved!r}: {error}") from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        if transactional_ddl:
            event.listen(engine, "connect", _driver_autocommit)
            event.listen(engine, "begin", _explicit_begin)
    return engine


def _driver_autocommit(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _explicit_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """SQLite leaves foreign keys off by default; WAL lets readers work while an import writes."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def describe(engine: Engine) -> str:
    """The engine's URL without its password, for error messages."""
    return engine.url.render_as_string(hide_password=True)


def store_error(error: SQLAlchemyError, where: str) -> StoreError:
    """Translate a SQLAlchemy failure into a StoreError that tells the user what to do."""
    original = getattr(error, "orig", None) or error
    text = str(original)
    if isinstance(error, OperationalError | ProgrammingError) and any(
        marker in text.lower() for marker in _NOT_INITIALISED
    ):
        return StoreError(f"database is not initialised: run `licite db upgrade` ({where}: {text})")
    return StoreError(f"store error ({where}): {text}")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit if the block succeeds, roll back if it raises."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except SQLAlchemyError as error:
        session.rollback()
        raise store_error(error, describe(engine)) from error
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
