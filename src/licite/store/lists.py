"""Opposition, suppression and block lists in the store, held only as keyed hashes.

The importers (scrub) and the objection ledger write here; the collector and the decision
engine only ask :func:`listed_hashes` which of some hashes a list holds. No plaintext phone,
email or SIREN ever reaches these tables (see :mod:`licite.core.keyed`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any, cast

from sqlalchemy import (
    Column,
    Connection,
    CursorResult,
    Dialect,
    MetaData,
    Row,
    String,
    Table,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from licite.core.keyed import KeyKind
from licite.store.schema import list_entries, lists

#: SQLite allows 32,766 bound parameters; lookups go in chunks well below.
_LOOKUP_CHUNK = 5000
_INSERT_CHUNK = 50_000
#: One entry as a tuple (bulk paths): key kind, keyed hash, listed, checked_at.
EntryRow = tuple[str, str, bool, "datetime | None"]


@dataclass(frozen=True, slots=True)
class StoredList:
    """A list's metadata as stored."""

    id: int
    name: str
    list_type: str
    origin: str
    imported_at: datetime
    valid_days: int | None
    channels: tuple[str, ...] | None
    entry_count: int


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One hashed value of a list; ``listed`` is False for a number checked and found clean."""

    key_kind: KeyKind
    key_hash: str
    listed: bool = True
    checked_at: datetime | None = None


def replace_list(
    db: Session | Connection,
    *,
    name: str,
    list_type: str,
    origin: str,
    imported_at: datetime,
    entries: Iterable[ListEntry] = (),
    valid_days: int | None = None,
    channels: Sequence[str] | None = None,
    rows: Iterable[EntryRow] | None = None,
) -> StoredList:
    """Create the list ``name``, or replace its entries wholesale; returns what was stored.

    Bulk importers pass ``rows`` (tuples, already distinct) instead of ``entries``.
    """
    existing = db.execute(select(lists.c.id).where(lists.c.name == name)).scalar_one_or_none()
    values: Mapping[str, object] = {
        "list_type": list_type, "origin": origin, "imported_at": imported_at,
        "valid_days": valid_days, "channels": list(channels) if channels is not None else None,
        "entry_count": 0,
    }  # fmt: skip
    if existing is None:
        created = cast(CursorResult[Any], db.execute(insert(lists).values(name=name, **values)))
        list_id = int(created.inserted_primary_key[0])  # type: ignore[index]
    else:
        list_id = existing
        db.execute(update(lists).where(lists.c.id == list_id).values(**values))
        db.execute(delete(list_entries).where(list_entries.c.list_id == list_id))
    if rows is None:
        rows = ((e.key_kind, e.key_hash, e.listed, e.checked_at) for e in _unique(entries))
    count = _insert_entries(db, list_id, rows)
    db.execute(update(lists).where(lists.c.id == list_id).values(entry_count=count))
    stored = get_list(db, name)
    assert stored is not None
    return stored


def _insert_entries(db: Session | Connection, list_id: int, rows: Iterable[EntryRow]) -> int:
    connection = db.connection() if isinstance(db, Session) else db
    if connection.dialect.name == "sqlite":
        return _insert_sqlite(connection, list_id, rows)
    count = 0
    batch: list[dict[str, object]] = []
    for kind, key_hash, listed, checked_at in rows:
        batch.append(
            {"list_id": list_id, "key_kind": kind, "key_hash": key_hash, "listed": listed,
             "checked_at": checked_at}
        )  # fmt: skip
        if len(batch) >= _INSERT_CHUNK:
            db.execute(insert(list_entries), batch)
            count += len(batch)
            batch = []
    if batch:
        db.execute(insert(list_entries), batch)
        count += len(batch)
    return count


def _binder(kind: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any]:
    """How the column's type binds a value for the driver (identity when it does nothing)."""
    processor = kind.bind_processor(dialect)
    return processor if processor is not None else (lambda value: value)


def _insert_sqlite(connection: Connection, list_id: int, rows: Iterable[EntryRow]) -> int:
    """Millions of entries: plain DBAPI tuples (values bound by the columns' own types), and a
    larger page cache for this connection, since random hashes land all over the index."""
    connection.exec_driver_sql("PRAGMA cache_size = -262144")
    dialect = connection.dialect
    as_time = _binder(list_entries.c.checked_at.type, dialect)
    as_flag = _binder(list_entries.c.listed.type, dialect)
    sql = (
        "INSERT INTO list_entries (list_id, key_kind, key_hash, listed, checked_at) "
        "VALUES (?, ?, ?, ?, ?)"
    )
    count = 0
    iterator = iter(rows)
    while batch := [
        (list_id, kind, key_hash, as_flag(listed), as_time(checked))
        for kind, key_hash, listed, checked in islice(iterator, _INSERT_CHUNK)
    ]:
        connection.exec_driver_sql(sql, batch)
        count += len(batch)
    return count


def _unique(entries: Iterable[ListEntry]) -> Iterable[ListEntry]:
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        key = (entry.key_kind, entry.key_hash)
        if key not in seen:
            seen.add(key)
            yield entry


def get_list(db: Session | Connection, name: str) -> StoredList | None:
    """The list called ``name``, or None."""
    row = db.execute(select(lists).where(lists.c.name == name)).first()
    return None if row is None else _stored(row)


