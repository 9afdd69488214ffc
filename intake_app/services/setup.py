"""First run and every later start of an encrypted data folder.

`setup_post` makes the key file, the encrypted database, the post and the first
supervisor, and returns the recovery code (shown once). `unlock` opens the folder for
one officer: key from the password, integrity check, backup before a migration,
schema upgrade, login audit. `recover` lets a supervisor who lost the password in.
"""

from __future__ import annotations

import base64
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intake_app.domain.enums import OfficerRole
from intake_app.paths import database_path
from intake_app.services import accounts, backups
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.posts import PostDraft, create_post
from intake_app.storage import open_marker
from intake_app.storage.database import Database
from intake_app.storage.journal import append_audit
from intake_app.storage.keyring import (
    RECOVERY_LABEL,
    KdfParams,
    Keyring,
    KeyringError,
    new_database_key,
)
from intake_app.storage.migrate import HEAD_REVISION, current_revision, ensure_current

log = logging.getLogger("intake_app.setup")


@dataclass(frozen=True)
class SupervisorDraft:
    username: str
    full_name: str
    password: str
    nip: str | None = None


@dataclass
class SetupResult:
    session: accounts.OfficerSession
    recovery_code: str  # show once; it is stored nowhere in clear


def is_set_up(data_dir: Path) -> bool:
    return Keyring.exists(data_dir)


def new_recovery_code() -> str:
    """25 base32 characters (125 bits) in groups of five, easy to copy by hand."""
    text = base64.b32encode(os.urandom(16)).decode("ascii")[:25]
    return "-".join(text[i : i + 5] for i in range(0, 25, 5))


def normalize_recovery_code(text: str) -> str:
    plain = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(plain[i : i + 5] for i in range(0, len(plain), 5))


def setup_post(
    data_dir: Path,
    post: PostDraft,
    supervisor: SupervisorDraft,
    *,
    now: datetime,
    kdf: KdfParams | None = None,
    check_strength: bool = True,
) -> SetupResult:
    """Create a new encrypted data folder. Refuses a folder that already holds data."""
    path = database_path(data_dir)
    if Keyring.exists(data_dir) or path.exists():
        raise ServiceError(ErrorCode.DATA_DIR_NOT_EMPTY, f"{data_dir} already holds a database")
    data_dir.mkdir(parents=True, exist_ok=True)
    key = new_database_key()
    keyring = Keyring.new(data_dir, kdf)
    recovery_code = new_recovery_code()
    db = Database(path, key=key)
    try:
        ensure_current(db.engine, path, key)
        with db.write() as session:
            create_post(session, post, now=now)
            officer = accounts.add_officer(
                session, keyring, key, acting_id=None, username=supervisor.username,
                full_name=supervisor.full_name, role=OfficerRole.SUPERVISOR,
                password=supervisor.password, now=now, nip=supervisor.nip,
                check_strength=check_strength,
            )  # fmt: skip
            keyring.add(RECOVERY_LABEL, recovery_code, key)
            append_audit(session, officer_id=officer.id, action="setup", now=now)
            keyring.save()  # last step: no key file means "not set up" and no half-made post
            public = accounts.OfficerPublic.model_validate(officer)
    except BaseException:
        db.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    log.info("post set up with an encrypted database")
    return SetupResult(accounts.OfficerSession(data_dir, db, public), recovery_code)


def open_encrypted(data_dir: Path, key: bytes, *, now: datetime) -> Database:
    """Open, check and upgrade the database with an unwrapped key.

    The whole file is read and checked here only when the last program to open it did
    not close it (storage/open_marker.py). After a clean close `db.integrity_checked`
    stays False and the window runs the same check in the background (ui/integrity_check.py):
    at a million persons it takes over ten seconds.
    """
    path = database_path(data_dir)
    if not path.exists():
        raise ServiceError(ErrorCode.NOT_SET_UP, f"no database in {data_dir}")
    left_open = open_marker.markers_left(data_dir)
    db = Database(path, key=key)
    db.on_dispose(open_marker.OpenMarker(data_dir).remove)
    try:
        if left_open:
            log.warning("the data folder was not closed cleanly; checking the whole file")
            backups.check_integrity(db, data_dir, quick=True)
            open_marker.forget_markers(data_dir, left_open)
            db.integrity_checked = True
        if current_revision(path, key) != HEAD_REVISION:
            backups.make_backup(db, data_dir, now=now, kind="pre-migration")
            ensure_current(db.engine, path, key)
    except BaseException as error:
        _refuse_if_damaged(db, data_dir, error)
        db.dispose()
        raise
    return db


