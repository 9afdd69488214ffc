"""Table model of the people list: pages read as they are shown, or the best hits of a search."""

from __future__ import annotations

from collections import OrderedDict
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
from intake_app.services.people_query import Page, PeopleQuery, PersonFilter, PersonRow
from intake_app.services.search import PersonSearch
from intake_app.ui import badges
from intake_app.ui.form_messages import message

PAGE_SIZE = 200
MAX_PAGES = 25  # pages held at most: a few hundred kilobytes whatever the list's length
FEW_ROWS = 5000  # a filter leaving at most this many: read by its own index (PeopleQuery)
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
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_BADGE_ROLES = frozenset({_BACKGROUND, Qt.ItemDataRole.DecorationRole.value})
_ROLES = frozenset({ROW_ROLE, _DISPLAY, _TOOLTIP, *_BADGE_ROLES})
_TIP_COLUMNS = frozenset({Column.MISSING.value, Column.EARLIER.value})

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
    """Rows of `PersonRow`: every person of the filter, read a page at a time.

    `rowCount()` is the filter's count from the start, so the scroll bar spans the whole
    list, but only the last MAX_PAGES pages of PAGE_SIZE rows that were shown are held:
    a row outside them is read when the view asks for it, continuing from a neighbouring
    page held (keyset) or else by a jump (see `PeopleQuery.at`).

    With a search text, the rows are instead the best SEARCH_LIMIT hits of the search
    that pass the filter, best first; nothing more is read.
    """

    def __init__(
        self, query: PeopleQuery, parent: Any = None, *, search: PersonSearch | None = None
    ) -> None:
        super().__init__(parent)
        self._query = query
        self._search = search
        self._filter = PersonFilter()
        self._text = ""
        self._hits: list[PersonRow] | None = None  # the search's rows, or None: the list
        self._pages: OrderedDict[int, Page] = OrderedDict()  # least recently used first
        self._total = 0
        self._capped = False

    @property
    def total(self) -> int:
        return self._total

    @property
    def capped(self) -> bool:
        """The search had more hits than it lists (the officer should type more)."""
        return self._capped

    @property
    def held_rows(self) -> int:
        """Rows held in memory now: at most MAX_PAGES * PAGE_SIZE, or the search's hits."""
        if self._hits is not None:
            return len(self._hits)
        return sum(len(page.rows) for page in self._pages.values())

    def set_filter(self, flt: PersonFilter, text: str = "") -> None:
        self._filter = flt
        self._text = text.strip()
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        if self._text and self._search is not None:
            hits = self._search.search(
                self._text, limit=SEARCH_LIMIT, convoy_id=self._filter.convoy_id
            )
            self._hits = self._query.rows_by_id([hit.id for hit in hits], self._filter)
            self._total = len(self._hits)
            self._capped = len(hits) >= SEARCH_LIMIT
        else:
            self._hits = None
            self._total = self._query.count(self._filter)
            if self._total:
                self._pages[0] = self._query.after(
                    self._filter, None, limit=PAGE_SIZE, many=self._many()
                )
            self._capped = False
        self.endResetModel()

    def row_at(self, row: int) -> PersonRow | None:
        """The person on line `row`, read with its page when not held."""
        if not 0 <= row < self._total:
            return None
        if self._hits is not None:
            return self._hits[row]
        number, within = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page.rows[within] if within < len(page.rows) else None

    def _many(self) -> bool:
        return self._total > FEW_ROWS

    def _load(self, number: int) -> Page:
        flt, many = self._filter, self._many()
        earlier, later = self._pages.get(number - 1), self._pages.get(number + 1)
        if earlier is not None and len(earlier.rows) == PAGE_SIZE and earlier.last:
            page = self._query.after(flt, earlier.last, limit=PAGE_SIZE, many=many)
        elif later is not None and later.first:
            page = self._query.before(flt, later.first, limit=PAGE_SIZE, many=many)
        else:
            offset = number * PAGE_SIZE
            page = self._query.at(flt, offset, limit=PAGE_SIZE, total=self._total, many=many)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.EARLIER:
            return _tr(_EARLIER_TIP)
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # A view asks for every role of every cell it paints: the roles answered for no
        # cell of a column are turned away before the row is looked up.
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if role in _BADGE_ROLES and column != Column.PROTECTION:
            return None
        if role == _TOOLTIP and column not in _TIP_COLUMNS:
            return None
        row = self.row_at(index.row())
        if row is None or role == ROW_ROLE:
            return row
        if role == _DISPLAY:
            return self._display(row, Column(column))
        if role == _TOOLTIP:
            return self._display(row, Column(column)) or None
        if role == _BACKGROUND:
            return badges.badge_colour(row.is_minor, row.unaccompanied)
        return badges.badge_icon(row.is_minor, row.unaccompanied)

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
