"""Table model of issued handover letters and self-return statements."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from intake_app.services.handovers import LetterInfo
from intake_app.ui.handover_messages import recipient_label

_Index = QModelIndex | QPersistentModelIndex
LETTER_ROLE = Qt.ItemDataRole.UserRole + 1
VOID_COLOUR = QColor("#b71c1c")


class Column(IntEnum):
    NUMBER = 0
    DATE = 1
    RECIPIENT_TYPE = 2
    RECIPIENT = 3
    PERSONS = 4
    MINORS = 5
    STATE = 6


_HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("LetterTableModel", "Nomor"),
    Column.DATE: QT_TRANSLATE_NOOP("LetterTableModel", "Tanggal"),
    Column.RECIPIENT_TYPE: QT_TRANSLATE_NOOP("LetterTableModel", "Jenis penerima"),
    Column.RECIPIENT: QT_TRANSLATE_NOOP("LetterTableModel", "Penerima"),
    Column.PERSONS: QT_TRANSLATE_NOOP("LetterTableModel", "Orang"),
    Column.MINORS: QT_TRANSLATE_NOOP("LetterTableModel", "Anak"),
    Column.STATE: QT_TRANSLATE_NOOP("LetterTableModel", "Status"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterTableModel", text)


def state_text(info: LetterInfo) -> str:
    parts = [
        QCoreApplication.translate("LetterTableModel", "BATAL")
        if info.voided
        else QCoreApplication.translate("LetterTableModel", "berlaku")
    ]
    if info.copies:
        parts.append(
            QCoreApplication.translate("LetterTableModel", "%1x dicetak ulang (SALINAN)").replace(
                "%1", str(info.copies)
            )
        )
    return ", ".join(parts)


class LetterTableModel(QAbstractTableModel):
    """Letters newest first; cell texts made once per refresh, not on every paint."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LetterInfo] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[LetterInfo]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._texts = [
            (
                r.reference,
                f"{r.issued_on:%d-%m-%Y}",
                recipient_label(r.recipient_type),
                r.recipient_name or "-",
                str(r.persons),
                str(r.minors),
                state_text(r),
            )
            for r in rows
        ]
        self.endResetModel()

    def letter(self, row: int) -> LetterInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == LETTER_ROLE:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and self._rows[index.row()].voided:
            return QBrush(VOID_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            Column.PERSONS,
            Column.MINORS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
