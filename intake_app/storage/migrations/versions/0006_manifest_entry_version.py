"""manifest entries carry a sync version

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

Registering a listed person fills the entry's person_id. Head office counts the persons
still expected from the entries it holds, so that change must travel as a new version of
the entry. Entries registered before this revision keep version 1: no installation had
sent batches to head office before it, so there is nothing to re-send.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "manifestentry",
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )


def downgrade() -> None:
    op.drop_column("manifestentry", "version")
