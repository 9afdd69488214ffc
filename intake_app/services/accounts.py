"""Officer accounts: login with lockout, password change, new and removed accounts.

A password does two jobs: its argon2id hash in the `officer` row proves it, and a key
derived from it unwraps the officer's copy of the database key (storage/keyring.py).
A failed login cannot open the database, so it is counted in the key file and moved
into the audit trail by the next successful login.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pydantic import BaseModel, ConfigDict
from sqlmodel import Session, select

from intake_app.domain.accounts import (
    AccountRuleError,
    LockState,
    after_failure,
    check_password,
    normalize_nip,
    normalize_username,
)
from intake_app.domain.enums import OfficerRole
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.storage.database import Database
from intake_app.storage.journal import append_audit
from intake_app.storage.keyring import KdfParams, Keyring, WrongSecret, officer_label
from intake_app.storage.models import LocalSetting, Officer


class OfficerPublic(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: uuid.UUID
    username: str
    full_name: str
    nip: str | None
    role: OfficerRole
    active: bool


@dataclass
class OfficerSession:
    """An unlocked data folder and the officer acting in it."""

    data_dir: Path
    db: Database
    officer: OfficerPublic

    @property
    def is_supervisor(self) -> bool:
        return self.officer.role == OfficerRole.SUPERVISOR


def password_hasher(kdf: KdfParams) -> PasswordHasher:
    # Same cost as the key file's KDF: one setting governs what a guess costs.
    return PasswordHasher(
        time_cost=kdf.time_cost, memory_cost=kdf.memory_cost, parallelism=kdf.parallelism
    )


def rule_error(error: AccountRuleError) -> ServiceError:
    return ServiceError(ErrorCode.INVALID_INPUT, str(error))


def lock_state(keyring: Keyring, label: str) -> LockState:
    saved = keyring.lockouts.get(label)
    if not saved:
        return LockState()
    until = saved.get("locked_until")
    return LockState(int(saved["failures"]), datetime.fromisoformat(until) if until else None)


def store_lock(keyring: Keyring, label: str, state: LockState) -> None:
    if state.failures == 0:
        keyring.lockouts.pop(label, None)
        return
    until = state.locked_until.isoformat() if state.locked_until else None
    keyring.lockouts[label] = {"failures": state.failures, "locked_until": until}


def _locked_error(seconds: int) -> ServiceError:
    return ServiceError(
        ErrorCode.ACCOUNT_LOCKED,
        f"too many wrong passwords; try again in {seconds} s",
        remaining_seconds=seconds,
    )


def unwrap_for_login(
    keyring: Keyring, username_text: str, password: str, now: datetime, *, label: str = ""
) -> bytes:
    """The database key, if the password is right and the account not locked.

    Every refusal is counted (per key-file label) and noted in the key file, saved
    before raising. `label` defaults to the officer's entry.
    """
    username = username_text.strip().lower()
    label = label or officer_label(username)
    state = lock_state(keyring, label)
    remaining = state.remaining_seconds(now)
    if remaining:
        keyring.note_failure({"username": username, "at": now.isoformat(), "reason": "locked"})
        keyring.save()
        raise _locked_error(remaining)
    try:
        return keyring.unwrap(label, password)
    except WrongSecret:
        state = after_failure(state, now)
        store_lock(keyring, label, state)
        keyring.note_failure(
            {"username": username, "at": now.isoformat(), "reason": "wrong_password"}
        )
        keyring.save()
        remaining = state.remaining_seconds(now)
        if remaining:
            raise _locked_error(remaining) from None
        raise ServiceError(ErrorCode.LOGIN_FAILED, "wrong username or password") from None


def finish_login(
    db: Database, keyring: Keyring, username_text: str, password: str, now: datetime
) -> OfficerPublic:
    """After the key opened the database: check the account, audit the pending failures."""
    username = username_text.strip().lower()
    with db.write() as session:
        officer = session.exec(select(Officer).where(Officer.username == username)).first()
        if officer is None or not officer.active or not _hash_matches(officer, password):
            raise ServiceError(ErrorCode.LOGIN_FAILED, "wrong username or password")
        for failure in keyring.take_pending_failures():
            append_audit(
                session,
                officer_id=None,
                action="login.failed",
                record_kind="officer",
                detail=failure,
                now=now,
            )
        append_audit(
            session, officer_id=officer.id, action="login", record_kind="officer",
            record_id=officer.id, now=now,
        )  # fmt: skip
        store_lock(keyring, officer_label(username), LockState())
        keyring.save()  # inside the transaction: a failed save leaves the audit untouched
        return OfficerPublic.model_validate(officer)


def _hash_matches(officer: Officer, password: str) -> bool:
    if not officer.password_hash:
        return False
    try:
        return PasswordHasher().verify(officer.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def reauthenticate(session: OfficerSession, password: str, now: datetime) -> None:
    """The idle lock's check: the same officer's password, with the same lockout."""
    keyring = Keyring.load(session.data_dir)
    try:
        unwrap_for_login(keyring, session.officer.username, password, now)
    except ServiceError as refusal:
        with session.db.write() as db_session:
            for failure in keyring.take_pending_failures():
                append_audit(
                    db_session, officer_id=None, action="login.failed",
                    record_kind="officer", detail=failure, now=now,
                )  # fmt: skip
            keyring.save()
        raise refusal from None
    with session.db.write() as db_session:
        append_audit(
            db_session, officer_id=session.officer.id, action="unlock", record_kind="officer",
            record_id=session.officer.id, now=now,
        )  # fmt: skip
        store_lock(keyring, officer_label(session.officer.username), LockState())
        keyring.save()


def approve_as_supervisor(
    session: OfficerSession, username_text: str, password: str, action: str, now: datetime
) -> OfficerPublic:
    """A supervisor at the desk approves `action` for the logged-in officer.

    Checks the supervisor's password with the same lockout as a login (the key file's
    counter) and records the approval, or the refusal, in the audit trail. The desk's
    session stays the logged-in officer's.
    """
    username = username_text.strip().lower()
    keyring = Keyring.load(session.data_dir)
    try:
        unwrap_for_login(keyring, username, password, now)
        with session.db.read() as db_session:
            found = db_session.exec(select(Officer).where(Officer.username == username)).first()
            supervisor = OfficerPublic.model_validate(found) if found else None
        if supervisor is None or not supervisor.active:
            raise ServiceError(ErrorCode.LOGIN_FAILED, "wrong username or password")
        if supervisor.role != OfficerRole.SUPERVISOR:
            raise ServiceError(ErrorCode.SUPERVISOR_REQUIRED, f"{username} is not a supervisor")
    except ServiceError as refusal:
        failures = keyring.take_pending_failures() or [
            {"username": username, "at": now.isoformat(), "reason": str(refusal.code)}
        ]
        with session.db.write() as db_session:
            for failure in failures:
                append_audit(
                    db_session, officer_id=session.officer.id, action="supervisor.refused",
                    record_kind="officer", detail={**failure, "for": action}, now=now,
                )  # fmt: skip
            keyring.save()
        raise refusal from None
    with session.db.write() as db_session:
        append_audit(
            db_session, officer_id=supervisor.id, action="supervisor.approve",
            record_kind="officer", record_id=session.officer.id,
            detail={"action": action, "for": session.officer.username}, now=now,
        )  # fmt: skip
        store_lock(keyring, officer_label(username), LockState())
        keyring.save()
    return supervisor


IDLE_LOCK_SETTING = "idle_lock_minutes"


def idle_lock_minutes(db: Database) -> float | None:
    """The post's idle time before the window locks (a local setting), None when unset."""
    with db.read() as db_session:
        setting = db_session.get(LocalSetting, IDLE_LOCK_SETTING)
    try:
        minutes = float(setting.value) if setting and setting.value else None
    except ValueError:
        return None
    return minutes if minutes and minutes > 0 else None


