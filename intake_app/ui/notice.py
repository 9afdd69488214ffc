"""Short messages to the officer (a classmethod so tests can patch them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Notice:
    @classmethod
    def error(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Notice", "Tidak dapat disimpan"), text
        )

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)
