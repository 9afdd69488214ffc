"""The jobs that run beside the window, off the GUI thread: the integrity check owed at
start, the daily backup and the write-ahead log's upkeep. Started once the window shows,
stopped before the database closes."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMainWindow

from intake_app.services.bundle import AppServices
from intake_app.ui.daily_backup import DailyBackup
from intake_app.ui.integrity_check import BackgroundIntegrityCheck
from intake_app.ui.wal_upkeep import WalUpkeep


class BackgroundJobs:
    def __init__(self, services: AppServices, window: QMainWindow) -> None:
        self.integrity = BackgroundIntegrityCheck(services, window)
        self.daily_backup = DailyBackup(services, window)
        self.wal_upkeep = WalUpkeep(services.db, window)

    def start(self) -> None:
        self.integrity.start()  # owed after a clean close: the login skipped it
        self.daily_backup.start()
        self.wal_upkeep.start()

    def stop(self) -> None:
        """Stop the check at once; wait for a backup or checkpoint being written."""
        self.integrity.stop()
        self.daily_backup.stop()
        self.wal_upkeep.stop()
        QThreadPool.globalInstance().waitForDone()  # never leave a backup half-written
