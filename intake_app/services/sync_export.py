"""Export pending outbox entries as signed, encrypted batch files for head office."""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ConfigDict
from sqlalchemy import String, Text, type_coerce, update
from sqlmodel import Session, col, func, select

from intake_app.services.posts import DEVICE_ID_KEY, the_post
from intake_app.services.sync_batches import ExportedBatch, ExportResult, batch_row
from intake_app.storage.database import Database
from intake_app.storage.files import write_atomically
from intake_app.storage.models import LocalSetting, OutboxEntry
from intake_app.sync.batch import FILE_SUFFIX, Change, build_batch, read_envelope
from intake_app.sync.batch_format import format_timestamp
from intake_app.sync.crypto import (
    POST_KEY_FILE,
    POST_PUBLIC_KEY_FILE,
    HeadOfficeKey,
    dump_headoffice_keys,
    fingerprint,
    generate_signing_key,
    load_headoffice_keys,
    load_signing_key,
    public_key_pem,
    write_private_key,
)

if TYPE_CHECKING:
    from intake_app.services.sync_push import SyncPusher

log = logging.getLogger("intake_app.services.sync")

HEADOFFICE_KEYS_FILE = Path("keys") / "headoffice_keys.json"
# Every exported batch is also kept here until head office's receipt arrives, so a lost
# USB stick never loses changes that the database already counts as "in a batch".
OUTBOX_DIR = Path("outbox")
FETCH_SIZE = 2000
# Changes per batch file: a few seconds of work each, a few MB on the wire, so one upload
# or one write lock never takes long, and a broken batch holds back little.
MAX_CHANGES_PER_BATCH = 5000
_STORED_UUID = re.compile(r"[0-9a-f]{32}")
_STORED_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


class ExportErrorCode(StrEnum):
    NO_HEADOFFICE_KEYS = "no_headoffice_keys"
    NO_DEVICE_ID = "no_device_id"
    CONCURRENT_EXPORT = "concurrent_export"


