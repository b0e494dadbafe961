"""What an access request returns (RGPD art. 15): everything held about the person.

Data, source, consents (with the wording shown), objections (those of the contact file and
the hashed ones matching the person), decisions, notices and earlier requests, as plain JSON
data and as a readable HTML page rendered from the same data.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from licite.services.ledger_base import Person
from licite.services.templating import render
from licite.store import repo
from licite.store.ledger import get_wording, records_for
from licite.store.ledger_objections import objections_for
from licite.store.ledger_requests import notices_for, requests_for


def _plain(value: object) -> object:
    """Dataclasses, datetimes, enums and sets as JSON data."""
    return json.loads(repo.canonical_json(value))


def access_report(
    session: Session, person: Person, ids: Sequence[str], secret: bytes, at: datetime
) -> dict[str, object]:
    """The report's data, ready for JSON."""
    hashes = [digest for _, digest in person.hashes(secret)]
    contacts = []
    for contact_id in ids:
        contact = repo.get_contact(session, contact_id)
        if contact is None:
            continue
        contacts.append(
            {
                "data": _plain(dataclasses.asdict(contact)),
                "decisions": [
                    _plain(dataclasses.asdict(d)) for d in repo.list_decisions(session, contact_id)
                ],
            }
        )
    consents = []
    for record in records_for(session, ids):
        item = _plain(dataclasses.asdict(record))
        assert isinstance(item, dict)
        item["wording"] = get_wording(session, record.wording_hash) if record.wording_hash else None
        consents.append(item)
    hashed = [
        _plain(dataclasses.asdict(item))
        for items in objections_for(session, hashes).values()
        for item in items
    ]
    return {
        "generated_at": at.isoformat(),
        "identifiers": {"email": person.email, "phone": person.phone},
        "contacts": contacts,
        "consents": consents,
        "hashed_objections": hashed,
        "notices": [_plain(dataclasses.asdict(n)) for n in notices_for(session, ids)],
        "requests": [_plain(dataclasses.asdict(r)) for r in requests_for(session, hashes)],
    }


def render_html(report: dict[str, object]) -> str:
    """The readable page of a report (bilingual headings, every value escaped)."""
    return render("access.html.j2", report=report)


__all__ = ["access_report", "render_html"]
