"""sync batches and person-link sync identity

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

Plain CREATE TABLE / ALTER TABLE, not batch mode: batch mode would copy tables and drop
the search triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import intake_app.storage.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "syncbatch",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("change_count", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("ciphertext_sha256", sa.String(length=64), nullable=False),
        sa.Column("recipient_key_ids", sa.String(length=1000), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", intake_app.storage.types.UTCDateTime(), nullable=True),
        sa.Column("last_attempt_at", intake_app.storage.types.UTCDateTime(), nullable=True),
        sa.Column("failure_code", sa.String(length=64), nullable=True),
        sa.Column("failure_reason", sa.String(length=1000), nullable=True),
        sa.Column("receipt", sa.Text(), nullable=True),
        sa.Column("receipt_key_id", sa.String(length=64), nullable=True),
        sa.Column("sent_at", intake_app.storage.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_syncbatch")),
    )
    op.create_index(
        "ix_syncbatch_state_next_attempt_at",
        "syncbatch",
        ["state", "next_attempt_at"],
        unique=False,
    )

    # Links made before this revision get an id (32 hex digits, as sa.Uuid stores it on
    # SQLite) and version 1, so they can be synced like every other record.
    op.add_column("personlink", sa.Column("id", sa.Uuid(), nullable=False, server_default=""))
    op.add_column(
        "personlink", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )
    op.execute("UPDATE personlink SET id = lower(hex(randomblob(16))) WHERE id = ''")
    op.create_index(op.f("ix_personlink_id"), "personlink", ["id"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_personlink_id"), table_name="personlink")
    op.drop_column("personlink", "version")
    op.drop_column("personlink", "id")
    op.drop_index("ix_syncbatch_state_next_attempt_at", table_name="syncbatch")
    op.drop_table("syncbatch")
