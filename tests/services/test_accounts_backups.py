"""Backups, rotation, restore with the sync sequence kept, the start check, audit verify."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from intake_app.cli import main
from intake_app.domain.enums import ChangeKind
from intake_app.services import backups
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.setup import setup_post
from intake_app.storage.models import LocalSetting, OutboxEntry
from tests.services.accounts_world import CHEAP_KDF, POST, SUPERVISOR

NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)


@pytest.fixture
def session(tmp_path: Path):  # type: ignore[no-untyped-def]
    result = setup_post(tmp_path / "data", POST, SUPERVISOR, now=NOW, kdf=CHEAP_KDF)
    yield result.session
    result.session.db.dispose()


def _outbox_seq(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.exec(text("SELECT seq FROM sqlite_sequence WHERE name='outboxentry'")).one()[0]


def _add_change(db, n: int) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        s.add(LocalSetting(key=f"k{n}", value="v"))
        s.add(OutboxEntry(kind=ChangeKind.POST, record_id=uuid.uuid4(), record_version=1,
                          payload={"n": n}, created_at=NOW))  # fmt: skip


def test_backups_are_encrypted_and_restore_keeps_the_sequence(session) -> None:  # type: ignore[no-untyped-def]
    db, folder = session.db, session.data_dir
    backup = backups.make_backup(db, folder, now=NOW)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(backup).execute("SELECT * FROM sqlite_master").fetchall()
    assert backups.file_problems(backup, db.key) == []
    for n in range(3):
        _add_change(db, n)
    high = _outbox_seq(db)
    result = backups.restore(db, folder, backup, now=NOW + timedelta(minutes=1))
    assert result.sequence_kept_at == high and result.safety_copy is not None
    assert _outbox_seq(db) == high  # engines reconnect to the restored file
    with db.read() as s:
        assert s.exec(text("SELECT count(*) FROM localsetting WHERE key LIKE 'k%'")).one()[0] == 0
    _add_change(db, 9)
    assert _outbox_seq(db) == high + 1  # never reuses a number


def test_a_restore_keeps_the_program_s_open_marker(session) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services.setup import unlock
    from intake_app.storage.open_marker import markers_left

    folder = session.data_dir
    backup = backups.make_backup(session.db, folder, now=NOW)
    session.db.dispose()
    opened = unlock(folder, SUPERVISOR.username, SUPERVISOR.password, now=NOW)
    backups.restore(opened.db, folder, backup, now=NOW + timedelta(minutes=1))
    # Still open after the restore: a crash now must still be noticed at the next start.
    assert len(markers_left(folder)) == 1
    opened.db.dispose()
    assert markers_left(folder) == []


def test_a_file_that_is_not_a_backup_is_refused(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ServiceError) as caught:
        backups.restore(session.db, session.data_dir, junk, now=NOW)
    assert caught.value.code == ErrorCode.BACKUP_INVALID
    assert backups.file_problems(session.db.path, session.db.key) == []


def test_rotation_keeps_seven_days_and_four_weeks(session) -> None:  # type: ignore[no-untyped-def]
    for day in range(40):
        backups.make_backup(session.db, session.data_dir, now=NOW - timedelta(days=day),
                            kind="daily")  # fmt: skip
    kept = backups.list_backups(session.data_dir)
    days = {b.taken_at.date() for b in kept}
    assert len(kept) <= 7 + 4 and len(kept) >= 7
    assert {(NOW - timedelta(days=d)).date() for d in range(7)} <= days
    assert backups.ensure_daily_backup(session.db, session.data_dir, now=NOW) is None


def test_a_damaged_database_names_the_newest_good_backup(session) -> None:  # type: ignore[no-untyped-def]
    db, folder = session.db, session.data_dir
    good = backups.make_backup(db, folder, now=NOW)
    db.dispose()
    _damage(db)
    with pytest.raises(ServiceError) as caught:
        backups.check_integrity(db, folder)
    assert caught.value.code == ErrorCode.DATABASE_DAMAGED
    assert caught.value.context["newest_good_backup"] == str(good)
    assert f"intake-app restore {good}" in str(caught.value)


def _damage(db, at: int = 5000) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(db.path.read_bytes())
    data[at : at + 100] = b"\x00" * 100  # a damaged page inside the first table
    db.path.write_bytes(bytes(data))


def _spy_checks(monkeypatch) -> list[tuple[Path, bool]]:  # type: ignore[no-untyped-def]
    checked: list[tuple[Path, bool]] = []
    real_check = backups.file_problems

    def spy(path: Path, key: bytes | None, *, quick: bool = False, stop=None) -> list[str]:  # type: ignore[no-untyped-def]
        checked.append((path, quick))
        return real_check(path, key, quick=quick, stop=stop)

    monkeypatch.setattr(backups, "file_problems", spy)
    return checked


def test_after_an_unclean_close_unlock_refuses_a_damaged_database(session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services.setup import unlock
    from intake_app.storage.open_marker import markers_left

    db, folder = session.db, session.data_dir
    good = backups.make_backup(db, folder, now=NOW)
    opened = unlock(folder, SUPERVISOR.username, SUPERVISOR.password, now=NOW)
    assert opened.db.integrity_checked is False  # clean before: the window checks later
    opened.db.close_connections()  # the program dies: its database is never disposed
    db.dispose()
    assert len(markers_left(folder)) == 1
    _damage(db)
    checked = _spy_checks(monkeypatch)
    with pytest.raises(ServiceError) as caught:
        unlock(folder, SUPERVISOR.username, SUPERVISOR.password, now=NOW)
    assert caught.value.code == ErrorCode.DATABASE_DAMAGED
    assert caught.value.context["newest_good_backup"] == str(good)
    # The database at start: the quick check (1M persons); the backup offered: the full one.
    assert checked == [(db.path, True), (good, False)]
    assert len(markers_left(folder)) == 1  # still owed: the next start checks again


def test_after_a_clean_close_unlock_leaves_the_check_to_the_window(session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services.setup import unlock
    from intake_app.storage.open_marker import markers_left

    folder = session.data_dir
    session.db.dispose()
    checked = _spy_checks(monkeypatch)
    opened = unlock(folder, SUPERVISOR.username, SUPERVISOR.password, now=NOW)
    assert checked == [] and opened.db.integrity_checked is False
    assert len(markers_left(folder)) == 1  # this program's own marker while it runs
    opened.db.dispose()
    assert markers_left(folder) == []
    # A crash leaves the marker; the next login checks the whole file and settles it.
    crashed = unlock(folder, SUPERVISOR.username, SUPERVISOR.password, now=NOW)
    crashed.db.close_connections()
    again = unlock(folder, SUPERVISOR.username, SUPERVISOR.password, now=NOW)
    assert checked == [(session.db.path, True)] and again.db.integrity_checked is True
    again.db.dispose()
    assert markers_left(folder) == []


def test_a_damaged_page_read_at_login_is_named_even_without_the_check(session) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services.setup import unlock

    db, folder = session.db, session.data_dir
    good = backups.make_backup(db, folder, now=NOW)
    db.dispose()
    with db.read() as s:  # the pages the login reads: the officer table's root page
        root = s.exec(text("SELECT rootpage FROM sqlite_master WHERE name = 'officer'")).one()[0]
    db.dispose()
    _damage(db, at=(root - 1) * 4096 + 200)
    with pytest.raises(ServiceError) as caught:
        unlock(folder, SUPERVISOR.username, SUPERVISOR.password, now=NOW)
    assert caught.value.code == ErrorCode.DATABASE_DAMAGED
    assert caught.value.context["newest_good_backup"] == str(good)


def _tamper(data_dir: Path, sql: str) -> None:
    from intake_app.storage.keyring import Keyring, officer_label
    from tests.services.accounts_world import raw_connect

    key = Keyring.load(data_dir).unwrap(officer_label("demo"), "demo")
    conn = raw_connect(data_dir / "intake.sqlite3", key)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_audit_verify_finds_an_altered_and_a_removed_entry(
    tmp_path: Path, capsys, demo_login
) -> None:  # type: ignore[no-untyped-def]
    folder = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", folder]) == 0
    assert main(["audit", "verify", "--data-dir", folder]) == 0
    assert "audit trail OK" in capsys.readouterr().out
    _tamper(tmp_path / "demo", "UPDATE auditentry SET action = 'person.edit' WHERE seq = 7")
    assert main(["audit", "verify", "--data-dir", folder]) == 1
    assert "BROKEN at entry 7" in capsys.readouterr().err
    _tamper(tmp_path / "demo", "UPDATE auditentry SET action = 'x' WHERE seq = 7")  # still off
    _tamper(tmp_path / "demo", "DELETE FROM auditentry WHERE seq BETWEEN 7 AND 7")
    assert main(["audit", "verify", "--data-dir", folder]) == 1
    assert "BROKEN at entry 8" in capsys.readouterr().err


def test_backup_and_restore_commands(tmp_path: Path, capsys, demo_login) -> None:  # type: ignore[no-untyped-def]
    folder = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", folder]) == 0
    capsys.readouterr()
    assert main(["backup", "--data-dir", folder]) == 0
    written = Path(capsys.readouterr().out.split("backup written: ")[1].strip())
    assert written.exists()
    assert main(["restore", str(written), "--data-dir", folder]) == 0
    assert "sync sequence continues after" in capsys.readouterr().out
    assert main(["restore", str(tmp_path / "missing.sqlite3"), "--data-dir", folder]) == 1
    assert main(["audit", "verify", "--data-dir", folder]) == 0


def test_viewing_a_sensitive_record_is_chained_into_the_audit(session) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from intake_app.services.audit_views import record_view
    from intake_app.storage.journal import first_broken_link
    from intake_app.storage.models import AuditEntry

    person_id = uuid.uuid4()
    record_view(session.db, officer_id=session.officer.id, record_kind="person",
                record_id=person_id, why_sensitive="minor", now=NOW)  # fmt: skip
    with session.db.read() as s:
        last = s.exec(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.action, last.record_id, last.detail) == (
            "view",
            person_id,
            {"sensitive": "minor"},
        )
        assert last.officer_id == session.officer.id
        assert first_broken_link(s) is None
