"""The receipt head office gives for a batch, signed with sync/receipts.py's format."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake_app.sync.batch_format import Envelope, format_timestamp
from intake_app.sync.receipts import RECEIPT_FORMAT, RECEIPT_VERSION, sign_receipt


def build_receipt(
    envelope: Envelope,
    *,
    batch_sha256: str,
    received_at: datetime,
    applied: int,
    already_held: int,
    conflicts: list[dict[str, Any]],
    key_id: str,
    signing_key: Ed25519PrivateKey,
) -> dict[str, Any]:
    receipt: dict[str, Any] = {
        "format": RECEIPT_FORMAT,
        "format_version": RECEIPT_VERSION,
        "batch_id": str(envelope.batch_id),
        "post_code": envelope.post_code,
        "device_id": envelope.device_id,
        "seq_from": envelope.seq_from,
        "seq_to": envelope.seq_to,
        "batch_sha256": batch_sha256,
        "received_at": format_timestamp(received_at),
        "counts": {"applied": applied, "already_held": already_held, "conflicts": len(conflicts)},
        "conflicts": conflicts,
    }
    return sign_receipt(receipt, signing_key, key_id)
