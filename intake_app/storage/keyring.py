"""The database key, wrapped once per officer and once for the recovery code.

The key file lives beside the encrypted database and outside it: nothing inside the
database can be read before the key is unwrapped. Each copy of the key is sealed with
AES-GCM under a key-encryption key derived from one secret (an officer's password or
the recovery code) by argon2id, so any officer can open the database, and a password
change or a removed account touches only that one copy.

The file also keeps the failed-login counters and the failed attempts not yet moved
into the audit trail: a wrong password cannot open the database to record them there.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from intake_app.storage.files import write_atomically

KEYRING_FILE = "keyring.json"
FORMAT_VERSION = 1
RECOVERY_LABEL = "recovery"
DATABASE_KEY_BYTES = 32
# Failed attempts waiting for the next login to move them into the audit trail; a cap so
# that someone hammering the login cannot grow the file without bound.
MAX_PENDING_FAILURES = 500


class KeyringError(Exception):
    """The key file is missing, damaged, or lacks the requested entry."""


class WrongSecret(KeyringError):
    """The password or recovery code does not unwrap the key."""


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost. RFC 9106's second recommended option (64 MiB, 3 passes)."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024  # KiB
    parallelism: int = 1


def officer_label(username: str) -> str:
    return f"officer:{username}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


class Keyring:
    """The parsed key file. Change it with the methods, then `save()`."""

    def __init__(self, path: Path, kdf: KdfParams, data: dict[str, Any]) -> None:
        self.path = path
        self.kdf = kdf
        self._wraps: dict[str, dict[str, str]] = data.get("wraps", {})
        self.lockouts: dict[str, dict[str, Any]] = data.get("lockouts", {})
        self.pending_failures: list[dict[str, Any]] = data.get("pending_failures", [])

    @classmethod
    def new(cls, data_dir: Path, kdf: KdfParams | None = None) -> Keyring:
        return cls(data_dir / KEYRING_FILE, kdf or KdfParams(), {})

    @classmethod
    def load(cls, data_dir: Path) -> Keyring:
        path = data_dir / KEYRING_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT_VERSION:
                raise KeyringError(f"unknown key file format in {path}")
            kdf = KdfParams(**data["kdf"])
        except FileNotFoundError:
            raise KeyringError(f"no key file in {data_dir}: the post is not set up") from None
        except (ValueError, KeyError, TypeError) as error:
            raise KeyringError(f"damaged key file {path}: {error}") from None
        return cls(path, kdf, data)

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return (data_dir / KEYRING_FILE).exists()

    @property
    def labels(self) -> list[str]:
        return sorted(self._wraps)

    def has(self, label: str) -> bool:
        return label in self._wraps

    def add(self, label: str, secret: str, database_key: bytes) -> None:
        """Wrap (or re-wrap) the database key under `secret` for `label`."""
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = derive_kek(secret, salt, self.kdf)
        sealed = AESGCM(kek).encrypt(nonce, database_key, label.encode("utf-8"))
        self._wraps[label] = {"salt": _b64(salt), "nonce": _b64(nonce), "sealed": _b64(sealed)}

    def unwrap(self, label: str, secret: str) -> bytes:
        wrap = self._wraps.get(label)
        if wrap is None:
            raise WrongSecret(f"no key entry for {label}")
        try:
            kek = derive_kek(secret, _unb64(wrap["salt"]), self.kdf)
            # The label is the associated data: one officer's entry cannot be
            # copied over another's to borrow its password.
            return AESGCM(kek).decrypt(
                _unb64(wrap["nonce"]), _unb64(wrap["sealed"]), label.encode("utf-8")
            )
        except InvalidTag:
            raise WrongSecret(f"wrong secret for {label}") from None
        except (KeyError, ValueError) as error:
            raise KeyringError(f"damaged key entry for {label}: {error}") from None

    def remove(self, label: str) -> None:
        self._wraps.pop(label, None)

    def note_failure(self, entry: dict[str, Any]) -> None:
        self.pending_failures.append(entry)
        del self.pending_failures[:-MAX_PENDING_FAILURES]

    def take_pending_failures(self) -> list[dict[str, Any]]:
        taken, self.pending_failures = self.pending_failures, []
        return taken

    def save(self) -> None:
        data = {
            "format": FORMAT_VERSION,
            "kdf": asdict(self.kdf),
            "wraps": self._wraps,
            "lockouts": self.lockouts,
            "pending_failures": self.pending_failures,
        }
        write_atomically(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))


def new_database_key() -> bytes:
    return os.urandom(DATABASE_KEY_BYTES)
