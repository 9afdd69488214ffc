"""The automatic daily backup while the window is open: at start, then checked every hour
(the desk may stay open past midnight). Runs off the GUI thread; a backup of a large
database takes seconds and must never freeze the desk."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QThreadPool, QTimer

from intake_app.services import backups
from intake_app.services.bundle import AppServices

log = logging.getLogger("intake_app.ui.daily_backup")
CHECK_EVERY_MS = 60 * 60 * 1000


class DailyBackup(QObject):
    def __init__(
        self,
        services: AppServices,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._pool = pool or QThreadPool.globalInstance()
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> None:
        if self._running:  # the previous backup is still being written
            return
        self._running = True
        self._pool.start(self._job(self._services.now))

    def _job(self, now: Callable[[], datetime]) -> Callable[[], None]:
        services = self._services

        def run() -> None:
            try:
                made = backups.ensure_daily_backup(services.db, services.data_dir, now=now())
                if made is not None:
                    log.info("daily backup made")
            except Exception:  # a full disk must not take the desk down; the log says why
                log.exception("daily backup failed")
            finally:
                self._running = False

        return run
