"""Opposition, suppression and block lists in the store, held only as keyed hashes.

The importers (scrub) and the objection ledger write here; the collector and the decision
engine only ask :func:`lookup` or :func:`listed_hashes` which of some hashes a list holds, the
scrub asks :func:`listed_in` for a million digests at once. The hashes are packed in sorted
blocks (:mod:`licite.store.list_blocks`). No plaintext phone, email or SIREN ever reaches
these tables (see :mod:`licite.core.keyed`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import numpy as np
import numpy.typing as npt
import pyarrow as pa
from sqlalchemy import (
    Connection,
    CursorResult,
    Row,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from licite.core.keyed import DIGEST_BYTES, KeyKind
from licite.store import list_blocks as blocks
from licite.store.schema import list_blocks, lists

#: Small blocks a list may gather (objections added a few at a time) before they are merged.
_SMALL_BLOCKS = 8
#: One entry as a tuple (exports): key kind, keyed hash (hex), listed, checked_at.
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


@dataclass(frozen=True, slots=True)
class EntryColumns:
    """Many entries of one kind as columns (bulk imports): distinct ``binary(32)`` digests,
    their ``listed`` flags and check dates (a UTC timestamp column, see
    :func:`licite.store.list_blocks.timestamps`)."""

    key_kind: KeyKind
    digests: pa.Array
    listed: pa.Array
    checked_at: pa.Array


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
    columns: Sequence[EntryColumns] | None = None,
) -> StoredList:
    """Create the list ``name``, or replace its entries wholesale; returns what was stored.

    Bulk importers pass ``columns`` (one per kind, already distinct) instead of ``entries``.
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
        db.execute(delete(list_blocks).where(list_blocks.c.list_id == list_id))
    if columns is None:
        columns = _columns(_unique(entries))
    count = sum(_write_blocks(db, list_id, part) for part in columns)
    db.execute(update(lists).where(lists.c.id == list_id).values(entry_count=count))
    stored = get_list(db, name)
    assert stored is not None
    return stored


def add_entries(db: Session | Connection, name: str, entries: Iterable[ListEntry]) -> int:
    """Add to list ``name`` the entries it does not hold yet (by kind and hash); returns how
    many were added. Each call writes a small block; once a kind gathers more than
    :data:`_SMALL_BLOCKS` of them they are merged, so lookups stay a few blocks deep."""
    stored = get_list(db, name)
    if stored is None:
        raise KeyError(name)
    wanted = list(_unique(entries))
    held = lookup(db, [e.key_hash for e in wanted], names=[name])
    new = [e for e in wanted if e.key_hash not in held]
    for part in _columns(new):
        _write_blocks(db, stored.id, part)
        _merge_small(db, stored.id, part.key_kind)
    db.execute(
        update(lists).where(lists.c.id == stored.id)
        .values(entry_count=stored.entry_count + len(new))
    )  # fmt: skip
    return len(new)


def _columns(entries: Iterable[ListEntry]) -> list[EntryColumns]:
    by_kind: dict[KeyKind, list[ListEntry]] = {}
    for entry in entries:
        by_kind.setdefault(entry.key_kind, []).append(entry)
    return [
        EntryColumns(
            kind, pa.array([bytes.fromhex(e.key_hash) for e in part], blocks.DIGEST),
            pa.array([e.listed for e in part], pa.bool_()),
            blocks.timestamps([e.checked_at for e in part]),
        )
        for kind, part in by_kind.items()
    ]  # fmt: skip


def _write_blocks(db: Session | Connection, list_id: int, part: EntryColumns) -> int:
    count = 0
    for block in blocks.pack(part.digests, part.listed, part.checked_at):
        db.execute(
            insert(list_blocks).values(
                list_id=list_id, key_kind=part.key_kind, first_hash=block.first_hash,
                last_hash=block.last_hash, entry_count=block.entry_count, body=block.body,
            )
        )  # fmt: skip
        count += block.entry_count
    return count


def _merge_small(db: Session | Connection, list_id: int, kind: KeyKind) -> None:
    small = list_blocks.c.entry_count < blocks.BLOCK_ENTRIES // 2
    where = (list_blocks.c.list_id == list_id) & (list_blocks.c.key_kind == kind) & small
    found = db.execute(select(list_blocks.c.id, list_blocks.c.body).where(where)).all()
    if len(found) <= _SMALL_BLOCKS:
        return
    decoded = [blocks.decode(row.body) for row in found]
    db.execute(delete(list_blocks).where(list_blocks.c.id.in_([row.id for row in found])))
    digests, listed, checked = (
        pa.concat_arrays([blocks.plain_column(batch, i) for batch in decoded]) for i in range(3)
    )
    _write_blocks(db, list_id, EntryColumns(kind, digests, listed, checked))


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
    found = lookup(db, hashes, list_types=list_types)
    listed = {h: {m.name for m in matches if m.listed} for h, matches in found.items()}
    return {h: names for h, names in listed.items() if names}


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
    """Every entry (listed or found clean) of the given hex hashes, by hash, in chosen lists."""
    wanted = list(dict.fromkeys(hashes))
    found: dict[str, list[Match]] = {}
    if not wanted:
        return found
    digests = np.array([bytes.fromhex(h) for h in wanted], dtype=f"S{DIGEST_BYTES}")
    for holder, positions, block, rows in _scan(db, None, digests, names, list_types):
        for at, (key_hash, listed, checked) in zip(
            positions.tolist(), blocks.entry_rows(block, rows), strict=True
        ):
            assert key_hash == wanted[at]
            found.setdefault(key_hash, []).append(
                Match(holder.name, holder.list_type, listed, checked, holder.imported_at,
                      holder.valid_days)
            )  # fmt: skip
    return found


