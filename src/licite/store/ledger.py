"""The consent ledger in the store: wordings stored once by hash, consent records with proof.

Ledger consents are kept apart from the ``consents`` child table on purpose: re-importing a
contact file replaces a contact's children wholesale, and proof of consent must not vanish with
it. The decision engine sees them because :func:`consents_by_contact` merges them into each
stored contact before deciding (see :mod:`licite.services.objections`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, or_, select, update
from sqlalchemy.orm import Session

from licite.core.enums import Channel, ConsentMethod
from licite.core.model import Consent
from licite.store.schema import consent_records, consent_wordings, contacts

Db = Session | Connection


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One consent as the ledger holds it: the decision format's fields plus the proof."""

    receipt_id: str
    contact_id: str
    channels: tuple[str, ...]
    controllers: tuple[str, ...]
    purpose: str
    method: str
    given_at: datetime
    recorded_at: datetime
    collected_by: str | None = None
    withdrawn_at: datetime | None = None
    wording_hash: str | None = None
    form_id: str | None = None
    form_version: str | None = None
    ip: str | None = None
    recording_id: str | None = None
    out_of_hours: bool = False

    def proof(self) -> dict[str, object]:
        """The decision format's ``proof`` object: only the evidence that is present."""
        fields = {
            "receipt_id": self.receipt_id, "wording_hash": self.wording_hash,
            "form_id": self.form_id, "form_version": self.form_version, "ip": self.ip,
            "recording_id": self.recording_id,
        }  # fmt: skip
        return {key: value for key, value in fields.items() if value is not None}

    def has_evidence(self) -> bool:
        """Proof worth the name: what was shown (wording or form) or a recording/IP trace."""
        return bool(self.wording_hash or self.form_id or self.recording_id or self.ip)

    def as_consent(self) -> Consent:
        """The domain consent the rules judge; without evidence it carries no proof."""
        return Consent(
            channels=frozenset(Channel(value) for value in self.channels),
            controllers=self.controllers,
            given_at=self.given_at,
            method=ConsentMethod(self.method),
            purpose=self.purpose,
            withdrawn_at=self.withdrawn_at,
            collected_by=self.collected_by,
            proof=self.proof() if self.has_evidence() else None,
            out_of_hours=self.out_of_hours,
        )


def wording_hash(text: str) -> str:
    """sha256 of the wording exactly as shown (normalised line ends only)."""
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()


def store_wording(
    db: Db, text: str, at: datetime, *, form_id: str | None, form_version: str | None,
    lang: str | None,
) -> str:  # fmt: skip
    """Store a wording once (by hash) and return its hash."""
    key = wording_hash(text)
    found = db.execute(select(consent_wordings.c.hash).where(consent_wordings.c.hash == key))
    if found.first() is None:
        db.execute(
            insert(consent_wordings).values(
                hash=key, text=text, form_id=form_id, form_version=form_version, lang=lang,
                recorded_at=at,
            )
        )  # fmt: skip
    return key


def get_wording(db: Db, key: str) -> str | None:
    row = db.execute(select(consent_wordings.c.text).where(consent_wordings.c.hash == key)).first()
    return None if row is None else str(row.text)


def add_record(db: Db, record: ConsentRecord) -> None:
    row = {name: getattr(record, name) for name in ConsentRecord.__slots__}
    row["channels"], row["controllers"] = list(record.channels), list(record.controllers)
    db.execute(insert(consent_records).values(**row))


def withdraw(db: Db, receipt_ids: Sequence[str], at: datetime) -> int:
    """Mark these consents withdrawn at ``at`` (those still live); returns how many changed."""
    if not receipt_ids:
        return 0
    query = (
        update(consent_records)
        .where(consent_records.c.receipt_id.in_(receipt_ids))
        .where(consent_records.c.withdrawn_at.is_(None))
        .values(withdrawn_at=at)
    )
    return int(getattr(db.execute(query), "rowcount", 0) or 0)


def records_for(db: Db, contact_ids: Iterable[str]) -> list[ConsentRecord]:
    """Every ledger consent of these contacts, oldest first."""
    wanted = list(contact_ids)
    if not wanted:
        return []
    query = (
        select(consent_records)
        .where(consent_records.c.contact_id.in_(wanted))
        .order_by(consent_records.c.given_at, consent_records.c.id)
    )
    return [_record(row) for row in db.execute(query).mappings()]


def consents_by_contact(db: Db, contact_ids: Iterable[str]) -> dict[str, list[Consent]]:
    """The ledger's consents of these contacts, as domain consents, per contact id."""
    out: dict[str, list[Consent]] = {}
    for record in records_for(db, contact_ids):
        out.setdefault(record.contact_id, []).append(record.as_consent())
    return out


def _record(row: Any) -> ConsentRecord:
    values = {name: row[name] for name in ConsentRecord.__slots__}
    values["channels"], values["controllers"] = tuple(row["channels"]), tuple(row["controllers"])
    return ConsentRecord(**values)


def find_contact_ids(db: Db, *, email: str | None = None, phone: str | None = None) -> list[str]:
    """Ids of the stored contacts with this (normalised) email or phone."""
    conditions = []
    if email:
        conditions.append(contacts.c.email == email)
    if phone:
        conditions.append(contacts.c.phone == phone)
    if not conditions:
        return []
    query = select(contacts.c.id).where(or_(*conditions)).order_by(contacts.c.id)
    return list(db.execute(query).scalars())


__all__ = [
    "ConsentRecord",
    "add_record",
    "consents_by_contact",
    "find_contact_ids",
    "get_wording",
    "records_for",
    "store_wording",
    "withdraw",
    "wording_hash",
]
