"""Ingest one batch: check the sender, decrypt, validate, store once, answer with a receipt."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine
from sqlmodel import Session, select

from intake_app.headoffice.content_schema import schema_problem
from intake_app.headoffice.keys import HeadOfficeIdentity
from intake_app.headoffice.models import ReceivedBatch
from intake_app.headoffice.registry import post_key
from intake_app.headoffice.store import AlreadyStored, store_batch
from intake_app.sync.batch import (
    BatchContent,
    BatchError,
    BatchErrorCode,
    open_batch,
    read_envelope,
    verify_envelope,
)

log = logging.getLogger("intake_app.headoffice.ingest")


class IngestErrorCode(StrEnum):
    """The error codes of the upload API (agreed with the post's push client)."""

    MALFORMED = "malformed"
    UNSUPPORTED_VERSION = "unsupported_version"
    UNKNOWN_POST = "unknown_post"
    BAD_SIGNATURE = "bad_signature"
    NOT_FOR_THIS_HEADOFFICE = "not_for_this_headoffice"
    SCHEMA_INVALID = "schema_invalid"
    BATCH_ID_REUSED = "batch_id_reused"


HTTP_STATUS = {
    IngestErrorCode.MALFORMED: 400,
    IngestErrorCode.UNSUPPORTED_VERSION: 400,
    IngestErrorCode.UNKNOWN_POST: 403,
    IngestErrorCode.BAD_SIGNATURE: 403,
    IngestErrorCode.NOT_FOR_THIS_HEADOFFICE: 422,
    IngestErrorCode.SCHEMA_INVALID: 422,
    IngestErrorCode.BATCH_ID_REUSED: 422,
}

# Every failed check of docs/sync-format.md §4.2 and §6, in the API's words. Everything
# after the signature check that fails means the file is not what the post signed.
_FROM_BATCH_ERROR = {
    BatchErrorCode.NOT_A_BATCH: IngestErrorCode.MALFORMED,
    BatchErrorCode.MALFORMED_HEADER: IngestErrorCode.MALFORMED,
    BatchErrorCode.TRUNCATED: IngestErrorCode.MALFORMED,
    BatchErrorCode.UNSUPPORTED_VERSION: IngestErrorCode.UNSUPPORTED_VERSION,
    BatchErrorCode.SENDER_MISMATCH: IngestErrorCode.UNKNOWN_POST,
    BatchErrorCode.BAD_SIGNATURE: IngestErrorCode.BAD_SIGNATURE,
    BatchErrorCode.CIPHERTEXT_ALTERED: IngestErrorCode.BAD_SIGNATURE,
    BatchErrorCode.KEY_UNWRAP_FAILED: IngestErrorCode.BAD_SIGNATURE,
    BatchErrorCode.DECRYPTION_FAILED: IngestErrorCode.BAD_SIGNATURE,
    BatchErrorCode.CONTENT_ALTERED: IngestErrorCode.BAD_SIGNATURE,
    BatchErrorCode.NOT_A_RECIPIENT: IngestErrorCode.NOT_FOR_THIS_HEADOFFICE,
    BatchErrorCode.CONTENT_INVALID: IngestErrorCode.SCHEMA_INVALID,
    BatchErrorCode.MANIFEST_MISMATCH: IngestErrorCode.SCHEMA_INVALID,
}


class IngestError(Exception):
    """A batch head office refuses; nothing of it was stored."""

    def __init__(self, code: IngestErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code

    @property
    def http_status(self) -> int:
        return HTTP_STATUS[self.code]

    def as_json(self) -> dict[str, str]:
        return {"error": str(self.code), "message": str(self)}


@dataclass(frozen=True)
class IngestResult:
    receipt: dict[str, Any]
    first_time: bool  # False: the batch was held already and its stored receipt is returned


def ingest_batch(
    engine: Engine, identity: HeadOfficeIdentity, data: bytes, *, now: datetime
) -> IngestResult:
    """Ingest `data` (a whole batch file) in one transaction; raises IngestError."""
    with _as_ingest_errors():
        envelope = read_envelope(data)
        sender = _registered_sender(engine, envelope.post_code)
        verify_envelope(envelope, sender)  # before any private key is used
    sha256 = hashlib.sha256(data).hexdigest()
    # A batch delivered again is answered from the signed header alone: the whole file's
    # hash equals the one verified, decrypted and validated the first time.
    held = _held_receipt(engine, str(envelope.batch_id), sha256)
    if held is not None:
        return IngestResult(held, first_time=False)
    content = _decrypt(identity, data, sender)
    try:
        # The schema check runs inside the store's transaction, while the server writes the
        # last records (DESIGN.md §9); a problem rolls the whole batch back.
        receipt = store_batch(
            engine,
            identity,
            content,
            batch_sha256=sha256,
            received_at=now,
            check=lambda: _check_schema(content),
        )
    except AlreadyStored:
        # Another upload of the same batch committed first (the unique batch id decided).
        held = _held_receipt(engine, str(envelope.batch_id), sha256)
        if held is None:  # pragma: no cover - the winner's row is committed before we read
            raise
        return IngestResult(held, first_time=False)
    counts = receipt["counts"]
    log.info(
        "batch %s from %s ingested: %d applied, %d already held, %d conflicts",
        receipt["batch_id"],
        receipt["post_code"],
        counts["applied"],
        counts["already_held"],
        counts["conflicts"],
    )
    return IngestResult(receipt, first_time=True)


@contextmanager
def _as_ingest_errors() -> Iterator[None]:
    """The reader's error codes (docs/sync-format.md §7) in the API's words."""
    try:
        yield
    except BatchError as error:
        code = _FROM_BATCH_ERROR.get(error.code)
        if code is None:  # pragma: no cover - writer-only codes never come from a reader
            raise
        if error.code is BatchErrorCode.SENDER_MISMATCH:
            message = "the batch is signed by a key not registered for its post"
            raise IngestError(code, message) from None
        raise IngestError(code, f"{error.code}: {error}") from None


def _registered_sender(engine: Engine, post_code: str) -> Ed25519PublicKey:
    with Session(engine) as session:
        sender = post_key(session, post_code)
    if sender is None:
        raise IngestError(
            IngestErrorCode.UNKNOWN_POST, f"post {post_code} is not registered at head office"
        )
    return sender


def _decrypt(identity: HeadOfficeIdentity, data: bytes, sender: Ed25519PublicKey) -> BatchContent:
    with _as_ingest_errors():
        return open_batch(
            data, recipient_private_key=identity.decrypt_key, sender_public_key=sender
        )


def _check_schema(content: BatchContent) -> None:
    problem = schema_problem(content.document)
    if problem is not None:
        raise IngestError(
            IngestErrorCode.SCHEMA_INVALID, f"content does not match the schema: {problem}"
        )


def _held_receipt(engine: Engine, batch_id: str, sha256: str) -> dict[str, Any] | None:
    with Session(engine) as session:
        row = session.exec(select(ReceivedBatch).where(ReceivedBatch.batch_id == batch_id)).first()
    if row is None:
        return None
    if row.sha256 != sha256:
        # Signed by the post, same id, other bytes: a post-side bug, never silently merged.
        raise IngestError(
            IngestErrorCode.BATCH_ID_REUSED,
            f"batch {batch_id} was received before with other content",
        )
    return row.receipt
