"""A freshly set-up encrypted post with cheap argon2 settings, for account tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from intake_app.log import setup_logging
from intake_app.paths import database_path
from intake_app.services.bundle import AppServices
from intake_app.services.posts import ENTIKONG_POST
from intake_app.services.setup import SupervisorDraft
from intake_app.storage.database import Database, key_pragma_value
from intake_app.storage.keyring import KdfParams, new_database_key
from intake_app.storage.migrate import ensure_current

# Tests only: the real cost (64 MiB, 3 passes) would make each login take ~0.2 s.
CHEAP_KDF = KdfParams(time_cost=1, memory_cost=256, parallelism=1)
SUPERVISOR = SupervisorDraft(username="sari", full_name="Sari Wulandari", password="rahasia-123")
POST = ENTIKONG_POST


def open_test_folder(
    data_dir: Path, *, now: Callable[[], datetime], key: bytes | None = None
) -> AppServices:
    """The services over an encrypted database with a known `key` (a new one by default),
    without a key file or a login: what service tests need, and nothing the program uses."""
    setup_logging(data_dir)
    db = Database(database_path(data_dir), key=key or new_database_key())
    ensure_current(db.engine, db.path, db.key)
    return AppServices.build(data_dir, db, now)


def raw_connect(path: Path, key: bytes | None) -> Any:
    """A DB-API connection to an encrypted file (sqlite3 itself cannot read one)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path))
    if key is not None:
        conn.execute(f'PRAGMA key="{key_pragma_value(key)}"')
    return conn


def plain_copy(db: Database, target: Path) -> None:
    """Decrypt the database into a plain SQLite file (head office's side of a test)."""
    conn = raw_connect(db.path, db.key)
    try:
        conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def encrypted_copy(db: Database, target: Path) -> None:
    """A byte-for-byte usable copy under the same key (SQLite's online backup)."""
    source, copy = raw_connect(db.path, db.key), raw_connect(target, db.key)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()


def add_login(services: AppServices, *, now: datetime) -> None:
    """Give a folder made by open_test_folder a key file and the supervisor SUPERVISOR, so
    that the command line can log into it (`--user sari`)."""
    from intake_app.domain.enums import OfficerRole
    from intake_app.services import accounts
    from intake_app.storage.keyring import Keyring

    assert services.db.key is not None
    keyring = Keyring.new(services.data_dir, CHEAP_KDF)
    with services.db.write() as session:
        accounts.add_officer(
            session, keyring, services.db.key, acting_id=None, username=SUPERVISOR.username,
            full_name=SUPERVISOR.full_name, role=OfficerRole.SUPERVISOR,
            password=SUPERVISOR.password, now=now,
        )  # fmt: skip
        keyring.save()
