"""Commands log in: --user with the password from INTAKE_APP_PASSWORD or a prompt; the demo
says its account; the database on disk is unreadable without the key."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from intake_app import selftest
from intake_app.cli import main
from intake_app.paths import resource
from intake_app.services.setup import unlock
from intake_app.storage.models import AuditEntry, Convoy, Officer
from tests.conftest import FIXED_NOW
from tests.services.accounts_world import SUPERVISOR

pytestmark = pytest.mark.usefixtures("cheap_kdf")
MANIFEST = resource("samples", "manifest_semuja_malay.csv")


@pytest.fixture
def demo_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("INTAKE_APP_USER", raising=False)
    monkeypatch.delenv("INTAKE_APP_PASSWORD", raising=False)
    folder = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "supervisor account: demo / password: demo" in out
    return folder


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _audit_actions(folder: Path) -> list[tuple[str, object]]:
    session = unlock(folder, "demo", "demo", now=FIXED_NOW)
    try:
        with session.db.read() as s:
            rows = s.exec(select(AuditEntry).order_by(AuditEntry.seq)).all()
            return [(row.action, row.detail) for row in rows]
    finally:
        session.db.dispose()


def test_demo_tells_its_account_and_a_later_login_as_demo_works(
    demo_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INTAKE_APP_PASSWORD", "demo")
    code, out, err = _run(
        capsys, "summary", "--json", "--user", "demo", "--data-dir", str(demo_folder)
    )
    assert (code, err) == (0, "")
    counts = json.loads(out)
    assert counts["convoys"] == 2 and counts["registered"] == 62 and counts["handovers"] == 4
    # --user also goes before the subcommand, like --data-dir.
    code, out, _ = _run(capsys, "--user", "demo", "summary", "--data-dir", str(demo_folder))
    assert code == 0 and "convoys: 2" in out


def test_without_user_a_set_up_folder_refuses_in_one_line(demo_folder: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "summary", "--data-dir", str(demo_folder))
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        "intake-app: error: this data folder needs a login: give --user NAME "
        "(password from $INTAKE_APP_PASSWORD or a prompt)"
    ]


def test_a_wrong_password_exits_1_writes_nothing_and_is_audited(
    demo_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    database = demo_folder / "intake.sqlite3"
    before = database.read_bytes()
    monkeypatch.setenv("INTAKE_APP_PASSWORD", "salah")
    out_file = demo_folder.parent / "letters.pdf"
    code, out, err = _run(
        capsys, "letters", "summary", str(out_file), "--user", "demo",
        "--data-dir", str(demo_folder),
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.strip().splitlines() == ["intake-app: error: wrong username or password"]
    assert database.read_bytes() == before and not out_file.exists()
    # The refusal could not open the database; the next login moves it into the audit.
    actions = _audit_actions(demo_folder)
    failed = [detail for action, detail in actions if action == "login.failed"]
    assert len(failed) == 1 and failed[0]["username"] == "demo"
    assert failed[0]["reason"] == "wrong_password"
    assert actions[-1][0] == "login"


def test_repeated_wrong_passwords_lock_the_account(
    demo_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    args = ("summary", "--user", "demo", "--data-dir", str(demo_folder))
    monkeypatch.setenv("INTAKE_APP_PASSWORD", "salah")
    codes = [_run(capsys, *args)[0] for _ in range(4)]
    code, _, err = _run(capsys, *args)
    assert codes == [1, 1, 1, 1] and code == 1
    assert "too many wrong passwords; try again in" in err
    monkeypatch.setenv("INTAKE_APP_PASSWORD", "demo")  # right, but still locked
    code, out, err = _run(capsys, *args)
    assert code == 1 and out == "" and "try again in" in err


def test_the_password_is_asked_for_when_the_environment_has_none(
    demo_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def prompt(text: str) -> str:
        asked.append(text)
        return "demo"

    monkeypatch.setattr("getpass.getpass", prompt)
    code, out, _ = _run(capsys, "summary", "--user", "Demo", "--data-dir", str(demo_folder))
    assert code == 0 and "convoys: 2" in out
    assert asked == ["password for Demo: "]


def test_the_database_file_is_not_readable_by_plain_sqlite(demo_folder: Path) -> None:
    conn = sqlite3.connect(demo_folder / "intake.sqlite3")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT count(*) FROM person").fetchall()
    finally:
        conn.close()
    assert b"Petugas Demo" not in (demo_folder / "intake.sqlite3").read_bytes()


def test_a_command_records_the_officer_who_logged_in(cli_login, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(
        capsys, "import-manifest", str(MANIFEST), "--arrival", "2026-02-05 10:30",
        "--depot", "semuja", "--data-dir", str(cli_login.data_dir),
    )  # fmt: skip
    assert code == 0, err
    with cli_login.db.read() as s:
        sari = s.exec(select(Officer).where(Officer.username == SUPERVISOR.username)).one()
        convoy = s.exec(select(Convoy)).one()
        audit = s.exec(select(AuditEntry).order_by(AuditEntry.seq)).all()
    assert convoy.created_by == sari.id
    acted = [(entry.action, entry.officer_id) for entry in audit]
    assert ("login", sari.id) in acted
    imported = [
        officer for action, officer in acted if action.split(".")[0] in ("convoy", "manifest")
    ]
    assert len(imported) == 26 and set(imported) == {sari.id}  # the convoy and 25 names


def test_self_test_database_is_encrypted(tmp_path: Path) -> None:
    from intake_app.storage.migrate import ensure_current

    db = selftest.open_database(tmp_path)
    try:
        assert db.encrypted
        ensure_current(db.engine, db.path, db.key)
    finally:
        db.dispose()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(db.path).execute("SELECT * FROM sqlite_master").fetchall()
