"""Use cases of opposition lists: import a list file as keyed hashes, show, export, remove,
and the round trip with a scrubbing service (Bloctel): export the numbers, import its result.

Plaintext values are read, normalised and hashed in memory; only keyed hashes reach the store
(:mod:`licite.core.keyed`), and every change leaves a ``list_change`` audit event.
"""

from __future__ import annotations

import csv
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from licite.core.errors import ConfigError, InputError
from licite.core.timeutil import utc_now
from licite.scrub.hashing import keyed_digests
from licite.scrub.importers import ListFile, read_list
from licite.scrub.keys import normalise_blocks
from licite.scrub.memory import system_allocator
from licite.services.scan import atomic_text
from licite.store import lists as store_lists
from licite.store.audit import append_event
from licite.store.engine import database_url, make_engine, session_scope
from licite.store.list_blocks import same_date
from licite.store.secret import load_secret

#: The list type each format imports as, and how long its answers hold (Bloctel: 30 days,
#: C. consom. art. L223-1 and its decree: a scrub result is valid for thirty days).
TYPE_OF_FORMAT = {"plain": "suppression", "bloctel": "bloctel", "brevo": "blocklist",
                  "mailchimp": "blocklist", "sirene": "sirene"}  # fmt: skip
VALID_DAYS = {"bloctel": 30}
#: DuckDB's memory while it groups a list's keys (it spills beyond; measured: same speed).
_GROUP_MEMORY = "400MB"
LIST_TYPES = ("suppression", "objections", "blocklist", "bloctel", "sirene", "other")
#: Calling codes Bloctel covers: France and its overseas departments and collectivities.
BLOCTEL_CODES = ("+33", "+262", "+508", "+590", "+594", "+596")


@dataclass(slots=True)
class ImportedList:
    """What an import read and stored (counts only: nothing of a person)."""

    name: str
    list_type: str
    rows: int
    stored: int
    invalid: dict[str, int] = field(default_factory=dict)
    valid_days: int | None = None


def import_list(
    path: Path, db: str | None, *, fmt: str = "plain", name: str | None = None,
    list_type: str | None = None, valid_days: int | None = None,
    checked_at: datetime | None = None,
) -> ImportedList:  # fmt: skip
    """Read a list file, hash its values and store them as list ``name`` (replacing it)."""
    kind_of_list = list_type or TYPE_OF_FORMAT.get(fmt, "other")
    if kind_of_list not in LIST_TYPES:
        raise ConfigError(f"unknown list type {kind_of_list!r} (one of {', '.join(LIST_TYPES)})")
    with system_allocator():  # each column freed as the import goes, not kept for reuse
        return _import(path, db, fmt, name, kind_of_list, valid_days, checked_at)


def _import(
    path: Path, db: str | None, fmt: str, name: str | None, kind_of_list: str,
    valid_days: int | None, checked_at: datetime | None,
) -> ImportedList:  # fmt: skip
    listed = read_list(path, fmt)
    if fmt == "bloctel" and not listed.listed:
        raise InputError(
            "a one-column Bloctel result lists the numbers that may be called; read it with "
            "`licite lists import-result RESULT --submitted UPLOADED` (the others are listed)",
            file=str(path),
        )
    at = utc_now()
    checked = checked_at or (at if kind_of_list == "bloctel" else None)
    days = valid_days if valid_days is not None else VALID_DAYS.get(kind_of_list)
    return store_list(db, listed, name or path.stem, kind_of_list, path.name, at, days, checked)


