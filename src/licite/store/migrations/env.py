"""Alembic environment: configured in code by :mod:`licite.store.migrate`, no alembic.ini.

The caller may hand over an open connection (``config.attributes["connection"]``) so the
migration runs in its transaction; otherwise an engine is built from ``sqlalchemy.url`` with the
same SQLite pragmas as the application.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from licite.store.engine import make_engine
from licite.store.schema import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: later migrations copy tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_offline() -> None:
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    given = context.config.attributes.get("connection")
    if isinstance(given, Connection):
        _run(given)
        return
    engine = make_engine(context.config.get_main_option("sqlalchemy.url"), transactional_ddl=True)
    try:
        with engine.begin() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    _run_offline()
else:
    _run_online()
