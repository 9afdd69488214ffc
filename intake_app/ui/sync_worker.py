"""Sends batches to head office in the background, never on the GUI thread.

A QTimer on the GUI thread starts one round at a time on a private QThreadPool; the
round's result comes back as a queued signal. Nothing is sent without a head-office
address (a LocalSetting set on the "Kirim ke Pusat" page).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from intake_app.services.sync_batches import SyncStatus, sync_status
from intake_app.services.sync_push import SyncPusher

log = logging.getLogger("intake_app.ui.sync")

ROUND_INTERVAL_MS = 30_000  # a due batch waits at most this long past its backoff time


class _RoundSignals(QObject):
    finished = Signal(object)  # list[PushOutcome]
    crashed = Signal(str)


class _Round(QRunnable):
    def __init__(self, pusher: SyncPusher, services: Any, everything: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the worker holds it; Python, not the pool, frees it
        self.signals = _RoundSignals()
        self._pusher = pusher
        self._services = services
        self._everything = everything

    def run(self) -> None:
        try:
            self._pusher.export_pending()
            outcomes = self._pusher.push_due(self._services.now(), everything=self._everything)
        except Exception as error:  # noqa: BLE001  a round must never take the app down
            log.exception("sync round failed")
            self.signals.crashed.emit(str(error) or type(error).__name__)
            return
        self.signals.finished.emit(outcomes)


class SyncWorker(QObject):
    """Signals: `round_started`, `round_finished(list[PushOutcome])`, `round_crashed(str)`,
    `status_changed(SyncStatus)` (after every round and on `refresh_status`)."""

    round_started = Signal()
    round_finished = Signal(object)
    round_crashed = Signal(str)
    status_changed = Signal(object)

    def __init__(
        self,
        services: Any,
        *,
        pusher: SyncPusher | None = None,
        interval_ms: int = ROUND_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.pusher = pusher or services.sync_export.pusher()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._started = False
        self._round: _Round | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_round)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        """Recover batches a crash left `sending`, then run a round now and on the timer."""
        if not self._started:
            self.pusher.recover_interrupted()
            self._started = True
        self.timer.start()
        self.run_round()

    def stop(self, wait_ms: int = 10_000) -> None:
        self.timer.stop()
        self._pool.waitForDone(wait_ms)

    def send_now(self) -> bool:
        """Try every unsent batch now, ignoring backoff. False when nothing could start."""
        return self.run_round(everything=True)

    def run_round(self, everything: bool = False) -> bool:
        if self._busy:
            return False
        if not self.pusher.headoffice_url():
            self.refresh_status()
            return False
        self._busy = True
        task = _Round(self.pusher, self._services, everything)
        task.signals.finished.connect(self._finished)
        task.signals.crashed.connect(self._crashed)
        self._round = task  # keeps its signals object alive until it reports
        self.round_started.emit()
        self._pool.start(task)
        return True

    def refresh_status(self) -> SyncStatus:
        status = sync_status(self._services.db)
        self.status_changed.emit(status)
        return status

    def _finished(self, outcomes: list) -> None:
        self._busy, self._round = False, None
        self.round_finished.emit(outcomes)
        self.refresh_status()

    def _crashed(self, message: str) -> None:
        self._busy, self._round = False, None
        self.round_crashed.emit(message)
        self.refresh_status()
