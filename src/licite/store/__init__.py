"""The store (layer 1): contacts and decisions in SQL, by SQLAlchemy 2 with Alembic migrations.

An SQLite file by default, PostgreSQL by URL. Only services open sessions; they call the
functions re-exported here, which take and return the domain types of :mod:`licite.core`.

Alembic (~0.1 s to import) is loaded only when a migration function is first used: a scrub
against stored lists, or any run that only reads and writes, never needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from licite.store.engine import DEFAULT_DATABASE_URL, database_url, make_engine, session_scope
from licite.store.repo import (
    DecisionRecord,
    count_contacts,
    get_contact,
    iter_contacts,
    list_decisions,
    record_decisions,
    request_hash,
    save_contacts,
)

if TYPE_CHECKING:
    from licite.store.migrate import current_revision, head_revision, upgrade

_MIGRATE = frozenset({"current_revision", "head_revision", "upgrade"})


def __getattr__(name: str) -> Any:
    if name in _MIGRATE:
        from licite.store import migrate

        return getattr(migrate, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_DATABASE_URL",
    "DecisionRecord",
    "count_contacts",
    "current_revision",
    "database_url",
    "get_contact",
    "head_revision",
    "iter_contacts",
    "list_decisions",
    "make_engine",
    "record_decisions",
    "request_hash",
    "save_contacts",
    "session_scope",
    "upgrade",
]
