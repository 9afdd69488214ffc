"""The list of exported batches on the "Kirim ke Pusat" page: state, tries, reasons."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from intake_app.domain.clock import POST_TIMEZONE
from intake_app.services.sync_batches import SyncBatchState
from intake_app.storage.models import SyncBatch

COLUMNS = (
    QT_TRANSLATE_NOOP("SyncBatchTable", "Urutan"),
    QT_TRANSLATE_NOOP("SyncBatchTable", "Perubahan"),
    QT_TRANSLATE_NOOP("SyncBatchTable", "Status"),
    QT_TRANSLATE_NOOP("SyncBatchTable", "Percobaan"),
    QT_TRANSLATE_NOOP("SyncBatchTable", "Coba lagi"),
    QT_TRANSLATE_NOOP("SyncBatchTable", "Keterangan"),
    QT_TRANSLATE_NOOP("SyncBatchTable", "Dibuat"),
)
REASON_COLUMN = 5
NUMBER_COLUMNS = (0, 1, 3)


def _when(moment: datetime | None) -> str:
    return moment.astimezone(POST_TIMEZONE).strftime("%d-%m-%Y %H:%M") if moment else ""


class SyncBatchTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self._state_names = {
            SyncBatchState.WAITING: self.tr("Menunggu"),
            SyncBatchState.SENDING: self.tr("Sedang dikirim"),
            SyncBatchState.SENT: self.tr("Terkirim"),
            SyncBatchState.FAILED: self.tr("Gagal, dicoba lagi"),
        }
        self._reasons = {
            "connection_failed": self.tr("Tidak dapat terhubung ke kantor pusat"),
            "timeout": self.tr("Kantor pusat tidak menjawab tepat waktu"),
            "unknown_post": self.tr("Pos ini belum terdaftar di kantor pusat"),
            "bad_signature": self.tr("Tanda tangan berkas ditolak kantor pusat"),
            "not_for_this_headoffice": self.tr("Berkas tidak untuk kunci kantor pusat ini"),
            "schema_invalid": self.tr("Isi berkas ditolak kantor pusat"),
            "malformed": self.tr("Berkas rusak"),
            "receipt_bad_signature": self.tr("Tanda terima tidak sah"),
            "receipt_unknown_key": self.tr("Tanda terima dari kunci yang tidak dikenal"),
            "receipt_mismatch": self.tr("Tanda terima untuk berkas lain"),
            "file_missing": self.tr("Berkas hilang dari folder outbox"),
        }
        self.setHorizontalHeaderLabels([self.tr(name) for name in COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setAccessibleName(self.tr("Berkas kiriman"))

    def reason_text(self, batch: SyncBatch) -> str:
        if batch.failure_code:
            return self._reasons.get(batch.failure_code, batch.failure_code)
        if not batch.receipt:
            return ""
        counts = json.loads(batch.receipt).get("counts", {})
        text = self.tr("Diterima %1, sudah ada %2, konflik %3")
        for n, key in enumerate(("applied", "already_held", "conflicts"), start=1):
            text = text.replace(f"%{n}", str(counts.get(key, 0)))
        return text

    def show_batches(self, batches: Sequence[SyncBatch]) -> None:
        self.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            retry = _when(batch.next_attempt_at) if batch.state == SyncBatchState.FAILED else ""
            cells = (
                f"{batch.seq_from}-{batch.seq_to}",
                str(batch.change_count),
                self._state_names.get(SyncBatchState(batch.state), batch.state),
                str(batch.attempts),
                retry,
                self.reason_text(batch),
                _when(batch.created_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == REASON_COLUMN and batch.failure_reason:
                    item.setToolTip(f"{batch.failure_code}: {batch.failure_reason}")
                if column in NUMBER_COLUMNS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)
