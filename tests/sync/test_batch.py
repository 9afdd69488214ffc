"""The batch file: round trip for every head-office key, and each kind of tampering refused."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from intake_app.sync.batch import (
    BatchErrorCode,
    Change,
    build_batch,
    open_batch,
    read_envelope,
    seal_content,
    verify_envelope,
)
from intake_app.sync.batch_format import (
    CHUNK,
    PREAMBLE,
    SIGNATURE_CONTEXT,
    BatchError,
    canonical_json,
)
from intake_app.sync.crypto import (
    HeadOfficeKey,
    b64decode,
    b64encode,
    fingerprint,
    generate_encryption_key,
    generate_signing_key,
)

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "batch-content.schema.json"
CREATED = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)
DEVICE = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
BATCH = uuid.UUID("0c6b1f7e-2d1a-4e55-9a51-3f0c8d2b7a10")
KINDS = ["convoy", "person", "person", "manifest_entry", "handover"]


class HeadOffice:
    def __init__(self, key_id: str) -> None:
        self.private: X25519PrivateKey = generate_encryption_key()
        self.key = HeadOfficeKey(
            key_id, self.private.public_key(), generate_signing_key().public_key()
        )


@pytest.fixture
def post_key() -> Ed25519PrivateKey:
    return generate_signing_key()


@pytest.fixture
def main_office() -> HeadOffice:
    return HeadOffice("ho-main")


@pytest.fixture
def backup_office() -> HeadOffice:
    return HeadOffice("ho-backup")


def changes(count: int, *, first_seq: int = 1) -> Iterator[Change]:
    for n in range(count):
        record_id = uuid.uuid5(uuid.NAMESPACE_OID, f"record-{n}")
        yield Change.of(
            seq=first_seq + 2 * n,  # gaps: entries sent before are not repeated
            id=uuid.uuid5(uuid.NAMESPACE_OID, f"entry-{n}"),
            kind=KINDS[n % len(KINDS)],
            record_id=record_id,
            record_version=1 + n % 3,
            created_at=CREATED,
            payload={
                "id": str(record_id),
                "full_name": "Nur’aini binti Abdul Rahman-Ali" if n % 2 else "Jimbai anak Nyandang",
                "reasons": ["overstay"],
                "birth_date": "2009-02-06",
            },
        )


def build(post_key: Ed25519PrivateKey, *offices: HeadOffice, count: int = 7) -> bytes:
    return build_batch(
        changes(count),
        post_code="P4MI-SGU",
        device_id=DEVICE,
        batch_id=BATCH,
        created_at=CREATED,
        signing_key=post_key,
        recipients=[office.key for office in offices],
    )


def code_of(action: Callable[[], Any]) -> BatchErrorCode:
    with pytest.raises(BatchError) as failed:
        action()
    return failed.value.code


def rewrite(
    data: bytes,
    mutate: Callable[[dict[str, Any]], None],
    *,
    resign_with: Ed25519PrivateKey | None = None,
) -> bytes:
    """Change the clear header; re-sign it when the test plays a post holding the real key."""
    _magic, _version, length = PREAMBLE.unpack_from(data)
    header = json.loads(data[PREAMBLE.size : PREAMBLE.size + length])
    ciphertext = data[PREAMBLE.size + length :]
    mutate(header)
    if resign_with is not None:
        del header["signature"]
        signature = resign_with.sign(SIGNATURE_CONTEXT + canonical_json(header))
        header["signature"] = b64encode(signature)
    header_bytes = canonical_json(header)
    return PREAMBLE.pack(b"EI-BATCH", 1, len(header_bytes)) + header_bytes + ciphertext


def test_every_headoffice_key_opens_the_same_content(
    post_key: Ed25519PrivateKey, main_office: HeadOffice, backup_office: HeadOffice
) -> None:
    data = build(post_key, main_office, backup_office)
    opened = [
        open_batch(
            data,
            recipient_private_key=office.private,
            key_id=office.key.id,
            sender_public_key=post_key.public_key(),
        )
        for office in (main_office, backup_office)
    ]
    assert opened[0].document == opened[1].document
    manifest = opened[0].manifest
    assert (manifest.post_code, manifest.device_id, manifest.batch_id) == (
        "P4MI-SGU",
        DEVICE,
        BATCH,
    )
    assert (manifest.seq_from, manifest.seq_to, manifest.change_count) == (1, 13, 7)
    assert manifest.counts == {"convoy": 2, "person": 3, "manifest_entry": 1, "handover": 1}
    assert opened[0].changes == [change.as_json() for change in changes(7)]


def test_the_recipient_entry_is_found_by_fingerprint_without_a_key_id(
    post_key: Ed25519PrivateKey, main_office: HeadOffice, backup_office: HeadOffice
) -> None:
    data = build(post_key, main_office, backup_office)
    content = open_batch(
        data, recipient_private_key=backup_office.private, sender_public_key=post_key.public_key()
    )
    assert content.manifest.change_count == 7


def test_the_envelope_tells_who_sent_which_batch_without_a_key(
    post_key: Ed25519PrivateKey, main_office: HeadOffice
) -> None:
    envelope = read_envelope(build(post_key, main_office))
    assert envelope.post_code == "P4MI-SGU" and envelope.device_id == DEVICE
    assert envelope.batch_id == BATCH and envelope.created_at == CREATED
    assert (envelope.seq_from, envelope.seq_to, envelope.change_count) == (1, 13, 7)
    assert envelope.sender_fingerprint == fingerprint(post_key)
    assert [entry.key_id for entry in envelope.recipients] == ["ho-main"]
    verify_envelope(envelope, post_key.public_key())


def test_no_personal_data_is_readable_in_the_file(
    post_key: Ed25519PrivateKey, main_office: HeadOffice
) -> None:
    data = build(post_key, main_office)
    for secret in ("Nur’aini".encode(), b"Jimbai", b"2009-02-06", b"overstay", b"record"):
        assert secret not in data


def test_decrypted_content_is_canonical_and_matches_the_schema(
    post_key: Ed25519PrivateKey, main_office: HeadOffice
) -> None:
    data = build(post_key, main_office, count=CHUNK * 2 + 3)  # crosses chunk boundaries
    content = open_batch(
        data, recipient_private_key=main_office.private, sender_public_key=post_key.public_key()
    )
    plain = canonical_json(content.document)
    assert hashlib.sha256(plain).hexdigest() == content.envelope.content_sha256
    assert "Nur’aini".encode() in plain  # UTF-8 as is, no \u escapes
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(content.document)


def test_the_schema_is_not_vacuous(post_key: Ed25519PrivateKey, main_office: HeadOffice) -> None:
    content = open_batch(
        build(post_key, main_office),
        recipient_private_key=main_office.private,
        sender_public_key=post_key.public_key(),
    )
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    broken = json.loads(json.dumps(content.document))
    del broken["manifest"]["changes_sha256"]
    broken["changes"][0]["record_id"] = "not-a-uuid"
    broken["changes"][1]["created_at"] = "2026-02-05 09:00"
    assert len(list(validator.iter_errors(broken))) == 3


def test_four_kinds_of_tampering_get_four_distinct_codes(
    post_key: Ed25519PrivateKey, main_office: HeadOffice
) -> None:
    data = build(post_key, main_office)
    sender = post_key.public_key()

    def opens(blob: bytes, key: Any = sender) -> Callable[[], Any]:
        return lambda: open_batch(
            blob, recipient_private_key=main_office.private, sender_public_key=key
        )

    flipped = bytearray(data)
    flipped[-20] ^= 0x01
    bad_signature = rewrite(
        data,
        lambda h: h.update(signature=b64encode(bytes(64 - 1) + b"\x01")),
    )
    manifest_lie = _sealed_with_a_lying_manifest(post_key, main_office)
    codes = {
        "ciphertext": code_of(opens(bytes(flipped))),
        "manifest": code_of(opens(manifest_lie)),
        "signature": code_of(opens(bad_signature)),
        "sender": code_of(opens(data, generate_signing_key().public_key())),
    }
    assert codes == {
        "ciphertext": BatchErrorCode.CIPHERTEXT_ALTERED,
        "manifest": BatchErrorCode.MANIFEST_MISMATCH,
        "signature": BatchErrorCode.BAD_SIGNATURE,
        "sender": BatchErrorCode.SENDER_MISMATCH,
    }


def _sealed_with_a_lying_manifest(post_key: Ed25519PrivateKey, office: HeadOffice) -> bytes:
    """Correctly signed and encrypted, but the manifest counts a person that is not there."""
    items = [change.as_json() for change in changes(3)]
    changes_bytes = canonical_json(items)
    manifest = {
        "format_version": 1,
        "post_code": "P4MI-SGU",
        "device_id": DEVICE,
        "batch_id": str(BATCH),
        "created_at": "2026-02-05T02:00:00.000000Z",
        "seq_from": 1,
        "seq_to": 5,
        "change_count": 3,
        # The changes are a convoy and two persons; the manifest claims a handover.
        "counts": {"convoy": 1, "person": 1, "handover": 1},
        "changes_sha256": hashlib.sha256(changes_bytes).hexdigest(),
    }
    content = canonical_json({"changes": items, "manifest": manifest})
    return seal_content(content, manifest=manifest, signing_key=post_key, recipients=[office.key])


def test_a_manifest_with_a_wrong_changes_hash_is_refused(
    post_key: Ed25519PrivateKey, main_office: HeadOffice
) -> None:
    items = [change.as_json() for change in changes(2)]
    manifest = {
        "format_version": 1,
        "post_code": "P4MI-SGU",
        "device_id": DEVICE,
        "batch_id": str(BATCH),
        "created_at": "2026-02-05T02:00:00.000000Z",
        "seq_from": 1,
        "seq_to": 3,
        "change_count": 2,
        "counts": {"convoy": 1, "person": 1},
        "changes_sha256": "0" * 64,
    }
    content = canonical_json({"changes": items, "manifest": manifest})
    data = seal_content(
        content, manifest=manifest, signing_key=post_key, recipients=[main_office.key]
    )
    error = _open_error(data, post_key, main_office)
    assert error.code is BatchErrorCode.MANIFEST_MISMATCH and "changes_sha256" in str(error)


def _open_error(data: bytes, post_key: Ed25519PrivateKey, office: HeadOffice) -> BatchError:
    with pytest.raises(BatchError) as failed:
        open_batch(
            data, recipient_private_key=office.private, sender_public_key=post_key.public_key()
        )
    return failed.value


def test_a_clear_header_field_changed_breaks_the_signature(
    post_key: Ed25519PrivateKey, main_office: HeadOffice
) -> None:
    data = rewrite(build(post_key, main_office), lambda h: h.update(seq_to=99))
    assert _open_error(data, post_key, main_office).code is BatchErrorCode.BAD_SIGNATURE


def test_a_header_consistent_with_a_resigned_lie_still_fails_on_the_manifest(
    post_key: Ed25519PrivateKey, main_office: HeadOffice
) -> None:
    data = rewrite(
        build(post_key, main_office), lambda h: h.update(seq_to=99), resign_with=post_key
    )
    assert _open_error(data, post_key, main_office).code is BatchErrorCode.MANIFEST_MISMATCH


def _set_wrapped_key(header: dict[str, Any]) -> None:
    wrapped = bytearray(b64decode(header["recipients"][0]["wrapped_key"]))
    wrapped[0] ^= 0x01
    header["recipients"][0]["wrapped_key"] = b64encode(bytes(wrapped))


def _set_nonce(header: dict[str, Any]) -> None:
    header["content"]["nonce"] = b64encode(bytes(12))


def _set_content_hash(header: dict[str, Any]) -> None:
    header["content"]["sha256"] = "f" * 64


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (_set_wrapped_key, BatchErrorCode.KEY_UNWRAP_FAILED),
        (_set_nonce, BatchErrorCode.DECRYPTION_FAILED),
        (_set_content_hash, BatchErrorCode.CONTENT_ALTERED),
    ],
)
def test_inner_checks_hold_even_for_a_validly_signed_header(
    post_key: Ed25519PrivateKey,
    main_office: HeadOffice,
    mutate: Callable[[dict[str, Any]], None],
    code: BatchErrorCode,
) -> None:
    data = rewrite(build(post_key, main_office), mutate, resign_with=post_key)
    assert _open_error(data, post_key, main_office).code is code


def test_a_batch_for_another_headoffice_key_is_refused(
    post_key: Ed25519PrivateKey, main_office: HeadOffice, backup_office: HeadOffice
) -> None:
    data = build(post_key, main_office)
    assert _open_error(data, post_key, backup_office).code is BatchErrorCode.NOT_A_RECIPIENT
    with pytest.raises(BatchError) as wrong_entry:
        open_batch(
            data,
            recipient_private_key=backup_office.private,
            key_id="ho-main",
            sender_public_key=post_key.public_key(),
        )
    assert wrong_entry.value.code is BatchErrorCode.NOT_A_RECIPIENT


@pytest.mark.parametrize(
    ("damage", "code"),
    [
        (lambda data: data[: len(data) - 1], BatchErrorCode.TRUNCATED),
        (lambda data: data[:40], BatchErrorCode.TRUNCATED),
        (lambda data: data[:5], BatchErrorCode.NOT_A_BATCH),
        (lambda data: b"PK\x03\x04" + data[4:], BatchErrorCode.NOT_A_BATCH),
        (lambda data: data[:8] + b"\x00\x02" + data[10:], BatchErrorCode.UNSUPPORTED_VERSION),
        (lambda data: data + b"\x00", BatchErrorCode.TRUNCATED),
    ],
    ids=["one-byte-short", "inside-header", "tiny", "zip", "version-2", "trailing-byte"],
)
def test_damaged_files_are_refused_before_any_key_is_used(
    post_key: Ed25519PrivateKey,
    main_office: HeadOffice,
    damage: Callable[[bytes], bytes],
    code: BatchErrorCode,
) -> None:
    assert code_of(lambda: read_envelope(damage(build(post_key, main_office)))) is code


def test_a_header_that_is_not_canonical_is_refused(
    post_key: Ed25519PrivateKey, main_office: HeadOffice
) -> None:
    data = build(post_key, main_office)
    _magic, _version, length = PREAMBLE.unpack_from(data)
    header = json.loads(data[PREAMBLE.size : PREAMBLE.size + length])
    spaced = json.dumps(header, sort_keys=True).encode()
    redone = PREAMBLE.pack(b"EI-BATCH", 1, len(spaced)) + spaced + data[PREAMBLE.size + length :]
    assert code_of(lambda: read_envelope(redone)) is BatchErrorCode.MALFORMED_HEADER


def test_building_needs_changes_in_order_and_a_recipient(
    post_key: Ed25519PrivateKey, main_office: HeadOffice
) -> None:
    common: dict[str, Any] = {
        "post_code": "P4MI-SGU",
        "device_id": DEVICE,
        "batch_id": BATCH,
        "created_at": CREATED,
        "signing_key": post_key,
    }
    empty = code_of(lambda: build_batch(iter(()), recipients=[main_office.key], **common))
    assert empty is BatchErrorCode.EMPTY
    nobody = code_of(lambda: build_batch(changes(2), recipients=[], **common))
    assert nobody is BatchErrorCode.NO_RECIPIENTS
    backwards = list(changes(2))[::-1]
    with pytest.raises(ValueError, match="increasing"):
        build_batch(backwards, recipients=[main_office.key], **common)
