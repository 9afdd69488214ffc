"""Serah Terima: the issued letters of a convoy, new handovers, preview, print, reprint, void."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.clock import POST_TIMEZONE
from intake_app.services.bundle import AppServices
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.handovers import LetterInfo
from intake_app.ui.combo_select import index_of, select_data
from intake_app.ui.handover_dialog import HandoverDialog
from intake_app.ui.handover_messages import error_text
from intake_app.ui.letter_table import LETTER_ROLE, LetterTableModel
from intake_app.ui.notice import Notice
from intake_app.ui.pdf_preview import PdfPages, PdfPreviewDialog, print_pages
from intake_app.ui.supervisor_gate import SupervisorAction, require_supervisor
from intake_app.ui.void_dialog import VoidDialog

ALL_CONVOYS = None


class HandoverPage(QWidget):
    """Serah Terima: letters newest first, filtered by convoy, with every letter action.

    Signals:
        changed(): a handover was issued or voided (counts elsewhere are stale).
    """

    changed = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        title = QLabel(self.tr("Serah Terima"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.convoy = QComboBox()
        self.convoy.setObjectName("letterConvoy")
        convoy_label = QLabel(self.tr("&Kedatangan"))
        convoy_label.setBuddy(self.convoy)
        self.officer = QComboBox()
        self.officer.setObjectName("currentOfficer")
        officer_label = QLabel(self.tr("&Petugas"))
        officer_label.setBuddy(self.officer)
        self.model = LetterTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("letterTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.activated.connect(lambda _index: self.preview())

        self.new_button = QPushButton(self.tr("&Buat serah terima baru"))
        self.new_button.setObjectName("newHandover")
        self.preview_button = QPushButton(self.tr("P&ratinjau"))
        self.print_button = QPushButton(self.tr("&Cetak"))
        self.save_button = QPushButton(self.tr("&Simpan sebagai PDF"))
        self.reprint_button = QPushButton(self.tr("Cetak &ulang (SALINAN)"))
        self.reprint_button.setObjectName("reprint")
        self.void_button = QPushButton(self.tr("Bata&lkan..."))
        self.void_button.setObjectName("voidLetter")
        self.count_label = QLabel()
        self.count_label.setObjectName("letterCount")

        scope = QHBoxLayout()
        scope.addWidget(convoy_label)
        scope.addWidget(self.convoy, 1)
        scope.addSpacing(16)
        scope.addWidget(officer_label)
        scope.addWidget(self.officer, 1)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.preview_button,
            self.print_button,
            self.save_button,
            self.reprint_button,
            self.void_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(scope)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)

        self.convoy.currentIndexChanged.connect(self._load_letters)
        self.new_button.clicked.connect(self.new_handover)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button.clicked.connect(self.void)

    # Loading

    def refresh(self) -> None:
        chosen, officer = self.convoy.currentData(), self.officer.currentData()
        self.convoy.blockSignals(True)
        self.convoy.clear()
        self.convoy.addItem(self.tr("Semua kedatangan"), ALL_CONVOYS)
        for overview in self._services.convoys.overview():
            local = overview.arrival_at.astimezone(POST_TIMEZONE)
            label = f"{local:%d-%m-%Y %H:%M}  {overview.kjri_letter_number or ''}".strip()
            self.convoy.addItem(label, overview.id)
        # A fresh page starts at the newest convoy: that is where handovers happen today.
        index = index_of(self.convoy, chosen) if chosen else min(1, self.convoy.count() - 1)
        self.convoy.setCurrentIndex(max(index, 0))
        self.convoy.blockSignals(False)
        self.officer.clear()
        for choice in self._services.handovers.officers():
            self.officer.addItem(choice.full_name, choice.id)
        select_data(self.officer, officer or self._services.officer_id)
        self._load_letters()

    def _load_letters(self) -> None:
        letters = self._services.handovers.letters(convoy_id=self.convoy.currentData())
        self.model.set_rows(letters)
        self.count_label.setText(self.tr("%n surat", "", len(letters)))
        if letters:
            self.view.selectRow(0)
        self.new_button.setEnabled(self.convoy.currentData() is not None or self.convoy.count() > 1)

    def selected(self) -> LetterInfo | None:
        index = self.view.currentIndex()
        return self.model.index(index.row(), 0).data(LETTER_ROLE) if index.isValid() else None

    def select_letter(self, handover_id: uuid.UUID) -> None:
        for row in range(self.model.rowCount()):
            if self.model.letter(row).handover_id == handover_id:  # type: ignore[union-attr]
                self.view.selectRow(row)
                return

    # Actions

    def new_handover(self) -> None:
        convoy_id = self.convoy.currentData()
        if convoy_id is None and self.convoy.count() > 1:
            convoy_id = self.convoy.itemData(1)  # newest convoy
        if convoy_id is None:
            return
        dialog = HandoverDialog(
            self._services, convoy_id, officer_id=self.officer.currentData(), parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.letter is None:
            return
        self.changed.emit()
        self._load_letters()
        self.select_letter(dialog.letter.handover_id)
        if dialog.letter.render_error:
            Notice.error(
                self,
                self.tr(
                    "Serah terima tercatat, tetapi PDF belum dapat dibuat. "
                    "Pilih Pratinjau untuk mencoba lagi."
                ),
            )
            return
        self.preview()

    def _original(self, info: LetterInfo) -> bytes | None:
        try:
            return self._services.handovers.ensure_pdf(info.handover_id).read_bytes()
        except (ServiceError, OSError):
            Notice.error(self, self.tr("PDF surat tidak dapat dibuat atau dibaca."))
            return None

    def preview(self) -> PdfPreviewDialog | None:
        info = self.selected()
        pdf = self._original(info) if info else None
        if info is None or pdf is None:
            return None
        return self.open_preview(pdf, info, copy=False)

    def open_preview(self, pdf: bytes, info: LetterInfo, *, copy: bool) -> PdfPreviewDialog:
        title = self.tr("Salinan surat %1") if copy else self.tr("Surat %1")
        dialog = PdfPreviewDialog(
            pdf,
            title=title.replace("%1", info.reference),
            suggested_name=_file_name(info, copy=copy),
            parent=self,
        )
        if not copy:  # a reprint was audited when it was made
            dialog.printed.connect(lambda: self._audit_original_print(info))
        self.show_dialog(dialog)
        return dialog

    def _audit_original_print(self, info: LetterInfo) -> None:
        try:
            self._services.handovers.record_original_print(
                info.handover_id, officer_id=self.officer.currentData()
            )
        except ServiceError as error:
            Notice.error(self, error_text(error.code))

    def show_dialog(self, dialog: QDialog) -> None:
        """Modal in the app; tests patch this to keep the dialog open and look at it."""
        dialog.exec()

    def print_letter(self) -> None:
        info = self.selected()
        pdf = self._original(info) if info else None
        if info is None or pdf is None:
            return
        printer = PdfPreviewDialog.ask_printer(self)
        if printer is None:
            return
        pages = PdfPages(pdf)
        try:
            if not print_pages(pages, printer):
                Notice.error(self, self.tr("Printer tidak dapat dipakai. Periksa printernya."))
                return
        finally:
            pages.close()
        self._audit_original_print(info)

    def save_letter(self) -> None:
        info = self.selected()
        pdf = self._original(info) if info else None
        if info is None or pdf is None:
            return
        path = PdfPreviewDialog.ask_save_path(self, _file_name(info, copy=False))
        if path is None:
            return
        try:
            path.write_bytes(pdf)
        except OSError:
            Notice.error(
                self, self.tr("Berkas tidak dapat ditulis di tempat itu. Pilih folder lain.")
            )

    def reprint(self) -> PdfPreviewDialog | None:
        info = self.selected()
        if info is None:
            return None
        try:
            pdf = self._services.handovers.reprint(
                info.handover_id, officer_id=self.officer.currentData()
            )
        except ServiceError as error:
            Notice.error(self, error_text(error.code))
            return None
        self._load_letters()
        self.select_letter(info.handover_id)
        return self.open_preview(pdf, info, copy=True)

    def void(self) -> None:
        info = self.selected()
        if info is None or info.voided:
            return
        reason = VoidDialog.ask(self, info)
        if reason is None:
            return
        if not require_supervisor(self, SupervisorAction.VOID_LETTER, self._services.session):
            Notice.error(self, error_text(ErrorCode.SUPERVISOR_REQUIRED))
            return
        officer_id = self.officer.currentData()
        if officer_id is None:
            Notice.error(self, self.tr("Pilih petugas yang membatalkan."))
            return
        try:
            self._services.handovers.void(
                info.handover_id, reason, officer_id=officer_id, supervisor=True
            )
        except ServiceError as error:
            Notice.error(self, error_text(error.code))
            return
        self.changed.emit()
        self._load_letters()
        self.select_letter(info.handover_id)


def _file_name(info: LetterInfo, *, copy: bool) -> str:
    safe = "".join(c if c.isalnum() or c in ".-" else "_" for c in info.reference).strip("._")
    return f"{safe}{'-SALINAN' if copy else ''}.pdf"
