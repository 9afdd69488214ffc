"""The whole-file integrity check owed after a clean close, run once the window shows.

Reading and decrypting every page of a large post's database takes over ten seconds
(1.4 GB at a million persons), so after a clean close the login skips it
(services/setup.py) and it runs here, off the GUI thread, with its own connection.
If it finds damage, the window stops taking data and says which backup to restore.
Closing the window stops the check at once.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from intake_app.services import backups
from intake_app.services.bundle import AppServices
from intake_app.services.errors import ServiceError

log = logging.getLogger("intake_app.ui.integrity_check")


class BackgroundIntegrityCheck(QObject):
    """`finished` carries None when the file is sound, else the refusal naming a backup."""

    finished = Signal(object)

    def __init__(
        self, services: AppServices, window: QMainWindow, *, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._pool = pool or QThreadPool.globalInstance()
        self._stop = threading.Event()
        self.damage: ServiceError | None = None
        self.finished.connect(self._report)  # queued: emitted on the pool's thread

    def start(self) -> None:
        db = self._services.db
        if db.integrity_checked:
            return
        self._pool.start(self._run)

    def stop(self) -> None:
        """The program is closing: end the check without a verdict (checked next time)."""
        self._stop.set()

    def _run(self) -> None:
        db, data_dir = self._services.db, self._services.data_dir
        try:
            problems = backups.file_problems(db.path, db.key, quick=True, stop=self._stop.is_set)
            outcome = backups.damage_error(db, data_dir, problems) if problems else None
        except backups.CheckStopped:
            log.info("integrity check stopped at exit")
            return
        except Exception:  # a bug here must not take the desk down; the log says why
            log.exception("background integrity check failed to run")
            return
        if not self._stop.is_set():
            self.finished.emit(outcome)

    def _report(self, outcome: ServiceError | None) -> None:
        if outcome is None:
            self._services.db.integrity_checked = True
            log.info("background integrity check passed")
            return
        self.damage = outcome
        # No new data into a damaged file: neither the pages nor the menus (accounts).
        if central := self._window.centralWidget():
            central.setEnabled(False)
        self._window.menuBar().setEnabled(False)
        QMessageBox.critical(self._window, self.tr("Data rusak"), self.damage_text(outcome))

    def damage_text(self, outcome: ServiceError) -> str:
        backup = outcome.context.get("newest_good_backup")
        first = self.tr("Pemeriksaan berkas data menemukan kerusakan. Jangan memasukkan data baru.")
        if backup:
            way_out = self.tr(
                "Tutup aplikasi, lalu pulihkan cadangan terbaru yang masih baik:\n"
                "intake-app restore %1"
            ).replace("%1", str(backup))
        else:
            way_out = self.tr(
                "Tidak ada cadangan yang baik. Hubungi dukungan teknis sebelum memasukkan data."
            )
        return f"{first}\n\n{way_out}"
