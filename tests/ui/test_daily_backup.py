"""The daily backup made while the window is open, off the GUI thread."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QThreadPool

from intake_app.services import backups
from intake_app.ui.daily_backup import DailyBackup

pytestmark = pytest.mark.gui


def test_one_backup_per_day_in_the_background(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    pool = QThreadPool()
    daily = DailyBackup(demo_services, pool=pool)
    daily.start()
    assert pool.waitForDone(30_000)
    made = [b for b in backups.list_backups(demo_services.data_dir) if b.kind == "daily"]
    assert len(made) == 1 and made[0].path.stat().st_size > 0
    # the hourly check on the same day makes no second copy
    daily.check()
    assert pool.waitForDone(30_000)
    again = [b for b in backups.list_backups(demo_services.data_dir) if b.kind == "daily"]
    assert [b.path for b in again] == [made[0].path]
    daily.stop()


def test_a_failed_backup_is_logged_and_tried_again(
    qtbot, demo_services, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", full_disk)
    pool = QThreadPool()
    daily = DailyBackup(demo_services, pool=pool)
    with caplog.at_level(logging.ERROR, logger="intake_app.ui.daily_backup"):
        daily.start()
        assert pool.waitForDone(30_000)
    assert "daily backup failed" in caplog.text
    assert not backups.list_backups(demo_services.data_dir)
    monkeypatch.undo()
    daily.check()  # the next check runs again: the failure did not leave it stuck
    assert pool.waitForDone(30_000)
    assert [b.kind for b in backups.list_backups(demo_services.data_dir)] == ["daily"]
    daily.stop()
