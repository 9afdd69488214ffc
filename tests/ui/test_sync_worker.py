"""The background sender: rounds off the GUI thread, on a timer, one at a time."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from intake_app.services.sync_batches import SyncBatchState
from intake_app.storage.models import SyncBatch
from intake_app.ui.sync_worker import SyncWorker

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from sync_world import SyncWorld, make_world  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def world(demo_services, tmp_path: Path) -> SyncWorld:  # type: ignore[no-untyped-def]
    return make_world(demo_services, tmp_path)


def _states(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return [row.state for row in session.exec(select(SyncBatch)).all()]


def test_without_an_address_nothing_runs(qtbot, demo_services, world: SyncWorld) -> None:  # type: ignore[no-untyped-def]
    worker = SyncWorker(demo_services, pusher=world.pusher)
    with qtbot.waitSignal(worker.status_changed) as signal:
        assert worker.run_round() is False
    assert signal.args[0].pending == 0 and signal.args[0].unbatched_changes > 0
    assert _states(demo_services.db) == []  # not even exported


def test_a_slow_server_never_blocks_the_gui_thread(qtbot, demo_services, world: SyncWorld) -> None:  # type: ignore[no-untyped-def]
    world.stub.mode, world.stub.delay = "slow", 1.5
    with world.stub.running():
        world.pusher.set_headoffice_url(world.stub.url)
        worker = SyncWorker(demo_services, pusher=world.pusher)
        started = time.monotonic()
        assert worker.send_now() is True
        assert time.monotonic() - started < 0.5  # returned at once; the upload goes on
        assert worker.busy and worker.send_now() is False  # one round at a time
        with qtbot.waitSignal(worker.round_finished, timeout=30_000) as signal:
            pass
    [outcome] = signal.args[0]
    assert outcome.state == SyncBatchState.SENT and not worker.busy
    worker.stop()


def test_the_timer_sends_and_start_recovers_an_interrupted_batch(
    qtbot, demo_services, world: SyncWorld
) -> None:  # type: ignore[no-untyped-def]
    world.exporter.export(world.exporter.outbox_dir)
    with demo_services.db.write() as session:
        [row] = session.exec(select(SyncBatch)).all()
        row.state = SyncBatchState.SENDING  # the app was killed mid-upload
        session.add(row)
    with world.stub.running():
        world.pusher.set_headoffice_url(world.stub.url)
        worker = SyncWorker(demo_services, pusher=world.pusher, interval_ms=100)
        with qtbot.waitSignal(worker.round_finished, timeout=30_000) as signal:
            worker.start()
        assert [o.state for o in signal.args[0]] == [SyncBatchState.SENT]
        assert worker.timer.isActive()
        with qtbot.waitSignal(worker.round_finished, timeout=5_000) as signal:
            pass  # the next tick, on its own
        assert signal.args[0] == []  # nothing left to send
    worker.stop()
    assert _states(demo_services.db) == [SyncBatchState.SENT]
    assert len(world.stub.received) == 1
