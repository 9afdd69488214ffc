"""Sync keys: the post's Ed25519 key, head-office X25519 keys, fingerprints, key wrapping."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

POST_KEY_FILE = Path("keys") / "post_ed25519.pem"
POST_PUBLIC_KEY_FILE = Path("keys") / "post_ed25519.pub.pem"  # what head office registers
HEADOFFICE_KEYS_FORMAT = "entikong-intake-headoffice-keys"
HEADOFFICE_KEYS_VERSION = 1
KEM_NAME = "X25519-HKDF-SHA256-A256GCM"
WRAP_INFO = b"entikong-intake-batch/1/wrap"
KEY_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")

PublicKey = Ed25519PublicKey | X25519PublicKey
PrivateKey = Ed25519PrivateKey | X25519PrivateKey


class KeyErrorCode(StrEnum):
    MISSING = "key_missing"
    UNREADABLE = "key_unreadable"
    PASSPHRASE_NEEDED = "key_passphrase_needed"
    WRONG_PASSPHRASE = "key_wrong_passphrase"
    WRONG_KEY_TYPE = "key_wrong_type"
    ALREADY_EXISTS = "key_already_exists"
    BAD_HEADOFFICE_FILE = "bad_headoffice_key_file"


class KeyFileError(Exception):
    """A key file that is missing, unreadable or of the wrong kind. Never carries key bytes."""

    def __init__(self, code: KeyErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


def generate_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def generate_encryption_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def raw_public_key(key: PublicKey | PrivateKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey | X25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(key: PublicKey | PrivateKey) -> str:
    """SHA-256 of the 32-byte raw public key, lower-case hex (what files and headers carry)."""
    return hashlib.sha256(raw_public_key(key)).hexdigest()


def format_fingerprint(hex_fingerprint: str) -> str:
    """Upper-case groups of four ("3F2A 9C01 ..."), easy to read aloud over the phone."""
    digits = hex_fingerprint.upper()
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def private_key_pem(key: PrivateKey, passphrase: bytes | None = None) -> bytes:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def public_key_pem(key: PublicKey | PrivateKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey | X25519PrivateKey) else key
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def write_private_key(path: Path, key: PrivateKey, passphrase: bytes | None = None) -> None:
    """Create a new key file readable by the owner only; an existing file is never replaced."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    pem = private_key_pem(key, passphrase)
    # O_EXCL with mode 0600 at creation: no moment where the key is world-readable,
    # and a second setup cannot overwrite the key head office already trusts.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise KeyFileError(
            KeyErrorCode.ALREADY_EXISTS, f"key file already exists: {path}"
        ) from None
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(KeyErrorCode.MISSING, f"key file not found: {path}") from None
    except OSError as error:
        raise KeyFileError(KeyErrorCode.UNREADABLE, f"cannot read {path}: {error}") from None


def _load_private(path: Path, passphrase: bytes | None) -> Any:
    pem = _read(path)
    try:
        return serialization.load_pem_private_key(pem, password=passphrase or None)
    except TypeError:
        # cryptography says TypeError when a passphrase is missing or not expected.
        if not passphrase:
            raise KeyFileError(
                KeyErrorCode.PASSPHRASE_NEEDED, f"key file is encrypted: {path}"
            ) from None
        raise KeyFileError(KeyErrorCode.UNREADABLE, f"key file is not encrypted: {path}") from None
    except ValueError:
        code = KeyErrorCode.WRONG_PASSPHRASE if passphrase else KeyErrorCode.UNREADABLE
        raise KeyFileError(code, f"cannot load the private key in {path}") from None


