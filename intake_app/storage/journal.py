"""The write journal: every change gets an outbox entry and a hash-chained audit entry."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from intake_app.domain.enums import ChangeKind
from intake_app.storage.models import AuditEntry, OutboxEntry
from intake_app.storage.types import utcnow

GENESIS_HASH = "0" * 64
_TAIL_KEY = "intake_app.audit_tail"  # session.info: (transaction, newest hash)


def canonical_json(value: Any) -> bytes:
    """One byte string per value, so hashes and signatures are reproducible anywhere."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")


def record_payload(record: SQLModel) -> dict[str, Any]:
    return record.model_dump(mode="json")


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
    session.add(
        OutboxEntry(
            seq=None,
            id=uuid.uuid4(),
            kind=kind,
            record_id=record.id,
            record_version=getattr(record, "version", 1),
            payload=payload,
            created_at=now or utcnow(),
            batch_id=None,
        )
    )
    return payload


def _hash_fields(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": str(entry.id),
        "at": entry.at.isoformat(),
        "officer_id": str(entry.officer_id) if entry.officer_id else None,
        "action": entry.action,
        "record_kind": entry.record_kind,
        "record_id": str(entry.record_id) if entry.record_id else None,
        "detail": entry.detail,
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
    transaction = session.get_transaction()
    tail = session.info.get(_TAIL_KEY)
    if tail is not None and transaction is not None and tail[0] is transaction:
        last = tail[1]
    else:
        # A Core query, which never autoflushes: the caller's pending rows go in the one
        # flush at commit, and no pending audit entry can be missed (see the tail above).
        last = (
            session.connection()
            .execute(select(AuditEntry.hash).order_by(col(AuditEntry.seq).desc()).limit(1))
            .scalar()
        )
    entry = AuditEntry(
        seq=None,
        id=uuid.uuid4(),
        at=now or utcnow(),
        officer_id=officer_id,
        action=action,
        record_kind=str(record_kind) if record_kind else None,
        record_id=record_id,
        detail=detail or {},
        prev_hash=last or GENESIS_HASH,
        hash="",
    )
    fields = _hash_fields(entry)
    entry.hash = chain_hash(entry.prev_hash, fields)
    session.add(entry)
    # The entry travels to head office in the sync batches like any change (kind audit,
    # payload = the hashed fields and both hashes, so head office can check the chain).
    session.add(
        OutboxEntry(
            seq=None,
            id=uuid.uuid4(),
            kind=ChangeKind.AUDIT,
            record_id=entry.id,
            record_version=1,
            payload={**fields, "prev_hash": entry.prev_hash, "hash": entry.hash},
            created_at=entry.at,
            batch_id=None,
        )
    )
    session.info[_TAIL_KEY] = (session.get_transaction(), entry.hash)
    return entry


def first_broken_link(session: Session) -> int | None:
    """The `seq` of the first audit entry that was altered or whose predecessor is gone."""
    expected_prev = GENESIS_HASH
    for entry in session.exec(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.prev_hash != expected_prev or entry_hash(entry) != entry.hash:
            return entry.seq
        expected_prev = entry.hash
    return None
