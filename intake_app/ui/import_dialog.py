"""Importing a list of names into a convoy: map the columns, preview, then import all."""

from __future__ import annotations

import uuid
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.manifest import ManifestField, ManifestRow, RowProblem, RowProblemCode
from intake_app.services.errors import ServiceError
from intake_app.services.manifest_files import ManifestFileError, ManifestFileErrorCode, RawTable
from intake_app.services.manifest_import import (
    ImportPreview,
    ImportResult,
    ManifestImporter,
    recognise_headers,
)
from intake_app.ui.form_messages import message

_Index = QModelIndex | QPersistentModelIndex

FIELD_LABELS = {
    ManifestField.SEQ_NO: QT_TRANSLATE_NOOP("ImportDialog", "No. urut"),
    ManifestField.FULL_NAME: QT_TRANSLATE_NOOP("ImportDialog", "Nama"),
    ManifestField.DOCUMENT_NUMBER: QT_TRANSLATE_NOOP("ImportDialog", "No. paspor / SPLP"),
    ManifestField.SEX: QT_TRANSLATE_NOOP("ImportDialog", "Jenis kelamin"),
    ManifestField.BIRTH_DATE: QT_TRANSLATE_NOOP("ImportDialog", "Tanggal lahir"),
    ManifestField.BIRTH_PLACE: QT_TRANSLATE_NOOP("ImportDialog", "Tempat lahir"),
    ManifestField.AGE: QT_TRANSLATE_NOOP("ImportDialog", "Umur"),
    ManifestField.OFFENCE: QT_TRANSLATE_NOOP("ImportDialog", "Pelanggaran"),
    ManifestField.DEPOT: QT_TRANSLATE_NOOP("ImportDialog", "Depot"),
    ManifestField.NATIONALITY: QT_TRANSLATE_NOOP("ImportDialog", "Kewarganegaraan"),
    ManifestField.ADDRESS: QT_TRANSLATE_NOOP("ImportDialog", "Alamat"),
    ManifestField.REMARKS: QT_TRANSLATE_NOOP("ImportDialog", "Keterangan"),
}
PROBLEM_TEXT = {
    RowProblemCode.MISSING_NAME: QT_TRANSLATE_NOOP("ImportDialog", "nama kosong"),
    RowProblemCode.BAD_SEX: QT_TRANSLATE_NOOP("ImportDialog", "jenis kelamin bukan L/P"),
    RowProblemCode.BAD_DATE: QT_TRANSLATE_NOOP("ImportDialog", "tanggal lahir tidak valid"),
    RowProblemCode.FUTURE_DATE: QT_TRANSLATE_NOOP("ImportDialog", "tanggal lahir di masa depan"),
    RowProblemCode.IMPLAUSIBLE_DATE: QT_TRANSLATE_NOOP(
        "ImportDialog", "tanggal lahir lebih dari 110 tahun lalu"
    ),
    RowProblemCode.BAD_AGE: QT_TRANSLATE_NOOP("ImportDialog", "umur bukan angka tahun"),
    RowProblemCode.DUPLICATE_ROW: QT_TRANSLATE_NOOP("ImportDialog", "sama dengan baris %1"),
}
FILE_ERRORS = {
    ManifestFileErrorCode.UNSUPPORTED_FORMAT: QT_TRANSLATE_NOOP(
        "ImportDialog", "Berkas bukan CSV atau XLSX (berkas .xls lama: simpan ulang sebagai .xlsx)."
    ),
    ManifestFileErrorCode.UNREADABLE: QT_TRANSLATE_NOOP(
        "ImportDialog", "Berkas tidak dapat dibaca."
    ),
    ManifestFileErrorCode.NO_HEADER: QT_TRANSLATE_NOOP(
        "ImportDialog", "Baris judul kolom (Nama, Jantina, ...) tidak ditemukan."
    ),
    ManifestFileErrorCode.EMPTY: QT_TRANSLATE_NOOP("ImportDialog", "Berkas tidak berisi data."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def problem_text(problem: RowProblem) -> str:
    reason = _tr(PROBLEM_TEXT[problem.code]).replace("%1", problem.value)
    value = f' ("{problem.value}")' if problem.code != RowProblemCode.DUPLICATE_ROW else ""
    return (
        QCoreApplication.translate("ImportDialog", "Baris %1: %2")
        .replace("%1", str(problem.row_number))
        .replace("%2", reason)
        + value
    )


class PreviewColumn(IntEnum):
    ROW = 0
    NAME = 1
    SEX = 2
    BIRTH = 3
    DOCUMENT = 4
    REASONS = 5


_PREVIEW_HEADERS = {
    PreviewColumn.ROW: QT_TRANSLATE_NOOP("ImportDialog", "Baris"),
    PreviewColumn.NAME: QT_TRANSLATE_NOOP("ImportDialog", "Nama"),
    PreviewColumn.SEX: QT_TRANSLATE_NOOP("ImportDialog", "JK"),
    PreviewColumn.BIRTH: QT_TRANSLATE_NOOP("ImportDialog", "Lahir / umur"),
    PreviewColumn.DOCUMENT: QT_TRANSLATE_NOOP("ImportDialog", "Dokumen"),
    PreviewColumn.REASONS: QT_TRANSLATE_NOOP("ImportDialog", "Pelanggaran"),
}


class PreviewModel(QAbstractTableModel):
    """The rows an import would add, as parsed (not yet in the database)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ManifestRow] = []

    def set_rows(self, rows: tuple[ManifestRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_PREVIEW_HEADERS[PreviewColumn(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = PreviewColumn(index.column())
        if column == PreviewColumn.ROW:
            return str(row.row_number)
        if column == PreviewColumn.NAME:
            return row.full_name
        if column == PreviewColumn.SEX:
            return row.sex.value
        if column == PreviewColumn.BIRTH:
            if row.birth_date:
                return row.birth_date.strftime("%d-%m-%Y")
            if row.birth_year:
                return f"± {row.birth_year}"
            return f"{row.estimated_age} th" if row.estimated_age is not None else "-"
        if column == PreviewColumn.DOCUMENT:
            return row.document_number or "-"
        return row.offence or ""


class ImportDialog(QDialog):
    """Reads a list file, lets the officer map unknown columns, previews, imports."""

    def __init__(
        self,
        importer: ManifestImporter,
        convoy_id: uuid.UUID,
        path: Path,
        *,
        officer_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._convoy_id = convoy_id
        self._path = path
        self._officer_id = officer_id
        self._table: RawTable | None = None
        self._preview: ImportPreview | None = None
        self.result_: ImportResult | None = None
        self.setWindowTitle(self.tr("Impor daftar nama - %1").replace("%1", path.name))
        self.resize(1000, 680)

        self.mapping_box = QGroupBox(self.tr("Kolom di berkas"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.combos: dict[int, QComboBox] = {}
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Impor"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(QLabel(self.tr("Baris bermasalah (perbaiki di berkas, lalu impor lagi):")))
        right.addWidget(self.problems, 1)
        right.addWidget(QLabel(self.tr("Pratinjau yang akan diimpor:")))
        right.addWidget(self.preview_view, 3)
        body = QHBoxLayout()
        body.addWidget(self.mapping_box)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        try:
            self._table = self._importer.read(self._path)
        except ManifestFileError as error:
            self.summary.setText(_tr(FILE_ERRORS[error.code]))
            self.summary.setStyleSheet("color: #9B1C1C;")
            self.import_button.setEnabled(False)
            return
        known = recognise_headers(self._table)
        for column, header in enumerate(self._table.headers):
            combo = QComboBox()
            combo.addItem(self.tr("- abaikan -"), None)
            for field, label in FIELD_LABELS.items():
                combo.addItem(_tr(label), field)
            combo.setCurrentIndex(max(combo.findData(known.get(column)), 0))
            combo.currentIndexChanged.connect(self.refresh_preview)
            caption = QLabel(
                header or self.tr("(tanpa judul) kolom %1").replace("%1", str(column + 1))
            )
            caption.setBuddy(combo)
            combo.setAccessibleName(caption.text())
            self.mapping_form.addRow(caption, combo)
            self.combos[column] = combo
        self.refresh_preview()

    def mapping(self) -> dict[int, ManifestField]:
        # Qt hands item data back as plain str; the parser expects the enum members.
        return {
            col: ManifestField(combo.currentData())
            for col, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def refresh_preview(self) -> None:
        if self._table is None:
            return
        preview = self._importer.preview(self._table, self.mapping(), convoy_id=self._convoy_id)
        self._preview = preview
        parse = preview.parse
        self.problems.clear()
        for problem in parse.problems:
            self.problems.addItem(problem_text(problem))
        self.preview_model.set_rows(preview.new_rows)
        if parse.missing_required:
            missing = ", ".join(_tr(FIELD_LABELS[f]) for f in parse.missing_required)
            text = self.tr("Pilih kolom untuk: %1.").replace("%1", missing)
        elif parse.problems:
            text = self.tr(
                "%1 baris bermasalah: tidak ada yang diimpor sampai berkas diperbaiki."
            ).replace("%1", str(len(parse.problems)))
        else:
            text = (
                self.tr("%1 orang siap diimpor; %2 sudah ada di daftar kedatangan ini.")
                .replace("%1", str(len(preview.new_rows)))
                .replace("%2", str(len(preview.already_imported)))
            )
        self.summary.setText(text)
        self.summary.setStyleSheet("" if preview.can_import else "color: #9B1C1C;")
        self.import_button.setEnabled(preview.can_import)

    def run_import(self) -> None:
        if self._table is None or self._preview is None or not self._preview.can_import:
            return
        try:
            self.result_ = self._importer.import_table(
                self._convoy_id,
                self._table,
                self.mapping(),
                source_file=self._path.name,
                officer_id=self._officer_id,
            )
        except ServiceError as error:
            self.summary.setText(message(error.code))
            return
        self.accept()

    @classmethod
    def choose_file(cls, parent: QWidget | None) -> Path | None:
        """Ask for a list file (tests patch this)."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Pilih daftar nama"),
            "",
            QCoreApplication.translate("ImportDialog", "Daftar nama (*.csv *.xlsx *.txt)"),
        )
        return Path(name) if name else None