def load_signing_key(path: Path, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    key = _load_private(path, passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(KeyErrorCode.WRONG_KEY_TYPE, f"not an Ed25519 private key: {path}")
    return key


def load_encryption_key(path: Path, passphrase: bytes | None = None) -> X25519PrivateKey:
    key = _load_private(path, passphrase)
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError(KeyErrorCode.WRONG_KEY_TYPE, f"not an X25519 private key: {path}")
    return key


def load_verify_key(path: Path) -> Ed25519PublicKey:
    """A post's public key (PEM, SubjectPublicKeyInfo) as head office registers it."""
    try:
        key = serialization.load_pem_public_key(_read(path))
    except ValueError:
        raise KeyFileError(KeyErrorCode.UNREADABLE, f"not a PEM public key: {path}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(KeyErrorCode.WRONG_KEY_TYPE, f"not an Ed25519 public key: {path}")
    return key


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: str, *, size: int | None = None) -> bytes:
    """Strict standard base64 (RFC 4648 §4, padded); ValueError on anything else."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise ValueError("not base64") from error
    if size is not None and len(data) != size:
        raise ValueError(f"expected {size} bytes")
    return data


@dataclass(frozen=True)
class HeadOfficeKey:
    """One head-office key set: X25519 to encrypt batches for it, Ed25519 to check its receipts."""

    id: str
    x25519: X25519PublicKey
    ed25519: Ed25519PublicKey
    label: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.x25519)

    @property
    def receipt_fingerprint(self) -> str:
        return fingerprint(self.ed25519)


def parse_headoffice_keys(data: bytes) -> tuple[HeadOfficeKey, ...]:
    """Read a head-office key file (format in docs/sync-format.md, "Head-office key file").

    {"format": "entikong-intake-headoffice-keys", "format_version": 1,
     "keys": [{"id": "ho-2026-a", "x25519": "<base64 raw 32 bytes>",
               "ed25519": "<base64 raw 32 bytes>", "label": "optional text"}]}
    """

    def bad(reason: str) -> KeyFileError:
        return KeyFileError(KeyErrorCode.BAD_HEADOFFICE_FILE, f"head-office key file: {reason}")

    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise bad("not JSON") from None
    if not isinstance(document, dict) or document.get("format") != HEADOFFICE_KEYS_FORMAT:
        raise bad(f"'format' must be {HEADOFFICE_KEYS_FORMAT!r}")
    if document.get("format_version") != HEADOFFICE_KEYS_VERSION:
        raise bad(f"unsupported format_version {document.get('format_version')!r}")
    entries = document.get("keys")
    if not isinstance(entries, list) or not entries:
        raise bad("'keys' must be a non-empty list")
    keys: list[HeadOfficeKey] = []
    for entry in entries:
        if not isinstance(entry, dict) or not {"id", "x25519", "ed25519"} <= entry.keys():
            raise bad("each key needs 'id', 'x25519' and 'ed25519'")
        key_id, label = entry["id"], entry.get("label")
        if not isinstance(key_id, str) or not KEY_ID_PATTERN.fullmatch(key_id):
            raise bad("a key id must be 1-64 letters, digits or . _ : -")
        if label is not None and not isinstance(label, str):
            raise bad("'label' must be text")
        try:
            x25519 = X25519PublicKey.from_public_bytes(b64decode(entry["x25519"], size=32))
            ed25519 = Ed25519PublicKey.from_public_bytes(b64decode(entry["ed25519"], size=32))
        except (ValueError, AttributeError):
            raise bad(f"key {key_id!r} is not 32 bytes of standard base64") from None
        keys.append(HeadOfficeKey(key_id, x25519, ed25519, label))
    if len({key.id for key in keys}) != len(keys):
        raise bad("key ids must be unique")
    return tuple(keys)


def load_headoffice_keys(path: Path) -> tuple[HeadOfficeKey, ...]:
    return parse_headoffice_keys(_read(path))


def dump_headoffice_keys(keys: tuple[HeadOfficeKey, ...] | list[HeadOfficeKey]) -> bytes:
    entries = []
    for key in keys:
        entry = {
            "id": key.id,
            "x25519": b64encode(raw_public_key(key.x25519)),
            "ed25519": b64encode(raw_public_key(key.ed25519)),
        }
        if key.label is not None:
            entry["label"] = key.label
        entries.append(entry)
    document = {
        "format": HEADOFFICE_KEYS_FORMAT,
        "format_version": HEADOFFICE_KEYS_VERSION,
        "keys": entries,
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class WrappedKey:
    ephemeral_public: bytes  # 32 bytes, raw X25519
    nonce: bytes  # 12 bytes
    wrapped: bytes  # 32-byte key + 16-byte GCM tag


def _key_encryption_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    # Both public keys in the salt bind the wrap to this exact recipient and ephemeral key
    # (as HPKE's KEM context does), so a wrapped key cannot be replayed for another key.
    return HKDF(
        algorithm=SHA256(), length=32, salt=ephemeral_public + recipient_public, info=WRAP_INFO
    ).derive(shared)


def wrap_key(content_key: bytes, recipient: X25519PublicKey, *, aad: bytes) -> WrappedKey:
    """Encrypt a content key for one recipient: ephemeral X25519 + HKDF-SHA256 + AES-256-GCM."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = raw_public_key(ephemeral)
    kek = _key_encryption_key(
        ephemeral.exchange(recipient), ephemeral_public, raw_public_key(recipient)
    )
    nonce = os.urandom(12)
    return WrappedKey(ephemeral_public, nonce, AESGCM(kek).encrypt(nonce, content_key, aad))


def unwrap_key(wrapped: WrappedKey, recipient: X25519PrivateKey, *, aad: bytes) -> bytes:
    """The content key; raises ValueError or cryptography's InvalidTag when it is not ours."""
    ephemeral = X25519PublicKey.from_public_bytes(wrapped.ephemeral_public)
    kek = _key_encryption_key(
        recipient.exchange(ephemeral), wrapped.ephemeral_public, raw_public_key(recipient)
    )
    return AESGCM(kek).decrypt(wrapped.nonce, wrapped.wrapped, aad)
