"""Preview of a PDF (pages drawn by pdfium), printing it and saving it: letters and forms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.notice import Notice

SCREEN_DPI = 96
# Enough for sharp print on office printers; more only makes the spool file bigger.
MAX_PRINT_DPI = 300
ZOOMS = (50, 75, 100, 125, 150, 200)


class PdfPages:
    """A PDF opened with pdfium (no QtPdf in the PySide6 wheels), drawn page by page."""

    def __init__(self, pdf: bytes) -> None:
        self._pdf = pdf
        import pypdfium2 as pdfium  # loaded on the first preview, not at the window's start

        self._document = pdfium.PdfDocument(pdf)

    def __len__(self) -> int:
        return len(self._document)

    @property
    def data(self) -> bytes:
        return self._pdf

    def page_size_points(self, index: int) -> tuple[float, float]:
        width, height = self._document[index].get_size()
        return float(width), float(height)

    def image(self, index: int, dpi: float) -> QImage:
        page = self._document[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        image = QImage(bitmap.buffer, width, height, stride, QImage.Format.Format_RGB888)
        return image.copy()  # the pdfium buffer is freed with `bitmap`

    def close(self) -> None:
        self._document.close()


def print_pages(pages: PdfPages, printer: QPrinter) -> bool:
    """Each page drawn at printer resolution, fitted to the printable area, centred."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    # The letter has its own margins: drawn on the whole sheet it prints at true size (A4 on
    # A4), not shrunk again into the printer's margins.
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        for index in range(len(pages)):
            if index:
                printer.newPage()
            image = pages.image(index, dpi)
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            left = (target.width() - width) / 2
            top = (target.height() - height) / 2
            painter.drawImage(QRectF(left, top, width, height), image)
    finally:
        painter.end()
    return True


class PdfPreviewDialog(QDialog):
    """Shows a rendered PDF with page navigation and zoom; prints it or saves a copy."""

    printed = Signal()  # the pages went to a printer (the caller audits it)

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.pages = PdfPages(pdf)
        self._suggested_name = suggested_name
        self._cache: dict[tuple[int, int], QPixmap] = {}

        self.image_label = QLabel()
        self.image_label.setObjectName("pdfPage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(self.tr("Halaman surat"))
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image_label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pageNumber")
        self.page_spin.setRange(1, max(1, len(self.pages)))
        page_label = QLabel(self.tr("&Halaman"))
        page_label.setBuddy(self.page_spin)
        self.page_count_label = QLabel(self.tr("dari %1").replace("%1", str(len(self.pages))))
        self.page_count_label.setObjectName("pageCount")
        self.previous_button = QPushButton(self.tr("◀ Se&belumnya"))
        self.next_button = QPushButton(self.tr("Beri&kutnya ▶"))
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("zoom")
        for zoom in ZOOMS:
            self.zoom_combo.addItem(f"{zoom}%", zoom)
        self.zoom_combo.setCurrentIndex(ZOOMS.index(100))
        zoom_label = QLabel(self.tr("&Perbesaran"))
        zoom_label.setBuddy(self.zoom_combo)
        self.print_button = QPushButton(self.tr("&Cetak..."))
        self.print_button.setObjectName("print")
        self.save_button = QPushButton(self.tr("&Simpan sebagai PDF..."))
        self.save_button.setObjectName("savePdf")
        self.close_button = QPushButton(self.tr("&Tutup"))

        bar = QHBoxLayout()
        for widget in (
            self.previous_button,
            page_label,
            self.page_spin,
            self.page_count_label,
            self.next_button,
        ):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom_combo)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self.page_spin.valueChanged.connect(self._show)
        self.zoom_combo.currentIndexChanged.connect(self._show)
        self.previous_button.clicked.connect(lambda: self.page_spin.stepBy(-1))
        self.next_button.clicked.connect(lambda: self.page_spin.stepBy(1))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.accept)
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
        ):
            QShortcut(keys, self).activated.connect(lambda s=step: self._zoom_by(s))
        for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
            QShortcut(QKeySequence(key), self).activated.connect(
                lambda s=step: self.page_spin.stepBy(s)
            )
        self._show()
        self.close_button.setFocus()

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def current_page(self) -> int:
        return self.page_spin.value()

    @property
    def zoom(self) -> int:
        return int(self.zoom_combo.currentData())

    def shown_size(self) -> QSize:
        pixmap = self.image_label.pixmap()
        return pixmap.size() if pixmap is not None else QSize()

    def print_document(self) -> bool:
        printer = self.ask_printer(self)
        if printer is None:
            return False
        if not print_pages(self.pages, printer):
            Notice.error(self, self.tr("Printer tidak dapat dipakai. Periksa printernya."))
            return False
        self.printed.emit()
        return True

    def save_document(self) -> Path | None:
        path = self.ask_save_path(self, self._suggested_name)
        if path is None:
            return None
        try:
            path.write_bytes(self.pages.data)
        except OSError:
            Notice.error(
                self, self.tr("Berkas tidak dapat ditulis di tempat itu. Pilih folder lain.")
            )
            return None
        return path

    @classmethod
    def show_pdf(
        cls, parent: QWidget | None, pdf: bytes, *, title: str, suggested_name: str
    ) -> None:
        """Open the preview modally; tests patch this to look at the PDF instead."""
        cls(pdf, title=title, suggested_name=suggested_name, parent=parent).exec()

    @classmethod
    def ask_printer(cls, parent: QWidget | None) -> QPrinter | None:
        """The system print dialog; tests patch this to print into a PDF file."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested_name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PdfPreviewDialog", "Simpan sebagai PDF"),
            str(Path.home() / suggested_name),
            QCoreApplication.translate("PdfPreviewDialog", "Dokumen PDF (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)

    def _zoom_by(self, step: int) -> None:
        index = self.zoom_combo.currentIndex() + step
        self.zoom_combo.setCurrentIndex(max(0, min(index, self.zoom_combo.count() - 1)))

    def _show(self) -> None:
        if not len(self.pages):
            return
        index, zoom = self.page_spin.value() - 1, self.zoom
        key = (index, zoom)
        if key not in self._cache:
            image = self.pages.image(index, SCREEN_DPI * zoom / 100)
            self._cache[key] = QPixmap.fromImage(image)
        self.image_label.setPixmap(self._cache[key])
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
