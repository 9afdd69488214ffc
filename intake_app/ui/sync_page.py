"""The "Kirim ke Pusat" page: batches and their states, USB export, sending, keys, address."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.services.sync_batches import list_batches
from intake_app.sync.crypto import KeyFileError, fingerprint, format_fingerprint, load_verify_key
from intake_app.ui.notice import Notice
from intake_app.ui.sync_batch_table import SyncBatchTable
from intake_app.ui.sync_worker import SyncWorker

log = logging.getLogger("intake_app.ui.sync")


class SyncFileDialog:
    """Folder and file choices; classmethods so tests can answer without a dialog."""

    @classmethod
    def export_folder(cls, parent: QWidget) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("SyncPage", "Pilih folder USB")
        )
        return Path(name) if name else None

    @classmethod
    def key_file(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SyncPage", "Kunci kantor pusat"),
            "",
            "JSON (*.json);;* (*)",
        )
        return Path(name) if name else None


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    """One call off the GUI thread (the USB export can take seconds)."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _TaskSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001  shown to the officer, not raised
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


class SyncPage(QWidget):
    """Signals: `changed` after an export or an import (the status bar recounts)."""

    changed = Signal()

    def __init__(self, services: Any, worker: SyncWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._exporter = services.sync_export
        self.worker = worker
        self._pool = QThreadPool(self)
        self._task: _Task | None = None
        self._build()
        worker.round_started.connect(self._round_started)
        worker.round_finished.connect(self._round_done)
        worker.round_crashed.connect(self._round_done)

    def _build(self) -> None:
        title = QLabel(self.tr("Kirim ke Pusat"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.state_label = QLabel()
        self.state_label.setObjectName("syncPageState")
        self.export_button = QPushButton(self.tr("&Ekspor ke USB..."))
        self.export_button.clicked.connect(self.export_to_usb)
        self.send_button = QPushButton(self.tr("&Kirim sekarang"))
        self.send_button.clicked.connect(self.send_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)

        self.table = SyncBatchTable()

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://pusat.example.go.id")
        self.save_url_button = QPushButton(self.tr("Simpan &alamat"))
        self.save_url_button.clicked.connect(self.save_url)
        self.url_edit.returnPressed.connect(self.save_url)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.save_url_button)
        self.post_key_label = QLabel()
        self.post_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.office_keys_label = QLabel()
        self.office_keys_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.office_keys_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Impor kunci pusat..."))
        self.import_button.clicked.connect(self.import_keys)
        settings = QGroupBox(self.tr("Pengaturan dan kunci"))
        form = QFormLayout(settings)
        url_label = QLabel(self.tr("Alamat kantor p&usat:"))
        url_label.setBuddy(self.url_edit)
        form.addRow(url_label, url_row)
        form.addRow(self.tr("Sidik jari kunci pos:"), self.post_key_label)
        form.addRow(self.tr("Kunci kantor pusat:"), self.office_keys_label)
        form.addRow("", self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(settings)
        for first, second in (
            (self.export_button, self.send_button),
            (self.send_button, self.table),
            (self.table, self.url_edit),
            (self.url_edit, self.save_url_button),
            (self.save_url_button, self.import_button),
        ):
            QWidget.setTabOrder(first, second)

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_table()
        self.url_edit.setText(self.worker.pusher.headoffice_url() or "")
        self._fill_keys()
        self.send_button.setEnabled(not self.worker.busy)

    def _fill_table(self) -> None:
        self.table.show_batches(list_batches(self._services.db))

    def _fill_keys(self) -> None:
        try:
            public = self._exporter.post_public_key_path
            key = load_verify_key(public) if public.exists() else None
            fp = fingerprint(key) if key else self._exporter.ensure_post_keys().fingerprint
            self.post_key_label.setText(format_fingerprint(fp))
        except KeyFileError as error:
            log.warning("post key unreadable: %s", error.code)
            self.post_key_label.setText(self.tr("Kunci pos tidak dapat dibaca"))
        try:
            keys = (
                self._exporter.headoffice_keys()
                if self._exporter.headoffice_keys_path.exists()
                else ()
            )
        except KeyFileError:
            keys = ()
        if not keys:
            self.office_keys_label.setText(self.tr("Belum ada. Impor berkas kunci dari pusat."))
            return
        lines = [
            f"{key.id}{f' ({key.label})' if key.label else ''}: "
            f"{format_fingerprint(key.fingerprint)}"
            for key in keys
        ]
        self.office_keys_label.setText("\n".join(lines))

    # -- actions --------------------------------------------------------------------------

    def save_url(self) -> bool:
        try:
            self.worker.pusher.set_headoffice_url(self.url_edit.text())
        except Exception as error:  # noqa: BLE001  bad_url and the like
            if getattr(error, "code", None) is None:
                raise
            Notice.error(self, self.tr("Alamat harus diawali http:// atau https://"))
            return False
        self.url_edit.setText(self.worker.pusher.headoffice_url() or "")
        self.state_label.setText(self.tr("Alamat kantor pusat disimpan."))
        return True

    def send_now(self) -> bool:
        if not self.worker.pusher.headoffice_url():
            Notice.error(self, self.tr("Isi dan simpan alamat kantor pusat terlebih dahulu."))
            return False
        started = self.worker.send_now()
        if not started:
            self.state_label.setText(self.tr("Pengiriman sedang berjalan."))
        return started

    def import_keys(self) -> bool:
        path = SyncFileDialog.key_file(self)
        if path is None:
            return False
        try:
            self._exporter.add_headoffice_keys(path)
        except (KeyFileError, OSError) as error:
            Notice.error(
                self, self.tr("Berkas kunci tidak dapat dipakai: %1").replace("%1", str(error))
            )
            return False
        self._fill_keys()
        self.state_label.setText(
            self.tr("Kunci pusat diimpor. Cocokkan sidik jarinya dengan pusat lewat telepon.")
        )
        self.changed.emit()
        return True

    def export_to_usb(self) -> bool:
        folder = SyncFileDialog.export_folder(self)
        if folder is None:
            return False
        self.export_button.setEnabled(False)
        self.state_label.setText(self.tr("Mengekspor..."))
        task = _Task(lambda: self._exporter.export(folder))
        task.signals.finished.connect(self._exported)
        task.signals.failed.connect(self._export_failed)
        self._task = task
        self._pool.start(task)
        return True

    def wait_for_export(self, ms: int = 30_000) -> bool:
        return self._pool.waitForDone(ms)

    def _exported(self, result: Any) -> None:
        self._task = None
        self.export_button.setEnabled(True)
        if result.nothing_to_send:
            text = self.tr("Tidak ada perubahan baru untuk diekspor.")
        else:
            text = (
                self.tr("%n berkas ditulis ke USB", "", len(result.batches))
                + f" ({result.change_count} "
                + self.tr("perubahan")
                + ")"
            )
        self.state_label.setText(text)
        self.refresh()
        self.changed.emit()

    def _export_failed(self, error: Exception) -> None:
        self._task = None
        self.export_button.setEnabled(True)
        self.state_label.setText("")
        code = getattr(error, "code", None)
        if code == "no_headoffice_keys":
            text = self.tr("Belum ada kunci kantor pusat. Impor berkas kunci dari pusat dahulu.")
        else:
            text = self.tr("Ekspor gagal, tidak ada yang ditandai terkirim: %1").replace(
                "%1", str(error)
            )
        Notice.error(self, text)

    def _round_started(self) -> None:
        self.send_button.setEnabled(False)
        self.state_label.setText(self.tr("Mengirim ke kantor pusat..."))

    def _round_done(self, result: Any) -> None:
        self.send_button.setEnabled(True)
        if isinstance(result, str):
            self.state_label.setText(self.tr("Pengiriman terhenti: %1").replace("%1", result))
        else:
            sent = sum(1 for outcome in result if outcome.code is None)
            failed = len(result) - sent
            self.state_label.setText(
                self.tr("Terkirim: %1 berkas, gagal: %2 berkas")
                .replace("%1", str(sent))
                .replace("%2", str(failed))
            )
        self._fill_table()
