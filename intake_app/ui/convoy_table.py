"""Table model of the convoy list with the reconciliation counts of each convoy."""

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

from intake_app.domain.clock import POST_TIMEZONE
from intake_app.domain.enums import Depot
from intake_app.services.convoys import ConvoyOverview
from intake_app.ui import badges

_Index = QModelIndex | QPersistentModelIndex
OVERVIEW_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    ARRIVAL = 0
    DEPOT = 1
    LETTER = 2
    EXPECTED = 3
    REGISTERED = 4
    NOT_ARRIVED = 5
    NOT_ON_LIST = 6
    MINORS = 7
    UNACCOMPANIED = 8


_HEADERS = {
    Column.ARRIVAL: QT_TRANSLATE_NOOP("ConvoyTableModel", "Tiba"),
    Column.DEPOT: QT_TRANSLATE_NOOP("ConvoyTableModel", "Depot"),
    Column.LETTER: QT_TRANSLATE_NOOP("ConvoyTableModel", "Surat KJRI"),
    Column.EXPECTED: QT_TRANSLATE_NOOP("ConvoyTableModel", "Daftar nama"),
    Column.REGISTERED: QT_TRANSLATE_NOOP("ConvoyTableModel", "Terdaftar"),
    Column.NOT_ARRIVED: QT_TRANSLATE_NOOP("ConvoyTableModel", "Belum tiba"),
    Column.NOT_ON_LIST: QT_TRANSLATE_NOOP("ConvoyTableModel", "Di luar daftar"),
    Column.MINORS: QT_TRANSLATE_NOOP("ConvoyTableModel", "Anak"),
    Column.UNACCOMPANIED: QT_TRANSLATE_NOOP("ConvoyTableModel", "Tanpa pendamping"),
}
DEPOT_LABELS = {
    Depot.SEMUJA: QT_TRANSLATE_NOOP("ConvoyTableModel", "DTI Semuja - Serian"),
    Depot.BEKENU: QT_TRANSLATE_NOOP("ConvoyTableModel", "DTI Bekenu - Miri"),
    Depot.OTHER: QT_TRANSLATE_NOOP("ConvoyTableModel", "Lainnya"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConvoyTableModel", text)


class ConvoyTableModel(QAbstractTableModel):
    """The newest convoys first; a small list (one line per arrival), loaded whole."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConvoyOverview] = []
        # The view asks for each cell many times (ResizeToContents measures every cell on
        # each layout), so the texts are built once per refresh, not once per request.
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[ConvoyOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._display_texts(row) for row in self._rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == OVERVIEW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.EXPECTED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == Column.UNACCOMPANIED and row.unaccompanied:
                return badges.UNACCOMPANIED_COLOUR
            if column == Column.MINORS and row.minors:
                return badges.MINOR_COLOUR
        return None

    @staticmethod
    def _display_texts(row: ConvoyOverview) -> tuple[str, ...]:
        """The texts of one row, in Column order."""
        return (
            row.arrival_at.astimezone(POST_TIMEZONE).strftime("%d-%m-%Y %H:%M"),
            _tr(DEPOT_LABELS[row.depot]),
            row.kjri_letter_number or "-",
            str(row.on_manifest),
            str(row.registered),
            str(row.not_arrived),
            str(row.not_on_manifest),
            str(row.minors),
            str(row.unaccompanied),
        )