def add_officer(
    db_session: Session,
    keyring: Keyring,
    database_key: bytes,
    *,
    acting_id: uuid.UUID | None,
    username: str,
    full_name: str,
    role: OfficerRole,
    password: str,
    now: datetime,
    nip: str | None = None,
    check_strength: bool = True,
) -> Officer:
    """Create the officer row and wrap the database key for the new password."""
    try:
        username = normalize_username(username)
        nip = normalize_nip(nip)
        if check_strength:
            check_password(password, username=username)
    except AccountRuleError as error:
        raise rule_error(error) from None
    if not full_name.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, "the full name is missing")
    if db_session.exec(select(Officer).where(Officer.username == username)).first():
        raise ServiceError(
            ErrorCode.USERNAME_TAKEN, f"the username {username!r} is taken", username=username
        )
    officer = Officer(
        username=username,
        full_name=full_name.strip(),
        nip=nip,
        role=role,
        password_hash=password_hasher(keyring.kdf).hash(password),
        created_at=now,
    )
    db_session.add(officer)
    db_session.flush()
    keyring.add(officer_label(username), password, database_key)
    append_audit(
        db_session, officer_id=acting_id, action="officer.create", record_kind="officer",
        record_id=officer.id, detail={"username": username, "role": str(role)}, now=now,
    )  # fmt: skip
    return officer


