"""The write journal: every change gets an outbox entry and a hash-chained audit entry."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session, SQLModel, select

from intake_app.domain.enums import ChangeKind
from intake_app.storage.models import AuditEntry, OutboxEntry
from intake_app.storage.types import utcnow

GENESIS_HASH = "0" * 64


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
) -> None:
    """Journal a change inside the caller's transaction (so both commit, or neither).

    `record` must already carry its new `version`; `before` is the payload before an edit.
    """
    payload = record_outbox(session, kind=kind, record=record, now=now)
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


def record_outbox(
    session: Session, *, kind: ChangeKind, record: Any, now: datetime | None = None
) -> dict[str, Any]:
    """Queue a record's new state for head office, for a change audited elsewhere.

    Returns the payload that was queued.
    """
    session.flush()  # defaults (ids, timestamps) must be filled before they are copied
    payload = record_payload(record)
    session.add(
        OutboxEntry(
            kind=kind,
            record_id=record.id,
            record_version=getattr(record, "version", 1),
            payload=payload,
            created_at=now or utcnow(),
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


def entry_hash(entry: AuditEntry) -> str:
    digest = hashlib.sha256(entry.prev_hash.encode("ascii"))
    digest.update(canonical_json(_hash_fields(entry)))
    return digest.hexdigest()


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
    """Append one entry chained to the newest one. Callers hold a write (IMMEDIATE) lock."""
    last = session.exec(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    entry = AuditEntry(
        at=now or utcnow(),
        officer_id=officer_id,
        action=action,
        record_kind=str(record_kind) if record_kind else None,
        record_id=record_id,
        detail=detail or {},
        prev_hash=last or GENESIS_HASH,
        hash="",
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry


def first_broken_link(session: Session) -> int | None:
    """The `seq` of the first audit entry that was altered or whose predecessor is gone."""
    expected_prev = GENESIS_HASH
    for entry in session.exec(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.prev_hash != expected_prev or entry_hash(entry) != entry.hash:
            return entry.seq
        expected_prev = entry.hash
    return None
