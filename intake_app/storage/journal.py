"""The write journal: every change gets an outbox entry and a hash-chained audit entry."""

from __future__ import annotations

import functools
import hashlib
import json
import uuid
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Connection, Insert, insert
from sqlmodel import Session, SQLModel, col, select

from intake_app.domain.enums import ChangeKind
from intake_app.storage.models import AuditEntry, OutboxEntry
from intake_app.storage.types import utcnow

GENESIS_HASH = "0" * 64
_TAIL_KEY = "intake_app.audit_tail"  # session.info: (transaction, newest hash)
# Statements built once: building one costs more than SQLite takes to run these.
_NEWEST_HASH = select(AuditEntry.hash).order_by(col(AuditEntry.seq).desc()).limit(1)
_INSERT_AUDIT = insert(AuditEntry)
_INSERT_OUTBOX = insert(OutboxEntry)
# Serialises plain values the way `model_dump(mode="json")` does (UUIDs, dates, enums).
_JSON_VALUES: TypeAdapter[Any] = TypeAdapter(Any)


def canonical_json(value: Any) -> bytes:
    """One byte string per value, so hashes and signatures are reproducible anywhere."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")


def record_payload(record: SQLModel) -> dict[str, Any]:
    return record.model_dump(mode="json")


def row_payload(table: type[SQLModel], values: dict[str, Any]) -> dict[str, Any]:
    """`record_payload` of a record of `table` holding `values` (every column), without
    building the record: the same keys in the same order and the same JSON values."""
    row = {name: values[name] for name in table.model_fields}
    payload: dict[str, Any] = _JSON_VALUES.dump_python(row, mode="json")
    return payload


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    skip = {"updated_at", "version", "updated_by"}
    return {
        key: [before.get(key), after.get(key)]
        for key in sorted(set(before) | set(after))
        if key not in skip and before.get(key) != after.get(key)
    }


def record_change(
    session: Session,
    *,
    kind: ChangeKind,
    record: Any,
    officer_id: uuid.UUID | None,
    action: str,
    before: dict[str, Any] | None = None,
    now: datetime | None = None,
    flush: bool = True,
) -> None:
    """Journal a change inside the caller's transaction (so both commit, or neither).

    `record` must already carry its new `version`; `before` is the payload before an edit.
    `flush=False` when every column of `record` was given at construction (see
    `record_outbox`).
    """
    payload = record_outbox(session, kind=kind, record=record, now=now, flush=flush)
    detail: dict[str, Any] = {"version": getattr(record, "version", 1)}
    if before is not None:
        detail["changed"] = changed_fields(before, payload)
    append_audit(
        session,
        officer_id=officer_id,
        action=action,
        record_kind=kind,
        record_id=record.id,
        detail=detail,
        now=now,
    )


def insert_new(
    session: Session,
    *,
    kind: ChangeKind,
    table: type[SQLModel],
    values: dict[str, Any],
    officer_id: uuid.UUID | None,
    action: str,
    now: datetime,
) -> dict[str, Any]:
    """Insert a new record of `table` from `values` (every column) and journal it, as
    `session.add(record)` and `record_change` would, in plain Core INSERTs.

    No ORM object is built and nothing waits for the flush at commit: the saving of one
    person at a desk spent more time in SQLModel's constructors and the unit of work
    than in SQLite. The rows, the outbox payload and the audit entry are the same as the
    ORM path writes. Returns the queued payload.
    """
    # Pending ORM rows go first, pending audit entries above all: the chain is read by seq.
    session.flush()
    connection = session.connection()
    connection.execute(_insert(table), values)
    payload = row_payload(table, values)
    version = values.get("version", 1)
    outbox = _outbox_values(kind, values["id"], version, payload, now)
    audit, audit_outbox = _audit_values(
        session,
        connection,
        officer_id=officer_id,
        action=action,
        record_kind=kind,
        record_id=values["id"],
        detail={"version": version},
        now=now,
    )
    connection.execute(_INSERT_AUDIT, audit)
    connection.execute(_INSERT_OUTBOX, [outbox, audit_outbox])
    return payload


@functools.cache
def _insert(table: type[SQLModel]) -> Insert:
    return insert(table)


def record_edit(
    session: Session,
    *,
    kind: ChangeKind,
    record: Any,
    before: dict[str, Any],
    officer_id: uuid.UUID | None,
    action: str,
    now: datetime,
) -> None:
    """A new version of a stored record: bump its version, stamp when (and who, where the
    record keeps that), then journal it with the fields that changed since `before`."""
    record.version += 1
    if hasattr(record, "updated_at"):
        record.updated_at = now
    if hasattr(record, "updated_by"):
        record.updated_by = officer_id
    session.add(record)
    record_change(
        session,
        kind=kind,
        record=record,
        officer_id=officer_id,
        action=action,
        before=before,
        now=now,
    )


def record_outbox(
    session: Session,
    *,
    kind: ChangeKind,
    record: Any,
    now: datetime | None = None,
    flush: bool = True,
) -> dict[str, Any]:
    """Queue a record's new state for head office, for a change audited elsewhere.

    Returns the payload that was queued. With `flush` (the default) pending rows are
    written first, so that anything the database fills in is in the payload; a caller that
    gave every column itself skips that round trip.
    """
    if flush:
        session.flush()
    payload = record_payload(record)
    # Every column given: SQLModel would otherwise resolve each default factory through
    # pydantic, which inspects the factory's signature on every construction.
    values = _outbox_values(
        kind, record.id, getattr(record, "version", 1), payload, now or utcnow()
    )
    session.add(OutboxEntry(seq=None, **values))
    return payload


def _outbox_values(
    kind: str, record_id: uuid.UUID, version: int, payload: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """An outbox row's columns (but `seq`, which SQLite hands out)."""
    return {
        "id": uuid.uuid4(),
        "kind": kind,
        "record_id": record_id,
        "record_version": version,
        "payload": payload,
        "created_at": now,
        "batch_id": None,
    }


