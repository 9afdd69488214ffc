"""SQLModel tables for the post's records (DESIGN.md §3); keys are UUIDs made on the device."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, MetaData, String, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from intake_app.storage.types import UTCDateTime, utcnow

# Alembic needs stable constraint names to alter tables later (SQLite batch mode and
# PostgreSQL both): one naming convention for every table.
SQLModel.metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _uuid_pk() -> Any:
    return Field(default_factory=uuid.uuid4, primary_key=True)


def _created() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Post(SQLModel, table=True):
    """This installation's office: identity on letters and in sync batches."""

    id: uuid.UUID = _uuid_pk()
    code: str = Field(sa_type=String(32), unique=True)
    name: str = Field(sa_type=String(200))
    place: str = Field(sa_type=String(100))  # "Entikong", used in the letter's opening
    letterhead_lines: list[str] = _json_list()
    letter_number_pattern: str = Field(sa_type=String(200))
    desk_code: str = Field(sa_type=String(16))  # keeps letter numbers of several desks apart
    created_at: datetime = _created()


class LocalSetting(SQLModel, table=True):
    """Facts about this database rather than the post: device id, sync counters."""

    key: str = Field(sa_type=String(64), primary_key=True)
    value: str = Field(sa_type=String(2000))


class Officer(SQLModel, table=True):
    id: uuid.UUID = _uuid_pk()
    username: str = Field(sa_type=String(64), unique=True)
    full_name: str = Field(sa_type=String(200))
    nip: str | None = Field(default=None, sa_type=String(32))  # civil-servant number
    position: str | None = Field(default=None, sa_type=String(200))
    role: str = Field(sa_type=String(16))  # OfficerRole
    password_hash: str | None = Field(default=None, sa_type=String(200))
    active: bool = True
    created_at: datetime = _created()
    password_changed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    removed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # account removed


class Convoy(SQLModel, table=True):
    """One arrival (kedatangan) of buses from a depot, announced by a KJRI letter."""

    __table_args__ = (
        UniqueConstraint("post_id", "kjri_letter_number"),
        Index("ix_convoy_arrival_at", "arrival_at"),
    )

    id: uuid.UUID = _uuid_pk()
    post_id: uuid.UUID = Field(foreign_key="post.id")
    arrival_at: datetime = Field(sa_type=UTCDateTime)
    depot: str = Field(sa_type=String(16))  # Depot
    depot_other: str | None = Field(default=None, sa_type=String(200))
    kind: str = Field(sa_type=String(32))  # ConvoyKind
    kjri_letter_number: str | None = Field(default=None, sa_type=String(100))
    kjri_letter_date: date | None = None
    expected_count: int | None = None
    vehicles: str | None = Field(default=None, sa_type=String(500))
    notes: str | None = Field(default=None, sa_type=String(2000))
    created_by: uuid.UUID | None = Field(default=None, foreign_key="officer.id")
    created_at: datetime = _created()
    updated_at: datetime = _created()
    version: int = 1


class ManifestEntry(SQLModel, table=True):
    """One expected person on the list KJRI or the depot sent ahead of a convoy."""

    __table_args__ = (UniqueConstraint("convoy_id", "dedup_key"),)

    id: uuid.UUID = _uuid_pk()
    convoy_id: uuid.UUID = Field(foreign_key="convoy.id", index=True)
    row_number: int
    seq_no: str | None = Field(default=None, sa_type=String(16))
    full_name: str = Field(sa_type=String(200))
    sex: str = Field(sa_type=String(1))  # Sex
    birth_date: date | None = None
    birth_year: int | None = None
    estimated_age: int | None = None
    birth_place: str | None = Field(default=None, sa_type=String(200))
    document_type: str = Field(sa_type=String(16))  # TravelDocType
    document_number: str | None = Field(default=None, sa_type=String(64))
    offence: str | None = Field(default=None, sa_type=String(500))
    reasons: list[str] = _json_list()
    address: str | None = Field(default=None, sa_type=String(500))
    remarks: str | None = Field(default=None, sa_type=String(1000))
    dedup_key: str = Field(sa_type=String(400))
    source_file: str | None = Field(default=None, sa_type=String(300))
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    created_at: datetime = _created()
    # sync version: registering the listed person (person_id) is a new version for head office
    version: int = 1


class Family(SQLModel, table=True):
    """People who arrived together as one household."""

    id: uuid.UUID = _uuid_pk()
    convoy_id: uuid.UUID = Field(foreign_key="convoy.id", index=True)
    label: str = Field(sa_type=String(200))
    created_at: datetime = _created()


