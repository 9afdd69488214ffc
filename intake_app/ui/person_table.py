"""Table model of the people list: fetches pages lazily from the people query service."""

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

from intake_app.domain.completeness import Missing
from intake_app.domain.enums import PersonStatus, Sex, TravelDocType
from intake_app.services.people_query import PeopleQuery, PersonFilter, PersonRow
from intake_app.ui import badges
from intake_app.ui.form_messages import message

PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    SEX = 1
    AGE = 2
    DOCUMENT = 3
    PROTECTION = 4
    GUARDIAN = 5
    MISSING = 6
    STATUS = 7


ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the PersonRow itself

_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("PersonTableModel", "Nama"),
    Column.SEX: QT_TRANSLATE_NOOP("PersonTableModel", "JK"),
    Column.AGE: QT_TRANSLATE_NOOP("PersonTableModel", "Umur"),
    Column.DOCUMENT: QT_TRANSLATE_NOOP("PersonTableModel", "Dokumen"),
    Column.PROTECTION: QT_TRANSLATE_NOOP("PersonTableModel", "Perlindungan"),
    Column.GUARDIAN: QT_TRANSLATE_NOOP("PersonTableModel", "Pendamping"),
    Column.MISSING: QT_TRANSLATE_NOOP("PersonTableModel", "Belum diisi"),
    Column.STATUS: QT_TRANSLATE_NOOP("PersonTableModel", "Status"),
}
_DOC_TYPES = {
    TravelDocType.PASSPORT: QT_TRANSLATE_NOOP("PersonTableModel", "Paspor"),
    TravelDocType.SPLP: QT_TRANSLATE_NOOP("PersonTableModel", "SPLP"),
    TravelDocType.NONE: QT_TRANSLATE_NOOP("PersonTableModel", "-"),
}
_STATUS = {
    PersonStatus.EXPECTED: QT_TRANSLATE_NOOP("PersonTableModel", "Diharapkan"),
    PersonStatus.REGISTERED: QT_TRANSLATE_NOOP("PersonTableModel", "Menunggu disposisi"),
    PersonStatus.CLOSED: QT_TRANSLATE_NOOP("PersonTableModel", "Selesai"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonTableModel", text)


class PersonTableModel(QAbstractTableModel):
    """Rows of `PersonRow`, loaded PAGE_SIZE at a time as the view scrolls."""

    def __init__(self, query: PeopleQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = query
        self._filter = PersonFilter()
        self._rows: list[PersonRow] = []
        self._total = 0

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, flt: PersonFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._total = self._query.count(self._filter)
        self._rows = self._query.page(self._filter, offset=0, limit=PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        more = self._query.page(self._filter, offset=len(self._rows), limit=PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if column == Column.PROTECTION:
            if role == Qt.ItemDataRole.BackgroundRole:
                return badges.badge_colour(row.is_minor, row.unaccompanied)
            if role == Qt.ItemDataRole.DecorationRole:
                return badges.badge_icon(row.is_minor, row.unaccompanied)
        return None

    def _display(self, row: PersonRow, column: Column) -> str:
        if column == Column.NAME:
            return row.full_name
        if column == Column.SEX:
            return "L" if row.sex == Sex.MALE else "P"
        if column == Column.AGE:
            if row.age is None:
                return "?"
            return f"±{row.age}" if row.age_approximate else str(row.age)
        if column == Column.DOCUMENT:
            kind = _tr(_DOC_TYPES[row.document_type])
            return f"{kind} {row.document_number}" if row.document_number else kind
        if column == Column.PROTECTION:
            return badges.badge_text(row.is_minor, row.unaccompanied)
        if column == Column.GUARDIAN:
            return row.guardian_name or ""
        if column == Column.MISSING:
            return ", ".join(message(Missing(code)) for code in row.missing)
        return _tr(_STATUS[row.status])
