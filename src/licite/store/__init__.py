"""The store (layer 1): contacts and decisions in SQL, by SQLAlchemy 2 with Alembic migrations.

An SQLite file by default, PostgreSQL by URL. Only services open sessions; they call the
functions re-exported here, which take and return the domain types of :mod:`licite.core`.
"""

from licite.store.engine import DEFAULT_DATABASE_URL, database_url, make_engine, session_scope
from licite.store.migrate import current_revision, head_revision, upgrade
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
