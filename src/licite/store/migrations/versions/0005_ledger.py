"""The ledger: consent wordings and records, hashed objections, notices, data-subject requests.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-30

Written out in full (no import of ``licite.store.schema``), like 0001.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _json() -> sa.JSON:
    return sa.JSON(none_as_null=True)


def _contact_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["contact_id"],
        ["contacts.id"],
        name=op.f(f"fk_{table}_contact_id_contacts"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "consent_wordings",
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("form_id", sa.String(), nullable=True),
        sa.Column("form_version", sa.String(), nullable=True),
        sa.Column("lang", sa.String(), nullable=True),
        sa.Column("recorded_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("hash", name=op.f("pk_consent_wordings")),
    )
    op.create_table(
        "consent_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.String(), nullable=False),
        sa.Column("contact_id", sa.String(), nullable=False),
        sa.Column("channels", _json(), nullable=False),
        sa.Column("controllers", _json(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("collected_by", sa.String(), nullable=True),
        sa.Column("given_at", _utc(), nullable=False),
        sa.Column("withdrawn_at", _utc(), nullable=True),
        sa.Column("wording_hash", sa.String(length=64), nullable=True),
        sa.Column("form_id", sa.String(), nullable=True),
        sa.Column("form_version", sa.String(), nullable=True),
        sa.Column("ip", sa.String(), nullable=True),
        sa.Column("recording_id", sa.String(), nullable=True),
        sa.Column("out_of_hours", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", _utc(), nullable=False),
        _contact_fk("consent_records"),
        sa.ForeignKeyConstraint(
            ["wording_hash"],
            ["consent_wordings.hash"],
            name=op.f("fk_consent_records_wording_hash_consent_wordings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_records")),
        sa.UniqueConstraint("receipt_id", name=op.f("uq_consent_records_receipt_id")),
    )
    op.create_table(
        "objection_hashes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_kind", sa.String(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("channels", _json(), nullable=False),
        sa.Column("controller", sa.String(), nullable=True),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection_hashes")),
    )
    op.create_index(op.f("ix_objection_hashes_key_hash"), "objection_hashes", ["key_hash"])
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.String(), nullable=False),
        sa.Column("lang", sa.String(), nullable=False),
        sa.Column("rendered_at", _utc(), nullable=False),
        sa.Column("sent_at", _utc(), nullable=True),
        _contact_fk("notices"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
    )
    op.create_table(
        "subject_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("key_kind", sa.String(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", _utc(), nullable=False),
        sa.Column("deadline_at", _utc(), nullable=False),
        sa.Column("completed_at", _utc(), nullable=True),
        sa.Column("contact_count", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_requests")),
    )
    op.create_index(op.f("ix_subject_requests_key_hash"), "subject_requests", ["key_hash"])


def downgrade() -> None:
    op.drop_index(op.f("ix_subject_requests_key_hash"), table_name="subject_requests")
    op.drop_table("subject_requests")
    op.drop_table("notices")
    op.drop_index(op.f("ix_objection_hashes_key_hash"), table_name="objection_hashes")
    op.drop_table("objection_hashes")
    op.drop_table("consent_records")
    op.drop_table("consent_wordings")
