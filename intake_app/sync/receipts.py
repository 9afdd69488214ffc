"""Head office's signed receipt for an uploaded batch (docs/sync-format.md, "HTTP upload").

Head office signs with `sign_receipt`; the post checks with `verify_receipt` before it
counts a batch as delivered, so a forged or garbled answer never hides unsent changes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake_app.sync.batch_format import canonical_json
from intake_app.sync.crypto import HeadOfficeKey, b64decode, b64encode

RECEIPT_FORMAT = "entikong-intake-receipt"
RECEIPT_VERSION = 1
RECEIPT_SIGNATURE_CONTEXT = b"entikong-intake-receipt/1/signature\n"
_COUNT_NAMES = ("applied", "already_held", "conflicts")


class ReceiptErrorCode(StrEnum):
    MALFORMED = "receipt_malformed"
    UNKNOWN_KEY = "receipt_unknown_key"
    BAD_SIGNATURE = "receipt_bad_signature"
    MISMATCH = "receipt_mismatch"  # a valid receipt, but for another batch or file


class ReceiptError(Exception):
    def __init__(self, code: ReceiptErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Receipt:
    batch_id: uuid.UUID
    post_code: str
    device_id: str
    seq_from: int
    seq_to: int
    batch_sha256: str
    received_at: datetime
    applied: int
    already_held: int
    conflict_count: int
    conflicts: tuple[dict[str, Any], ...]
    key_id: str
    document: dict[str, Any]  # the whole signed receipt, to store as it came

    def to_json(self) -> str:
        return json.dumps(self.document, sort_keys=True, ensure_ascii=False)


def signed_bytes(receipt: Mapping[str, Any]) -> bytes:
    """The context line and the canonical JSON of the receipt without its signature."""
    unsigned = {key: value for key, value in receipt.items() if key != "signature"}
    return RECEIPT_SIGNATURE_CONTEXT + canonical_json(unsigned)


def sign_receipt(
    receipt: Mapping[str, Any], private_key: Ed25519PrivateKey, key_id: str
) -> dict[str, Any]:
    """A copy of `receipt` with format fields, `key_id` and `signature` filled in."""
    document = dict(receipt)
    document.pop("signature", None)
    document.setdefault("format", RECEIPT_FORMAT)
    document.setdefault("format_version", RECEIPT_VERSION)
    document["key_id"] = key_id
    document["signature"] = b64encode(private_key.sign(signed_bytes(document)))
    return document


def _bad(reason: str) -> ReceiptError:
    return ReceiptError(ReceiptErrorCode.MALFORMED, f"receipt: {reason}")


def _field(document: Mapping[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = document.get(name)
    # bool is an int in Python; a count of `true` is still malformed.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _bad(f"{name!r} is missing or of the wrong type")
    return value


def _parse_document(data: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(data, Mapping):
        return dict(data)
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise _bad("not JSON") from None
    if not isinstance(document, dict):
        raise _bad("not a JSON object")
    return document


def verify_receipt(
    data: bytes | str | Mapping[str, Any], headoffice_keys: Iterable[HeadOfficeKey]
) -> Receipt:
    """Check a receipt's shape and its Ed25519 signature by one of the imported keys."""
    document = _parse_document(data)
    if document.get("format") != RECEIPT_FORMAT:
        raise _bad(f"'format' must be {RECEIPT_FORMAT!r}")
    if document.get("format_version") != RECEIPT_VERSION:
        raise _bad(f"unsupported format_version {document.get('format_version')!r}")
    key_id = _field(document, "key_id", str)
    keys = {key.id: key for key in headoffice_keys}
    if key_id not in keys:
        raise ReceiptError(
            ReceiptErrorCode.UNKNOWN_KEY, f"receipt signed by unknown head-office key {key_id!r}"
        )
    try:
        signature = b64decode(_field(document, "signature", str), size=64)
        keys[key_id].ed25519.verify(signature, signed_bytes(document))
    except (ValueError, InvalidSignature):
        raise ReceiptError(
            ReceiptErrorCode.BAD_SIGNATURE, "receipt signature does not verify"
        ) from None
    counts = _field(document, "counts", dict)
    for name in _COUNT_NAMES:
        _field(counts, name, int)
    conflicts = _field(document, "conflicts", list)
    if not all(isinstance(item, dict) for item in conflicts):
        raise _bad("'conflicts' must be a list of objects")
    try:
        batch_id = uuid.UUID(_field(document, "batch_id", str))
        received_at = datetime.fromisoformat(_field(document, "received_at", str))
    except ValueError:
        raise _bad("'batch_id' or 'received_at' is not valid") from None
    if received_at.tzinfo is None:
        raise _bad("'received_at' must carry a time zone")
    return Receipt(
        batch_id=batch_id,
        post_code=_field(document, "post_code", str),
        device_id=_field(document, "device_id", str),
        seq_from=_field(document, "seq_from", int),
        seq_to=_field(document, "seq_to", int),
        batch_sha256=_field(document, "batch_sha256", str),
        received_at=received_at,
        applied=counts["applied"],
        already_held=counts["already_held"],
        conflict_count=counts["conflicts"],
        conflicts=tuple(conflicts),
        key_id=key_id,
        document=document,
    )


def check_receipt_matches(receipt: Receipt, *, batch_id: uuid.UUID, batch_sha256: str) -> None:
    """A genuine receipt must also be for this batch and these exact bytes."""
    if receipt.batch_id != batch_id:
        raise ReceiptError(
            ReceiptErrorCode.MISMATCH,
            f"receipt is for batch {receipt.batch_id}, not {batch_id}",
        )
    if receipt.batch_sha256.lower() != batch_sha256.lower():
        raise ReceiptError(
            ReceiptErrorCode.MISMATCH, "receipt's batch_sha256 differs from the uploaded file"
        )
