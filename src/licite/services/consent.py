"""The consent ledger's use cases: record (one or a file), withdraw, show.

A consent is recorded with its proof (RGPD art. 7(1)): the wording shown, stored once and
referenced by its hash, the form id and version, the time, and the IP or the recording id.
Withdrawal takes one command, as easy as giving (art. 7(3)). Every change leaves an audit event
holding receipt ids and contact ids, never the person's identifiers.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from licite.core.enums import COMMERCIAL_PURPOSE, Channel, ConsentMethod
from licite.core.errors import ConfigError, InputError
from licite.core.timeutil import parse_timestamp, utc_now
from licite.services.consent_receipts import RECEIPT_FORMATS, receipts
from licite.services.controller import load_profile
from licite.services.ledger_base import Ledger, Person, ledger
from licite.services.ledger_csv import Counts, Rejects, read_rows, split_list
from licite.store import ledger as store

IMPORT_COLUMNS = ("email", "phone", "channels", "controllers", "method", "given_at")


@dataclass(frozen=True, slots=True)
class ConsentInput:
    """What the person agreed to, and the proof of it."""

    person: Person
    channels: tuple[Channel, ...]
    controllers: tuple[str, ...]
    method: ConsentMethod
    given_at: datetime
    purpose: str = COMMERCIAL_PURPOSE
    collected_by: str | None = None
    wording: str | None = None
    form_id: str | None = None
    form_version: str | None = None
    ip: str | None = None
    recording_id: str | None = None
    out_of_hours: bool = False
    lang: str | None = None


@dataclass(slots=True)
class Recorded:
    receipt_ids: list[str] = field(default_factory=list)
    without_proof: int = 0


def parse_channels(values: list[str]) -> tuple[Channel, ...]:
    if not values:
        raise InputError("give at least one channel", field="channels")
    try:
        return tuple(sorted({Channel(value) for value in values}))
    except ValueError:
        known = ", ".join(channel.value for channel in Channel)
        raise InputError(f"unknown channel in {values} (use {known})", field="channels") from None


def parse_method(value: str) -> ConsentMethod:
    try:
        return ConsentMethod(value)
    except ValueError:
        known = ", ".join(method.value for method in ConsentMethod)
        raise InputError(f"unknown method {value!r} (use {known})", field="method") from None


def _record(lg: Ledger, item: ConsentInput, now: datetime, out: Recorded) -> None:
    ids = item.person.contact_ids(lg.session)
    if not ids:
        raise InputError("no stored contact has this email or phone", field="email/phone")
    if not item.controllers:
        raise InputError("give at least one controller", field="controllers")
    wording_hash = None
    if item.wording:
        wording_hash = store.store_wording(
            lg.session, item.wording, now, form_id=item.form_id, form_version=item.form_version,
            lang=item.lang,
        )  # fmt: skip
    for contact_id in ids:
        record = store.ConsentRecord(
            receipt_id=str(uuid.uuid4()), contact_id=contact_id,
            channels=tuple(c.value for c in item.channels), controllers=item.controllers,
            purpose=item.purpose, method=item.method.value, given_at=item.given_at,
            recorded_at=now, collected_by=item.collected_by, wording_hash=wording_hash,
            form_id=item.form_id, form_version=item.form_version, ip=item.ip,
            recording_id=item.recording_id, out_of_hours=item.out_of_hours,
        )  # fmt: skip
        store.add_record(lg.session, record)
        out.receipt_ids.append(record.receipt_id)
        out.without_proof += not record.has_evidence()
    lg.event(
        "consent_change",
        {"action": "given", "contacts": ids, "receipts": out.receipt_ids[-len(ids) :],
         "channels": [c.value for c in item.channels], "controllers": list(item.controllers),
         "method": item.method.value, "wording_hash": wording_hash},
        now,
    )  # fmt: skip


def add(db: str | None, item: ConsentInput, now: datetime) -> Recorded:
    """Record one consent for every stored contact with the person's email or phone."""
    out = Recorded()
    with ledger(db) as lg:
        _record(lg, item, now, out)
    return out