def store_list(
    db: str | None, listed: ListFile, name: str, list_type: str, origin: str, at: datetime,
    days: int | None, checked: datetime | None,
) -> ImportedList:  # fmt: skip
    """Store what ``listed`` read (its columns are consumed on the way: at twenty million
    numbers, each copy held past its use is hundreds of MB)."""
    url = database_url(db)
    secret = load_secret(url)
    invalid: dict[str, int] = {}
    columns: list[store_lists.EntryColumns] = []
    for kind in list(listed.values):
        values = listed.values.pop(kind)
        keys = normalise_blocks(kind, values, joined=True)
        invalid[kind] = int(pc.sum(pc.and_(values.is_valid(), keys.is_null())).as_py() or 0)
        flags = listed.listed.pop(kind, None)
        if flags is None:
            flags = pa.repeat(pa.scalar(True), len(values))
        del values
        grouped = _grouped(keys, flags)
        del keys, flags
        digests = keyed_digests(secret, kind, grouped.column("k").combine_chunks())
        dates = same_date(checked, grouped.num_rows)
        listed_flags = grouped.column("l").combine_chunks()
        columns.append(store_lists.EntryColumns(kind, digests, listed_flags, dates))
        del grouped
    result = ImportedList(name, list_type, listed.rows, 0, invalid, days)
    with session_scope(make_engine(url)) as session:
        stored = store_lists.replace_list(
            session, name=name, list_type=list_type, origin=origin, imported_at=at,
            valid_days=days, columns=columns,
        )  # fmt: skip
        result.stored = stored.entry_count
        append_event(session, "list_change", {"action": "import", **asdict(result)}, at)
    return result


def _grouped(keys: pa.Array, flags: pa.Array) -> pa.Table:
    """One row per distinct key (``k``), listed anywhere in the file (``l``) winning: the
    safer answer (a null flag counts as listed). Grouped by DuckDB on every core, under a
    memory limit it spills beyond: on twenty million numbers unbounded it took 1.4 GB more,
    Arrow's hash ``unique`` 2.5 GB more, at the same speed."""
    with tempfile.TemporaryDirectory(prefix="licite-group-") as spill:
        con = duckdb.connect(config={"memory_limit": _GROUP_MEMORY, "temp_directory": spill})
        try:
            con.register("entries", pa.table({"k": keys, "l": flags}))
            grouped = con.sql(
                "SELECT k, bool_or(coalesce(l, true)) AS l FROM entries WHERE k IS NOT NULL "
                "GROUP BY k"
            ).to_arrow_table()
        finally:
            con.close()
    if grouped.num_rows == 0:
        return pa.table({"k": pa.array([], pa.string()), "l": pa.array([], pa.bool_())})
    return grouped.combine_chunks()


@dataclass(frozen=True, slots=True)
class ListStatus:
    """A stored list as shown to the user, with the date its answers go stale."""

    name: str
    list_type: str
    origin: str
    imported_at: datetime
    valid_days: int | None
    expires_at: datetime | None
    entry_count: int


def show_lists(db: str | None) -> list[ListStatus]:
    """Every stored list with its validity."""
    with session_scope(make_engine(database_url(db))) as session:
        stored = store_lists.all_lists(session)
    return [
        ListStatus(s.name, s.list_type, s.origin, s.imported_at, s.valid_days,
                   s.imported_at + timedelta(days=s.valid_days) if s.valid_days else None,
                   s.entry_count)
        for s in stored
    ]  # fmt: skip


def export_list(name: str, out: Path, db: str | None) -> int:
    """Write a stored list's entries (keyed hashes, never plaintext) to a CSV; returns rows."""
    count = 0
    with session_scope(make_engine(database_url(db))) as session:
        if store_lists.get_list(session, name) is None:
            raise ConfigError(f"no stored list named {name!r} (see `licite lists show`)")
        with atomic_text(out) as handle:
            writer = csv.writer(handle)
            writer.writerow(("key_kind", "key_hash", "listed", "checked_at"))
            for kind, key_hash, listed, checked in store_lists.iter_entries(session, name):
                writer.writerow(
                    (kind, key_hash, int(listed), checked.isoformat() if checked else "")
                )
                count += 1
    return count


def remove_list(name: str, db: str | None) -> None:
    """Delete a stored list and record it."""
    with session_scope(make_engine(database_url(db))) as session:
        if not store_lists.remove_list(session, name):
            raise ConfigError(f"no stored list named {name!r} (see `licite lists show`)")
        append_event(session, "list_change", {"action": "remove", "name": name}, utc_now())


__all__ = [
    "BLOCTEL_CODES", "LIST_TYPES", "TYPE_OF_FORMAT", "ImportedList", "ListStatus",
    "export_list", "import_list", "remove_list", "show_lists",
]  # fmt: skip
