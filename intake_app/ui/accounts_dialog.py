"""The Akun menu: every officer changes their own password; a supervisor manages accounts."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.enums import OfficerRole
from intake_app.services import accounts
from intake_app.services.accounts import OfficerPublic
from intake_app.services.bundle import AppServices
from intake_app.services.errors import ServiceError
from intake_app.ui.account_forms import (
    NewOfficerDialog,
    OwnPasswordDialog,
    ResetPasswordDialog,
    refusal_text,
)
from intake_app.ui.notice import Notice

_Index = QModelIndex | QPersistentModelIndex
OFFICER_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLE = 2
    STATE = 3


_HEADERS = {
    Column.USERNAME: QT_TRANSLATE_NOOP("OfficerTableModel", "Nama pengguna"),
    Column.FULL_NAME: QT_TRANSLATE_NOOP("OfficerTableModel", "Nama lengkap"),
    Column.ROLE: QT_TRANSLATE_NOOP("OfficerTableModel", "Peran"),
    Column.STATE: QT_TRANSLATE_NOOP("OfficerTableModel", "Status"),
}
ROLE_LABELS = {
    OfficerRole.OFFICER: QT_TRANSLATE_NOOP("OfficerTableModel", "Petugas"),
    OfficerRole.SUPERVISOR: QT_TRANSLATE_NOOP("OfficerTableModel", "Supervisor"),
}
STATE_LABELS = {
    True: QT_TRANSLATE_NOOP("OfficerTableModel", "Aktif"),
    False: QT_TRANSLATE_NOOP("OfficerTableModel", "Nonaktif"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfficerTableModel", text)


class OfficerTableModel(QAbstractTableModel):
    """Every account of the post, active and removed (a few dozen rows, loaded whole)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OfficerPublic] = []

    def set_rows(self, rows: list[OfficerPublic]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        officer = self._rows[index.row()]
        if role == OFFICER_ROLE:
            return officer
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.USERNAME: officer.username,
                Column.FULL_NAME: officer.full_name,
                Column.ROLE: _tr(ROLE_LABELS[officer.role]),
                Column.STATE: _tr(STATE_LABELS[officer.active]),
            }[Column(index.column())]
        if role == Qt.ItemDataRole.ForegroundRole and not officer.active:
            return Qt.GlobalColor.gray
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[Column(section)]) if 0 <= section < len(Column) else None
        return None


class ConfirmDeactivate:
    """Asking before an account is closed (tests patch this)."""

    @classmethod
    def ask(cls, parent: QWidget | None, officer: OfficerPublic) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ConfirmDeactivate", "Nonaktifkan akun"))
        box.setText(
            QCoreApplication.translate(
                "ConfirmDeactivate",
                "Nonaktifkan akun %1 (%2)? Petugas itu tidak dapat masuk lagi; "
                "catatan dan jejak auditnya tetap tersimpan.",
            )
            .replace("%1", officer.username)
            .replace("%2", officer.full_name)
        )
        yes = box.addButton(
            QCoreApplication.translate("ConfirmDeactivate", "&Nonaktifkan"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        no = box.addButton(
            QCoreApplication.translate("ConfirmDeactivate", "Batal"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes


class AccountsDialog(QDialog):
    """The supervisor's list of accounts with add, password reset and deactivate."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Akun petugas"))
        self.model = OfficerTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Daftar akun petugas"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.FULL_NAME, QHeaderView.ResizeMode.Stretch)
        list_label = QLabel(self.tr("&Daftar akun:"))
        list_label.setBuddy(self.view)
        self.add_button = QPushButton(self.tr("&Tambah..."))
        self.reset_button = QPushButton(self.tr("Atur &ulang kata sandi..."))
        self.remove_button = QPushButton(self.tr("&Nonaktifkan"))
        self.close_button = QPushButton(self.tr("Tutu&p"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("accountsMessage")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.remove_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the table must not add or remove anyone
            buttons.addWidget(button)
        buttons.insertStretch(3)  # Tutup on the right
        layout = QVBoxLayout(self)
        layout.addWidget(list_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_officer)
        self.reset_button.clicked.connect(self.reset_password)
        self.remove_button.clicked.connect(self.deactivate)
        self.close_button.clicked.connect(self.reject)  # Esc does the same
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(720, 420)
        self.refresh()
        self.view.setFocus()

    @property
    def _session(self) -> accounts.OfficerSession | None:
        return self._services.session

    def refresh(self, select: str | None = None) -> None:
        current = self.selected()
        self.model.set_rows(accounts.list_officers(self._services.db))
        wanted = select or (current.username if current else None)
        for row in range(self.model.rowCount()):
            officer = self.model.index(row, 0).data(OFFICER_ROLE)
            if officer.username == wanted or (wanted is None and row == 0):
                self.view.selectRow(row)
                break
        self._update_buttons()

    def selected(self) -> OfficerPublic | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(OFFICER_ROLE) if rows else None

    def _update_buttons(self) -> None:
        manager = self._session is not None and self._session.is_supervisor
        officer = self.selected()
        chosen_active = manager and officer is not None and officer.active
        self.add_button.setEnabled(manager)
        self.reset_button.setEnabled(chosen_active)
        self.remove_button.setEnabled(chosen_active)
        if not manager:
            self._say(self.tr("Hanya supervisor yang dapat mengelola akun petugas."), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")

    def add_officer(self) -> None:
        form = NewOfficerDialog(self._services, parent=self)
        saved = form.exec_form()
        form.deleteLater()
        if saved and form.created is not None:
            self.refresh(select=form.created.username)
            self._say(self.tr("Akun %1 dibuat.").replace("%1", form.created.username))

    def reset_password(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        form = ResetPasswordDialog(self._services, officer, parent=self)
        saved = form.exec_form()
        form.deleteLater()
        if saved:
            self._say(self.tr("Kata sandi %1 telah diatur ulang.").replace("%1", officer.username))

    def deactivate(self) -> None:
        officer = self.selected()
        if officer is None or self._session is None:
            return
        if not ConfirmDeactivate.ask(self, officer):
            return
        try:
            accounts.remove_account(self._session, officer.username, self._services.now())
        except ServiceError as refusal:
            self._say(refusal_text(refusal), error=True)
            return
        self.refresh(select=officer.username)
        self._say(self.tr("Akun %1 dinonaktifkan.").replace("%1", officer.username))


class AccountsMenu(QMenu):
    """Akun → change one's own password (everyone), manage accounts (supervisors)."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aku&n"), parent)
        self.setObjectName("accountsMenu")
        self._services = services
        session = services.session
        self.own_password_action = QAction(self.tr("&Ganti kata sandi saya..."), self)
        self.own_password_action.setEnabled(session is not None)
        self.own_password_action.triggered.connect(self.change_own_password)
        self.manage_action = QAction(self.tr("&Kelola akun petugas..."), self)
        self.manage_action.setEnabled(session is not None and session.is_supervisor)
        self.manage_action.triggered.connect(self.manage)
        self.addAction(self.own_password_action)
        self.addAction(self.manage_action)

    def change_own_password(self) -> None:
        form = OwnPasswordDialog(self._services, parent=self.parentWidget())
        saved = form.exec_form()
        form.deleteLater()
        if saved:
            Notice.info(
                self.parentWidget(),
                self.tr("Kata sandi"),
                self.tr("Kata sandi Anda telah diganti. Pakai kata sandi baru saat masuk lagi."),
            )

    def manage(self) -> None:
        dialog = AccountsDialog(self._services, self.parentWidget())
        dialog.exec()
        dialog.deleteLater()
