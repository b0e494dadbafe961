"""The store's tables, as SQLAlchemy Core: one row per contact, one table per repeated part.

Core tables rather than ORM classes: the repositories move rows in bulk and rebuild the frozen
domain types of :mod:`licite.core.model` themselves. Enum values are stored as plain strings (their
wire values) so adding a member never needs a migration. Migrations in ``migrations/versions``
must produce exactly this schema (a test compares them).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

#: Constraint names are explicit so later migrations (SQLite batch mode) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware instant, stored in UTC, always read back aware in UTC.

    SQLite has no time zones (SQLAlchemy would silently drop the offset), so the value is
    converted to UTC first; a naive datetime is refused rather than guessed.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime refused by the store: {value.isoformat()}")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime from the database, got {value!r}")
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _json() -> JSON:
    return JSON(none_as_null=True)


def _contact_fk() -> Column[str]:
    return Column(
        "contact_id", String, ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    )


sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    # sha256 of every field: NULLs never collide in a unique constraint, so sharing identical
    # sources needs one non-null key; the flags are part of it so no contact's source changes.
    Column("fingerprint", String(64), nullable=False, unique=True),
    Column("type", String, nullable=False),
    Column("name", String),
    Column("url", Text),
    Column("terms_forbid_reuse", Boolean),
    Column("robots_disallowed", Boolean),
    Column("tdm_reserved", Boolean),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", String, primary_key=True),
    Column("kind", String, nullable=False),
    Column("audience", String, nullable=False),
    Column("email", String, index=True),
    Column("phone", String, index=True),
    Column("postal_address", Text),
    Column("timezone", String),
    Column("attributes", _json(), nullable=False),
    Column("collected_at", UTCDateTime, nullable=False),
    Column("informed_at", UTCDateTime),
    Column("last_prospect_initiated_contact_at", UTCDateTime),
    Column("contract_in_progress", Boolean, nullable=False),
    Column("is_customer", Boolean, nullable=False),
    Column("customer_last_purchase_at", UTCDateTime),
    Column("customer_product_categories", _json()),
    Column("customer_relationship_ended_at", UTCDateTime),
    Column("customer_objection_offered_at_collection", Boolean),
    # sirene_diffusion is set exactly when the contact has a SIRENE record.
    Column("sirene_siren", String),
    Column("sirene_diffusion", String),
    Column("sirene_natural_person", Boolean),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False, index=True),
    Column("imported_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

consents = Table(
    "consents",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_fk(),
    Column("position", Integer, nullable=False),
    Column("channels", _json(), nullable=False),
    Column("controllers", _json(), nullable=False),
    Column("purpose", String, nullable=False),
    Column("given_at", UTCDateTime, nullable=False),
    Column("withdrawn_at", UTCDateTime),
    Column("method", String, nullable=False),
    Column("collected_by", String),
    Column("proof", _json()),
    Column("out_of_hours", Boolean, nullable=False),
    UniqueConstraint("contact_id", "position"),
)

objections = Table(
    "objections",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_fk(),
    Column("position", Integer, nullable=False),
    Column("at", UTCDateTime, nullable=False),
    # A sorted list of channels, or the string "*" for an objection to every channel.
    Column("channels", _json(), nullable=False),
    Column("controller", String),
    UniqueConstraint("contact_id", "position"),
)

opposition_checks = Table(
    "opposition_checks",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_fk(),
    Column("list_name", String, nullable=False),
    Column("listed", Boolean),
    Column("checked_at", UTCDateTime),
    UniqueConstraint("contact_id", "list_name"),
)

interactions = Table(
    "interactions",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_fk(),
    Column("position", Integer, nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("channel", String, nullable=False),
    Column("controller", String),
    Column("outcome", String, nullable=False),
    UniqueConstraint("contact_id", "position"),
)

#: Decisions are evidence: no foreign key, so they outlive the erasure of the contact.
decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("contact_id", String, nullable=False, index=True),
    Column("decided_at", UTCDateTime, nullable=False),
    Column("recorded_at", UTCDateTime, nullable=False),
    Column("controller", String, nullable=False),
    Column("channel", String, nullable=False),
    Column("allowed", Boolean, nullable=False),
    Column("basis", String),
    Column("reason_codes", _json(), nullable=False),
    Column("rules_version", String, nullable=False),
    Column("input_hash", String(64), nullable=False),
    Column("run_id", String, index=True),
)

#: Opposition, suppression and block lists, held only as keyed hashes (see licite.core.keyed).
lists = Table(
    "lists",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String, nullable=False, unique=True),
    # suppression | objections | blocklist | bloctel | sirene | other (plain strings, like enums)
    Column("list_type", String, nullable=False),
    Column("origin", Text, nullable=False),
    Column("imported_at", UTCDateTime, nullable=False),
    # A scrub result goes stale: Bloctel's is valid 30 days. NULL: valid until removed.
    Column("valid_days", Integer),
    # Channels the list governs (JSON list of wire values); NULL: every channel.
    Column("channels", _json()),
    Column("entry_count", Integer, nullable=False),
)

#: A list's keyed hashes, packed: up to 32,768 sorted binary digests a row, with their flags and
#: check dates, as an Arrow IPC stream (licite.store.list_blocks). One row per hash made a
#: ten-million-number list a minute to import; packed it is ~300 rows. The range columns (hex,
#: like every hash in the store) let a lookup read only the blocks that may hold a hash.
list_blocks = Table(
    "list_blocks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("list_id", Integer, ForeignKey("lists.id", ondelete="CASCADE"), nullable=False),
    Column("key_kind", String, nullable=False),
    Column("first_hash", String(64), nullable=False),
    Column("last_hash", String(64), nullable=False),
    Column("entry_count", Integer, nullable=False),
    Column("body", LargeBinary, nullable=False),
    Index("ix_list_blocks_list_id_key_kind_first_hash", "list_id", "key_kind", "first_hash"),
)

#: The audit trail: append-only, each event carries the hash of the one before (licite.store.audit).
audit_events = Table(
    "audit_events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", UTCDateTime, nullable=False),
    Column("kind", String, nullable=False, index=True),
    Column("actor", String, nullable=False),
    Column("payload", _json(), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False, unique=True),
)

# --- The ledger (consent proof, hashed objections, notices, data-subject requests) -------------

#: Each wording shown to people is stored once, referenced by its sha256 from every consent.
consent_wordings = Table(
    "consent_wordings",
    metadata,
    Column("hash", String(64), primary_key=True),
    Column("text", Text, nullable=False),
    Column("form_id", String),
    Column("form_version", String),
    Column("lang", String),
    Column("recorded_at", UTCDateTime, nullable=False),
)

#: The consent ledger: what the person agreed to and the proof of it (RGPD art. 7(1)).
consent_records = Table(
    "consent_records",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("receipt_id", String, nullable=False, unique=True),
    _contact_fk(),
    Column("channels", _json(), nullable=False),
    Column("controllers", _json(), nullable=False),
    Column("purpose", String, nullable=False),
    Column("method", String, nullable=False),
    Column("collected_by", String),
    Column("given_at", UTCDateTime, nullable=False),
    Column("withdrawn_at", UTCDateTime),
    Column("wording_hash", String(64), ForeignKey("consent_wordings.hash")),
    Column("form_id", String),
    Column("form_version", String),
    Column("ip", String),
    Column("recording_id", String),
    Column("out_of_hours", Boolean, nullable=False),
    Column("recorded_at", UTCDateTime, nullable=False),
)

#: Objections as keyed hashes only: they outlive the erasure of the person (RGPD art. 21).
objection_hashes = Table(
    "objection_hashes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key_kind", String, nullable=False),
    Column("key_hash", String(64), nullable=False, index=True),
    # A sorted list of channels, or the string "*" for an objection to every channel.
    Column("channels", _json(), nullable=False),
    Column("controller", String),
    Column("at", UTCDateTime, nullable=False),
    Column("origin", String, nullable=False),
)

#: Art. 14 notices rendered and sent, per contact.
notices = Table(
    "notices",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_fk(),
    Column("lang", String, nullable=False),
    Column("rendered_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
)

#: Data-subject requests (RGPD art. 15-21), each with its one-month deadline (art. 12(3)).
subject_requests = Table(
    "subject_requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String, nullable=False),
    Column("key_kind", String, nullable=False),
    Column("key_hash", String(64), nullable=False, index=True),
    Column("received_at", UTCDateTime, nullable=False),
    Column("deadline_at", UTCDateTime, nullable=False),
    Column("completed_at", UTCDateTime),
    Column("contact_count", Integer, nullable=False),
    Column("outcome", String, nullable=False),
)

#: Each review of a source's terms (licite source review): the verdict, who, when, the text hash.
source_reviews = Table(
    "source_reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_name", String, nullable=False, index=True),
    Column("terms_url", Text, nullable=False),
    Column("verdict", String, nullable=False),
    Column("reviewed_by", String, nullable=False),
    Column("reviewed_at", UTCDateTime, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("clauses", Integer, nullable=False),
)

#: One row per collection run: its settings and its report (counts by reason).
collection_runs = Table(
    "collection_runs",
    metadata,
    Column("id", String, primary_key=True),
    Column("started_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    Column("status", String, nullable=False),
    Column("sources_file", Text, nullable=False),
    Column("sources", _json(), nullable=False),
    Column("settings", _json(), nullable=False),
    Column("counts", _json(), nullable=False),
)

#: Where each collected field came from (CNIL practice n°1, GDPR art. 14(2)(f)); updated on re-runs.
provenance = Table(
    "provenance",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_fk(),
    Column("field", String, nullable=False),
    Column("source_name", String, nullable=False),
    Column("url", Text, nullable=False),
    Column("fetched_at", UTCDateTime, nullable=False),
    Column("selector", Text),
    Column("robots", String, nullable=False),
    Column("tdm", String, nullable=False),
    Column("terms_sha256", String(64)),
    Column("run_id", String),
    UniqueConstraint("contact_id", "field"),
)

#: Child tables of a contact, replaced wholesale when the contact is saved again.
CHILD_TABLES = (consents, objections, opposition_checks, interactions)

__all__ = [
    "CHILD_TABLES",
    "UTCDateTime",
    "audit_events",
    "collection_runs",
    "consent_records",
    "consent_wordings",
    "consents",
    "contacts",
    "decisions",
    "interactions",
    "list_blocks",
    "lists",
    "metadata",
    "notices",
    "objection_hashes",
    "objections",
    "opposition_checks",
    "provenance",
    "source_reviews",
    "sources",
    "subject_requests",
]
