"""person completeness and earlier-record links

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Columns are added with plain ALTER TABLE, not batch mode: batch mode would copy `person`
into a new table, dropping the search triggers and renumbering the rowids the FTS index
points at.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import intake_app.storage.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "personlink",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("earlier_person_id", sa.Uuid(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("linked_by", sa.Uuid(), nullable=True),
        sa.Column("linked_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["earlier_person_id"],
            ["person.id"],
            name=op.f("fk_personlink_earlier_person_id_person"),
        ),
        sa.ForeignKeyConstraint(
            ["linked_by"], ["officer.id"], name=op.f("fk_personlink_linked_by_officer")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_personlink_person_id_person")
        ),
        sa.PrimaryKeyConstraint("person_id", "earlier_person_id", name=op.f("pk_personlink")),
    )
    with op.batch_alter_table("personlink", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_personlink_earlier_person_id"), ["earlier_person_id"], unique=False
        )

    op.add_column("person", sa.Column("missing", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column(
        "person",
        sa.Column("incomplete", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index(op.f("ix_person_incomplete"), "person", ["incomplete"], unique=False)
    # Work out what existing records lack, with the rules of domain/completeness.py as
    # they stand in this revision.
    op.execute(
        """
        UPDATE person SET missing = (
            SELECT json_group_array(item) FROM (
                SELECT 'age' AS item WHERE person.birth_date IS NULL
                    AND person.birth_year IS NULL AND person.estimated_age IS NULL
                UNION ALL SELECT 'document_number' WHERE person.document_type != 'none'
                    AND coalesce(person.document_number, '') = ''
                UNION ALL SELECT 'origin' WHERE person.regency_code IS NULL
                UNION ALL SELECT 'reasons' WHERE person.reasons = '[]'
            )
        )
        """
    )
    op.execute("UPDATE person SET incomplete = (missing != '[]')")


def downgrade() -> None:
    op.drop_index(op.f("ix_person_incomplete"), table_name="person")
    op.drop_column("person", "incomplete")
    op.drop_column("person", "missing")

    with op.batch_alter_table("personlink", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_personlink_earlier_person_id"))

    op.drop_table("personlink")
