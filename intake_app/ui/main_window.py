"""The main window: navigation on the left, the chosen page, sync state in the status bar."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from intake_app.domain.clock import POST_TIMEZONE
from intake_app.services.bundle import AppServices
from intake_app.ui.accounts_dialog import AccountsMenu
from intake_app.ui.dashboard_page import DashboardPage
from intake_app.ui.handover_page import HandoverPage
from intake_app.ui.language import LanguageMenu
from intake_app.ui.pages import ConvoysPage, PeoplePage
from intake_app.ui.sync_page import SyncPage
from intake_app.ui.sync_worker import SyncWorker


class Page(IntEnum):
    CONVOYS = 0
    PEOPLE = 1
    HANDOVER = 2
    SYNC = 3
    REPORTS = 4


class MainWindow(QMainWindow):
    """Hosts the pages; each page gets the services it needs through its constructor."""

    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self._services = services
        self.setWindowTitle(self.tr("Entikong Intake - Pendataan Deportan PLBN Entikong"))
        self.resize(1200, 720)
        self.accounts_menu = AccountsMenu(services, self)
        self.menuBar().addMenu(self.accounts_menu)
        self.menuBar().addMenu(LanguageMenu(self))

        self.convoys_page = ConvoysPage(services)
        self.people_page = PeoplePage(services)
        self.handover_page = HandoverPage(services)
        self.sync_worker = SyncWorker(services, parent=self)
        self.sync_page = SyncPage(services, self.sync_worker)
        self.pages = QStackedWidget()
        for page in (
            self.convoys_page,
            self.people_page,
            self.handover_page,
            self.sync_page,
            DashboardPage(services),
        ):
            self.pages.addWidget(page)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigasi"))
        self.nav.setMaximumWidth(200)
        icons = (
            QStyle.StandardPixmap.SP_DirHomeIcon,
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_DialogApplyButton,
            QStyle.StandardPixmap.SP_ArrowUp,
            QStyle.StandardPixmap.SP_FileDialogContentsView,
        )
        labels = (
            self.tr("Kedatangan"),
            self.tr("Deportan"),
            self.tr("Serah Terima"),
            self.tr("Kirim ke Pusat"),
            self.tr("Laporan"),
        )
        for number, (icon, label) in enumerate(zip(icons, labels, strict=True), start=1):
            item = QListWidgetItem(self.style().standardIcon(icon), label)
            item.setToolTip(f"Ctrl+{number}")
            self.nav.addItem(item)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.nav.setCurrentRow(row))
        self.nav.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.statusBar().addPermanentWidget(self.sync_label)
        self.sync_worker.status_changed.connect(self._show_sync_status)
        self.sync_page.changed.connect(self.refresh_status)

        self.convoys_page.convoy_opened.connect(self._open_convoy)
        self.convoys_page.changed.connect(self.refresh_status)
        self.people_page.changed.connect(self.refresh_status)
        self.handover_page.changed.connect(self.refresh_status)
        # Selecting the first page already loads it (currentRowChanged); only the status
        # bar is left to fill. Loading the page twice doubled start-up at 1M persons.
        self.nav.setCurrentRow(Page.CONVOYS)
        self.refresh_status()
        self.sync_worker.start()  # sends in the background once a head-office address is set

    def refresh(self) -> None:
        page = self.pages.currentWidget()
        page.refresh()  # type: ignore[attr-defined]
        self.refresh_status()

    def refresh_status(self) -> None:
        summary = self._services.summary()
        self.sync_worker.refresh_status()  # -> _show_sync_status
        self.statusBar().showMessage(
            self.tr("%1 kedatangan, %2 deportan terdaftar, %3 anak (%4 tanpa pendamping)")
            .replace("%1", str(summary.convoys))
            .replace("%2", str(summary.registered))
            .replace("%3", str(summary.minors))
            .replace("%4", str(summary.unaccompanied_minors))
        )

    def _show_sync_status(self, status) -> None:  # type: ignore[no-untyped-def]
        """Changes not yet in a batch, batches not yet delivered, failures, last delivery."""
        parts = [
            self.tr("Pusat: %n perubahan menunggu", "", status.unbatched_changes),
            self.tr("%n berkas tertunda", "", status.pending),
        ]
        if status.failed:
            parts.append(self.tr("%n gagal", "", status.failed))
        if status.last_sent_at is None:
            parts.append(self.tr("belum pernah terkirim"))
        else:
            when = status.last_sent_at.astimezone(POST_TIMEZONE).strftime("%d-%m-%Y %H:%M")
            parts.append(self.tr("terkirim %1 WIB").replace("%1", when))
        self.sync_label.setText(" · ".join(parts))
        self.sync_label.setToolTip(
            self.tr("Perubahan belum dikemas · berkas belum diterima pusat · pengiriman terakhir")
        )
        self.sync_label.setStyleSheet("color: #b00020;" if status.failed else "")

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self.pages.currentWidget().refresh()  # type: ignore[attr-defined]

    def _open_convoy(self, convoy_id, label: str) -> None:  # type: ignore[no-untyped-def]
        self.people_page.show_convoy(convoy_id, label)
        self.nav.setCurrentRow(Page.PEOPLE)
