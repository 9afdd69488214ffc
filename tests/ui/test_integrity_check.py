"""The whole-file check owed after a clean close, run once the window shows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from intake_app.services import backups
from intake_app.ui.integrity_check import BackgroundIntegrityCheck

pytestmark = pytest.mark.gui
NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    shown = QMainWindow()
    shown.setCentralWidget(QLabel("Deportan"))
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    return shown


def test_a_sound_file_is_marked_checked_quietly(qtbot, demo_services, window, boxes) -> None:  # type: ignore[no-untyped-def]
    assert demo_services.db.integrity_checked is False
    check = BackgroundIntegrityCheck(demo_services, window, pool=QThreadPool())
    with qtbot.waitSignal(check.finished, timeout=30_000) as done:
        check.start()
    assert done.args == [None]
    assert demo_services.db.integrity_checked is True
    assert boxes == [] and window.centralWidget().isEnabled() and window.menuBar().isEnabled()


def test_damage_stops_data_entry_and_names_the_backup(qtbot, demo_services, window, boxes) -> None:  # type: ignore[no-untyped-def]
    db = demo_services.db
    good = backups.make_backup(db, demo_services.data_dir, now=NOW)
    db.close_connections()  # the last connection to close checkpoints the WAL into the file
    data = bytearray(db.path.read_bytes())
    data[5000:5100] = b"\x00" * 100
    db.path.write_bytes(bytes(data))

    check = BackgroundIntegrityCheck(demo_services, window, pool=QThreadPool())
    with qtbot.waitSignal(check.finished, timeout=30_000):
        check.start()
    assert check.damage is not None and check.damage.context["newest_good_backup"] == str(good)
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert db.integrity_checked is False
    [(title, text)] = boxes
    assert title == "Data rusak"
    assert "Jangan memasukkan data baru" in text
    assert f"intake-app restore {good}" in text


def test_a_check_stopped_at_exit_gives_no_verdict(qtbot, demo_services, window, boxes) -> None:  # type: ignore[no-untyped-def]
    db = demo_services.db
    with pytest.raises(backups.CheckStopped):
        backups.file_problems(db.path, db.key, quick=True, stop=lambda: True)
    pool = QThreadPool()
    check = BackgroundIntegrityCheck(demo_services, window, pool=pool)
    verdicts: list[object] = []
    check.finished.connect(verdicts.append)
    check.stop()
    check.start()
    assert pool.waitForDone(30_000)
    qtbot.wait(50)  # a queued verdict would arrive now
    assert verdicts == [] and boxes == [] and db.integrity_checked is False


def test_a_file_checked_at_login_is_not_checked_again(qtbot, demo_services, window) -> None:  # type: ignore[no-untyped-def]
    demo_services.db.integrity_checked = True
    pool = QThreadPool()
    check = BackgroundIntegrityCheck(demo_services, window, pool=pool)
    check.start()
    assert pool.activeThreadCount() == 0