class Person(SQLModel, table=True):
    """One registered deportee. Flags marked 'derived' are computed by the services."""

    __table_args__ = (
        Index("ix_person_convoy_id_full_name", "convoy_id", "full_name"),
        Index("ix_person_nik", "nik"),
        Index("ix_person_document_number", "document_number"),
        Index("ix_person_name_key_birth_date", "name_key", "birth_date"),
        Index("ix_person_is_minor", "is_minor"),
        Index("ix_person_created_at_id", "created_at", "id"),
        # Migration 0007: the convoy list's counts per convoy, read from this index alone.
        Index(
            "ix_person_convoy_id_is_minor_unaccompanied", "convoy_id", "is_minor", "unaccompanied"
        ),
        # Partial (migration 0007): the status bar's and the dashboard's head counts.
        Index(
            "ix_person_unaccompanied_convoy_id",
            "unaccompanied",
            "convoy_id",
            sqlite_where=text("unaccompanied = 1"),
            postgresql_where=text("unaccompanied"),
        ),
        Index(
            "ix_person_disposition_is_minor_unaccompanied",
            "disposition",
            "is_minor",
            "unaccompanied",
            sqlite_where=text("disposition IS NULL"),
            postgresql_where=text("disposition IS NULL"),
        ),
    )

    id: uuid.UUID = _uuid_pk()
    convoy_id: uuid.UUID = Field(foreign_key="convoy.id")
    family_id: uuid.UUID | None = Field(default=None, foreign_key="family.id", index=True)
    # identity
    full_name: str = Field(sa_type=String(200))
    name_key: str = Field(sa_type=String(200))  # normalised for matching repeat deportees
    sex: str = Field(sa_type=String(1))
    birth_place: str | None = Field(default=None, sa_type=String(200))
    birth_date: date | None = None
    birth_year: int | None = None  # only the year is known
    estimated_age: int | None = None  # nothing but an estimate is known
    nik: str | None = Field(default=None, sa_type=String(16))
    document_type: str = Field(default="none", sa_type=String(16))
    document_number: str | None = Field(default=None, sa_type=String(64))
    document_issuer: str | None = Field(default=None, sa_type=String(200))
    family_card_number: str | None = Field(default=None, sa_type=String(16))
    # origin (Kemendagri codes) and contact
    province_code: str | None = Field(default=None, sa_type=String(2))
    regency_code: str | None = Field(default=None, sa_type=String(5))
    district_code: str | None = Field(default=None, sa_type=String(8))
    village_code: str | None = Field(default=None, sa_type=String(13))
    address: str | None = Field(default=None, sa_type=String(500))
    phone: str | None = Field(default=None, sa_type=String(32))
    family_contact: str | None = Field(default=None, sa_type=String(300))
    # time in Malaysia
    malaysia_state: str | None = Field(default=None, sa_type=String(64))
    years_in_malaysia: int | None = None
    employer: str | None = Field(default=None, sa_type=String(200))
    sector: str | None = Field(default=None, sa_type=String(32))
    entry_route: str | None = Field(default=None, sa_type=String(16))
    # deportation
    reasons: list[str] = _json_list()
    detention_days: int | None = None
    earlier_deportations: int = 0
    # health (sensitive, minimal)
    health_condition: str | None = Field(default=None, sa_type=String(500))
    pregnant: bool = False
    disability: bool = False
    sick: bool = False
    needs_referral: bool = False
    fit_to_travel_letter: bool = False
    # vulnerability
    is_minor: bool = False  # derived
    unaccompanied: bool = False  # derived
    elderly: bool = False  # derived
    trafficking_suspected: bool = False
    violence_victim: bool = False
    needs_birth_registration: bool = False
    # links
    guardian_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    guardian_relationship: str | None = Field(default=None, sa_type=String(16))
    # outcome
    status: str = Field(default="registered", sa_type=String(16))  # PersonStatus
    disposition: str | None = Field(default=None, sa_type=String(32))
    handover_id: uuid.UUID | None = Field(default=None, foreign_key="handover.id")
    notes: str | None = Field(default=None, sa_type=String(2000))
    missing: list[str] = _json_list()  # derived: what the record still lacks
    incomplete: bool = Field(default=False, index=True)  # derived: missing is not empty
    # bookkeeping
    created_by: uuid.UUID | None = Field(default=None, foreign_key="officer.id")
    updated_by: uuid.UUID | None = Field(default=None, foreign_key="officer.id")
    created_at: datetime = _created()
    updated_at: datetime = _created()
    version: int = 1


class PersonLink(SQLModel, table=True):
    """An officer's finding that a person was deported before as an earlier record."""

    person_id: uuid.UUID = Field(foreign_key="person.id", primary_key=True)
    earlier_person_id: uuid.UUID = Field(foreign_key="person.id", primary_key=True, index=True)
    reasons: list[str] = _json_list()  # MatchReason codes that led to the link
    linked_by: uuid.UUID | None = Field(default=None, foreign_key="officer.id")
    linked_at: datetime = _created()
    # sync identity: head office keys every synced record by id and version
    id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True, index=True)
    version: int = 1


