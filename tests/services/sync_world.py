"""Shared set-up for the push tests: head-office keys, an exporter, a pusher, a stub server."""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from intake_app.services.sync_export import SyncExporter
from intake_app.services.sync_push import SyncPusher
from intake_app.sync.crypto import (
    HeadOfficeKey,
    dump_headoffice_keys,
    generate_encryption_key,
    generate_signing_key,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from ho_stub import HeadOfficeStub, free_port_url  # noqa: E402

__all__ = ["HeadOfficeStub", "SyncWorld", "free_port_url", "make_world"]


@dataclass
class SyncWorld:
    exporter: SyncExporter
    pusher: SyncPusher
    receipt_key: Ed25519PrivateKey
    stub: HeadOfficeStub
    office_key: X25519PrivateKey  # decrypts what the post sends ("ho-main")


def make_world(services, tmp_path: Path, *, timeout: float = 5.0) -> SyncWorld:  # type: ignore[no-untyped-def]
    receipt_key, office_key = generate_signing_key(), generate_encryption_key()
    keys = [HeadOfficeKey("ho-main", office_key.public_key(), receipt_key.public_key())]
    key_file = tmp_path / "headoffice-keys.json"
    key_file.write_bytes(dump_headoffice_keys(keys))
    exporter = SyncExporter(services.db, services.data_dir, services.now)
    exporter.ensure_post_keys()
    exporter.add_headoffice_keys(key_file)
    pusher = SyncPusher(services.db, exporter, timeout=timeout, rng=random.Random(7))
    stub = HeadOfficeStub(receipt_key, "ho-main")
    return SyncWorld(exporter, pusher, receipt_key, stub, office_key)
