"""The local SQLite database: engine settings that make a saved record survive a power cut."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlmodel import Session

log = logging.getLogger("intake_app.storage")
AUTOCHECKPOINT_PAGES = 10_000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's `begin` event issue BEGIN itself (pysqlite's own handling of
    # transactions would defer it and break BEGIN IMMEDIATE below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer. synchronous=FULL: a commit is on disk before
    # it returns, so a power cut loses nothing the officer saw as saved.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # A commit that crosses this many WAL pages copies them into the file itself (about
    # 40 MB, ~150 ms at a large post). SQLite's default, 1,000 pages, made every 30th save
    # wait ~10 ms; the window checkpoints in the background long before this (ui/wal_upkeep.py).
    cursor.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
    cursor.close()


def _begin_deferred(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def _begin_immediate(conn: Any) -> None:
    # A writer takes the lock at BEGIN, so two desks' processes never deadlock upgrading
    # a read lock, and the audit chain read-then-append inside it is race free.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def key_pragma_value(key: bytes) -> str:
    """SQLCipher's raw-key form: the 256-bit key itself, no passphrase derivation."""
    if len(key) != 32:
        raise ValueError("a database key is 32 bytes")
    return f"x'{key.hex()}'"


def _sqlite_engine(path: Path, *, immediate: bool, key: bytes | None = None) -> Engine:
    if key is None:
        url: str | URL = f"sqlite:///{path}"
    else:
        # The pysqlcipher dialect issues `PRAGMA key="<password>"` first on every new
        # connection, before the settings below; a raw key skips SQLCipher's own KDF
        # (the key was already derived and unwrapped by storage/keyring.py).
        url = URL.create("sqlite+pysqlcipher", password=key_pragma_value(key), database=str(path))
    # hide_parameters: an error's message never carries the bound values (names, NIKs)
    # into a log file or onto the screen.
    engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _begin_immediate if immediate else _begin_deferred)
    return engine


class Database:
    """One SQLite file with a reading and a writing engine.

    Sessions are short and opened per call by the services: `read()` for queries,
    `write()` for one transaction that commits on success and rolls back on error.
    With `key` (32 raw bytes) the file is a SQLCipher database encrypted with that key.
    """

    def __init__(self, path: Path, *, key: bytes | None = None) -> None:
        self.path = path
        self.key = key
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = _sqlite_engine(path, immediate=False, key=key)
        self._write_engine = _sqlite_engine(path, immediate=True, key=key)
        # Set by whoever opens the folder at login (services/setup.py): whether the whole
        # file was checked then, or the check is still owed (the window runs it later).
        self.integrity_checked = False
        self._on_dispose: list[Callable[[], None]] = []

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with Session(self._write_engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def wal_bytes(self) -> int:
        """Size of the write-ahead log waiting to be copied into the database file."""
        try:
            return Path(f"{self.path}-wal").stat().st_size
        except FileNotFoundError:
            return 0

    def checkpoint(self) -> tuple[int, int]:
        """Copy committed WAL pages into the file without waiting for (or blocking) any
        reader or writer (PRAGMA wal_checkpoint(PASSIVE)), so no save has to.
        Returns (pages in the log, pages now copied)."""
        with self.engine.connect() as connection:
            _busy, in_log, copied = connection.exec_driver_sql(
                "PRAGMA wal_checkpoint(PASSIVE)"
            ).one()
        return int(in_log), int(copied)

    def on_dispose(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the database is closed (the clean-close marker)."""
        self._on_dispose.append(callback)

    def close_connections(self) -> None:
        """Close every pooled connection; the next session opens new ones (a restore
        swaps the file underneath). The database stays in use."""
        self.engine.dispose()
        self._write_engine.dispose()

    def dispose(self) -> None:
        """Close the database for good: this program is done with it."""
        self.close_connections()
        callbacks, self._on_dispose = self._on_dispose, []
        for callback in callbacks:
            callback()
