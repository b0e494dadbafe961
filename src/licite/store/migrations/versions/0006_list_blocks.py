"""Lists packed in blocks: ``list_entries`` (one row a hash) becomes ``list_blocks``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

The tables are written out in full, like 0001. The entries already stored are carried over,
list by list and kind by kind, with the block codec of :mod:`licite.store.list_blocks` (the
one format the blocks have); the downgrade unpacks them back into rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pyarrow as pa
import sqlalchemy as sa
from alembic import op

from licite.store import list_blocks as codec

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _entries_table() -> None:
    op.create_table(
        "list_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("key_kind", sa.String(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("listed", sa.Boolean(), nullable=False),
        sa.Column("checked_at", _utc(), nullable=True),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["lists.id"],
            name=op.f("fk_list_entries_list_id_lists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_entries")),
        sa.UniqueConstraint(
            "list_id",
            "key_kind",
            "key_hash",
            name=op.f("uq_list_entries_list_id_key_kind_key_hash"),
        ),
    )
    op.create_index(op.f("ix_list_entries_key_hash"), "list_entries", ["key_hash"])


def _aware(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)  # SQLite keeps UTC without its zone


def upgrade() -> None:
    blocks = op.create_table(
        "list_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("key_kind", sa.String(), nullable=False),
        sa.Column("first_hash", sa.String(length=64), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["lists.id"],
            name=op.f("fk_list_blocks_list_id_lists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_blocks")),
    )
    op.create_index(
        "ix_list_blocks_list_id_key_kind_first_hash",
        "list_blocks",
        ["list_id", "key_kind", "first_hash"],
    )
    bind = op.get_bind()
    groups = bind.execute(sa.text("SELECT DISTINCT list_id, key_kind FROM list_entries")).all()
    for list_id, kind in groups:
        rows = bind.execute(
            sa.text(
                "SELECT key_hash, listed, checked_at FROM list_entries "
                "WHERE list_id = :l AND key_kind = :k"
            ),
            {"l": list_id, "k": kind},
        ).all()
        digests = pa.array([bytes.fromhex(row[0]) for row in rows], codec.DIGEST)
        listed = pa.array([bool(row[1]) for row in rows], pa.bool_())
        checked = codec.timestamps([_aware(_parsed(row[2])) for row in rows])
        packed = [
            {"list_id": list_id, "key_kind": kind, "first_hash": b.first_hash,
             "last_hash": b.last_hash, "entry_count": b.entry_count, "body": b.body}
            for b in codec.pack(digests, listed, checked)
        ]  # fmt: skip
        if packed:
            bind.execute(sa.insert(blocks), packed)
    op.drop_index(op.f("ix_list_entries_key_hash"), table_name="list_entries")
    op.drop_table("list_entries")


def _parsed(value: object) -> datetime | None:
    """A raw ``checked_at`` as the driver returns it (SQLite: ISO text)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def downgrade() -> None:
    _entries_table()
    bind = op.get_bind()
    entries = sa.table(
        "list_entries",
        sa.column("list_id"), sa.column("key_kind"), sa.column("key_hash"),
        sa.column("listed"), sa.column("checked_at", _utc()),
    )  # fmt: skip
    naive = bind.dialect.name == "sqlite"  # as licite's UTCDateTime stores an instant there
    blocks = bind.execute(sa.text("SELECT list_id, key_kind, body FROM list_blocks")).all()
    for list_id, kind, body in blocks:
        rows = [
            {"list_id": list_id, "key_kind": kind, "key_hash": key_hash, "listed": listed,
             "checked_at": checked.replace(tzinfo=None) if checked and naive else checked}
            for key_hash, listed, checked in codec.entry_rows(codec.decode(body), None)
        ]  # fmt: skip
        if rows:
            bind.execute(sa.insert(entries), rows)
    op.drop_index("ix_list_blocks_list_id_key_kind_first_hash", table_name="list_blocks")
    op.drop_table("list_blocks")
