"""Initial schema: sources, contacts and their consents, objections, opposition checks,
interactions; decisions.

Revision ID: 0001
Revises:
Create Date: 2026-11-29

Written out in full (no import of ``licite.store.schema``) so the migration stays what it was
when the schema moves on; a test checks it yields exactly the current models.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _json() -> sa.JSON:
    return sa.JSON(none_as_null=True)


def _child(table: str, *columns: sa.Column[object], unique: tuple[str, ...]) -> None:
    """A table owned by a contact: deleted with it, replaced when it is saved again."""
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.String(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f(f"fk_{table}_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint(*unique, name=op.f(f"uq_{table}_{'_'.join(unique)}")),
    )


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("terms_forbid_reuse", sa.Boolean(), nullable=True),
        sa.Column("robots_disallowed", sa.Boolean(), nullable=True),
        sa.Column("tdm_reserved", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_sources_fingerprint")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("audience", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("postal_address", sa.Text(), nullable=True),
        sa.Column("timezone", sa.String(), nullable=True),
        sa.Column("attributes", _json(), nullable=False),
        sa.Column("collected_at", _utc(), nullable=False),
        sa.Column("informed_at", _utc(), nullable=True),
        sa.Column("last_prospect_initiated_contact_at", _utc(), nullable=True),
        sa.Column("contract_in_progress", sa.Boolean(), nullable=False),
        sa.Column("is_customer", sa.Boolean(), nullable=False),
        sa.Column("customer_last_purchase_at", _utc(), nullable=True),
        sa.Column("customer_product_categories", _json(), nullable=True),
        sa.Column("customer_relationship_ended_at", _utc(), nullable=True),
        sa.Column("customer_objection_offered_at_collection", sa.Boolean(), nullable=True),
        sa.Column("sirene_siren", sa.String(), nullable=True),
        sa.Column("sirene_diffusion", sa.String(), nullable=True),
        sa.Column("sirene_natural_person", sa.Boolean(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("imported_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_contacts_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    for column in ("email", "phone", "source_id"):
        op.create_index(op.f(f"ix_contacts_{column}"), "contacts", [column], unique=False)

    _child(
        "consents",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("channels", _json(), nullable=False),
        sa.Column("controllers", _json(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("given_at", _utc(), nullable=False),
        sa.Column("withdrawn_at", _utc(), nullable=True),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("collected_by", sa.String(), nullable=True),
        sa.Column("proof", _json(), nullable=True),
        sa.Column("out_of_hours", sa.Boolean(), nullable=False),
        unique=("contact_id", "position"),
    )
    _child(
        "objections",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("channels", _json(), nullable=False),
        sa.Column("controller", sa.String(), nullable=True),
        unique=("contact_id", "position"),
    )
    _child(
        "opposition_checks",
        sa.Column("list_name", sa.String(), nullable=False),
        sa.Column("listed", sa.Boolean(), nullable=True),
        sa.Column("checked_at", _utc(), nullable=True),
        unique=("contact_id", "list_name"),
    )
    _child(
        "interactions",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("controller", sa.String(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=False),
        unique=("contact_id", "position"),
    )

    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("contact_id", sa.String(), nullable=False),
        sa.Column("decided_at", _utc(), nullable=False),
        sa.Column("recorded_at", _utc(), nullable=False),
        sa.Column("controller", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("allowed", sa.Boolean(), nullable=False),
        sa.Column("basis", sa.String(), nullable=True),
        sa.Column("reason_codes", _json(), nullable=False),
        sa.Column("rules_version", sa.String(), nullable=False),
        sa.Column("input_hash", sa.String(length=64), nullable=False),
        sa.Column("run_id", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    for column in ("contact_id", "run_id"):
        op.create_index(op.f(f"ix_decisions_{column}"), "decisions", [column], unique=False)


def downgrade() -> None:
    op.drop_table("decisions")
    for table in ("interactions", "opposition_checks", "objections", "consents"):
        op.drop_table(table)
    op.drop_table("contacts")
    op.drop_table("sources")
