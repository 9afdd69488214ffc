"""Receipts: head office signs, the post accepts only a genuine receipt for its own batch."""

from __future__ import annotations

import base64
import json
import uuid

import pytest

from intake_app.sync.batch_format import canonical_json
from intake_app.sync.crypto import HeadOfficeKey, generate_encryption_key, generate_signing_key
from intake_app.sync.receipts import (
    RECEIPT_SIGNATURE_CONTEXT,
    ReceiptError,
    ReceiptErrorCode,
    check_receipt_matches,
    sign_receipt,
    verify_receipt,
)

BATCH_ID = uuid.UUID("6d1c1e52-8c1f-4a57-9d2e-0c7f1b2a3d4e")
SHA = "ab" * 32


def _unsigned() -> dict:
    return {
        "batch_id": str(BATCH_ID),
        "post_code": "ETK",
        "device_id": "dev-1",
        "seq_from": 1,
        "seq_to": 40,
        "batch_sha256": SHA,
        "received_at": "2026-02-05T02:00:01.000000Z",
        "counts": {"applied": 38, "already_held": 1, "conflicts": 1},
        "conflicts": [{"kind": "person", "id": str(uuid.uuid4()), "version": 2}],
    }


@pytest.fixture
def signer():
    private = generate_signing_key()
    key = HeadOfficeKey("ho-a", generate_encryption_key().public_key(), private.public_key())
    return private, key


def test_a_signed_receipt_verifies_from_bytes_and_dict(signer) -> None:
    private, key = signer
    document = sign_receipt(_unsigned(), private, "ho-a")
    assert document["format"] == "entikong-intake-receipt"
    assert document["format_version"] == 1
    # The signature covers exactly the documented bytes.
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    key.ed25519.verify(
        base64.b64decode(document["signature"]),
        RECEIPT_SIGNATURE_CONTEXT + canonical_json(unsigned),
    )
    for form in (document, json.dumps(document).encode(), json.dumps(document)):
        receipt = verify_receipt(form, [key])
        assert receipt.batch_id == BATCH_ID
        assert (receipt.applied, receipt.already_held, receipt.conflict_count) == (38, 1, 1)
        assert receipt.key_id == "ho-a"
        assert receipt.received_at.utcoffset() is not None
    check_receipt_matches(receipt, batch_id=BATCH_ID, batch_sha256=SHA.upper())


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("counts", {"applied": 40, "already_held": 0, "conflicts": 0}),
        ("seq_to", 41),
        ("batch_id", str(uuid.uuid4())),
        ("batch_sha256", "cd" * 32),
    ],
)
def test_a_tampered_receipt_is_refused(signer, field, value) -> None:
    private, key = signer
    document = sign_receipt(_unsigned(), private, "ho-a")
    document[field] = value
    with pytest.raises(ReceiptError) as caught:
        verify_receipt(document, [key])
    assert caught.value.code is ReceiptErrorCode.BAD_SIGNATURE


def test_signed_by_a_stranger_or_unknown_key(signer) -> None:
    _, key = signer
    stranger = sign_receipt(_unsigned(), generate_signing_key(), "ho-a")
    with pytest.raises(ReceiptError) as caught:
        verify_receipt(stranger, [key])
    assert caught.value.code is ReceiptErrorCode.BAD_SIGNATURE
    unknown = sign_receipt(_unsigned(), generate_signing_key(), "ho-zzz")
    with pytest.raises(ReceiptError) as caught:
        verify_receipt(unknown, [key])
    assert caught.value.code is ReceiptErrorCode.UNKNOWN_KEY


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not json",
        b"[1,2]",
        b'{"format":"other"}',
        b'{"format":"entikong-intake-receipt","format_version":2}',
    ],
)
def test_garbage_is_malformed(signer, data) -> None:
    with pytest.raises(ReceiptError) as caught:
        verify_receipt(data, [signer[1]])
    assert caught.value.code is ReceiptErrorCode.MALFORMED


def test_signature_of_wrong_length_is_a_bad_signature(signer) -> None:
    private, key = signer
    document = sign_receipt(_unsigned(), private, "ho-a")
    document["signature"] = base64.b64encode(b"x" * 10).decode()
    with pytest.raises(ReceiptError) as caught:
        verify_receipt(document, [key])
    assert caught.value.code is ReceiptErrorCode.BAD_SIGNATURE


def test_a_genuine_receipt_for_another_batch_or_file_does_not_match(signer) -> None:
    private, key = signer
    receipt = verify_receipt(sign_receipt(_unsigned(), private, "ho-a"), [key])
    with pytest.raises(ReceiptError) as caught:
        check_receipt_matches(receipt, batch_id=uuid.uuid4(), batch_sha256=SHA)
    assert caught.value.code is ReceiptErrorCode.MISMATCH
    with pytest.raises(ReceiptError) as caught:
        check_receipt_matches(receipt, batch_id=BATCH_ID, batch_sha256="00" * 32)
    assert caught.value.code is ReceiptErrorCode.MISMATCH


def test_a_missing_count_is_malformed_even_when_signed(signer) -> None:
    private, key = signer
    unsigned = _unsigned()
    unsigned["counts"] = {"applied": True, "already_held": 0, "conflicts": 0}
    with pytest.raises(ReceiptError) as caught:
        verify_receipt(sign_receipt(unsigned, private, "ho-a"), [key])
    assert caught.value.code is ReceiptErrorCode.MALFORMED
