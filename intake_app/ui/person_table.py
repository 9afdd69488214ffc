"""Table model of the people list: pages fetched lazily, or the best hits of a search."""

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
from intake_app.services.search import PersonSearch
from intake_app.ui import badges
from intake_app.ui.form_messages import message

PAGE_SIZE = 200
SEARCH_LIMIT = 200  # best hits of a search; the filters then apply to these in SQL
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    SEX = 1
    AGE = 2
    DOCUMENT = 3
    PROTECTION = 4
    EARLIER = 5  # earlier deportations: a repeat deportee stands out next to the badge
    GUARDIAN = 6
    STATUS = 7
    MISSING = 8  # the long one comes last, so a narrow window cuts off only it


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
    Column.EARLIER: QT_TRANSLATE_NOOP("PersonTableModel", "Deportasi lalu"),
}
_EARLIER_TIP = QT_TRANSLATE_NOOP(
    "PersonTableModel", "Berapa kali orang ini dideportasi sebelumnya (catatan yang ditautkan)"
)
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
    """Rows of `PersonRow`, loaded PAGE_SIZE at a time as the view scrolls.

    With a search text, the rows are instead the best SEARCH_LIMIT hits of the search
    that pass the filter, best first; nothing more is fetched.
    """

    def __init__(
        self, query: PeopleQuery, parent: Any = None, *, search: PersonSearch | None = None
    ) -> None:
        super().__init__(parent)
        self._query = query
        self._search = search
        self._filter = PersonFilter()
        self._text = ""
        self._rows: list[PersonRow] = []
        self._total = 0
        self._capped = False

    @property
    def total(self) -> int:
        return self._total

    @property
    def capped(self) -> bool:
        """The search had more hits than it lists (the officer should type more)."""
        return self._capped

    def set_filter(self, flt: PersonFilter, text: str = "") -> None:
        self._filter = flt
        self._text = text.strip()
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        if self._text and self._search is not None:
            hits = self._search.search(
                self._text, limit=SEARCH_LIMIT, convoy_id=self._filter.convoy_id
            )
            self._rows = self._query.rows_by_id([hit.id for hit in hits], self._filter)
            self._total = len(self._rows)
            self._capped = len(hits) >= SEARCH_LIMIT
        else:
            self._total = self._query.count(self._filter)
            self._rows = self._query.page(self._filter, offset=0, limit=PAGE_SIZE)
            self._capped = False
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
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.EARLIER:
            return _tr(_EARLIER_TIP)
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
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.MISSING, Column.EARLIER):
            return self._display(row, column) or None
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
        if column == Column.EARLIER:
            count = row.earlier_deportations
            return self.tr("%1 kali").replace("%1", str(count)) if count else ""
        return _tr(_STATUS[row.status])