class Handover(SQLModel, table=True):
    """A transfer of responsibility (serah terima) for persons, proven by a BAST letter."""

    id: uuid.UUID = _uuid_pk()
    convoy_id: uuid.UUID = Field(foreign_key="convoy.id", index=True)
    letter_number: str | None = Field(default=None, sa_type=String(200), unique=True)
    letter_year: int | None = None
    letter_seq: int | None = None
    recipient_type: str = Field(sa_type=String(32))  # Disposition
    recipient_name: str = Field(sa_type=String(200))
    recipient_id_number: str | None = Field(default=None, sa_type=String(32))  # NIK or NIP
    recipient_position: str | None = Field(default=None, sa_type=String(200))
    recipient_institution: str | None = Field(default=None, sa_type=String(200))
    recipient_address: str | None = Field(default=None, sa_type=String(500))
    recipient_phone: str | None = Field(default=None, sa_type=String(32))
    recipient_relationship: str | None = Field(default=None, sa_type=String(64))
    witnesses: list[dict[str, str]] = _json_list()
    place: str = Field(sa_type=String(100))
    handed_over_at: datetime = Field(sa_type=UTCDateTime)
    basis: str | None = Field(default=None, sa_type=String(300))
    condition: str | None = Field(default=None, sa_type=String(1000))
    items: str | None = Field(default=None, sa_type=String(1000))
    override_reason: str | None = Field(default=None, sa_type=String(1000))
    status: str = Field(default="draft", sa_type=String(16))  # draft / issued / voided
    void_reason: str | None = Field(default=None, sa_type=String(1000))
    first_party_id: uuid.UUID | None = Field(default=None, foreign_key="officer.id")
    created_at: datetime = _created()
    version: int = 1


class HandoverPerson(SQLModel, table=True):
    handover_id: uuid.UUID = Field(foreign_key="handover.id", primary_key=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", primary_key=True, index=True)


class OutboxEntry(SQLModel, table=True):
    """A change waiting for head office, written in the same transaction as the change.

    `seq` is the device's sync sequence: it only grows and is never reused, so a batch
    can name its range and head office can spot a gap.
    """

    # AUTOINCREMENT: SQLite must never hand out a sequence number again, even after
    # the newest entries were purged or a backup was restored.
    __table_args__ = (
        Index("ix_outboxentry_batch_id_seq", "batch_id", "seq"),
        {"sqlite_autoincrement": True},
    )

    seq: int | None = Field(default=None, primary_key=True)
    id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True)
    kind: str = Field(sa_type=String(32))  # ChangeKind
    record_id: uuid.UUID
    record_version: int
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _created()
    batch_id: uuid.UUID | None = None


class SyncBatch(SQLModel, table=True):
    """One exported batch file and its way to head office (waiting → sending → sent/failed)."""

    __table_args__ = (Index("ix_syncbatch_state_next_attempt_at", "state", "next_attempt_at"),)

    id: uuid.UUID = Field(primary_key=True)  # the batch id inside the file
    seq_from: int
    seq_to: int
    change_count: int
    counts: str = Field(default="{}", sa_type=Text)  # JSON: changes per kind
    file_name: str = Field(sa_type=String(300))
    size_bytes: int
    content_sha256: str = Field(sa_type=String(64))
    ciphertext_sha256: str = Field(sa_type=String(64))
    recipient_key_ids: str = Field(default="", sa_type=String(1000))  # comma-separated
    state: str = Field(default="waiting", sa_type=String(16))  # SyncBatchState
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    failure_code: str | None = Field(default=None, sa_type=String(64))
    failure_reason: str | None = Field(default=None, sa_type=String(1000))
    receipt: str | None = Field(default=None, sa_type=Text)  # head office's signed receipt JSON
    receipt_key_id: str | None = Field(default=None, sa_type=String(64))
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = _created()


class AuditEntry(SQLModel, table=True):
    """Append-only, hash-chained record of who did what (each entry hashes the previous)."""

    __table_args__ = ({"sqlite_autoincrement": True},)

    seq: int | None = Field(default=None, primary_key=True)
    id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True)
    at: datetime = _created()
    officer_id: uuid.UUID | None = Field(default=None, foreign_key="officer.id")
    action: str = Field(sa_type=String(32))
    record_kind: str | None = Field(default=None, sa_type=String(32))
    record_id: uuid.UUID | None = None
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(sa_type=String(64))
    hash: str = Field(sa_type=String(64), unique=True)
