"""indexes for the head counts of the convoy list, the status bar and the dashboard

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

The status bar counts the unaccompanied minors on every start and refresh, and the
dashboard counts the persons still waiting for a disposition. Without an index either
count reads the whole person table (about 240 ms at 1,000,000 persons). Both indexes are
partial: they hold only the rows counted (unaccompanied minors; persons without a
disposition), so a save pays for them only when its person is one of those.
The convoy list counts registered persons, minors and unaccompanied minors of its 200
newest convoys: with (convoy_id, is_minor, unaccompanied) that is read from the index
alone instead of some 44,000 person rows (130 ms at 1,000,000 persons). Its key is the
convoy, so a day's saves all land on the same few pages.
Plain CREATE INDEX, not batch mode (batch mode would copy the table and drop the search
triggers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_person_convoy_id_is_minor_unaccompanied",
        "person",
        ["convoy_id", "is_minor", "unaccompanied"],
    )
    op.create_index(
        "ix_person_unaccompanied_convoy_id",
        "person",
        ["unaccompanied", "convoy_id"],
        sqlite_where=sa.text("unaccompanied = 1"),
        postgresql_where=sa.text("unaccompanied"),
    )
    op.create_index(
        "ix_person_disposition_is_minor_unaccompanied",
        "person",
        ["disposition", "is_minor", "unaccompanied"],
        sqlite_where=sa.text("disposition IS NULL"),
        postgresql_where=sa.text("disposition IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_person_disposition_is_minor_unaccompanied", table_name="person")
    op.drop_index("ix_person_unaccompanied_convoy_id", table_name="person")
    op.drop_index("ix_person_convoy_id_is_minor_unaccompanied", table_name="person")
