"""The collector's tables: source reviews, collection runs and per-field provenance.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Written out in full (no import of ``licite.store.schema``), like 0001.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _json() -> sa.JSON:
    return sa.JSON(none_as_null=True)


def upgrade() -> None:
    op.create_table(
        "source_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_name", sa.String(), nullable=False),
        sa.Column("terms_url", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(), nullable=False),
        sa.Column("reviewed_by", sa.String(), nullable=False),
        sa.Column("reviewed_at", _utc(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("clauses", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_reviews")),
    )
    op.create_index(op.f("ix_source_reviews_source_name"), "source_reviews", ["source_name"])
    op.create_table(
        "collection_runs",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("started_at", _utc(), nullable=False),
        sa.Column("finished_at", _utc(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("sources_file", sa.Text(), nullable=False),
        sa.Column("sources", _json(), nullable=False),
        sa.Column("settings", _json(), nullable=False),
        sa.Column("counts", _json(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_runs")),
    )
    op.create_table(
        "provenance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("source_name", sa.String(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("fetched_at", _utc(), nullable=False),
        sa.Column("selector", sa.Text(), nullable=True),
        sa.Column("robots", sa.String(), nullable=False),
        sa.Column("tdm", sa.String(), nullable=False),
        sa.Column("terms_sha256", sa.String(length=64), nullable=True),
        sa.Column("run_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_provenance_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provenance")),
        sa.UniqueConstraint("contact_id", "field", name=op.f("uq_provenance_contact_id_field")),
    )


def downgrade() -> None:
    op.drop_table("provenance")
    op.drop_table("collection_runs")
    op.drop_index(op.f("ix_source_reviews_source_name"), table_name="source_reviews")
    op.drop_table("source_reviews")