def listed_in(
    db: Session | Connection, kind: KeyKind, digests: pa.Array, names: Sequence[str]
) -> dict[str, npt.NDArray[np.intp]]:
    """For each chosen list on which some of the ``binary(32)`` digests are listed, the
    positions of those digests (null ones never match): the scrub's bulk lookup, millions
    at a time, answered in arrays (a Python object per digest cost more than the lookup)."""
    found: dict[str, list[npt.NDArray[np.intp]]] = {}
    valid = digests.is_valid().to_numpy(zero_copy_only=False) if digests.null_count else None
    sought = blocks.as_digests(digests, nulls=True)
    for holder, positions, block, rows in _scan(db, kind, sought, names):
        keep = block.column(1).take(rows).to_numpy(zero_copy_only=False)
        if valid is not None:
            keep &= valid[positions]
        found.setdefault(holder.name, []).append(positions[keep])
    return {name: np.sort(np.concatenate(parts)) for name, parts in found.items()}


def kinds_held(db: Session | Connection, names: Sequence[str]) -> set[KeyKind]:
    """The kinds of keys (phone, email, siren) the named lists hold."""
    query = (
        select(list_blocks.c.key_kind).distinct()
        .join(lists, lists.c.id == list_blocks.c.list_id).where(lists.c.name.in_(names))
    )  # fmt: skip
    return {cast(KeyKind, kind) for kind in db.execute(query).scalars()}


def _scan(
    db: Session | Connection, kind: KeyKind | None, digests: blocks.Digests,
    names: Sequence[str] | None, list_types: Sequence[str] | None = None,
) -> Iterator[tuple[StoredList, npt.NDArray[np.intp], pa.RecordBatch, pa.Array]]:  # fmt: skip
    """For each block holding some of ``digests``: its list, the positions (in ``digests``)
    it holds, the decoded block and the block's row for each. Only the blocks whose range
    may hold a sought digest are read."""
    wanted = blocks.sought(digests)
    query = select(
        list_blocks.c.id, list_blocks.c.list_id, list_blocks.c.first_hash, list_blocks.c.last_hash
    ).join(lists, lists.c.id == list_blocks.c.list_id)
    if kind is not None:
        query = query.where(list_blocks.c.key_kind == kind)
    if names is not None:
        query = query.where(lists.c.name.in_(names))
    if list_types is not None:
        query = query.where(lists.c.list_type.in_(list_types))
    chosen = []
    for row in db.execute(query.order_by(list_blocks.c.id)):
        part = blocks.match(wanted, row.first_hash, row.last_hash)
        if part.stop > part.start:
            chosen.append((row.id, row.list_id, part))
    holders = {stored.id: stored for stored in all_lists(db)}
    body_of = select(list_blocks.c.body)
    for block_id, list_id, part in chosen:
        block = blocks.decode(db.execute(body_of.where(list_blocks.c.id == block_id)).scalar_one())
        at, rows = blocks.found_in(block, wanted, part)
        if len(at):
            yield holders[list_id], at, block, rows


def iter_entries(db: Session | Connection, name: str) -> Iterator[EntryRow]:
    """The entries of list ``name`` (hashes only), block by block: a block at a time in
    memory, sorted within it (blocks added later may interleave with earlier ones)."""
    query = (
        select(list_blocks.c.key_kind, list_blocks.c.body)
        .join(lists, lists.c.id == list_blocks.c.list_id)
        .where(lists.c.name == name)
        .order_by(list_blocks.c.key_kind, list_blocks.c.first_hash, list_blocks.c.id)
        .execution_options(yield_per=4)
    )
    for row in db.execute(query):
        for key_hash, listed, checked in blocks.entry_rows(blocks.decode(row.body), None):
            yield (row.key_kind, key_hash, listed, checked)


def _stored(row: Row[Any]) -> StoredList:
    return StoredList(
        id=row.id, name=row.name, list_type=row.list_type, origin=row.origin,
        imported_at=row.imported_at, valid_days=row.valid_days,
        channels=tuple(row.channels) if row.channels is not None else None,
        entry_count=row.entry_count,
    )  # fmt: skip


__all__ = [
    "EntryColumns",
    "EntryRow",
    "ListEntry",
    "Match",
    "StoredList",
    "add_entries",
    "all_lists",
    "get_list",
    "iter_entries",
    "kinds_held",
    "listed_hashes",
    "listed_in",
    "lookup",
    "remove_list",
    "replace_list",
]
