"""Send exported batches to head office over HTTP, with backoff, until each has a receipt."""

from __future__ import annotations

import json
import logging
import random
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlmodel import col, select, update

from intake_app.services.sync_batches import SyncBatchState
from intake_app.services.sync_export import ExportError, SyncExporter
from intake_app.storage.database import Database
from intake_app.storage.models import LocalSetting, SyncBatch
from intake_app.sync import client
from intake_app.sync.receipts import Receipt

log = logging.getLogger("intake_app.services.sync")

HEADOFFICE_URL_KEY = "headoffice_url"
BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)
JITTER = 0.25  # a retry comes 0-25 % early, so many posts back online do not knock at once
# A network failure says nothing about the other batches but would only repeat: the round
# stops there. Any other failure is the batch's own, and the next batch is tried.
NETWORK_CODES = frozenset({"connection_failed", "timeout"})
TRYABLE = (SyncBatchState.WAITING, SyncBatchState.FAILED)

Uploader = Callable[..., Receipt]


class PushOutcome(BaseModel):
    """What happened to one batch in one round."""

    model_config = ConfigDict(frozen=True)

    batch_id: uuid.UUID
    file_name: str
    state: SyncBatchState
    code: str | None = None
    message: str | None = None
    applied: int = 0
    already_held: int = 0
    conflicts: int = 0
    next_attempt_at: datetime | None = None


def backoff_delay(attempts: int, rng: random.Random) -> timedelta:
    """Wait after the `attempts`-th failure: 30 s, 60 s, 2 min ... at most 1 h, minus jitter."""
    # The exponent is capped too: after days offline 2**attempts would overflow timedelta.
    doublings = min(max(attempts - 1, 0), 20)
    ceiling = min(BACKOFF_FIRST * 2**doublings, BACKOFF_CAP)
    return ceiling * (1 - JITTER * rng.random())


def check_url(url: str) -> str:
    """The URL as stored, or client.PermanentUploadError(bad_url)."""
    client.upload_url(url)
    return url.strip().rstrip("/")