def _require_supervisor(session: OfficerSession) -> None:
    if not session.is_supervisor:
        raise ServiceError(ErrorCode.SUPERVISOR_REQUIRED, "only a supervisor manages accounts")


def create_account(
    session: OfficerSession,
    *,
    username: str,
    full_name: str,
    role: OfficerRole,
    password: str,
    now: datetime,
    nip: str | None = None,
) -> OfficerPublic:
    _require_supervisor(session)
    assert session.db.key is not None, "accounts need an encrypted database"
    keyring = Keyring.load(session.data_dir)
    with session.db.write() as db_session:
        officer = add_officer(
            db_session, keyring, session.db.key, acting_id=session.officer.id,
            username=username, full_name=full_name, role=role, password=password,
            now=now, nip=nip,
        )  # fmt: skip
        keyring.save()  # before commit: a failed save rolls the new account back
        return OfficerPublic.model_validate(officer)


def set_password(
    session: OfficerSession, username: str, new_password: str, now: datetime, *, action: str
) -> None:
    """Re-wrap only this officer's key copy and store the new hash."""
    assert session.db.key is not None, "accounts need an encrypted database"
    try:
        check_password(new_password, username=username)
    except AccountRuleError as error:
        raise rule_error(error) from None
    keyring = Keyring.load(session.data_dir)
    with session.db.write() as db_session:
        officer = db_session.exec(select(Officer).where(Officer.username == username)).first()
        if officer is None or not officer.active:
            raise ServiceError(ErrorCode.NOT_FOUND, f"no active account {username!r}")
        officer.password_hash = password_hasher(keyring.kdf).hash(new_password)
        officer.password_changed_at = now
        db_session.add(officer)
        keyring.add(officer_label(username), new_password, session.db.key)
        store_lock(keyring, officer_label(username), LockState())
        append_audit(
            db_session, officer_id=session.officer.id, action=action, record_kind="officer",
            record_id=officer.id, now=now,
        )  # fmt: skip
        keyring.save()


def change_own_password(
    session: OfficerSession, old_password: str, new_password: str, now: datetime
) -> None:
    keyring = Keyring.load(session.data_dir)
    try:
        keyring.unwrap(officer_label(session.officer.username), old_password)
    except WrongSecret:
        raise ServiceError(ErrorCode.LOGIN_FAILED, "the current password is wrong") from None
    set_password(session, session.officer.username, new_password, now, action="password.change")


def reset_password(
    session: OfficerSession, username: str, new_password: str, now: datetime
) -> None:
    """A supervisor gives an officer who forgot the password a new one."""
    _require_supervisor(session)
    set_password(session, username.strip().lower(), new_password, now, action="password.reset")


def remove_account(session: OfficerSession, username: str, now: datetime) -> None:
    """Deactivate the account and delete its key copy; its audit entries stay."""
    _require_supervisor(session)
    username = username.strip().lower()
    if username == session.officer.username:
        raise ServiceError(ErrorCode.OWN_ACCOUNT, "an officer cannot remove their own account")
    keyring = Keyring.load(session.data_dir)
    with session.db.write() as db_session:
        officer = db_session.exec(select(Officer).where(Officer.username == username)).first()
        if officer is None or not officer.active:
            raise ServiceError(ErrorCode.NOT_FOUND, f"no active account {username!r}")
        officer.active = False
        officer.removed_at = now
        db_session.add(officer)
        keyring.remove(officer_label(username))
        keyring.lockouts.pop(officer_label(username), None)
        append_audit(
            db_session, officer_id=session.officer.id, action="officer.remove",
            record_kind="officer", record_id=officer.id, now=now,
        )  # fmt: skip
        keyring.save()


def list_officers(db: Database) -> list[OfficerPublic]:
    with db.read() as session:
        rows = session.exec(select(Officer).order_by(Officer.username)).all()
        return [OfficerPublic.model_validate(row) for row in rows]