def _refuse_if_damaged(db: Database, data_dir: Path, error: BaseException) -> None:
    """A read that failed before the whole file was checked: if the file is damaged, say
    so and name the backup to restore, instead of showing SQLite's bare error."""
    if db.integrity_checked or isinstance(error, ServiceError) or not isinstance(error, Exception):
        return
    problems = backups.file_problems(db.path, db.key, quick=True)
    if problems:
        db.dispose()
        raise backups.damage_error(db, data_dir, problems) from error


def _load_keyring(data_dir: Path) -> Keyring:
    try:
        return Keyring.load(data_dir)
    except KeyringError as error:
        raise ServiceError(ErrorCode.NOT_SET_UP, str(error)) from None


def unlock(
    data_dir: Path, username: str, password: str, *, now: datetime
) -> accounts.OfficerSession:
    keyring = _load_keyring(data_dir)
    key = accounts.unwrap_for_login(keyring, username, password, now)
    db = open_encrypted(data_dir, key, now=now)
    try:
        officer = accounts.finish_login(db, keyring, username, password, now)
    except BaseException as error:
        _refuse_if_damaged(db, data_dir, error)
        db.dispose()
        raise
    return accounts.OfficerSession(data_dir, db, officer)


def recover(
    data_dir: Path, recovery_code: str, username: str, new_password: str, *, now: datetime
) -> accounts.OfficerSession:
    """All passwords lost: the recovery code opens the database and sets a supervisor's
    new password. Wrong codes count towards a lockout like wrong passwords."""
    keyring = _load_keyring(data_dir)
    code = normalize_recovery_code(recovery_code)
    key = accounts.unwrap_for_login(keyring, RECOVERY_LABEL, code, now, label=RECOVERY_LABEL)
    accounts.store_lock(keyring, RECOVERY_LABEL, accounts.LockState())
    keyring.save()
    db = open_encrypted(data_dir, key, now=now)
    try:
        found = {o.username: o for o in accounts.list_officers(db)}
        officer = found.get(username.strip().lower())
        if officer is None or not officer.active or officer.role != OfficerRole.SUPERVISOR:
            raise ServiceError(ErrorCode.NOT_FOUND, "the recovery code resets a supervisor")
        session = accounts.OfficerSession(data_dir, db, officer)
        accounts.set_password(session, officer.username, new_password, now, action="recover")
    except BaseException:
        db.dispose()
        raise
    return session


DEMO_PASSWORD = "demo"


def setup_demo(data_dir: Path, *, now: datetime, kdf: KdfParams | None = None) -> SetupResult:
    """A fresh encrypted folder filled with the demo data; supervisor `demo`, password `demo`.

    The demo's own filler creates the post and the officer; this adds the password and the
    key file around it (a weak password, on purpose, for a demo only).
    """
    from sqlmodel import select

    from intake_app.services.demo import DEMO_USERNAME, fill_demo
    from intake_app.storage.keyring import officer_label
    from intake_app.storage.models import Officer

    path = database_path(data_dir)
    if Keyring.exists(data_dir) or path.exists():
        raise ServiceError(ErrorCode.DATA_DIR_NOT_EMPTY, f"{data_dir} already holds a database")
    key = new_database_key()
    keyring = Keyring.new(data_dir, kdf)
    recovery_code = new_recovery_code()
    db = Database(path, key=key)
    try:
        ensure_current(db.engine, path, key)
        fill_demo(db, now=now)
        with db.write() as session:
            officer = session.exec(select(Officer).where(Officer.username == DEMO_USERNAME)).one()
            officer.password_hash = accounts.password_hasher(keyring.kdf).hash(DEMO_PASSWORD)
            session.add(officer)
            keyring.add(officer_label(DEMO_USERNAME), DEMO_PASSWORD, key)
            keyring.add(RECOVERY_LABEL, recovery_code, key)
            keyring.save()
            public = accounts.OfficerPublic.model_validate(officer)
    except BaseException:
        db.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return SetupResult(accounts.OfficerSession(data_dir, db, public), recovery_code)
