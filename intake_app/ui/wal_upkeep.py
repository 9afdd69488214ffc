"""Copies the write-ahead log into the database file in the background while the window
is open, so that no save waits for it (storage/database.py sets how late a save would)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool

from intake_app.storage.database import Database
from intake_app.ui.periodic_job import PeriodicJob

CHECK_EVERY_MS = 15_000
CHECKPOINT_ABOVE_BYTES = 4 * 1024 * 1024  # about 1,000 pages: SQLite's own default


class WalUpkeep(PeriodicJob):
    failure = "background checkpoint failed"  # a busy or full disk: the next check does it

    def __init__(
        self, db: Database, parent: QObject | None = None, *, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(CHECK_EVERY_MS, parent, pool=pool)
        self._db = db

    def due(self) -> bool:
        return self._db.wal_bytes() >= CHECKPOINT_ABOVE_BYTES

    def work(self) -> None:
        self._db.checkpoint()
