"""The sync batch file: signed, encrypted changes for head office (see docs/sync-format.md)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
import zlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from intake_app.sync.batch_format import (
    CHUNK,
    CONTENT_AAD,
    FILE_SUFFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEX_SHA256,
    KIND,
    MAGIC,
    MAX_HEADER_BYTES,
    POST_CODE,
    PREAMBLE,
    SIGNATURE_CONTEXT,
    TIMESTAMP,
    UUID_TEXT,
    WRAP_AAD,
    ZLIB_LEVEL,
    BatchContent,
    BatchError,
    BatchErrorCode,
    Change,
    Envelope,
    Manifest,
    Recipient,
    canonical_json,
    check_content,
    format_timestamp,
)
from intake_app.sync.crypto import (
    KEM_NAME,
    HeadOfficeKey,
    WrappedKey,
    b64decode,
    b64encode,
    fingerprint,
    unwrap_key,
    wrap_key,
)

# The types live in batch_format; they are re-exported so callers need one import.
__all__ = [
    "FILE_SUFFIX",
    "BatchContent",
    "BatchError",
    "BatchErrorCode",
    "Change",
    "Envelope",
    "Manifest",
    "build_batch",
    "open_batch",
    "read_envelope",
    "seal_content",
    "verify_envelope",
]


def build_batch(
    changes: Iterable[Change],
    *,
    post_code: str,
    device_id: str,
    batch_id: uuid.UUID,
    created_at: datetime,
    signing_key: Ed25519PrivateKey,
    recipients: Sequence[HeadOfficeKey],
) -> bytes:
    """Serialise, compress, encrypt and sign changes given in increasing `seq` order.

    The plaintext is streamed through the hashes and the compressor, so only the compressed
    content is held. Canonical key order puts "changes" before "manifest", which is why the
    manifest (counts, range, hash) can be written after the changes were seen.
    """
    if not POST_CODE.fullmatch(post_code):
        raise ValueError("post code must be 1-32 letters, digits or . _ -")
    if not UUID_TEXT.fullmatch(device_id):
        raise ValueError("device id must be a lower-case UUID")
    compressor = zlib.compressobj(ZLIB_LEVEL)
    content_hash, changes_hash = hashlib.sha256(), hashlib.sha256()
    parts: list[bytes] = []
    length = 0

    def feed(data: bytes, *, in_changes: bool) -> None:
        nonlocal length
        content_hash.update(data)
        if in_changes:
            changes_hash.update(data)
        parts.append(compressor.compress(data))
        length += len(data)

    counts: dict[str, int] = {}
    seq_from = seq_to = 0
    feed(b'{"changes":', in_changes=False)
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        # One json.dumps per chunk; its brackets are dropped and the chunks joined by ",".
        feed(b"," if length > len(b'{"changes":') else b"[", in_changes=True)
        feed(canonical_json(chunk)[1:-1], in_changes=True)
        chunk.clear()

    for change in changes:
        if change.seq <= seq_to:
            raise ValueError("changes must come in strictly increasing seq order")
        if not KIND.fullmatch(change.kind):
            raise ValueError(f"bad change kind {change.kind!r}")
        if change.payload.get("id") != change.record_id:
            raise ValueError("a change's payload must carry its record id")
        seq_from = seq_from or change.seq
        seq_to = change.seq
        counts[change.kind] = counts.get(change.kind, 0) + 1
        chunk.append(change.as_json())
        if len(chunk) == CHUNK:
            flush()
    if chunk:
        flush()
    if not seq_to:
        raise BatchError(BatchErrorCode.EMPTY, "a batch needs at least one change")
    feed(b"]", in_changes=True)
    manifest = {
        "format_version": FORMAT_VERSION,
        "post_code": post_code,
        "device_id": device_id,
        "batch_id": str(batch_id),
        "created_at": format_timestamp(created_at),
        "seq_from": seq_from,
        "seq_to": seq_to,
        "change_count": sum(counts.values()),
        "counts": counts,
        "changes_sha256": changes_hash.hexdigest(),
    }
    feed(b',"manifest":' + canonical_json(manifest) + b"}", in_changes=False)
    parts.append(compressor.flush())
    return _seal(
        b"".join(parts),
        content_length=length,
        content_sha256=content_hash.hexdigest(),
        manifest=manifest,
        signing_key=signing_key,
        recipients=recipients,
    )


def seal_content(
    content: bytes,
    *,
    manifest: dict[str, Any],
    signing_key: Ed25519PrivateKey,
    recipients: Sequence[HeadOfficeKey],
) -> bytes:
    """Seal content someone serialised already (tools and tests); build_batch is the normal way."""
    return _seal(
        zlib.compress(content, ZLIB_LEVEL),
        content_length=len(content),
        content_sha256=hashlib.sha256(content).hexdigest(),
        manifest=manifest,
        signing_key=signing_key,
        recipients=recipients,
    )


def _seal(
    compressed: bytes,
    *,
    content_length: int,
    content_sha256: str,
    manifest: dict[str, Any],
    signing_key: Ed25519PrivateKey,
    recipients: Sequence[HeadOfficeKey],
) -> bytes:
    if not recipients:
        raise BatchError(BatchErrorCode.NO_RECIPIENTS, "no head-office key to encrypt for")
    batch_id = manifest["batch_id"]
    content_key, nonce = AESGCM.generate_key(256), os.urandom(12)
    ciphertext = AESGCM(content_key).encrypt(
        nonce, compressed, CONTENT_AAD.format(batch_id=batch_id).encode("ascii")
    )
    header: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        **{key: manifest[key] for key in ("post_code", "device_id", "batch_id", "created_at")},
        **{key: manifest[key] for key in ("seq_from", "seq_to", "change_count", "counts")},
        "sender": {"alg": "Ed25519", "fingerprint": fingerprint(signing_key)},
        "content": {
            "cipher": "AES-256-GCM",
            "nonce": b64encode(nonce),
            "compression": "zlib",
            "length": content_length,
            "sha256": content_sha256,
        },
        "ciphertext": {"length": len(ciphertext), "sha256": hashlib.sha256(ciphertext).hexdigest()},
        "recipients": [_recipient_entry(content_key, key, batch_id) for key in recipients],
    }
    header["signature"] = b64encode(signing_key.sign(SIGNATURE_CONTEXT + canonical_json(header)))
    header_bytes = canonical_json(header)
    return PREAMBLE.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes + ciphertext


def _recipient_entry(content_key: bytes, key: HeadOfficeKey, batch_id: str) -> dict[str, str]:
    aad = WRAP_AAD.format(batch_id=batch_id, key_id=key.id).encode("ascii")
    wrapped = wrap_key(content_key, key.x25519, aad=aad)
    return {
        "key_id": key.id,
        "key_fingerprint": key.fingerprint,
        "kem": KEM_NAME,
        "ephemeral_public_key": b64encode(wrapped.ephemeral_public),
        "nonce": b64encode(wrapped.nonce),
        "wrapped_key": b64encode(wrapped.wrapped),
    }


def read_envelope(data: bytes | memoryview) -> Envelope:
    """Parse the outside of a batch without any key: checks layout, not authenticity."""
    view = memoryview(data)
    if len(view) < PREAMBLE.size or bytes(view[:8]) != MAGIC:
        raise BatchError(BatchErrorCode.NOT_A_BATCH, "not an Entikong Intake batch file")
    _magic, version, header_length = PREAMBLE.unpack_from(view)
    if version != FORMAT_VERSION:
        raise BatchError(BatchErrorCode.UNSUPPORTED_VERSION, f"unknown format version {version}")
    if header_length > MAX_HEADER_BYTES:
        raise BatchError(BatchErrorCode.MALFORMED_HEADER, "header too large")
    end = PREAMBLE.size + header_length
    if len(view) < end:
        raise BatchError(BatchErrorCode.TRUNCATED, "file ends inside the header")
    header_bytes = bytes(view[PREAMBLE.size : end])
    try:
        header = json.loads(header_bytes)
        envelope = _envelope(header, view[end:])
        declared_length = header["ciphertext"]["length"]
        canonical = canonical_json(header) == header_bytes
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise BatchError(BatchErrorCode.MALFORMED_HEADER, f"bad header: {error}") from None
    if not canonical:
        raise BatchError(BatchErrorCode.MALFORMED_HEADER, "header is not canonical JSON")
    if len(envelope.ciphertext) != declared_length:
        raise BatchError(BatchErrorCode.TRUNCATED, "ciphertext length differs from the header")
    return envelope


def _envelope(header: dict[str, Any], ciphertext: memoryview) -> Envelope:
    def text(value: Any, pattern: re.Pattern[str] | None = None) -> str:
        if not isinstance(value, str) or (pattern and not pattern.fullmatch(value)):
            raise ValueError(f"unexpected value {str(value)[:40]!r}")
        return value

    def count(value: Any) -> int:
        if type(value) is not int or value < 0:
            raise ValueError("expected a non-negative integer")
        return value

    if header["format"] != FORMAT_NAME or header["format_version"] != FORMAT_VERSION:
        raise ValueError("format name or version")
    sender, content = header["sender"], header["content"]
    if sender["alg"] != "Ed25519" or content["cipher"] != "AES-256-GCM":
        raise ValueError("unsupported algorithm")
    if content["compression"] != "zlib":
        raise ValueError("unsupported compression")
    recipients = tuple(
        Recipient(
            text(entry["key_id"]),
            text(entry["key_fingerprint"], HEX_SHA256),
            WrappedKey(
                b64decode(entry["ephemeral_public_key"], size=32),
                b64decode(entry["nonce"], size=12),
                b64decode(entry["wrapped_key"], size=48),
            ),
        )
        for entry in header["recipients"]
        if text(entry["kem"]) == KEM_NAME
    )
    if not recipients:
        raise ValueError("no recipient uses a known key wrap")
    unsigned = {key: value for key, value in header.items() if key != "signature"}
    return Envelope(
        post_code=text(header["post_code"], POST_CODE),
        device_id=text(header["device_id"], UUID_TEXT),
        batch_id=uuid.UUID(text(header["batch_id"], UUID_TEXT)),
        created_at=datetime.fromisoformat(text(header["created_at"], TIMESTAMP)),
        seq_from=count(header["seq_from"]),
        seq_to=count(header["seq_to"]),
        change_count=count(header["change_count"]),
        counts={text(kind, KIND): count(n) for kind, n in header["counts"].items()},
        sender_fingerprint=text(sender["fingerprint"], HEX_SHA256),
        content_nonce=b64decode(content["nonce"], size=12),
        content_length=count(content["length"]),
        content_sha256=text(content["sha256"], HEX_SHA256),
        ciphertext_sha256=text(header["ciphertext"]["sha256"], HEX_SHA256),
        recipients=recipients,
        signature=b64decode(header["signature"], size=64),
        signed_bytes=SIGNATURE_CONTEXT + canonical_json(unsigned),
        ciphertext=ciphertext,
    )


def verify_envelope(envelope: Envelope, sender_public_key: Ed25519PublicKey) -> None:
    """Check sender, signature and ciphertext hash: everything that needs no private key."""
    if fingerprint(sender_public_key) != envelope.sender_fingerprint:
        raise BatchError(
            BatchErrorCode.SENDER_MISMATCH, "the batch names another sender key than the one given"
        )
    try:
        sender_public_key.verify(envelope.signature, envelope.signed_bytes)
    except InvalidSignature:
        raise BatchError(BatchErrorCode.BAD_SIGNATURE, "the signature does not match") from None
    if hashlib.sha256(envelope.ciphertext).hexdigest() != envelope.ciphertext_sha256:
        raise BatchError(BatchErrorCode.CIPHERTEXT_ALTERED, "the ciphertext was altered")


def open_batch(
    data: bytes | memoryview,
    *,
    recipient_private_key: X25519PrivateKey,
    sender_public_key: Ed25519PublicKey,
    key_id: str | None = None,
) -> BatchContent:
    """Verify, decrypt and check a batch; `key_id` None picks the entry for this key."""
    envelope = read_envelope(data)
    verify_envelope(envelope, sender_public_key)
    own = fingerprint(recipient_private_key)
    entry = next(
        (
            item
            for item in envelope.recipients
            if (item.key_id == key_id if key_id is not None else item.key_fingerprint == own)
        ),
        None,
    )
    if entry is None or entry.key_fingerprint != own:
        raise BatchError(BatchErrorCode.NOT_A_RECIPIENT, "the batch is not encrypted for this key")
    batch_id = str(envelope.batch_id)
    try:
        aad = WRAP_AAD.format(batch_id=batch_id, key_id=entry.key_id).encode("ascii")
        content_key = unwrap_key(entry.wrapped, recipient_private_key, aad=aad)
    except (InvalidTag, ValueError):
        raise BatchError(BatchErrorCode.KEY_UNWRAP_FAILED, "cannot unwrap the batch key") from None
    try:
        compressed = AESGCM(content_key).decrypt(
            envelope.content_nonce,
            envelope.ciphertext,
            CONTENT_AAD.format(batch_id=batch_id).encode("ascii"),
        )
    except InvalidTag:
        raise BatchError(BatchErrorCode.DECRYPTION_FAILED, "the content does not decrypt") from None
    content = _decompress(compressed, envelope.content_length)
    # AES-GCM does not commit to its key: the signed plaintext hash is what proves these
    # are the bytes the post wrote, whichever recipient's wrapped key was used.
    if hashlib.sha256(content).hexdigest() != envelope.content_sha256:
        raise BatchError(BatchErrorCode.CONTENT_ALTERED, "the content differs from what was signed")
    return check_content(envelope, content)


def _decompress(compressed: bytes, length: int) -> bytes:
    decompressor = zlib.decompressobj()
    try:
        # The signed length bounds the output, so a hostile stream cannot exhaust memory.
        content = decompressor.decompress(compressed, length + 1)
    except zlib.error:
        raise BatchError(BatchErrorCode.CONTENT_INVALID, "the content is not zlib data") from None
    if len(content) != length or not decompressor.eof or decompressor.unused_data:
        raise BatchError(BatchErrorCode.CONTENT_INVALID, "content length differs from the header")
    return content
