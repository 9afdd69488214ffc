"""Backups of the database: online copies, rotation, restore, and the start-up check.

A backup is `VACUUM INTO` through the database's own connection, so a copy of an
encrypted database is encrypted with the same key: backups are never plaintext.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.storage.database import Database, key_pragma_value

log = logging.getLogger("intake_app.backups")

BACKUP_DIR = "backups"
KEEP_DAILY, KEEP_WEEKLY, KEEP_OTHER = 7, 4, 5
_NAME = re.compile(r"intake-(\d{8}-\d{6})-(daily|pre-migration|pre-restore|manual)\.sqlite3")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # naive UTC, from the file name
    kind: str


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def list_backups(data_dir: Path) -> list[Backup]:
    """Backups in this folder, newest first."""
    found = []
    folder = backup_dir(data_dir)
    for path in folder.glob("intake-*.sqlite3") if folder.exists() else []:
        match = _NAME.fullmatch(path.name)
        if match:
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(Backup(path, taken, match.group(2)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def make_backup(db: Database, data_dir: Path, *, now: datetime, kind: str = "manual") -> Path:
    """Copy the live database (readers and writers may go on) into backups/, then rotate."""
    folder = backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"intake-{stamp}-{kind}.sqlite3"
    partial = folder / f".{target.name}.part"
    partial.unlink(missing_ok=True)
    raw = db.engine.raw_connection()
    try:
        raw.cursor().execute("VACUUM INTO ?", (str(partial),))
    finally:
        raw.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    log.info("backup written: %s", target.name)
    rotate(data_dir)
    return target


def ensure_daily_backup(db: Database, data_dir: Path, *, now: datetime) -> Path | None:
    """One daily backup per (UTC) day: called at start and by a timer."""
    if any(b.kind == "daily" and b.taken_at.date() == now.date() for b in list_backups(data_dir)):
        return None
    return make_backup(db, data_dir, now=now, kind="daily")


def rotate(data_dir: Path) -> list[Path]:
    """Keep the newest daily backup of each of the last 7 days, of each of the last 4 ISO
    weeks, and the 5 newest of every other kind. Returns the removed files."""
    keep: set[Path] = set()
    backups = list_backups(data_dir)
    daily = [b for b in backups if b.kind == "daily"]
    days: dict[Any, Path] = {}
    weeks: dict[Any, Path] = {}
    for b in daily:  # newest first: the first one seen per day/week is that day's newest
        days.setdefault(b.taken_at.date(), b.path)
        weeks.setdefault(b.taken_at.isocalendar()[:2], b.path)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    for kind in {b.kind for b in backups} - {"daily"}:
        keep.update([b.path for b in backups if b.kind == kind][:KEEP_OTHER])
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _connect(path: Path, key: bytes | None):  # type: ignore[no-untyped-def]
    if key is None:
        import sqlite3

        return sqlite3.connect(path)
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path))
    conn.execute(f'PRAGMA key="{key_pragma_value(key)}"')
    return conn


class CheckStopped(Exception):
    """The caller stopped a check before it finished (the program is closing)."""


def file_problems(
    path: Path,
    key: bytes | None,
    *,
    quick: bool = False,
    stop: Callable[[], bool] | None = None,
) -> list[str]:
    """What `PRAGMA integrity_check` (and SQLCipher's page check) finds; [] when sound.

    `quick` runs `PRAGMA quick_check` alone: it reads every page (so SQLCipher checks each
    page's HMAC on the way) and the b-tree structure, but skips matching every index entry
    to its row, which is what makes the full check slow at a million persons.
    `stop` is asked every few thousand steps; when it says yes the check ends with
    CheckStopped instead of a verdict.
    """
    try:
        conn = _connect(path, key)
        try:
            if stop is not None:
                conn.set_progress_handler(lambda: 1 if stop() else 0, 1_000)
            pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
            problems = [row[0] for row in conn.execute(pragma)]
            if problems == ["ok"]:
                problems = []
            if key is not None and not quick:
                problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        finally:
            conn.close()
    except Exception as error:  # noqa: BLE001 - any failure to read is damage to report
        if stop is not None and stop():
            raise CheckStopped from None
        return [str(error)]
    return problems


def newest_good_backup(data_dir: Path, key: bytes | None) -> Path | None:
    for backup in list_backups(data_dir):
        if not file_problems(backup.path, key):
            return backup.path
    return None


def damage_error(db: Database, data_dir: Path, problems: list[str]) -> ServiceError:
    """The refusal for a damaged database, naming the newest good backup as the way out."""
    good = newest_good_backup(data_dir, db.key)
    way_out = (
        f"restore the newest good backup: intake-app restore {good}"
        if good
        else "no good backup was found; call for support before entering data"
    )
    log.error("database integrity check failed (%d problems)", len(problems))
    return ServiceError(
        ErrorCode.DATABASE_DAMAGED,
        f"the database {db.path.name} is damaged ({problems[0]}); {way_out}",
        newest_good_backup=str(good) if good else None,
        problems=problems[:20],
    )


def check_integrity(db: Database, data_dir: Path, *, quick: bool = False) -> None:
    """Refuse a damaged database at start, naming the way out (backups get the full check)."""
    problems = file_problems(db.path, db.key, quick=quick)
    if problems:
        raise damage_error(db, data_dir, problems)


def _outbox_high_water(path: Path, key: bytes | None) -> int:
    conn = _connect(path, key)
    try:
        row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outboxentry'").fetchone()
        return int(row[0]) if row else 0
    finally:
        conn.close()


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    sequence_kept_at: int


def restore(db: Database, data_dir: Path, source: Path, *, now: datetime) -> RestoreResult:
    """Replace the database with `source`; `db` goes on with the restored file.

    The outbox sequence continues from the higher of the two files, so a change made
    after the backup, and perhaps already sent, never has its number handed out again.
    """
    problems = file_problems(source, db.key)
    if problems:
        raise ServiceError(
            ErrorCode.BACKUP_INVALID, f"{source} is not a good backup of this database: "
            f"{problems[0]}",
        )  # fmt: skip
    current_problems = file_problems(db.path, db.key) if db.path.exists() else ["missing"]
    high_water = 0
    safety = None
    if not current_problems:
        high_water = _outbox_high_water(db.path, db.key)
        safety = make_backup(db, data_dir, now=now, kind="pre-restore")
    staged = db.path.with_name(f".{db.path.name}.restore")
    staged.unlink(missing_ok=True)
    conn = _connect(source, db.key)
    try:
        conn.execute("VACUUM INTO ?", (str(staged),))
    finally:
        conn.close()
    conn = _connect(staged, db.key)
    try:
        kept = max(high_water, _outbox_high_water(staged, db.key))
        conn.execute("DELETE FROM sqlite_sequence WHERE name = 'outboxentry'")
        conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES ('outboxentry', ?)", (kept,))
        conn.commit()
    finally:
        conn.close()
    db.close_connections()
    for suffix in ("-wal", "-shm"):  # the old file's log must not be replayed onto the new one
        Path(f"{db.path}{suffix}").unlink(missing_ok=True)
    os.replace(staged, db.path)
    log.info("database restored from %s", source.name)
    return RestoreResult(source, safety, kept)