_HASHED = ("id", "at", "officer_id", "action", "record_kind", "record_id", "detail")


def _hash_fields(entry: AuditEntry) -> dict[str, Any]:
    return _hashed({name: getattr(entry, name) for name in _HASHED})


def _hashed(values: dict[str, Any]) -> dict[str, Any]:
    """The hashed fields of an audit entry with these column values."""
    return {
        "id": str(values["id"]),
        "at": values["at"].isoformat(),
        "officer_id": str(values["officer_id"]) if values["officer_id"] else None,
        "action": values["action"],
        "record_kind": values["record_kind"],
        "record_id": str(values["record_id"]) if values["record_id"] else None,
        "detail": values["detail"],
    }


def chain_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """An audit entry's hash from its predecessor's and its own hashed fields.

    Head office recomputes it from an `audit` change's payload (docs/sync-format.md §5).
    """
    digest = hashlib.sha256(prev_hash.encode("ascii"))
    digest.update(canonical_json(fields))
    return digest.hexdigest()


def entry_hash(entry: AuditEntry) -> str:
    return chain_hash(entry.prev_hash, _hash_fields(entry))


def append_audit(
    session: Session,
    *,
    officer_id: uuid.UUID | None,
    action: str,
    record_kind: str | None = None,
    record_id: uuid.UUID | None = None,
    detail: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> AuditEntry:
    """Append one entry chained to the newest one. Callers hold a write (IMMEDIATE) lock.

    The entry is added, not flushed: it goes to the database with the caller's other rows
    in one flush. The chain's tail is remembered for the rest of the transaction, so that
    entries appended before that flush chain to each other.
    """
    values, outbox = _audit_values(
        session,
        session.connection(),
        officer_id=officer_id,
        action=action,
        record_kind=record_kind,
        record_id=record_id,
        detail=detail,
        now=now or utcnow(),
    )
    entry = AuditEntry(seq=None, **values)
    session.add(entry)
    session.add(OutboxEntry(seq=None, **outbox))
    return entry


def _audit_values(
    session: Session,
    connection: Connection,
    *,
    officer_id: uuid.UUID | None,
    action: str,
    record_kind: str | None,
    record_id: uuid.UUID | None,
    detail: dict[str, Any] | None,
    now: datetime,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The columns of the next audit entry and of its outbox entry; moves the chain's tail.

    The caller writes both rows (added to the session, or inserted at once after any
    pending audit entry was flushed), in this transaction.
    """
    transaction = session.get_transaction()
    tail = session.info.get(_TAIL_KEY)
    if tail is not None and transaction is not None and tail[0] is transaction:
        last = tail[1]
    else:
        # A Core query, which never autoflushes: the caller's pending rows go in the one
        # flush at commit, and no pending audit entry can be missed (see the tail above).
        last = connection.execute(_NEWEST_HASH).scalar()
    values: dict[str, Any] = {
        "id": uuid.uuid4(),
        "at": now,
        "officer_id": officer_id,
        "action": action,
        "record_kind": str(record_kind) if record_kind else None,
        "record_id": record_id,
        "detail": detail or {},
        "prev_hash": last or GENESIS_HASH,
    }
    fields = _hashed(values)
    values["hash"] = chain_hash(values["prev_hash"], fields)
    session.info[_TAIL_KEY] = (session.get_transaction(), values["hash"])
    # The entry travels to head office in the sync batches like any change (kind audit,
    # payload = the hashed fields and both hashes, so head office can check the chain).
    payload = {**fields, "prev_hash": values["prev_hash"], "hash": values["hash"]}
    return values, _outbox_values(ChangeKind.AUDIT, values["id"], 1, payload, now)


def first_broken_link(session: Session) -> int | None:
    """The `seq` of the first audit entry that was altered or whose predecessor is gone."""
    expected_prev = GENESIS_HASH
    for entry in session.exec(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.prev_hash != expected_prev or entry_hash(entry) != entry.hash:
            return entry.seq
        expected_prev = entry.hash
    return None
