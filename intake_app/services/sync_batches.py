"""Exported batches and their way to head office: states, rows, and what the UI lists."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlmodel import col, func, select

from intake_app.storage.database import Database
from intake_app.storage.models import OutboxEntry, SyncBatch
from intake_app.sync.batch import Envelope


class SyncBatchState(StrEnum):
    WAITING = "waiting"  # exported, not yet uploaded (or due for another try)
    SENDING = "sending"  # an upload is under way
    SENT = "sent"  # head office's signed receipt is stored
    FAILED = "failed"  # the last try failed; still retried


class ExportedBatch(BaseModel):
    """One batch file written by an export."""

    model_config = ConfigDict(frozen=True)

    path: Path
    kept_copy: Path
    batch_id: uuid.UUID
    seq_from: int
    seq_to: int
    change_count: int
    counts: dict[str, int]
    size_bytes: int


class ExportResult(BaseModel):
    """What one export did: its batches in seq order, none when there was nothing to send.

    The single-value fields describe the whole export; `path`, `kept_copy` and `batch_id`
    are the first batch's (the only one unless more than MAX_CHANGES_PER_BATCH were pending).
    """

    model_config = ConfigDict(frozen=True)

    batches: tuple[ExportedBatch, ...] = ()

    @property
    def nothing_to_send(self) -> bool:
        return not self.batches

    @property
    def path(self) -> Path | None:
        return self.batches[0].path if self.batches else None

    @property
    def kept_copy(self) -> Path | None:
        return self.batches[0].kept_copy if self.batches else None

    @property
    def batch_id(self) -> uuid.UUID | None:
        return self.batches[0].batch_id if self.batches else None

    @property
    def seq_from(self) -> int | None:
        return self.batches[0].seq_from if self.batches else None

    @property
    def seq_to(self) -> int | None:
        return self.batches[-1].seq_to if self.batches else None

    @property
    def change_count(self) -> int:
        return sum(batch.change_count for batch in self.batches)

    @property
    def counts(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for batch in self.batches:
            for kind, count in batch.counts.items():
                total[kind] = total.get(kind, 0) + count
        return total

    @property
    def size_bytes(self) -> int:
        return sum(batch.size_bytes for batch in self.batches)


def batch_row(envelope: Envelope, file_name: str, size: int, now: datetime) -> SyncBatch:
    return SyncBatch(
        id=envelope.batch_id,
        seq_from=envelope.seq_from,
        seq_to=envelope.seq_to,
        change_count=envelope.change_count,
        counts=json.dumps(envelope.counts, sort_keys=True),
        file_name=file_name,
        size_bytes=size,
        content_sha256=envelope.content_sha256,
        ciphertext_sha256=envelope.ciphertext_sha256,
        recipient_key_ids=",".join(entry.key_id for entry in envelope.recipients),
        state=SyncBatchState.WAITING,
        next_attempt_at=now,
        created_at=now,
    )


class SyncStatus(BaseModel):
    """What the status bar shows."""

    model_config = ConfigDict(frozen=True)

    unbatched_changes: int  # outbox entries not yet in any batch
    pending: int  # batches not yet delivered (waiting, sending or failed)
    failed: int
    last_sent_at: datetime | None


def sync_status(db: Database) -> SyncStatus:
    with db.read() as session:
        rows = session.exec(
            select(SyncBatch.state, func.count()).group_by(col(SyncBatch.state))
        ).all()
        last = session.exec(select(func.max(SyncBatch.sent_at))).one()
        unbatched = session.exec(
            select(func.count()).select_from(OutboxEntry).where(col(OutboxEntry.batch_id).is_(None))
        ).one()
    by_state = dict(rows)
    pending = sum(n for state, n in by_state.items() if state != SyncBatchState.SENT)
    failed = by_state.get(SyncBatchState.FAILED, 0)
    if last is not None and last.tzinfo is None:  # func.max bypasses the column type
        last = datetime.fromisoformat(str(last)).replace(tzinfo=UTC)
    return SyncStatus(
        unbatched_changes=unbatched, pending=pending, failed=failed, last_sent_at=last
    )


def list_batches(db: Database, limit: int = 500) -> list[SyncBatch]:
    """Newest first: what the "Kirim ke Pusat" page shows."""
    with db.read() as session:
        return list(
            session.exec(
                select(SyncBatch)
                .order_by(col(SyncBatch.created_at).desc(), col(SyncBatch.seq_from).desc())
                .limit(limit)
            ).all()
        )
