"""The pages behind the navigation: convoys, people, and the shells of later features."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.enums import PersonStatus
from intake_app.services.bundle import AppServices
from intake_app.services.errors import ServiceError
from intake_app.services.manifest_import import ManifestImporter
from intake_app.services.people_query import PersonFilter
from intake_app.services.search import MIN_QUERY
from intake_app.ui.convoy_dialog import ConvoyDialog
from intake_app.ui.convoy_table import OVERVIEW_ROLE, ConvoyTableModel
from intake_app.ui.form_messages import message
from intake_app.ui.import_dialog import ImportDialog
from intake_app.ui.notice import Notice
from intake_app.ui.pdf_preview import PdfPreviewDialog
from intake_app.ui.person_table import PAGE_SIZE, ROW_ROLE, PersonTableModel
from intake_app.ui.registration_dialog import RegistrationDialog


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def _table() -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ConvoysPage(QWidget):
    """Kedatangan: every convoy with expected / arrived / not-on-list counts.

    Signals:
        convoy_opened(object, str): id and short label of the convoy the officer opened
            (Enter or double-click).
        changed(): a convoy or its people were saved (counts elsewhere are stale).
    """

    convoy_opened = Signal(object, str)
    changed = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = ConvoyTableModel(self)
        self.view = _table()
        self.view.setObjectName("convoyTable")
        self.view.setModel(self.model)
        self.view.activated.connect(self._open)
        self.new_button = QPushButton(self.tr("&Kedatangan baru"))
        self.new_button.setObjectName("newConvoy")
        self.edit_button = QPushButton(self.tr("&Ubah"))
        self.register_button = QPushButton(self.tr("&Daftarkan deportan"))
        self.register_button.setObjectName("registerPeople")
        self.new_button.clicked.connect(self.new_convoy)
        self.edit_button.clicked.connect(self.edit_convoy)
        self.register_button.clicked.connect(self.register_people)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.register_button):
            actions.addWidget(button)
        self.import_button = QPushButton(self.tr("&Impor daftar nama"))
        self.import_button.setObjectName("importManifest")
        self.import_button.clicked.connect(self.import_manifest)
        actions.addWidget(self.import_button)
        self.summary_button = QPushButton(self.tr("Cetak &rekap kedatangan"))
        self.summary_button.setObjectName("convoySummary")
        self.summary_button.clicked.connect(self.print_summary)
        actions.addWidget(self.summary_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Kedatangan")))
        layout.addLayout(actions)
        layout.addWidget(self.view)

    def selected_id(self):  # type: ignore[no-untyped-def]
        index = self.view.currentIndex()
        overview = self.model.index(index.row(), 0).data(OVERVIEW_ROLE) if index.isValid() else None
        return overview.id if overview is not None else None

    def new_convoy(self) -> None:
        draft = ConvoyDialog.ask(self, None, self._services.now())
        if draft is None:
            return
        try:
            new_id = self._services.convoys.create(draft, officer_id=self._services.officer_id)
        except ServiceError as error:
            Notice.error(self, message(error.code))
            return
        self.refresh()
        self._select(new_id)
        self.changed.emit()

    def edit_convoy(self) -> None:
        convoy_id = self.selected_id()
        if convoy_id is None:
            return
        existing = self._services.convoys.get(convoy_id)
        draft = ConvoyDialog.ask(self, existing, self._services.now())
        if draft is None:
            return
        try:
            self._services.convoys.update(convoy_id, draft, officer_id=self._services.officer_id)
        except ServiceError as error:
            Notice.error(self, message(error.code))
            return
        self.refresh()
        self._select(convoy_id)
        self.changed.emit()

    def import_manifest(self) -> None:
        convoy_id = self.selected_id()
        if convoy_id is None:
            return
        path = ImportDialog.choose_file(self)
        if path is None:
            return
        importer = ManifestImporter(self._services.db, now=self._services.now)
        dialog = ImportDialog(
            importer, convoy_id, path, officer_id=self._services.officer_id, parent=self
        )
        if dialog.exec() == ImportDialog.DialogCode.Accepted:
            self.refresh()
            self._select(convoy_id)
            self.changed.emit()

    def print_summary(self) -> None:
        """Rekapitulasi kedatangan of the selected convoy, previewed to print or save."""
        convoy_id = self.selected_id()
        if convoy_id is None:
            return
        pdf = self._services.handovers.convoy_summary(
            convoy_id, officer_id=self._services.officer_id
        )
        PdfPreviewDialog.show_pdf(
            self, pdf, title=self.tr("Rekap kedatangan"), suggested_name="rekap-kedatangan.pdf"
        )

    def register_people(self) -> None:
        convoy_id = self.selected_id()
        if convoy_id is None:
            return
        dialog = RegistrationDialog(self._services, convoy_id, parent=self)
        dialog.saved.connect(self.changed)
        dialog.exec()
        self.refresh()
        self._select(convoy_id)

    def _select(self, convoy_id) -> None:  # type: ignore[no-untyped-def]
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(OVERVIEW_ROLE).id == convoy_id:
                self.view.selectRow(row)
                return

    def refresh(self) -> None:
        self.model.set_rows(self._services.convoys.overview())
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        first = self.model.index(index.row(), 0)
        overview = first.data(OVERVIEW_ROLE)
        if overview is not None:
            label = f"{first.data()} {self.model.index(index.row(), 1).data()}"
            self.convoy_opened.emit(overview.id, label)


class PeoplePage(QWidget):
    """Deportan: the people list, searched and filtered in SQL, loaded lazily while scrolling.

    Signals:
        changed(): a person was saved from this page.
    """

    changed = Signal()
    SEARCH_DELAY_MS = 200  # a fast typist's keys are one search, not one each

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._convoy_id = None
        self.model = PersonTableModel(services.people_query, self, search=services.search)
        self.view = _table()
        self.view.setObjectName("personTable")
        # Column widths from the rows around the screen, not 1,000 of them (5 pages read).
        self.view.horizontalHeader().setResizeContentsPrecision(PAGE_SIZE)
        self.view.setModel(self.model)
        self.view.activated.connect(self.edit_person)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("personSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("nama, nomor dokumen atau NIK (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Cari deportan"))
        search_label = QLabel(self.tr("&Cari"))
        search_label.setBuddy(self.search_box)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(self.SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self.search_timer.start)
        self.search_box.returnPressed.connect(self._search_now)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.search_box,
            activated=self.clear_search,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.minors_only = QCheckBox(self.tr("Hanya &anak"))
        self.unaccompanied_only = QCheckBox(self.tr("Hanya anak &tanpa pendamping"))
        self.incomplete_only = QCheckBox(self.tr("Belum &lengkap"))
        for box in (self.minors_only, self.unaccompanied_only, self.incomplete_only):
            box.toggled.connect(self.refresh)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Status"))
        for value, label in (
            (None, self.tr("semua")),
            (PersonStatus.REGISTERED, self.tr("Menunggu disposisi")),
            (PersonStatus.CLOSED, self.tr("Selesai")),
            (PersonStatus.EXPECTED, self.tr("Diharapkan")),
        ):
            self.status.addItem(label, value)
        self.status.currentIndexChanged.connect(self.refresh)
        status_label = QLabel(self.tr("Stat&us"))
        status_label.setBuddy(self.status)
        self.count_label = QLabel()
        self.count_label.setObjectName("personCount")
        self.scope_label = QLabel(self.tr("Semua kedatangan"))
        self.all_convoys = QPushButton(self.tr("Tampilkan &semua kedatangan"))
        self.all_convoys.clicked.connect(lambda: self.show_convoy(None))
        self.all_convoys.setEnabled(False)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.count_label)
        search_row.addSpacing(24)
        search_row.addWidget(self.scope_label)
        search_row.addWidget(self.all_convoys)
        filters = QHBoxLayout()
        filters.addWidget(self.minors_only)
        filters.addWidget(self.unaccompanied_only)
        filters.addWidget(self.incomplete_only)
        filters.addSpacing(24)
        filters.addWidget(status_label)
        filters.addWidget(self.status)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Deportan")))
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        # Reading order: search, scope, filters, then the list.
        order: list[QWidget] = [
            self.search_box,
            self.all_convoys,
            self.minors_only,
            self.unaccompanied_only,
            self.incomplete_only,
            self.status,
            self.view,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def show_convoy(self, convoy_id, label: str = "") -> None:  # type: ignore[no-untyped-def]
        self._convoy_id = convoy_id
        self.scope_label.setText(
            self.tr("Kedatangan %1").replace("%1", label)
            if convoy_id
            else self.tr("Semua kedatangan")
        )
        self.all_convoys.setEnabled(convoy_id is not None)
        self.refresh()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear_search(self) -> None:
        self.search_box.clear()
        self._search_now()

    def _search_now(self) -> None:
        """Enter: search without waiting, then go to the first hit."""
        self.search_timer.stop()
        self.refresh()
        if self.model.rowCount() and self.search_box.text().strip():
            self.view.setFocus()
            self.view.selectRow(0)

    def search_text(self) -> str:
        """What is searched: too short a text outside one convoy searches nothing yet."""
        text = self.search_box.text().strip()
        typed = sum(ch.isalnum() for ch in text)
        if self._convoy_id is None and typed < MIN_QUERY:
            return ""
        return text

    def refresh(self) -> None:
        self.search_timer.stop()
        text = self.search_text()
        self.model.set_filter(
            PersonFilter(
                convoy_id=self._convoy_id,
                minors_only=self.minors_only.isChecked(),
                unaccompanied_only=self.unaccompanied_only.isChecked(),
                incomplete_only=self.incomplete_only.isChecked(),
                status=self.status.currentData(),
            ),
            text,
        )
        count = self.tr("%n orang", "", self.model.total)
        if text and self.model.capped:
            count = self.tr("%1 teratas; ketik lebih lengkap").replace("%1", count)
        elif self.search_box.text().strip() and not text:
            count = self.tr("%1; ketik minimal 3 huruf untuk mencari").replace("%1", count)
        self.count_label.setText(count)

    def edit_person(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.model.index(index.row(), 0).data(ROW_ROLE)
        if row is None:
            return
        dialog = RegistrationDialog(self._services, row.convoy_id, person_id=row.id, parent=self)
        dialog.saved.connect(self.changed)
        dialog.exec()
        self.refresh()


class NotYetPage(QWidget):
    """A navigation target whose feature arrives in a later release; says so plainly."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(_title(title))
        layout.addWidget(text, 1)

    def refresh(self) -> None:
        """Nothing to reload yet."""