class SyncPusher:
    """Uploads due batches oldest first; each ends `sent` with a receipt or `failed` and retried."""

    def __init__(
        self,
        db: Database,
        exporter: SyncExporter,
        *,
        uploader: Uploader = client.upload,
        timeout: float = client.DEFAULT_TIMEOUT,
        rng: random.Random | None = None,
    ) -> None:
        self._db = db
        self._exporter = exporter
        self._upload = uploader
        self._timeout = timeout
        self._rng = rng or random.Random()

    # -- settings -----------------------------------------------------------------------

    def headoffice_url(self) -> str | None:
        with self._db.read() as session:
            setting = session.get(LocalSetting, HEADOFFICE_URL_KEY)
            return setting.value if setting and setting.value else None

    def set_headoffice_url(self, url: str | None) -> None:
        """Store the address (None or "" turns sending off); a bad address is refused."""
        value = check_url(url) if url and url.strip() else ""
        with self._db.write() as session:
            session.merge(LocalSetting(key=HEADOFFICE_URL_KEY, value=value))

    # -- the work -----------------------------------------------------------------------

    def recover_interrupted(self) -> int:
        """Batches left `sending` by a crash or a killed process go back to waiting."""
        with self._db.write() as session:
            result = session.exec(
                update(SyncBatch)
                .where(col(SyncBatch.state) == SyncBatchState.SENDING)
                .values(state=SyncBatchState.WAITING)
            )
            count = result.rowcount or 0
        if count:
            log.warning("%d batch(es) interrupted while sending are waiting again", count)
        return count

    def export_pending(self) -> int:
        """Put changes not yet in a batch into outbox batches; 0 without head-office keys."""
        try:
            result = self._exporter.export(self._exporter.outbox_dir)
        except ExportError as error:
            log.info("nothing exported before sending: %s", error.code)
            return 0
        return len(result.batches)

    def push_due(
        self, now: datetime, *, url: str | None = None, everything: bool = False
    ) -> list[PushOutcome]:
        """Upload every batch due at `now` (all unsent ones with `everything`), oldest first."""
        url = url or self.headoffice_url()
        if not url:
            return []
        outcomes: list[PushOutcome] = []
        for batch_id in self._due(now, everything):
            outcome = self._push_one(batch_id, url, now)
            if outcome is None:
                continue  # another desk or thread took it
            outcomes.append(outcome)
            if outcome.code in NETWORK_CODES:
                break
        return outcomes

    def _due(self, now: datetime, everything: bool) -> list[uuid.UUID]:
        statement = select(SyncBatch.id).where(col(SyncBatch.state).in_(TRYABLE))
        if not everything:
            statement = statement.where(col(SyncBatch.next_attempt_at) <= now)
        with self._db.read() as session:
            return list(session.exec(statement.order_by(col(SyncBatch.seq_from))).all())

    def _claim(self, batch_id: uuid.UUID, now: datetime) -> SyncBatch | None:
        with self._db.write() as session:
            batch = session.get(SyncBatch, batch_id)
            if batch is None or batch.state not in TRYABLE:
                return None
            batch.state = SyncBatchState.SENDING
            batch.last_attempt_at = now
            session.add(batch)
            return batch

    def _push_one(self, batch_id: uuid.UUID, url: str, now: datetime) -> PushOutcome | None:
        batch = self._claim(batch_id, now)
        if batch is None:
            return None
        path = self._exporter.outbox_dir / batch.file_name
        try:
            receipt = self._upload(
                path,
                url,
                self._timeout,
                headoffice_keys=self._exporter.headoffice_keys(),
            )
        except client.UploadError as error:
            return self._failed(batch_id, now, error.code, error.message)
        except FileNotFoundError:
            return self._failed(batch_id, now, "file_missing", f"batch file is gone: {path}")
        except Exception as error:  # noqa: BLE001  one batch's trouble never stops the rest
            code = str(getattr(error, "code", "") or type(error).__name__)
            return self._failed(batch_id, now, code, str(error) or code)
        return self._sent(batch_id, now, receipt, path)

    def _failed(self, batch_id: uuid.UUID, now: datetime, code: str, message: str) -> PushOutcome:
        with self._db.write() as session:
            batch = session.get(SyncBatch, batch_id)
            assert batch is not None  # rows are never deleted
            batch.attempts += 1
            batch.state = SyncBatchState.FAILED
            batch.failure_code = code[:64]
            batch.failure_reason = message[:1000]
            batch.next_attempt_at = now + backoff_delay(batch.attempts, self._rng)
            session.add(batch)
        log.warning("batch %s not sent (%s): %s", batch.file_name, code, message)
        return PushOutcome(
            batch_id=batch_id,
            file_name=batch.file_name,
            state=SyncBatchState.FAILED,
            code=code,
            message=message,
            next_attempt_at=batch.next_attempt_at,
        )

    def _sent(
        self, batch_id: uuid.UUID, now: datetime, receipt: Receipt, path: Path
    ) -> PushOutcome:
        with self._db.write() as session:
            batch = session.get(SyncBatch, batch_id)
            assert batch is not None
            batch.attempts += 1
            batch.state = SyncBatchState.SENT
            batch.sent_at = now
            batch.receipt = json.dumps(receipt.document, sort_keys=True, ensure_ascii=False)
            batch.receipt_key_id = receipt.key_id
            batch.failure_code = batch.failure_reason = None
            batch.next_attempt_at = None
            session.add(batch)
        # Head office holds it now (docs/sync-format.md §9): the kept copy may go.
        path.unlink(missing_ok=True)
        log.info("batch %s sent: %d applied", batch.file_name, receipt.applied)
        return PushOutcome(
            batch_id=batch_id,
            file_name=batch.file_name,
            state=SyncBatchState.SENT,
            applied=receipt.applied,
            already_held=receipt.already_held,
            conflicts=receipt.conflict_count,
        )