class ExportError(Exception):
    def __init__(self, code: ExportErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


class PostKeys(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: Path
    fingerprint: str  # hex SHA-256 of the raw Ed25519 public key
    created: bool  # made by this call


class SyncExporter:
    """Owns the post's signing key and turns the outbox into batch files.

    The key passphrase is optional for now; the lead will wrap the key with the database key.
    """

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        now: Callable[[], datetime],
        *,
        key_passphrase: bytes | None = None,
    ) -> None:
        self._db = db
        self._data_dir = data_dir
        self._now = now
        self._passphrase = key_passphrase

    @property
    def post_key_path(self) -> Path:
        return self._data_dir / POST_KEY_FILE

    @property
    def post_public_key_path(self) -> Path:
        return self._data_dir / POST_PUBLIC_KEY_FILE

    @property
    def headoffice_keys_path(self) -> Path:
        return self._data_dir / HEADOFFICE_KEYS_FILE

    @property
    def outbox_dir(self) -> Path:
        return self._data_dir / OUTBOX_DIR

    def pusher(self, **options: Any) -> SyncPusher:
        """A SyncPusher over this exporter's outbox (options: uploader, timeout, rng).

        Here so that callers holding only the services bundle (sync/cli_commands.py, which
        may not import services) reach the sender too.
        """
        from intake_app.services.sync_push import SyncPusher

        return SyncPusher(self._db, self, **options)

    def ensure_post_keys(self) -> PostKeys:
        """Load the post's Ed25519 key, creating it (mode 0600) the first time."""
        created = not self.post_key_path.exists()
        key = self._signing_key()
        return PostKeys(path=self.post_key_path, fingerprint=fingerprint(key), created=created)

    def _signing_key(self) -> Ed25519PrivateKey:
        if not self.post_key_path.exists():
            write_private_key(self.post_key_path, generate_signing_key(), self._passphrase)
            log.info("post signing key created")
        key = load_signing_key(self.post_key_path, self._passphrase)
        # The public key beside it, so `verify` and `keys show` need no passphrase.
        pem = public_key_pem(key)
        public = self.post_public_key_path
        if not public.exists() or public.read_bytes() != pem:
            write_atomically(public, pem)
        return key

    def headoffice_keys(self) -> tuple[HeadOfficeKey, ...]:
        if not self.headoffice_keys_path.exists():
            raise ExportError(
                ExportErrorCode.NO_HEADOFFICE_KEYS,
                "no head-office key yet: import the key file head office sent",
            )
        return load_headoffice_keys(self.headoffice_keys_path)

    def add_headoffice_keys(self, path: Path) -> tuple[HeadOfficeKey, ...]:
        """Import a head-office key file; a key with a known id replaces the old one."""
        added = load_headoffice_keys(path)
        known = self.headoffice_keys() if self.headoffice_keys_path.exists() else ()
        merged = {key.id: key for key in known} | {key.id: key for key in added}
        write_atomically(self.headoffice_keys_path, dump_headoffice_keys(list(merged.values())))
        return tuple(merged.values())

    def export(self, out_dir: Path, *, max_changes: int = MAX_CHANGES_PER_BATCH) -> ExportResult:
        """Put every change not yet in a batch into files of at most `max_changes` in `out_dir`.

        Each batch is built from a read snapshot (no lock held while compressing and
        encrypting), its files written, then one short write transaction marks its entries
        and records its SyncBatch row. A failure leaves that batch's entries unmarked and
        removes its files; batches finished before it stay exported.
        """
        recipients = self.headoffice_keys()
        signing_key = self._signing_key()
        batches: list[ExportedBatch] = []
        while True:
            batch = self._export_one(Path(out_dir), recipients, signing_key, max_changes)
            if batch is None:
                return ExportResult(batches=tuple(batches))
            batches.append(batch)

    def _export_one(
        self,
        out_dir: Path,
        recipients: tuple[HeadOfficeKey, ...],
        signing_key: Ed25519PrivateKey,
        max_changes: int,
    ) -> ExportedBatch | None:
        batch_id = uuid.uuid4()
        # One read transaction is one WAL snapshot: entries committed meanwhile get higher
        # seq numbers (SQLite has a single writer), so the range read here is complete.
        with self._db.read() as session:
            post_code, device_id = the_post(session).code, _device_id(session)
            if _first_pending(session) is None:
                return None
            data = build_batch(
                _pending_changes(session, max_changes),
                post_code=post_code,
                device_id=device_id,
                batch_id=batch_id,
                created_at=self._now(),
                signing_key=signing_key,
                recipients=recipients,
            )
        envelope = read_envelope(data)
        name = _file_name(post_code, device_id, envelope.seq_from, envelope.seq_to)
        kept, path = self.outbox_dir / name, out_dir / name
        written: list[Path] = []
        try:
            for target in dict.fromkeys([kept, path]):  # once if out_dir is the outbox
                write_atomically(target, data)
                written.append(target)
            with self._db.write() as session:
                _mark(session, envelope.seq_from, envelope.seq_to, envelope.change_count, batch_id)
                session.add(batch_row(envelope, name, len(data), self._now()))
        except BaseException:
            # A file whose entries are not marked would be sent again under another
            # batch id, so it goes.
            for target in written:
                target.unlink(missing_ok=True)
            raise
        log.info(
            "batch exported: %d changes, seq %d-%d",
            envelope.change_count,
            envelope.seq_from,
            envelope.seq_to,
        )
        return ExportedBatch(
            path=path,
            kept_copy=kept,
            batch_id=batch_id,
            seq_from=envelope.seq_from,
            seq_to=envelope.seq_to,
            change_count=envelope.change_count,
            counts=envelope.counts,
            size_bytes=len(data),
        )


def _mark(session: Session, seq_from: int, seq_to: int, expected: int, batch_id: uuid.UUID) -> None:
    in_range = (
        col(OutboxEntry.batch_id).is_(None),
        col(OutboxEntry.seq) >= seq_from,
        col(OutboxEntry.seq) <= seq_to,
    )
    unmarked = session.exec(select(func.count()).select_from(OutboxEntry).where(*in_range)).one()
    if unmarked != expected:
        # Another desk's export took some of these entries after our snapshot.
        raise ExportError(
            ExportErrorCode.CONCURRENT_EXPORT, "another export ran at the same time; try again"
        )
    session.exec(update(OutboxEntry).where(*in_range).values(batch_id=batch_id))


def _device_id(session: Session) -> str:
    setting = session.get(LocalSetting, DEVICE_ID_KEY)
    if setting is None:
        raise ExportError(ExportErrorCode.NO_DEVICE_ID, "this database has no device id")
    return setting.value


def _first_pending(session: Session) -> int | None:
    return session.exec(
        select(OutboxEntry.seq)
        .where(col(OutboxEntry.batch_id).is_(None))
        .order_by(col(OutboxEntry.seq))
        .limit(1)
    ).first()


def _pending_changes(session: Session, limit: int) -> Iterator[Change]:
    """Stream the first `limit` unsent entries in seq order, FETCH_SIZE rows at a time."""
    # Columns come as stored text: parsing 200,000 UUIDs and 100,000 timestamps into
    # objects only to print them again took a fifth of the 10 s export budget (DESIGN.md §9).
    statement = (
        select(
            OutboxEntry.seq,
            type_coerce(OutboxEntry.id, String),
            OutboxEntry.kind,
            type_coerce(OutboxEntry.record_id, String),
            OutboxEntry.record_version,
            type_coerce(OutboxEntry.created_at, String),
            type_coerce(OutboxEntry.payload, Text),
        )
        .where(col(OutboxEntry.batch_id).is_(None))
        .order_by(col(OutboxEntry.seq))
        .limit(limit)
        .execution_options(yield_per=FETCH_SIZE)
    )
    for rows in session.exec(statement).partitions():
        # One json.loads per fetch is about twice as fast as one per row.
        payloads: list[dict[str, Any]] = json.loads("[" + ",".join(row[6] for row in rows) + "]")
        for row, payload in zip(rows, payloads, strict=True):
            yield Change(
                row[0],
                _uuid_text(row[1]),
                row[2],
                _uuid_text(row[3]),
                row[4],
                _timestamp_text(row[5]),
                payload,
            )


def _uuid_text(stored: str) -> str:
    if _STORED_UUID.fullmatch(stored):  # SQLAlchemy's Uuid on SQLite: 32 hex digits
        return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"
    return str(uuid.UUID(stored))


def _timestamp_text(stored: str) -> str:
    if _STORED_TIMESTAMP.fullmatch(stored):  # UTCDateTime on SQLite: naive UTC, 6 digits
        return f"{stored[:10]}T{stored[11:]}Z"
    return format_timestamp(datetime.fromisoformat(stored).replace(tzinfo=UTC))


def _file_name(post_code: str, device_id: str, seq_from: int, seq_to: int) -> str:
    safe_post = re.sub(r"[^A-Za-z0-9._-]", "_", post_code)
    return f"{safe_post}-{device_id}-{seq_from}-{seq_to}{FILE_SUFFIX}"
