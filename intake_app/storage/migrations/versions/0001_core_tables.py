"""core tables

Revision ID: 0001
Revises:
Create Date: 2026-11-28 11:27:57.709085
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import intake_app.storage.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "localsetting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=2000), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_localsetting")),
    )
    op.create_table(
        "officer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("nip", sa.String(length=32), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
        sa.UniqueConstraint("username", name=op.f("uq_officer_username")),
    )
    op.create_table(
        "outboxentry",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("record_version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outboxentry")),
        sa.UniqueConstraint("id", name=op.f("uq_outboxentry_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("outboxentry", schema=None) as batch_op:
        batch_op.create_index("ix_outboxentry_batch_id_seq", ["batch_id", "seq"], unique=False)

    op.create_table(
        "post",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("letterhead_lines", sa.JSON(), nullable=False),
        sa.Column("letter_number_pattern", sa.String(length=200), nullable=False),
        sa.Column("desk_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post")),
        sa.UniqueConstraint("code", name=op.f("uq_post_code")),
    )
    op.create_table(
        "auditentry",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=True),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_auditentry_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_auditentry")),
        sa.UniqueConstraint("hash", name=op.f("uq_auditentry_hash")),
        sa.UniqueConstraint("id", name=op.f("uq_auditentry_id")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "convoy",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("arrival_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("depot", sa.String(length=16), nullable=False),
        sa.Column("depot_other", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("kjri_letter_number", sa.String(length=100), nullable=True),
        sa.Column("kjri_letter_date", sa.Date(), nullable=True),
        sa.Column("expected_count", sa.Integer(), nullable=True),
        sa.Column("vehicles", sa.String(length=500), nullable=True),
        sa.Column("notes", sa.String(length=2000), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["officer.id"], name=op.f("fk_convoy_created_by_officer")
        ),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name=op.f("fk_convoy_post_id_post")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_convoy")),
        sa.UniqueConstraint(
            "post_id", "kjri_letter_number", name=op.f("uq_convoy_post_id_kjri_letter_number")
        ),
    )
    with op.batch_alter_table("convoy", schema=None) as batch_op:
        batch_op.create_index("ix_convoy_arrival_at", ["arrival_at"], unique=False)

    op.create_table(
        "family",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("convoy_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("created_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["convoy_id"], ["convoy.id"], name=op.f("fk_family_convoy_id_convoy")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family")),
    )
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_family_convoy_id"), ["convoy_id"], unique=False)

    op.create_table(
        "handover",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("convoy_id", sa.Uuid(), nullable=False),
        sa.Column("letter_number", sa.String(length=200), nullable=True),
        sa.Column("letter_year", sa.Integer(), nullable=True),
        sa.Column("letter_seq", sa.Integer(), nullable=True),
        sa.Column("recipient_type", sa.String(length=32), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_id_number", sa.String(length=32), nullable=True),
        sa.Column("recipient_position", sa.String(length=200), nullable=True),
        sa.Column("recipient_institution", sa.String(length=200), nullable=True),
        sa.Column("recipient_address", sa.String(length=500), nullable=True),
        sa.Column("recipient_phone", sa.String(length=32), nullable=True),
        sa.Column("recipient_relationship", sa.String(length=64), nullable=True),
        sa.Column("witnesses", sa.JSON(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("handed_over_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("basis", sa.String(length=300), nullable=True),
        sa.Column("condition", sa.String(length=1000), nullable=True),
        sa.Column("items", sa.String(length=1000), nullable=True),
        sa.Column("override_reason", sa.String(length=1000), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("void_reason", sa.String(length=1000), nullable=True),
        sa.Column("first_party_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["convoy_id"], ["convoy.id"], name=op.f("fk_handover_convoy_id_convoy")
        ),
        sa.ForeignKeyConstraint(
            ["first_party_id"], ["officer.id"], name=op.f("fk_handover_first_party_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
        sa.UniqueConstraint("letter_number", name=op.f("uq_handover_letter_number")),
    )
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_convoy_id"), ["convoy_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("convoy_id", sa.Uuid(), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=True),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_place", sa.String(length=200), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("estimated_age", sa.Integer(), nullable=True),
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("document_type", sa.String(length=16), nullable=False),
        sa.Column("document_number", sa.String(length=64), nullable=True),
        sa.Column("document_issuer", sa.String(length=200), nullable=True),
        sa.Column("family_card_number", sa.String(length=16), nullable=True),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("regency_code", sa.String(length=5), nullable=True),
        sa.Column("district_code", sa.String(length=8), nullable=True),
        sa.Column("village_code", sa.String(length=13), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("family_contact", sa.String(length=300), nullable=True),
        sa.Column("malaysia_state", sa.String(length=64), nullable=True),
        sa.Column("years_in_malaysia", sa.Integer(), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=True),
        sa.Column("sector", sa.String(length=32), nullable=True),
        sa.Column("entry_route", sa.String(length=16), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("detention_days", sa.Integer(), nullable=True),
        sa.Column("earlier_deportations", sa.Integer(), nullable=False),
        sa.Column("health_condition", sa.String(length=500), nullable=True),
        sa.Column("pregnant", sa.Boolean(), nullable=False),
        sa.Column("disability", sa.Boolean(), nullable=False),
        sa.Column("sick", sa.Boolean(), nullable=False),
        sa.Column("needs_referral", sa.Boolean(), nullable=False),
        sa.Column("fit_to_travel_letter", sa.Boolean(), nullable=False),
        sa.Column("is_minor", sa.Boolean(), nullable=False),
        sa.Column("unaccompanied", sa.Boolean(), nullable=False),
        sa.Column("elderly", sa.Boolean(), nullable=False),
        sa.Column("trafficking_suspected", sa.Boolean(), nullable=False),
        sa.Column("violence_victim", sa.Boolean(), nullable=False),
        sa.Column("needs_birth_registration", sa.Boolean(), nullable=False),
        sa.Column("guardian_id", sa.Uuid(), nullable=True),
        sa.Column("guardian_relationship", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("disposition", sa.String(length=32), nullable=True),
        sa.Column("handover_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.String(length=2000), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["convoy_id"], ["convoy.id"], name=op.f("fk_person_convoy_id_convoy")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["officer.id"], name=op.f("fk_person_created_by_officer")
        ),
        sa.ForeignKeyConstraint(
            ["family_id"], ["family.id"], name=op.f("fk_person_family_id_family")
        ),
        sa.ForeignKeyConstraint(
            ["guardian_id"], ["person.id"], name=op.f("fk_person_guardian_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["handover_id"], ["handover.id"], name=op.f("fk_person_handover_id_handover")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["officer.id"], name=op.f("fk_person_updated_by_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_convoy_id_full_name", ["convoy_id", "full_name"], unique=False
        )
        batch_op.create_index("ix_person_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index("ix_person_document_number", ["document_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_family_id"), ["family_id"], unique=False)
        batch_op.create_index("ix_person_is_minor", ["is_minor"], unique=False)
        batch_op.create_index(
            "ix_person_name_key_birth_date", ["name_key", "birth_date"], unique=False
        )
        batch_op.create_index("ix_person_nik", ["nik"], unique=False)

    op.create_table(
        "handoverperson",
        sa.Column("handover_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["handover_id"], ["handover.id"], name=op.f("fk_handoverperson_handover_id_handover")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_handoverperson_person_id_person")
        ),
        sa.PrimaryKeyConstraint("handover_id", "person_id", name=op.f("pk_handoverperson")),
    )
    with op.batch_alter_table("handoverperson", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handoverperson_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "manifestentry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("convoy_id", sa.Uuid(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("seq_no", sa.String(length=16), nullable=True),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("estimated_age", sa.Integer(), nullable=True),
        sa.Column("birth_place", sa.String(length=200), nullable=True),
        sa.Column("document_type", sa.String(length=16), nullable=False),
        sa.Column("document_number", sa.String(length=64), nullable=True),
        sa.Column("offence", sa.String(length=500), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("remarks", sa.String(length=1000), nullable=True),
        sa.Column("dedup_key", sa.String(length=400), nullable=False),
        sa.Column("source_file", sa.String(length=300), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", intake_app.storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["convoy_id"], ["convoy.id"], name=op.f("fk_manifestentry_convoy_id_convoy")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_manifestentry_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manifestentry")),
        sa.UniqueConstraint(
            "convoy_id", "dedup_key", name=op.f("uq_manifestentry_convoy_id_dedup_key")
        ),
    )
    with op.batch_alter_table("manifestentry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_manifestentry_convoy_id"), ["convoy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_manifestentry_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("manifestentry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_manifestentry_person_id"))
        batch_op.drop_index(batch_op.f("ix_manifestentry_convoy_id"))

    op.drop_table("manifestentry")
    with op.batch_alter_table("handoverperson", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handoverperson_person_id"))

    op.drop_table("handoverperson")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_nik")
        batch_op.drop_index("ix_person_name_key_birth_date")
        batch_op.drop_index("ix_person_is_minor")
        batch_op.drop_index(batch_op.f("ix_person_family_id"))
        batch_op.drop_index("ix_person_document_number")
        batch_op.drop_index("ix_person_created_at_id")
        batch_op.drop_index("ix_person_convoy_id_full_name")

    op.drop_table("person")
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_convoy_id"))

    op.drop_table("handover")
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_convoy_id"))

    op.drop_table("family")
    with op.batch_alter_table("convoy", schema=None) as batch_op:
        batch_op.drop_index("ix_convoy_arrival_at")

    op.drop_table("convoy")
    op.drop_table("auditentry")
    op.drop_table("post")
    with op.batch_alter_table("outboxentry", schema=None) as batch_op:
        batch_op.drop_index("ix_outboxentry_batch_id_seq")

    op.drop_table("outboxentry")
    op.drop_table("officer")
    op.drop_table("localsetting")
