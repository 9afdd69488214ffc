"""Creating or editing a convoy (kedatangan): arrival, depot, KJRI letter, head count."""

from __future__ import annotations

from datetime import datetime

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from intake_app.domain.clock import POST_TIMEZONE
from intake_app.domain.enums import ConvoyKind, Depot
from intake_app.services.convoys import ConvoyDraft, ConvoyPublic
from intake_app.ui.convoy_table import DEPOT_LABELS

KIND_LABELS = {
    ConvoyKind.DEPORTATION: QT_TRANSLATE_NOOP("ConvoyDialog", "Deportasi"),
    ConvoyKind.CONSULATE_REPATRIATION: QT_TRANSLATE_NOOP("ConvoyDialog", "Pemulangan oleh KJRI"),
    ConvoyKind.OTHER: QT_TRANSLATE_NOOP("ConvoyDialog", "Lainnya"),
}


class ConvoyDialog(QDialog):
    """Asks for a convoy's details; `draft()` gives them back validated."""

    def __init__(
        self, existing: ConvoyPublic | None, now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ubah kedatangan") if existing else self.tr("Kedatangan baru"))
        local_now = now.astimezone(POST_TIMEZONE)
        self.arrival = QDateTimeEdit()
        self.arrival.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.arrival.setCalendarPopup(True)
        self.arrival.setDateTime(
            QDateTime(
                QDate(local_now.year, local_now.month, local_now.day),
                QTime(local_now.hour, local_now.minute),
            )
        )
        self.depot = QComboBox()
        for depot, label in DEPOT_LABELS.items():
            self.depot.addItem(QCoreApplication.translate("ConvoyTableModel", label), depot)
        self.depot_other = QLineEdit()
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("ConvoyDialog", label), kind)
        self.letter_number = QLineEdit()
        self.letter_number.setPlaceholderText("1908/PK/B/SKEL/10/2025/08/08/KCH")
        self.letter_date = QDateEdit()
        self.letter_date.setDisplayFormat("dd-MM-yyyy")
        self.letter_date.setCalendarPopup(True)
        self.letter_date.setSpecialValueText(self.tr("tidak diisi"))
        self.letter_date.setMinimumDate(QDate(2000, 1, 1))
        self.letter_date.setDate(self.letter_date.minimumDate())
        self.expected = QSpinBox()
        self.expected.setRange(-1, 5000)
        self.expected.setSpecialValueText(self.tr("tidak diketahui"))
        self.expected.setValue(-1)
        self.vehicles = QLineEdit()
        self.notes = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #9B1C1C;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout(self)
        for label, field in (
            (self.tr("&Tiba"), self.arrival),
            (self.tr("&Depot"), self.depot),
            (self.tr("Depot lain"), self.depot_other),
            (self.tr("&Jenis"), self.kind),
            (self.tr("No. &surat KJRI"), self.letter_number),
            (self.tr("Tanggal surat KJRI"), self.letter_date),
            (self.tr("Jumlah &diharapkan"), self.expected),
            (self.tr("&Kendaraan"), self.vehicles),
            (self.tr("Catatan"), self.notes),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            field.setAccessibleName(label.replace("&", ""))
            form.addRow(caption, field)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if existing is not None:
            self._fill(existing)
        self._draft: ConvoyDraft | None = None

    def _fill(self, convoy: ConvoyPublic) -> None:
        local = convoy.arrival_at.astimezone(POST_TIMEZONE)
        self.arrival.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.depot.setCurrentIndex(self.depot.findData(convoy.depot))
        self.depot_other.setText(convoy.depot_other or "")
        self.kind.setCurrentIndex(self.kind.findData(convoy.kind))
        self.letter_number.setText(convoy.kjri_letter_number or "")
        if convoy.kjri_letter_date:
            d = convoy.kjri_letter_date
            self.letter_date.setDate(QDate(d.year, d.month, d.day))
        self.expected.setValue(-1 if convoy.expected_count is None else convoy.expected_count)
        self.vehicles.setText(convoy.vehicles or "")
        self.notes.setText(convoy.notes or "")

    def read(self) -> ConvoyDraft:
        qt = self.arrival.dateTime()
        arrival = datetime(
            qt.date().year(),
            qt.date().month(),
            qt.date().day(),
            qt.time().hour(),
            qt.time().minute(),
            tzinfo=POST_TIMEZONE,
        )
        letter = self.letter_date.date()
        return ConvoyDraft(
            arrival_at=arrival,
            depot=self.depot.currentData(),
            depot_other=self.depot_other.text() or None,
            kind=self.kind.currentData(),
            kjri_letter_number=self.letter_number.text() or None,
            kjri_letter_date=None
            if letter == self.letter_date.minimumDate()
            else letter.toPython(),
            expected_count=None if self.expected.value() < 0 else self.expected.value(),
            vehicles=self.vehicles.text() or None,
            notes=self.notes.text() or None,
        )

    def _accept_if_valid(self) -> None:
        try:
            draft = self.read()
        except ValidationError:
            self.error.setText(self.tr("Isian kedatangan tidak valid."))
            self.error.show()
            return
        if draft.depot == Depot.OTHER and not draft.depot_other:
            self.error.setText(self.tr("Tulis nama depot bila memilih Lainnya."))
            self.error.show()
            self.depot_other.setFocus()
            return
        self._draft = draft
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, existing: ConvoyPublic | None, now: datetime
    ) -> ConvoyDraft | None:
        """Show the dialog; the validated draft, or None if cancelled (tests patch this)."""
        dialog = cls(existing, now, parent)
        return dialog._draft if dialog.exec() == QDialog.DialogCode.Accepted else None
