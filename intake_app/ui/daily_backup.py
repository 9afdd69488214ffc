"""The automatic daily backup while the window is open: at start, then checked every hour
(the desk may stay open past midnight). Runs off the GUI thread; a backup of a large
database takes seconds and must never freeze the desk."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool

from intake_app.services import backups
from intake_app.services.bundle import AppServices
from intake_app.ui.periodic_job import PeriodicJob

log = logging.getLogger("intake_app.ui.daily_backup")
CHECK_EVERY_MS = 60 * 60 * 1000


class DailyBackup(PeriodicJob):
    failure = "daily backup failed"

    def __init__(
        self,
        services: AppServices,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(CHECK_EVERY_MS, parent, pool=pool)
        self._services = services

    def start(self) -> None:
        super().start()
        self.check()

    def work(self) -> None:
        services = self._services
        made = backups.ensure_daily_backup(services.db, services.data_dir, now=services.now())
        if made is not None:
            log.info("daily backup made")
