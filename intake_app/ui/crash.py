"""Unhandled exceptions: logged, then shown in a dialog; saved records are already on disk."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("intake_app.ui")


class CrashDialog:
    """The question shown after an unexpected error (a classmethod so tests can patch it)."""

    @classmethod
    def show(cls, log_path: str, detail: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Terjadi kesalahan"))
        box.setText(
            QCoreApplication.translate(
                "CrashDialog",
                "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman. "
                "Rincian dicatat di berkas log:",
            )
            + f"\n{log_path}"
        )
        box.setDetailedText(detail)
        box.exec()


def install_excepthook(log_path: str) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        # Every save is its own committed transaction, so nothing saved is lost here;
        # a half-done write was rolled back by the session that raised.
        log.critical("unhandled exception", exc_info=(kind, value, tb))
        detail = "".join(traceback.format_exception(kind, value, tb))
        CrashDialog.show(log_path, detail)

    sys.excepthook = hook
