"""The one place that asks whether a supervisor approves an action (void, rule override)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from enum import StrEnum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_app.services import accounts
from intake_app.services.accounts import OfficerSession
from intake_app.services.errors import ErrorCode, ServiceError

log = logging.getLogger("intake_app.ui.supervisor_gate")


class SupervisorAction(StrEnum):
    VOID_LETTER = "void_letter"
    OVERRIDE_RULE = "override_rule"


def require_supervisor(
    parent: QWidget | None, action: SupervisorAction, session: OfficerSession | None
) -> bool:
    """True when a supervisor approved `action` for the officer logged in as `session`.

    A supervisor at the desk approves by being logged in. Anyone else is asked for a
    supervisor's username and password, checked (with lockout and an audit entry) by
    services.accounts.approve_as_supervisor; the desk stays logged in as the officer.
    """
    if session is None:  # only a window built without a login (never app.py)
        log.warning("supervisor action %s refused: nobody is logged in", action)
        return False
    if session.is_supervisor:
        return True
    dialog = SupervisorDialog(session, action, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class SupervisorDialog(QDialog):
    """A supervisor types their own username and password to approve one action."""

    def __init__(
        self, session: OfficerSession, action: SupervisorAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._action = action
        self.approved_by: accounts.OfficerPublic | None = None
        self.setWindowTitle(self.tr("Persetujuan supervisor"))
        what = {
            SupervisorAction.VOID_LETTER: self.tr("pembatalan surat serah terima"),
            SupervisorAction.OVERRIDE_RULE: self.tr("pengecualian aturan serah terima"),
        }[action]
        intro = QLabel(
            self.tr("Tindakan ini (%1) memerlukan persetujuan supervisor. Supervisor memasukkan "
                    "nama pengguna dan kata sandinya sendiri.").replace("%1", what)
        )  # fmt: skip
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        for text, field in (
            (self.tr("&Nama pengguna supervisor:"), self.username),
            (self.tr("&Kata sandi:"), self.password),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Setujui"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.username.setFocus()

    def _submit(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.message.setText(self.tr("Isi nama pengguna dan kata sandi supervisor."))
            return
        try:
            self.approved_by = accounts.approve_as_supervisor(
                self._session,
                self.username.text(),
                self.password.text(),
                str(self._action),
                datetime.now(UTC),
            )
        except ServiceError as refusal:
            self.password.clear()
            self.password.setFocus()
            self.message.setText(self._refusal_text(refusal))
            return
        self.password.clear()
        self.accept()

    def _refusal_text(self, refusal: ServiceError) -> str:
        if refusal.code == ErrorCode.SUPERVISOR_REQUIRED:
            return self.tr("Akun itu bukan supervisor.")
        if refusal.code == ErrorCode.ACCOUNT_LOCKED:
            seconds = int(refusal.context.get("remaining_seconds", 0))
            return self.tr("Terlalu banyak kata sandi salah. Coba lagi dalam %1 detik.").replace(
                "%1", str(seconds)
            )
        return self.tr("Nama pengguna atau kata sandi salah.")
