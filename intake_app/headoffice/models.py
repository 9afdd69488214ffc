"""Head office's own tables, in a metadata apart from the post's (they never share a database)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

HEADOFFICE_METADATA = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class HeadOfficeTable(SQLModel, registry=registry(metadata=HEADOFFICE_METADATA)):
    """Base of every head-office table: its own registry keeps them out of SQLModel.metadata."""


# SQLite numbers rows itself only for a column declared exactly INTEGER PRIMARY KEY.
ROW_ID = BigInteger().with_variant(Integer(), "sqlite")


def _utc() -> Any:
    return Field(sa_type=DateTime(timezone=True), nullable=False)


def _json() -> Any:
    return Field(sa_column=Column(JSON, nullable=False))


class RegisteredPost(HeadOfficeTable, table=True):
    """A post whose Ed25519 key head office trusts; batches name their post by `code`."""

    __tablename__ = "ho_post"

    code: str = Field(sa_type=String(32), primary_key=True)
    public_key: str = Field(sa_type=String(64))  # base64 of the 32 raw Ed25519 bytes
    fingerprint: str = Field(sa_type=String(64), unique=True)
    trusted_at: datetime = _utc()


class ReceivedBatch(HeadOfficeTable, table=True):
    """One ingested batch and its receipt; the unique batch id makes ingest idempotent."""

    __tablename__ = "ho_batch"
    __table_args__ = (Index("ix_ho_batch_post_device_seq", "post_code", "device_id", "seq_from"),)

    id: int | None = Field(default=None, sa_type=ROW_ID, primary_key=True)
    batch_id: str = Field(sa_type=String(36), unique=True)
    post_code: str = Field(sa_type=String(32))
    device_id: str = Field(sa_type=String(36))
    seq_from: int = Field(sa_type=BigInteger)
    seq_to: int = Field(sa_type=BigInteger)
    change_count: int
    sha256: str = Field(sa_type=String(64))
    received_at: datetime = _utc()
    # Sequence numbers this device had sent before under another batch id: its database
    # was restored from a backup. Kept for the operators; the records are matched by id.
    seq_overlap: bool = False
    receipt: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class HeldRecord(HeadOfficeTable, table=True):
    """One version of one record of one post, exactly as the post sent it (never overwritten)."""

    __tablename__ = "ho_record"
    __table_args__ = (UniqueConstraint("post_code", "kind", "record_id", "version"),)

    id: int | None = Field(default=None, sa_type=ROW_ID, primary_key=True)
    post_code: str = Field(sa_type=String(32))
    kind: str = Field(sa_type=String(32))
    record_id: str = Field(sa_type=String(36))
    version: int
    payload: dict[str, Any] = _json()
    payload_sha256: str = Field(sa_type=String(64))
    change_id: str = Field(sa_type=String(36))
    device_id: str = Field(sa_type=String(36))
    seq: int = Field(sa_type=BigInteger)
    batch_id: str = Field(sa_type=String(36), index=True)


class CurrentRecord(HeadOfficeTable, table=True):
    """Which version of each record is the newest held: what the read API and summary count.

    The payload stays in ho_record (joined on the unique key): copying it here would double
    what an ingest writes.
    """

    __tablename__ = "ho_current"
    __table_args__ = (Index("ix_ho_current_post_kind", "post_code", "kind", "record_id"),)

    post_code: str = Field(sa_type=String(32), primary_key=True)
    kind: str = Field(sa_type=String(32), primary_key=True)
    record_id: str = Field(sa_type=String(36), primary_key=True)
    version: int


class RecordConflict(HeadOfficeTable, table=True):
    """A held version sent again with another payload: reported, never applied."""

    __tablename__ = "ho_conflict"
    __table_args__ = (UniqueConstraint("batch_id", "kind", "record_id", "version"),)

    id: int | None = Field(default=None, sa_type=ROW_ID, primary_key=True)
    post_code: str = Field(sa_type=String(32), index=True)
    kind: str = Field(sa_type=String(32))
    record_id: str = Field(sa_type=String(36))
    version: int
    batch_id: str = Field(sa_type=String(36))
    change_id: str = Field(sa_type=String(36))
    held_sha256: str = Field(sa_type=String(64))
    payload_sha256: str = Field(sa_type=String(64))
    payload: dict[str, Any] = _json()
    detected_at: datetime = _utc()
