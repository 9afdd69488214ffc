"""The self-test's window step: the real main window, opened and closed without a screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from intake_app.services.bundle import AppServices


def open_main_window_once(services: AppServices, letter_pdf: Path | None) -> str:
    """Show the main window, let it load its first page, close it; draw a letter page.

    The page is drawn by pdfium, as the letter preview does, so a bundle without its native
    library fails here.
    """
    from intake_app.ui.main_window import MainWindow
    from intake_app.ui.pdf_preview import PdfPages

    app = QApplication.instance() or QApplication(["intake-app"])
    window = MainWindow(services)
    window.show()
    app.processEvents()
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    app.processEvents()
    page = ""
    if letter_pdf is not None:
        pages = PdfPages(letter_pdf.read_bytes())
        image = pages.image(0, 50)
        pages.close()
        if image.isNull():
            raise RuntimeError("the letter's first page did not render")
        page = f"; letter page drawn {image.width()}x{image.height()}"
    return f"{app.platformName()}: {title!r}{page}"
