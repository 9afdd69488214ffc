"""Copies the write-ahead log into the database file in the background while the window
is open, so that no save waits for it (storage/database.py sets how late a save would)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, QTimer

from intake_app.storage.database import Database

log = logging.getLogger("intake_app.ui.wal_upkeep")
CHECK_EVERY_MS = 15_000
CHECKPOINT_ABOVE_BYTES = 4 * 1024 * 1024  # about 1,000 pages: SQLite's own default


class WalUpkeep(QObject):
    def __init__(
        self, db: Database, parent: QObject | None = None, *, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._pool = pool or QThreadPool.globalInstance()
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def check(self) -> None:
        if self._running or self._db.wal_bytes() < CHECKPOINT_ABOVE_BYTES:
            return
        self._running = True
        self._pool.start(self._checkpoint)

    def _checkpoint(self) -> None:
        try:
            self._db.checkpoint()
        except Exception:  # a busy or full disk: the next check, or a save, does it
            log.exception("background checkpoint failed")
        finally:
            self._running = False
