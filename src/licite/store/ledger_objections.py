"""Objections held as keyed hashes, mirrored as hashed lists of type ``objections``.

The ``objection_hashes`` table is the source of truth: one row per objection with its scope
(channels, controller), which a list entry cannot carry. Each scope is mirrored as one list in
``lists``/``list_blocks`` (``list_type = "objections"``) so scrub jobs that only read lists see
every objection too. No plaintext and no contact id is kept: an objection survives erasure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.orm import Session

from licite.core.keyed import KeyKind
from licite.store.lists import ListEntry, add_entries, get_list, replace_list
from licite.store.schema import lists, objection_hashes

Db = Session | Connection
ALL_CHANNELS = "*"
LIST_TYPE = "objections"
_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class HashedObjection:
    """One objection: a keyed hash, its channels (None: every channel) and controller."""

    key_kind: KeyKind
    key_hash: str
    at: datetime
    channels: tuple[str, ...] | None = None
    controller: str | None = None
    origin: str = "request"

    @property
    def scope(self) -> tuple[tuple[str, ...] | None, str | None]:
        return self.channels, self.controller


def list_name(channels: tuple[str, ...] | None, controller: str | None) -> str:
    """The mirror list of one scope, e.g. ``objections/all/*`` or ``objections/acme/email+sms``."""
    return f"objections/{controller or 'all'}/{'+'.join(channels) if channels else ALL_CHANNELS}"


def add_objections(db: Db, items: Iterable[HashedObjection]) -> int:
    """Store new objections (an identical one already held is skipped); returns how many."""
    wanted = list(items)
    held = {
        _identity(item)
        for found in objections_for(db, (item.key_hash for item in wanted)).values()
        for item in found
    }
    fresh: dict[tuple[str, str, tuple[str, ...] | None, str | None], HashedObjection] = {}
    for item in wanted:
        if _identity(item) not in held:
            fresh.setdefault(_identity(item), item)
    rows = [
        {"key_kind": item.key_kind, "key_hash": item.key_hash, "at": item.at,
         "channels": list(item.channels) if item.channels else ALL_CHANNELS,
         "controller": item.controller, "origin": item.origin}
        for item in fresh.values()
    ]  # fmt: skip
    for start in range(0, len(rows), _CHUNK):
        db.execute(insert(objection_hashes), rows[start : start + _CHUNK])
    by_scope: dict[tuple[tuple[str, ...] | None, str | None], list[HashedObjection]] = {}
    for item in fresh.values():
        by_scope.setdefault(item.scope, []).append(item)
    for scope, added in by_scope.items():
        _mirror(db, scope, added)
    return len(rows)


def _identity(item: HashedObjection) -> tuple[str, str, tuple[str, ...] | None, str | None]:
    return item.key_kind, item.key_hash, item.channels, item.controller


def _mirror(
    db: Db, scope: tuple[tuple[str, ...] | None, str | None], added: list[HashedObjection]
) -> None:
    """Add these objections to their scope's list (created on first use)."""
    channels, controller = scope
    name = list_name(channels, controller)
    latest = max(item.at for item in added)
    entries = [ListEntry(i.key_kind, i.key_hash, listed=True, checked_at=i.at) for i in added]
    stored = get_list(db, name)
    if stored is None:
        origin = f"licite object (controller: {controller or 'every controller'})"
        replace_list(
            db, name=name, list_type=LIST_TYPE, origin=origin, imported_at=latest,
            entries=entries, channels=channels,
        )  # fmt: skip
        return
    add_entries(db, name, entries)
    db.execute(
        update(lists)
        .where(lists.c.id == stored.id)
        .values(imported_at=max(latest, stored.imported_at))
    )  # fmt: skip


def all_objections(db: Db) -> list[HashedObjection]:
    """Every hashed objection, oldest first."""
    query = select(objection_hashes).order_by(objection_hashes.c.at, objection_hashes.c.id)
    return [_objection(row) for row in db.execute(query).mappings()]


def objections_for(db: Db, hashes: Iterable[str]) -> dict[str, list[HashedObjection]]:
    """The objections held for each of these hashes."""
    wanted = list(dict.fromkeys(hashes))
    found: dict[str, list[HashedObjection]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = select(objection_hashes).where(objection_hashes.c.key_hash.in_(chunk))
        for row in db.execute(query).mappings():
            found.setdefault(row["key_hash"], []).append(_objection(row))
    return found


def count_objections(db: Db) -> int:
    return int(db.execute(select(func.count()).select_from(objection_hashes)).scalar_one())


def _objection(row: Any) -> HashedObjection:
    stored: str | Sequence[str] = row["channels"]
    return HashedObjection(
        key_kind=row["key_kind"], key_hash=row["key_hash"], at=row["at"],
        channels=None if stored == ALL_CHANNELS else tuple(stored),
        controller=row["controller"], origin=row["origin"],
    )  # fmt: skip


__all__ = [
    "ALL_CHANNELS",
    "LIST_TYPE",
    "HashedObjection",
    "add_objections",
    "all_objections",
    "count_objections",
    "list_name",
    "objections_for",
]
