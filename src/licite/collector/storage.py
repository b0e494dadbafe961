"""The last pipeline: contacts into the store, ready for ``licite check``, with provenance.

Why: a collected contact must carry ``collected_at`` and a precise ``source`` (the page URL, the
terms verdict, robots and TDM outcomes; shared/spec/decision-format.md) so the rules can judge
it and the art. 14 notice can name the source. Ids are stable per source and identifier (a
keyed hash, so the id reveals nothing), so running again updates instead of duplicating.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import select

from licite.collector.context import count
from licite.collector.extraction import Record
from licite.collector.pipelines import _Stage
from licite.collector.sources import CONTACT_FIELDS, SourceDecl
from licite.core.enums import ContactKind
from licite.core.model import Contact, Source
from licite.store.collection import FieldOrigin, save_origins
from licite.store.schema import contacts

FLUSH = 200


def contact_id(source: str, key_hash: str) -> str:
    """Stable id of a collected contact: one per source and normalised phone (else email)."""
    return "web-" + hashlib.sha256(f"{source}\x00{key_hash}".encode()).hexdigest()[:32]


def to_contact(item: Record, source: SourceDecl) -> Contact:
    fields = item.fields
    return Contact(
        id=contact_id(source.name, str(item.provenance["_key"]["hash"])),
        audience=source.audience,
        collected_at=datetime.fromisoformat(item.fetched_at),
        source=Source(
            type=source.type, name=source.name, url=item.url, terms_forbid_reuse=False,
            robots_disallowed=False, tdm_reserved=item.tdm == "reserved",
        ),
        kind=ContactKind.ORGANISATION if item.kind == "organisation" else ContactKind.PERSON,
        email=fields.get("email"),
        phone=fields.get("phone"),
        postal_address=fields.get("postal_address"),
        attributes={k: v for k, v in fields.items() if k not in CONTACT_FIELDS},
    )  # fmt: skip


def origins(item: Record, contact: Contact, run_id: str | None) -> list[FieldOrigin]:
    return [
        FieldOrigin(
            contact_id=contact.id,
            field=name,
            source_name=item.source,
            url=item.url,
            fetched_at=datetime.fromisoformat(item.fetched_at),
            selector=origin["selector"],
            robots=str(origin["robots"]),
            tdm=str(origin["tdm"]),
            terms_sha256=origin["terms_sha256"],
            run_id=run_id,
        )
        for name, origin in item.provenance.items()
        if not name.startswith("_")
    ]


class StorePipeline(_Stage):
    """Saves contacts (licite.store.repo.save_contacts) and their provenance, in batches."""

    def open_spider(self) -> None:
        from licite.store.engine import make_engine

        self.engine = make_engine(self.context.db)
        self.pending: dict[str, tuple[Contact, list[FieldOrigin]]] = {}

    def process_item(self, item: Record) -> Record:
        contact = to_contact(item, self.source(item))
        if contact.id in self.pending:
            count(self.crawler, "records/merged")
        self.pending[contact.id] = (contact, origins(item, contact, self.context.run_id))
        if len(self.pending) >= FLUSH:
            self.flush()
        return item

    def flush(self) -> None:
        from licite.store.engine import session_scope
        from licite.store.repo import save_contacts

        if not self.pending:
            return
        with session_scope(self.engine) as session:
            known = set(
                session.scalars(select(contacts.c.id).where(contacts.c.id.in_(self.pending)))
            )
            # a contact already stored keeps its row and children (an objection recorded since
            # must survive a re-run); only its provenance is refreshed
            fresh = [c for key, (c, _) in self.pending.items() if key not in known]
            save_contacts(session, fresh, now=datetime.now(UTC))
            save_origins(session, [o for _, rows in self.pending.values() for o in rows])
        count(self.crawler, "records/stored", len(fresh))
        count(self.crawler, "records/already_stored", len(self.pending) - len(fresh))
        self.pending = {}

    def close_spider(self) -> None:
        self.flush()


__all__ = ["StorePipeline", "contact_id", "to_contact"]
