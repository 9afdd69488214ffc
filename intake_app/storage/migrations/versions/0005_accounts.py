"""officer account lifecycle: password change and removal times

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

Plain ALTER TABLE, not batch mode (batch mode copies tables and drops the search triggers).
Lockout counters live in the key file, not here: a wrong password cannot open the database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import intake_app.storage.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "officer",
        sa.Column("password_changed_at", intake_app.storage.types.UTCDateTime(), nullable=True),
    )
    op.add_column(
        "officer", sa.Column("removed_at", intake_app.storage.types.UTCDateTime(), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("officer", "removed_at")
    op.drop_column("officer", "password_changed_at")