def _from_row(row: dict[str, str], folder: Path) -> ConsentInput:
    try:
        given_at = parse_timestamp(row["given_at"])
    except InputError as error:
        raise error.at_field("given_at") from None
    wording_file = row.get("wording_file")
    wording = row.get("wording") or None
    if wording_file:
        try:
            wording = (folder / wording_file).read_text(encoding="utf-8")  # beside the CSV
        except OSError as error:
            raise InputError(f"cannot read {wording_file}: {error}", field="wording_file") from None
    try:
        person = Person.of(row.get("email") or None, row.get("phone") or None)
    except InputError as error:
        raise error.at_field("email/phone") from None
    except ConfigError as error:  # neither is given: a bad row here
        raise InputError(str(error), field="email/phone") from None
    return ConsentInput(
        person=person, channels=parse_channels(split_list(row["channels"])),
        controllers=tuple(split_list(row["controllers"], spaces=False)),
        method=parse_method(row["method"]), given_at=given_at,
        purpose=row.get("purpose") or COMMERCIAL_PURPOSE,
        collected_by=row.get("collected_by") or None, wording=wording,
        form_id=row.get("form_id") or None, form_version=row.get("form_version") or None,
        ip=row.get("ip") or None, recording_id=row.get("recording_id") or None,
        out_of_hours=(row.get("out_of_hours") or "").lower() in ("1", "true", "yes", "oui"),
        lang=row.get("lang") or None,
    )  # fmt: skip


def import_file(db: str | None, path: Path, rejects: Path | None, now: datetime) -> Counts:
    """Record every consent of a CSV file; bad rows are rejected with their reason."""
    counts, out = Counts(), Recorded()
    with Rejects(rejects, counts) as rejected, ledger(db) as lg:
        for line, row in read_rows(path, IMPORT_COLUMNS):
            counts.rows_in += 1
            try:
                _record(lg, _from_row(row, path.parent), now, out)  # raises before writing anything
                counts.accepted += 1
            except InputError as error:
                rejected.add(line, error.located(row=line, file=str(path)))
    return counts


def withdraw(
    db: str | None, person: Person, at: datetime, *, channels: tuple[Channel, ...] = (),
    controller: str | None = None,
) -> list[str]:  # fmt: skip
    """Withdraw the person's live consents (those covering one of ``channels``, or all, and
    naming ``controller`` when given); returns the receipt ids withdrawn."""
    with ledger(db) as lg:
        ids = person.contact_ids(lg.session)
        if not ids:
            raise InputError("no stored contact has this email or phone", field="email/phone")
        wanted = {c.value for c in channels}
        chosen = [
            record.receipt_id
            for record in store.records_for(lg.session, ids)
            if record.withdrawn_at is None
            and (not wanted or wanted & set(record.channels))
            and (controller is None or controller in record.controllers)
        ]
        store.withdraw(lg.session, chosen, at)
        lg.event("consent_change", {"action": "withdrawn", "contacts": ids, "receipts": chosen}, at)
    return chosen


def show(db: str | None, person: Person) -> list[store.ConsentRecord]:
    """The person's ledger consents, oldest first."""
    with ledger(db) as lg:
        return store.records_for(lg.session, person.contact_ids(lg.session))


def export_receipts(
    db: str | None, person: Person, profile_path: Path, fmt: str, lang: str, out: Path
) -> int:
    """Write the person's receipts (``kantara`` or ``dpv``) as a JSON array, atomically."""
    if fmt not in RECEIPT_FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(RECEIPT_FORMATS)}, not {fmt!r}")
    profile = load_profile(profile_path)
    with ledger(db) as lg:
        records = store.records_for(lg.session, person.contact_ids(lg.session))
        principal = person.email or person.phone or ""
        items = receipts(records, profile, fmt, principal, lang)
        temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
        text = json.dumps(items, ensure_ascii=False, indent=2) + "\n"
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, out)
        payload = {"format": fmt, "receipts": [r.receipt_id for r in records], "file": out.name}
        lg.event("consent_receipt", payload, utc_now())
    return len(items)


__all__ = ["ConsentInput", "Recorded", "add", "export_receipts", "import_file", "show", "withdraw"]
