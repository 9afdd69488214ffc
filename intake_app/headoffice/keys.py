"""Head office's own key pair: X25519 opens batches, Ed25519 signs receipts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from intake_app.storage.files import write_atomically
from intake_app.sync.crypto import (
    KEY_ID_PATTERN,
    HeadOfficeKey,
    KeyErrorCode,
    KeyFileError,
    dump_headoffice_keys,
    fingerprint,
    generate_encryption_key,
    generate_signing_key,
    load_encryption_key,
    load_headoffice_keys,
    load_signing_key,
    raw_public_key,
    write_private_key,
)

DECRYPT_KEY_FILE = "headoffice_x25519.pem"
RECEIPT_KEY_FILE = "headoffice_ed25519.pem"
PUBLIC_KEYS_FILE = "headoffice_keys.json"  # what every post imports (docs/sync-format.md §8)


@dataclass(frozen=True)
class HeadOfficeIdentity:
    """The private keys of one head-office key set and the id posts know it by."""

    key_id: str
    decrypt_key: X25519PrivateKey
    receipt_key: Ed25519PrivateKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.decrypt_key)

    @property
    def public(self) -> HeadOfficeKey:
        return HeadOfficeKey(
            self.key_id, self.decrypt_key.public_key(), self.receipt_key.public_key()
        )


@dataclass(frozen=True)
class InitResult:
    identity: HeadOfficeIdentity
    public_keys_file: Path
    created: bool  # False: the keys were there already and were kept


def init_keys(key_dir: Path, *, key_id: str | None = None, label: str | None = None) -> InitResult:
    """Create the key pair in `key_dir` (mode 0600) once; a second run keeps and reports it."""
    key_dir = Path(key_dir)
    present = [name for name in (DECRYPT_KEY_FILE, RECEIPT_KEY_FILE) if (key_dir / name).exists()]
    if len(present) == 2:
        return InitResult(load_identity(key_dir), key_dir / PUBLIC_KEYS_FILE, created=False)
    if present:
        raise KeyFileError(
            KeyErrorCode.ALREADY_EXISTS,
            f"{key_dir / present[0]} exists without its partner key: restore it from the backup",
        )
    decrypt_key, receipt_key = generate_encryption_key(), generate_signing_key()
    chosen_id = key_id or "ho-" + fingerprint(decrypt_key)[:12]
    if not KEY_ID_PATTERN.fullmatch(chosen_id):
        raise ValueError("a key id must be 1-64 letters, digits or . _ : -")
    key_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private_key(key_dir / DECRYPT_KEY_FILE, decrypt_key)
    write_private_key(key_dir / RECEIPT_KEY_FILE, receipt_key)
    public = HeadOfficeKey(chosen_id, decrypt_key.public_key(), receipt_key.public_key(), label)
    write_atomically(key_dir / PUBLIC_KEYS_FILE, dump_headoffice_keys([public]))
    identity = HeadOfficeIdentity(chosen_id, decrypt_key, receipt_key)
    return InitResult(identity, key_dir / PUBLIC_KEYS_FILE, created=True)


def load_identity(key_dir: Path) -> HeadOfficeIdentity:
    """Load both private keys and find their id in the public key file beside them."""
    key_dir = Path(key_dir)
    decrypt_key = load_encryption_key(key_dir / DECRYPT_KEY_FILE)
    receipt_key = load_signing_key(key_dir / RECEIPT_KEY_FILE)
    own = raw_public_key(decrypt_key)
    for entry in load_headoffice_keys(key_dir / PUBLIC_KEYS_FILE):
        if raw_public_key(entry.x25519) == own:
            if raw_public_key(entry.ed25519) != raw_public_key(receipt_key):
                break
            return HeadOfficeIdentity(entry.id, decrypt_key, receipt_key)
    raise KeyFileError(
        KeyErrorCode.UNREADABLE,
        f"{key_dir / PUBLIC_KEYS_FILE} does not list the private keys in {key_dir}",
    )