def all_lists(db: Session | Connection) -> list[StoredList]:
    """Every list, by name."""
    return [_stored(row) for row in db.execute(select(lists).order_by(lists.c.name))]


def remove_list(db: Session | Connection, name: str) -> bool:
    """Delete a list and its entries; False when there was none."""
    result = cast(CursorResult[Any], db.execute(delete(lists).where(lists.c.name == name)))
    return bool(result.rowcount)


def listed_hashes(
    db: Session | Connection, hashes: Iterable[str], list_types: Sequence[str] | None = None
) -> dict[str, set[str]]:
    """For each given hash on some list (as listed), the names of the lists holding it."""
    wanted = list(dict.fromkeys(hashes))
    found: dict[str, set[str]] = {}
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start : start + _LOOKUP_CHUNK]
        query = (
            select(list_entries.c.key_hash, lists.c.name)
            .join(lists, lists.c.id == list_entries.c.list_id)
            .where(list_entries.c.key_hash.in_(chunk), list_entries.c.listed.is_(True))
        )
        if list_types is not None:
            query = query.where(lists.c.list_type.in_(list_types))
        for key_hash, name in db.execute(query):
            found.setdefault(key_hash, set()).add(name)
    return found


@dataclass(frozen=True, slots=True)
class Match:
    """A list that holds a hash: whether listed there, and since when the answer holds."""

    name: str
    list_type: str
    listed: bool
    checked_at: datetime | None
    imported_at: datetime
    valid_days: int | None


def lookup(
    db: Session | Connection,
    hashes: Iterable[str],
    *,
    names: Sequence[str] | None = None,
    list_types: Sequence[str] | None = None,
) -> dict[str, list[Match]]:
    """Every entry (listed or found clean) of the given hashes, by hash, in chosen lists."""
    wanted = list(dict.fromkeys(hashes))
    found: dict[str, list[Match]] = {}
    columns = (
        list_entries.c.key_hash, list_entries.c.listed, list_entries.c.checked_at, lists.c.name,
        lists.c.list_type, lists.c.imported_at, lists.c.valid_days,
    )  # fmt: skip
    connection = db.connection() if isinstance(db, Session) else db
    bulk = connection.dialect.name == "sqlite" and len(wanted) > _LOOKUP_CHUNK
    for start in range(0, len(wanted), len(wanted) if bulk else _LOOKUP_CHUNK):
        chunk = wanted[start : start + _LOOKUP_CHUNK]
        query = select(*columns).join(lists, lists.c.id == list_entries.c.list_id)
        if bulk:  # one join on a temporary table, not thousands of IN lists
            query = query.join(
                _wanted_table(connection, wanted), _WANTED.c.h == list_entries.c.key_hash
            )
        else:
            query = query.where(list_entries.c.key_hash.in_(chunk))
        if names is not None:
            query = query.where(lists.c.name.in_(names))
        if list_types is not None:
            query = query.where(lists.c.list_type.in_(list_types))
        for row in db.execute(query):
            found.setdefault(row.key_hash, []).append(
                Match(row.name, row.list_type, bool(row.listed), row.checked_at,
                      row.imported_at, row.valid_days)
            )  # fmt: skip
    return found


_WANTED = Table(
    "licite_wanted", MetaData(), Column("h", String, primary_key=True), prefixes=["TEMPORARY"]
)


def _wanted_table(connection: Connection, wanted: list[str]) -> Table:
    """The temporary table of the hashes looked up (this connection only), sorted."""
    _WANTED.create(connection, checkfirst=True)
    connection.execute(delete(_WANTED))
    ordered = sorted(wanted)
    for start in range(0, len(ordered), _INSERT_CHUNK):
        rows = [(h,) for h in ordered[start : start + _INSERT_CHUNK]]
        connection.exec_driver_sql("INSERT INTO licite_wanted (h) VALUES (?)", rows)
    return _WANTED


def iter_entries(db: Session | Connection, name: str) -> Iterator[EntryRow]:
    """The entries of list ``name`` (hashes only), in storage order."""
    query = (
        select(list_entries.c.key_kind, list_entries.c.key_hash, list_entries.c.listed,
               list_entries.c.checked_at)
        .join(lists, lists.c.id == list_entries.c.list_id)
        .where(lists.c.name == name)
        .order_by(list_entries.c.id)
        .execution_options(yield_per=_INSERT_CHUNK)
    )  # fmt: skip
    for row in db.execute(query):
        yield (row.key_kind, row.key_hash, bool(row.listed), row.checked_at)


def _stored(row: Row[Any]) -> StoredList:
    return StoredList(
        id=row.id, name=row.name, list_type=row.list_type, origin=row.origin,
        imported_at=row.imported_at, valid_days=row.valid_days,
        channels=tuple(row.channels) if row.channels is not None else None,
        entry_count=row.entry_count,
    )  # fmt: skip


__all__ = [
    "EntryRow",
    "ListEntry",
    "Match",
    "StoredList",
    "all_lists",
    "get_list",
    "iter_entries",
    "listed_hashes",
    "lookup",
    "remove_list",
    "replace_list",
]
