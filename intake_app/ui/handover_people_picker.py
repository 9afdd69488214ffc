"""Choosing the persons of a handover: a checkable list with search, filters and family picks."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.services.handover_candidates import HandoverCandidate

_Index = QModelIndex | QPersistentModelIndex
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    NAME = 0
    SEX = 1
    AGE = 2
    DOCUMENT = 3
    FAMILY = 4
    REMARK = 5


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("CandidateModel", "Nama"),
    Column.SEX: QT_TRANSLATE_NOOP("CandidateModel", "L/P"),
    Column.AGE: QT_TRANSLATE_NOOP("CandidateModel", "Umur"),
    Column.DOCUMENT: QT_TRANSLATE_NOOP("CandidateModel", "Dokumen"),
    Column.FAMILY: QT_TRANSLATE_NOOP("CandidateModel", "Keluarga"),
    Column.REMARK: QT_TRANSLATE_NOOP("CandidateModel", "Keterangan"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CandidateModel", text)


class CandidateModel(QAbstractTableModel):
    """A convoy's persons, the name column checkable; closed persons cannot be checked.

    Signals:
        checked_changed(): the set of checked persons changed.
    """

    checked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HandoverCandidate] = []
        self._checked: set[uuid.UUID] = set()
        self._texts: list[dict[Column, str]] = []

    def set_rows(self, rows: list[HandoverCandidate]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._checked = {c for c in self._checked if any(r.id == c for r in rows)}
        self._texts = [self._row_texts(r) for r in rows]
        self.endResetModel()
        self.checked_changed.emit()

    @property
    def rows(self) -> list[HandoverCandidate]:
        return self._rows

    def checked_ids(self) -> tuple[uuid.UUID, ...]:
        """In list order, so the draft is stable whatever the order of clicks."""
        return tuple(r.id for r in self._rows if r.id in self._checked)

    def set_checked(self, ids: set[uuid.UUID], checked: bool = True) -> None:
        open_ids = {r.id for r in self._rows if not r.closed}
        if checked:
            self._checked |= ids & open_ids
        else:
            self._checked -= ids
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.NAME),
                self.index(len(self._rows) - 1, Column.NAME),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checked_changed.emit()

    def group_of(self, person_id: uuid.UUID) -> set[uuid.UUID]:
        """The household: same family group, plus accompanying adults and their children."""
        by_id = {r.id: r for r in self._rows}
        group = {person_id}
        grew = True
        while grew:
            members = [by_id[i] for i in group if i in by_id]
            families = {m.family_id for m in members if m.family_id}
            linked = {m.guardian_id for m in members if m.guardian_id}
            more = {
                r.id
                for r in self._rows
                if r.family_id in families or r.guardian_id in group or r.id in linked
            }
            grew = not more <= group
            group |= more
        return group

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[Column(section)])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].closed:
            return base  # shown greyed: already handed over
        base |= Qt.ItemFlag.ItemIsEnabled
        if index.column() == Column.NAME:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.NAME:
            checked = row.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == CANDIDATE_ROLE:
            return row
        if role == SEARCH_ROLE:
            return (
                f"{row.full_name} {row.document_number or ''} {row.family_label or ''}".casefold()
            )
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.NAME:
            return False
        row = self._rows[index.row()]
        if row.closed:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(row.id)
        else:
            self._checked.discard(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def _row_texts(self, r: HandoverCandidate) -> dict[Column, str]:
        age = "-" if r.age is None else (f"± {r.age}" if r.age_approximate else str(r.age))
        if r.closed:
            remark = self.tr("sudah diserahterimakan")
        elif r.unaccompanied:
            remark = self.tr("anak tanpa pendamping")
        elif r.is_minor:
            remark = self.tr("anak, didampingi %1").replace("%1", r.guardian_name or "-")
        else:
            remark = ""
        return {
            Column.NAME: r.full_name,
            Column.SEX: str(r.sex),
            Column.AGE: age,
            Column.DOCUMENT: r.document_number or "-",
            Column.FAMILY: r.family_label or "",
            Column.REMARK: remark,
        }


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.minors_only = False
        self.open_only = True

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        row: HandoverCandidate = index.data(CANDIDATE_ROLE)
        if self.minors_only and not row.is_minor:
            return False
        if self.open_only and row.closed:
            return False
        haystack = index.data(SEARCH_ROLE)
        return all(word in haystack for word in self.words)


class PeoplePicker(QWidget):
    """Search and filters above the checkable list; buttons pick whole families.

    Signals:
        selection_changed(): the checked persons changed.
    """

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CandidateModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("candidateTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Daftar orang; Spasi mencentang"))

        self.search = QLineEdit()
        self.search.setObjectName("candidateSearch")
        self.search.setPlaceholderText(self.tr("nama, nomor dokumen atau keluarga"))
        search_label = QLabel(self.tr("C&ari"))
        search_label.setBuddy(self.search)
        self.minors_only = QCheckBox(self.tr("Hanya a&nak"))
        self.show_closed = QCheckBox(self.tr("Tampilkan yang sudah &diserahkan"))
        self.family_button = QPushButton(self.tr("Pilih satu &keluarga"))
        self.family_button.setObjectName("pickFamily")
        self.family_button.setToolTip(
            self.tr(
                "Mencentang semua anggota keluarga orang yang disorot, "
                "termasuk anak dan pendampingnya"
            )
        )
        self.shown_button = QPushButton(self.tr("Pilih semua yang &tampil"))
        self.clear_button = QPushButton(self.tr("Kos&ongkan pilihan"))
        self.count_label = QLabel()
        self.count_label.setObjectName("pickedCount")

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.minors_only)
        top.addWidget(self.show_closed)
        buttons = QHBoxLayout()
        for button in (self.family_button, self.shown_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._refilter)
        self.minors_only.toggled.connect(self._refilter)
        self.show_closed.toggled.connect(self._refilter)
        self.family_button.clicked.connect(self.pick_family)
        self.shown_button.clicked.connect(self.pick_shown)
        self.clear_button.clicked.connect(
            lambda: self.model.set_checked(set(self.model.checked_ids()), False)
        )
        self.model.checked_changed.connect(self._checked_changed)
        self._checked_changed()

    def set_candidates(self, rows: list[HandoverCandidate]) -> None:
        self.model.set_rows(rows)
        self._refilter()

    def checked_ids(self) -> tuple[uuid.UUID, ...]:
        return self.model.checked_ids()

    def pick_family(self) -> None:
        """Check the household of every highlighted row (or of the current row)."""
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.view.currentIndex()).row()}
        ids: set[uuid.UUID] = set()
        for row in rows:
            ids |= self.model.group_of(self.model.rows[row].id)
        self.model.set_checked(ids)

    def pick_shown(self) -> None:
        ids = {
            self.proxy.index(row, 0).data(CANDIDATE_ROLE).id for row in range(self.proxy.rowCount())
        }
        self.model.set_checked(ids)

    def select_person(self, person_id: uuid.UUID) -> None:
        """Highlight a person (used by tests and after a search)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CANDIDATE_ROLE).id == person_id:
                self.view.setCurrentIndex(index)
                self.view.selectRow(row)
                return

    def _refilter(self) -> None:
        self.proxy.beginFilterChange()
        self.proxy.words = self.search.text().casefold().split()
        self.proxy.minors_only = self.minors_only.isChecked()
        self.proxy.open_only = not self.show_closed.isChecked()
        self.proxy.endFilterChange()

    def _checked_changed(self) -> None:
        ids = set(self.model.checked_ids())
        minors = sum(1 for r in self.model.rows if r.id in ids and r.is_minor)
        self.count_label.setText(
            self.tr("%1 orang dipilih, %2 anak")
            .replace("%1", str(len(ids)))
            .replace("%2", str(minors))
        )
        self.selection_changed.emit()
