"""The write-ahead log is copied into the file in the background, not during a save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from intake_app.storage.models import LocalSetting
from intake_app.ui import wal_upkeep
from intake_app.ui.wal_upkeep import WalUpkeep

pytestmark = pytest.mark.gui


def test_a_long_log_is_checkpointed_off_the_gui_thread(qtbot, demo_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = demo_services.db
    pool = QThreadPool()
    upkeep = WalUpkeep(db, pool=pool)
    calls: list[tuple[int, int]] = []
    real = db.checkpoint
    monkeypatch.setattr(db, "checkpoint", lambda: calls.append(real()) or calls[-1])

    monkeypatch.setattr(wal_upkeep, "CHECKPOINT_ABOVE_BYTES", db.wal_bytes() + 500_000)
    upkeep.check()  # a short log: left for later
    assert pool.waitForDone(10_000) and calls == []

    with db.write() as session:
        for n in range(300):
            session.add(LocalSetting(key=f"upkeep-{n}", value="v" * 3000))
    upkeep.check()
    assert pool.waitForDone(10_000)
    [(in_log, copied)] = calls
    assert in_log > 0 and copied == in_log


def test_the_timer_runs_the_check(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    upkeep = WalUpkeep(demo_services.db, pool=QThreadPool())
    upkeep.start()
    assert upkeep.timer.isActive() and upkeep.timer.interval() == wal_upkeep.CHECK_EVERY_MS
    upkeep.stop()
