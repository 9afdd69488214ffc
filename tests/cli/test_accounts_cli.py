"""`intake-app accounts`: a supervisor adds, resets and removes officers; officers cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from intake_app.cli import main
from intake_app.services.setup import unlock
from intake_app.storage.models import AuditEntry
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.usefixtures("cheap_kdf")
BUDI = "Rahasia-Entikong-7"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "post"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    monkeypatch.setenv("INTAKE_APP_USER", "demo")
    monkeypatch.setenv("INTAKE_APP_PASSWORD", "demo")
    capsys.readouterr()
    return folder


def _run(capsys, folder: Path, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--data-dir", str(folder), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _as(monkeypatch: pytest.MonkeyPatch, user: str, password: str) -> None:
    monkeypatch.setenv("INTAKE_APP_USER", user)
    monkeypatch.setenv("INTAKE_APP_PASSWORD", password)


def test_a_supervisor_adds_an_officer_who_can_then_log_in(folder, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INTAKE_APP_NEW_PASSWORD", BUDI)
    code, out, _ = _run(capsys, folder, "accounts", "add", "budi", "--name", "Budi Santoso")
    assert code == 0 and "budi (officer) created" in out
    _, listing, _ = _run(capsys, folder, "accounts", "list")
    assert "budi" in listing and "Budi Santoso" in listing and "supervisor" in listing

    session = unlock(folder, "budi", BUDI, now=FIXED_NOW)  # his own key copy opens the data
    try:
        with session.db.read() as db:
            actions = set(db.exec(select(AuditEntry.action)).all())
    finally:
        session.db.dispose()
    assert "login" in {a.split(".")[0] for a in actions}


def test_an_officer_cannot_manage_accounts_and_nothing_changes(folder, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INTAKE_APP_NEW_PASSWORD", BUDI)
    assert _run(capsys, folder, "accounts", "add", "budi", "--name", "Budi")[0] == 0
    _as(monkeypatch, "budi", BUDI)
    code, _, err = _run(capsys, folder, "accounts", "add", "eve", "--name", "Eve")
    assert code == 1 and "only a supervisor" in err
    _, listing, _ = _run(capsys, folder, "accounts", "list")
    assert "eve" not in listing


def test_reset_weak_password_and_removal(folder, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INTAKE_APP_NEW_PASSWORD", BUDI)
    assert _run(capsys, folder, "accounts", "add", "budi", "--name", "Budi")[0] == 0

    monkeypatch.setenv("INTAKE_APP_NEW_PASSWORD", "short")
    code, _, err = _run(capsys, folder, "accounts", "passwd", "budi")
    assert code == 1 and "at least 8 characters" in err
    _as(monkeypatch, "budi", BUDI)
    assert _run(capsys, folder, "summary")[0] == 0  # the old password still works

    _as(monkeypatch, "demo", "demo")
    monkeypatch.setenv("INTAKE_APP_NEW_PASSWORD", "Baru-Lagi-2026")
    assert _run(capsys, folder, "accounts", "passwd", "budi")[0] == 0
    _as(monkeypatch, "budi", BUDI)
    assert _run(capsys, folder, "summary")[0] == 1  # the old one no longer opens anything
    _as(monkeypatch, "budi", "Baru-Lagi-2026")
    assert _run(capsys, folder, "summary")[0] == 0

    _as(monkeypatch, "demo", "demo")
    code, out, _ = _run(capsys, folder, "accounts", "remove", "budi")
    assert code == 0 and "removed" in out
    _as(monkeypatch, "budi", "Baru-Lagi-2026")
    code, _, err = _run(capsys, folder, "summary")
    assert code == 1 and "wrong username or password" in err
