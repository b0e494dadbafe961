"""Data-subject rights (RGPD art. 15-17): find, access, rectify and erase a person's data.

The person is named by email or phone. Every request is logged by the keyed hash of that
identifier with its one-month deadline (art. 12(3)) and leaves an audit event; erasure keeps a
hashed objection when the person objected (see :mod:`licite.store.ledger_erase`).
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from licite.core.errors import ConfigError, InputError
from licite.core.keyed import normalise_key
from licite.core.model import Contact
from licite.services.ledger_base import Ledger, Person, ledger
from licite.services.subject_export import access_report, render_html
from licite.store import repo
from licite.store.ledger_erase import erase_contacts
from licite.store.ledger_requests import SubjectRequest, log_request

#: Fields ``rectify`` may change; ``attr.NAME`` changes (or, empty, removes) one attribute.
RECTIFIABLE = ("email", "phone", "postal_address", "timezone")


@dataclass(frozen=True, slots=True)
class Outcome:
    request: SubjectRequest
    contact_ids: list[str]
    files: list[str] = dataclasses.field(default_factory=list)


def _log(
    lg: Ledger, person: Person, kind: str, at: datetime, ids: list[str], outcome: str
) -> SubjectRequest:
    key_kind, key_hash = person.hashes(lg.secret())[0]
    logged = log_request(
        lg.session, kind=kind, key_kind=key_kind, key_hash=key_hash, at=at,
        contact_count=len(ids), outcome=outcome,
    )  # fmt: skip
    lg.event(
        "subject_request",
        {"request": logged.id, "kind": kind, "key_hash": key_hash, "contacts": ids,
         "outcome": outcome, "deadline": logged.deadline_at.isoformat()},
        at,
    )  # fmt: skip
    return logged


def find(db: str | None, person: Person, at: datetime) -> tuple[Outcome, list[Contact]]:
    """The stored contacts with this email or phone."""
    with ledger(db) as lg:
        ids = person.contact_ids(lg.session)
        found = [c for i in ids if (c := repo.get_contact(lg.session, i)) is not None]
        logged = _log(lg, person, "find", at, ids, f"{len(ids)} contact(s) found")
    return Outcome(logged, ids), found


def access(db: str | None, person: Person, at: datetime, out: Path) -> Outcome:
    """Write everything held about the person to ``out``.json and ``out``.html (art. 15)."""
    with ledger(db) as lg:
        ids = person.contact_ids(lg.session)
        logged = _log(lg, person, "access", at, ids, "exported")  # listed in its own report
        report = access_report(lg.session, person, ids, lg.secret(), at)
    files = []
    for suffix, text in ((".json", json.dumps(report, ensure_ascii=False, indent=2, default=str)),
                         (".html", render_html(report))):  # fmt: skip
        target = out.with_name(out.name + suffix)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_text(text + "\n", encoding="utf-8")
        os.replace(temporary, target)
        files.append(str(target))
    return Outcome(logged, ids, files)


def _rectified(contact: Contact, changes: Mapping[str, str]) -> Contact:
    fields: dict[str, object] = {}
    attributes = dict(contact.attributes)
    for name, value in changes.items():
        if name.startswith("attr."):
            if value:
                attributes[name.removeprefix("attr.")] = value
            else:
                attributes.pop(name.removeprefix("attr."), None)
        elif name == "email":
            fields[name] = normalise_key("email", value) if value else None
        elif name == "phone":
            fields[name] = normalise_key("phone", value) if value else None
        elif name in RECTIFIABLE:
            fields[name] = value or None
        else:
            allowed = ", ".join((*RECTIFIABLE, "attr.NAME"))
            raise ConfigError(f"--set: cannot rectify {name!r} (use {allowed})")
    return dataclasses.replace(contact, attributes=attributes, **fields)  # type: ignore[arg-type]


def rectify(db: str | None, person: Person, changes: Mapping[str, str], at: datetime) -> Outcome:
    """Apply ``changes`` to every stored contact of the person (art. 16)."""
    if not changes:
        raise ConfigError("give at least one --set FIELD=VALUE")
    with ledger(db) as lg:
        ids = person.contact_ids(lg.session)
        if not ids:
            raise InputError("no stored contact has this email or phone", field="email/phone")
        updated = [
            _rectified(contact, changes)
            for i in ids
            if (contact := repo.get_contact(lg.session, i)) is not None
        ]
        repo.save_contacts(lg.session, updated, now=at)
        logged = _log(lg, person, "rectify", at, ids, f"fields: {', '.join(sorted(changes))}")
    return Outcome(logged, ids)


def erase(db: str | None, person: Person, at: datetime) -> Outcome:
    """Erase the person everywhere (art. 17), keeping a hashed objection when they objected."""
    with ledger(db) as lg:
        ids = person.contact_ids(lg.session)
        deleted = erase_contacts(lg.session, ids, lg.secret(), at)
        logged = _log(lg, person, "erase", at, ids, f"{deleted} contact(s) erased")
    return Outcome(logged, ids)


__all__ = ["RECTIFIABLE", "Outcome", "access", "erase", "find", "rectify"]
