"""Setup, login with lockout, password change, removal and recovery of officer accounts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from intake_app.domain.enums import OfficerRole
from intake_app.services import accounts
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.setup import recover, setup_post, unlock
from intake_app.storage.journal import first_broken_link
from intake_app.storage.keyring import Keyring
from intake_app.storage.models import AuditEntry, Officer
from tests.services.accounts_world import CHEAP_KDF, POST, SUPERVISOR

NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)


@pytest.fixture
def post_dir(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    result = setup_post(folder, POST, SUPERVISOR, now=NOW, kdf=CHEAP_KDF)
    result.session.db.dispose()
    (folder / "test-recovery-code.txt").write_text(result.recovery_code)
    return folder


def _recovery_code(folder: Path) -> str:
    return (folder / "test-recovery-code.txt").read_text()


def _actions(session: accounts.OfficerSession) -> list[str]:
    with session.db.read() as db_session:
        return [e.action for e in db_session.exec(select(AuditEntry).order_by(AuditEntry.seq))]


def test_setup_makes_a_supervisor_and_a_recovery_code(post_dir: Path) -> None:
    assert len(_recovery_code(post_dir).replace("-", "")) == 25
    session = unlock(post_dir, "Sari", SUPERVISOR.password, now=NOW)
    assert session.officer.role == OfficerRole.SUPERVISOR
    with session.db.read() as db_session:
        officer = db_session.exec(select(Officer)).one()
        assert officer.password_hash.startswith("$argon2id$")
        assert first_broken_link(db_session) is None
    assert _actions(session)[-1] == "login"
    session.db.dispose()


def test_setup_refuses_a_folder_with_data(post_dir: Path) -> None:
    with pytest.raises(ServiceError) as caught:
        setup_post(post_dir, POST, SUPERVISOR, now=NOW, kdf=CHEAP_KDF)
    assert caught.value.code == ErrorCode.DATA_DIR_NOT_EMPTY


def test_a_weak_password_leaves_no_half_made_folder(tmp_path: Path) -> None:
    weak = SUPERVISOR.__class__(username="sari", full_name="Sari", password="123")
    with pytest.raises(ServiceError, match="at least 8"):
        setup_post(tmp_path / "d", POST, weak, now=NOW, kdf=CHEAP_KDF)
    assert not (tmp_path / "d" / "keyring.json").exists()
    assert not (tmp_path / "d" / "intake.sqlite3").exists()


def test_wrong_password_is_refused_and_audited_at_next_login(post_dir: Path) -> None:
    with pytest.raises(ServiceError) as caught:
        unlock(post_dir, "sari", "salah-sandi", now=NOW)
    assert caught.value.code == ErrorCode.LOGIN_FAILED
    session = unlock(post_dir, "sari", SUPERVISOR.password, now=NOW + timedelta(seconds=5))
    assert _actions(session)[-2:] == ["login.failed", "login"]
    assert Keyring.load(post_dir).pending_failures == []
    session.db.dispose()


def test_five_failures_lock_with_a_growing_countdown(post_dir: Path) -> None:
    for attempt in range(4):
        with pytest.raises(ServiceError) as caught:
            unlock(post_dir, "sari", f"salah-{attempt}", now=NOW)
        assert caught.value.code == ErrorCode.LOGIN_FAILED
    with pytest.raises(ServiceError) as caught:
        unlock(post_dir, "sari", "salah-5", now=NOW)
    assert caught.value.code == ErrorCode.ACCOUNT_LOCKED
    assert caught.value.context["remaining_seconds"] == 30
    # Even the right password is refused while locked, with the time left.
    with pytest.raises(ServiceError) as caught:
        unlock(post_dir, "sari", SUPERVISOR.password, now=NOW + timedelta(seconds=10))
    assert caught.value.context["remaining_seconds"] == 20
    later = NOW + timedelta(seconds=31)
    with pytest.raises(ServiceError) as caught:
        unlock(post_dir, "sari", "salah-6", now=later)
    assert caught.value.context["remaining_seconds"] == 60  # doubled
    session = unlock(post_dir, "sari", SUPERVISOR.password, now=later + timedelta(seconds=61))
    actions = _actions(session)
    assert actions.count("login.failed") == 7 and actions[-1] == "login"
    assert Keyring.load(post_dir).lockouts == {}
    session.db.dispose()


def test_officer_accounts_password_change_and_removal(post_dir: Path) -> None:
    boss = unlock(post_dir, "sari", SUPERVISOR.password, now=NOW)
    budi = accounts.create_account(
        boss, username="budi", full_name="Budi Santoso", role=OfficerRole.OFFICER,
        password="sandi-budi-1", now=NOW, nip="19800101 200501 1 001",
    )  # fmt: skip
    assert budi.nip == "198001012005011001"
    boss.db.dispose()
    officer = unlock(post_dir, "budi", "sandi-budi-1", now=NOW)
    with pytest.raises(ServiceError) as caught:
        accounts.create_account(
            officer, username="eka", full_name="Eka", role=OfficerRole.OFFICER,
            password="sandi-eka-12", now=NOW,
        )  # fmt: skip
    assert caught.value.code == ErrorCode.SUPERVISOR_REQUIRED
    sari_wrap = Keyring.load(post_dir)._wraps["officer:sari"]
    accounts.change_own_password(officer, "sandi-budi-1", "sandi-baru-22", NOW)
    assert Keyring.load(post_dir)._wraps["officer:sari"] == sari_wrap  # only budi re-wrapped
    officer.db.dispose()
    with pytest.raises(ServiceError):
        unlock(post_dir, "budi", "sandi-budi-1", now=NOW)
    boss = unlock(post_dir, "sari", SUPERVISOR.password, now=NOW)
    with pytest.raises(ServiceError) as caught:
        accounts.create_account(
            boss, username=" Budi", full_name="Budi Lain", role=OfficerRole.OFFICER,
            password="sandi-lain-33", now=NOW,
        )  # fmt: skip
    assert caught.value.code == ErrorCode.USERNAME_TAKEN
    assert caught.value.context["username"] == "budi"
    with pytest.raises(ServiceError) as caught:
        accounts.remove_account(boss, "sari", NOW)
    assert caught.value.code == ErrorCode.OWN_ACCOUNT
    accounts.remove_account(boss, "budi", NOW)
    assert "officer:budi" not in Keyring.load(post_dir).labels
    assert "password.change" in _actions(boss) and "officer.remove" in _actions(boss)
    boss.db.dispose()
    with pytest.raises(ServiceError) as caught:
        unlock(post_dir, "budi", "sandi-baru-22", now=NOW)
    assert caught.value.code == ErrorCode.LOGIN_FAILED


def test_recovery_code_sets_a_new_supervisor_password(post_dir: Path) -> None:
    with pytest.raises(ServiceError):
        recover(post_dir, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "sari", "baru-sekali-1", now=NOW)
    code = _recovery_code(post_dir).lower().replace("-", " ")
    session = recover(post_dir, code, "sari", "baru-sekali-1", now=NOW)
    session.db.dispose()
    session = unlock(post_dir, "sari", "baru-sekali-1", now=NOW)
    assert "recover" in _actions(session)
    session.db.dispose()


def test_idle_unlock_needs_the_same_officers_password(post_dir: Path) -> None:
    session = unlock(post_dir, "sari", SUPERVISOR.password, now=NOW)
    with pytest.raises(ServiceError):
        accounts.reauthenticate(session, "salah-sandi", NOW)
    accounts.reauthenticate(session, SUPERVISOR.password, NOW)
    assert _actions(session)[-2:] == ["login.failed", "unlock"]
    session.db.dispose()


def test_the_demo_folder_is_encrypted_with_supervisor_demo(tmp_path: Path) -> None:
    from intake_app.services.setup import setup_demo
    from intake_app.services.summary import summarize

    result = setup_demo(tmp_path / "demo", now=NOW, kdf=CHEAP_KDF)
    result.session.db.dispose()
    session = unlock(tmp_path / "demo", "demo", "demo", now=NOW)
    assert session.officer.role == OfficerRole.SUPERVISOR
    assert summarize(session.db).convoys == 2
    session.db.dispose()
    with pytest.raises(ServiceError):
        unlock(tmp_path / "demo", "demo", "salah", now=NOW)
