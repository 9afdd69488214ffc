"""A job that runs beside the window, off the GUI thread, when a timer finds it due:
never two runs at once, and a failure is logged, never raised into the desk."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, QTimer


class PeriodicJob(QObject):
    """Subclasses say when the job is due (`due`, on the GUI thread, cheap) and what it
    does (`work`, on the pool's thread); `failure` is the log line when it raises."""

    failure = "background job failed"

    def __init__(
        self, interval_ms: int, parent: QObject | None = None, *, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running = False
        self._log = logging.getLogger(type(self).__module__)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        """No further runs; a run under way finishes (the pool's owner waits for it)."""
        self.timer.stop()

    def due(self) -> bool:
        return True

    def work(self) -> None:
        raise NotImplementedError

    def check(self) -> None:
        if self._running or not self.due():  # the last run is still going, or nothing to do
            return
        self._running = True
        self._pool.start(self._run)

    def _run(self) -> None:
        try:
            self.work()
        except Exception:  # a full disk must not take the desk down; the log says why
            self._log.exception(self.failure)
        finally:
            self._running = False
