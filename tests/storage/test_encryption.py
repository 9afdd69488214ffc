"""The database file is encrypted at rest and still behaves like the plain one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from intake_app.storage import migrate
from intake_app.storage.database import Database
from intake_app.storage.keyring import KdfParams, Keyring, WrongSecret, new_database_key

CHEAP = KdfParams(time_cost=1, memory_cost=256, parallelism=1)


@pytest.fixture
def key() -> bytes:
    return new_database_key()


@pytest.fixture
def encrypted(tmp_path: Path, key: bytes) -> Database:
    db = Database(tmp_path / "intake.sqlite3", key=key)
    assert migrate.ensure_current(db.engine, db.path, key)
    yield db
    db.dispose()


def test_plain_sqlite_cannot_read_the_file(encrypted: Database) -> None:
    conn = sqlite3.connect(encrypted.path)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        conn.execute("SELECT name FROM sqlite_master").fetchall()
    conn.close()
    assert b"SQLite format 3" not in encrypted.path.read_bytes()[:100]


def test_the_key_opens_it_and_a_wrong_key_does_not(encrypted: Database, key: bytes) -> None:
    encrypted.dispose()
    assert migrate.current_revision(encrypted.path, key) == migrate.HEAD_REVISION
    wrong = Database(encrypted.path, key=new_database_key())
    with pytest.raises(Exception, match="file is not a database"), wrong.read() as session:
        session.exec(text("SELECT count(*) FROM post")).one()
    wrong.dispose()


def test_encrypted_connections_keep_wal_full_sync_and_foreign_keys(encrypted: Database) -> None:
    for engine in (encrypted.engine, encrypted._write_engine):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()


def test_fts5_trigram_search_works_under_sqlcipher(encrypted: Database) -> None:
    with encrypted.write() as session:
        tokenizer = session.exec(
            text("SELECT sql FROM sqlite_master WHERE name = 'person_search'")
        ).one()[0]
        assert "trigram" in tokenizer
        session.exec(text("CREATE VIRTUAL TABLE probe USING fts5(n, tokenize='trigram')"))
        session.exec(text("INSERT INTO probe VALUES ('Siti Aminah binti Yusuf')"))
    with encrypted.read() as session:
        hits = session.exec(text("SELECT n FROM probe WHERE probe MATCH 'min'")).all()
    assert hits == [("Siti Aminah binti Yusuf",)]


def test_the_plain_path_is_unchanged(tmp_path: Path) -> None:
    db = Database(tmp_path / "plain.sqlite3")
    migrate.ensure_current(db.engine, db.path)
    db.dispose()
    assert not db.encrypted
    assert migrate.current_revision(db.path) == migrate.HEAD_REVISION
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT count(*) FROM post").fetchone() == (0,)


def test_keyring_wraps_one_copy_per_secret(tmp_path: Path, key: bytes) -> None:
    ring = Keyring.new(tmp_path, CHEAP)
    ring.add("officer:sari", "pass-sari", key)
    ring.add("officer:budi", "pass-budi", key)
    ring.save()
    loaded = Keyring.load(tmp_path)
    assert loaded.unwrap("officer:sari", "pass-sari") == key
    assert loaded.unwrap("officer:budi", "pass-budi") == key
    with pytest.raises(WrongSecret):
        loaded.unwrap("officer:sari", "pass-budi")
    assert key.hex() not in (tmp_path / "keyring.json").read_text()


def test_a_copied_entry_does_not_open_under_another_name(tmp_path: Path, key: bytes) -> None:
    ring = Keyring.new(tmp_path, CHEAP)
    ring.add("officer:budi", "pass-budi", key)
    ring._wraps["officer:sari"] = ring._wraps["officer:budi"]
    with pytest.raises(WrongSecret):
        ring.unwrap("officer:sari", "pass-budi")
