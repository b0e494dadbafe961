"""Objections (RGPD art. 21, CPCE L34-5) and suppression files, kept only as keyed hashes.

An objection received by any channel is recorded for each identifier the person gave, hashed
with the installation's secret, so it survives the erasure of the person and still matches if
they are collected again. Suppression files move such hashes in and out: a CSV of hashes (from
another licite of the same installation) or a CSV of plaintext identifiers, hashed on import and
never stored in clear.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from licite.core.enums import Channel
from licite.core.errors import InputError
from licite.core.keyed import KEY_KINDS, KeyKind, hash_value
from licite.core.timeutil import parse_timestamp
from licite.services.consent import parse_channels
from licite.services.ledger_base import Person, ledger
from licite.services.ledger_csv import Counts, Rejects, read_rows, split_list, write_csv
from licite.store.ledger_objections import HashedObjection, add_objections, all_objections

HASH_COLUMNS = ("key_kind", "key_hash", "channels", "controller", "at")
_HEX = frozenset("0123456789abcdef")


def record(
    db: str | None, person: Person, at: datetime, *, channels: tuple[Channel, ...] = (),
    controller: str | None = None, origin: str = "request",
) -> int:  # fmt: skip
    """Record the person's objection (every channel when none is named); returns hashes added."""
    scope = tuple(c.value for c in channels) or None
    with ledger(db) as lg:
        items = [
            HashedObjection(kind, digest, at, scope, controller, origin)
            for kind, digest in person.hashes(lg.secret())
        ]
        added = add_objections(lg.session, items)
        lg.event(
            "objection",
            {"hashes": [item.key_hash for item in items], "channels": list(scope or ["*"]),
             "controller": controller, "origin": origin, "added": added},
            at,
        )  # fmt: skip
    return added


def _scope(
    row: dict[str, str], now: datetime
) -> tuple[tuple[str, ...] | None, str | None, datetime]:
    raw = row.get("channels", "")
    channels = None if raw in ("", "*") else tuple(c.value for c in parse_channels(split_list(raw)))
    try:
        at = parse_timestamp(row["at"]) if row.get("at") else now
    except InputError as error:
        raise error.at_field("at") from None
    return channels, row.get("controller") or None, at


def _hashed_row(row: dict[str, str], now: datetime) -> HashedObjection:
    kind, digest = row["key_kind"], row["key_hash"].lower()
    if kind not in KEY_KINDS:
        raise InputError(
            f"unknown key kind {kind!r} (use {', '.join(KEY_KINDS)})", field="key_kind"
        )
    if len(digest) != 64 or not set(digest) <= _HEX:
        raise InputError("not a keyed hash (64 hex digits)", field="key_hash")
    channels, controller, at = _scope(row, now)
    valid_kind: KeyKind = kind
    return HashedObjection(valid_kind, digest, at, channels, controller, "suppression file")


def _plain_rows(row: dict[str, str], secret: bytes, now: datetime) -> list[HashedObjection]:
    channels, controller, at = _scope(row, now)
    out = []
    for kind in ("email", "phone"):
        if row.get(kind):
            try:
                digest = hash_value(secret, kind, row[kind])
            except InputError as error:
                raise error.at_field(kind) from None
            out.append(HashedObjection(kind, digest, at, channels, controller, "suppression file"))
    if not out:
        raise InputError("give an email or a phone", field="email/phone")
    return out


def import_file(
    db: str | None, path: Path, now: datetime, *, plaintext: bool, rejects: Path | None = None
) -> tuple[Counts, int]:
    """Import a suppression file; returns the row counts and the number of new hashes."""
    counts = Counts()
    with Rejects(rejects, counts) as rejected, ledger(db) as lg:
        secret = lg.secret() if plaintext else b""
        items: list[HashedObjection] = []
        required = () if plaintext else ("key_kind", "key_hash")
        for line, row in read_rows(path, required):
            counts.rows_in += 1
            try:
                found = _plain_rows(row, secret, now) if plaintext else [_hashed_row(row, now)]
            except InputError as error:
                rejected.add(line, error.located(row=line, file=str(path)))
                continue
            items.extend(found)
            counts.accepted += 1
        added = add_objections(lg.session, items)
        lg.event(
            "objection",
            {"file": path.name, "plaintext": plaintext, "rows_in": counts.rows_in,
             "accepted": counts.accepted, "rejected": counts.rejected, "added": added},
            now,
        )  # fmt: skip
    return counts, added


def export_file(db: str | None, out: Path, now: datetime) -> int:
    """Write every hashed objection to a CSV (hashes only, atomically); returns the count."""
    with ledger(db) as lg:
        rows = [
            (item.key_kind, item.key_hash, "|".join(item.channels or ("*",)),
             item.controller or "", item.at.isoformat())
            for item in all_objections(lg.session)
        ]  # fmt: skip
        count = write_csv(out, HASH_COLUMNS, rows)
        lg.event("objection", {"export": out.name, "count": count}, now)
    return count


__all__ = ["HASH_COLUMNS", "export_file", "import_file", "record"]
