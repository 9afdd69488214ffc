"""Login (and unlock after idle): username, password, and a visible lockout countdown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_app.services.errors import ErrorCode, ServiceError

# (username, password) -> whatever the caller wants back (an OfficerSession, or None).
LoginAttempt = Callable[[str, str], Any]


class LoginDialog(QDialog):
    """Calls `attempt` with what was typed; stays open with a message when it is refused.

    With `locked_user` the username is fixed (the idle lock) and the dialog cannot be
    dismissed without the password.
    """

    def __init__(
        self,
        attempt: LoginAttempt,
        parent: QWidget | None = None,
        *,
        locked_user: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._locked_user = locked_user
        self.outcome: Any = None
        self.remaining_seconds = 0
        self.setWindowTitle(self.tr("Layar terkunci") if locked_user else self.tr("Masuk"))

        self.username = QLineEdit(locked_user or "")
        self.username.setReadOnly(locked_user is not None)
        self.username.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setStyleSheet("font-weight: bold;")

        form = QFormLayout()
        user_label = QLabel(self.tr("&Nama pengguna:"))
        user_label.setBuddy(self.username)
        pass_label = QLabel(self.tr("&Kata sandi:"))
        pass_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pass_label, self.password)

        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Buka") if locked_user else self.tr("Masuk"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setDefault(True)
        if locked_user is None:
            buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)

        intro = QLabel(
            self.tr("Layar dikunci karena tidak ada kegiatan. Masukkan kata sandi %1.").replace(
                "%1", locked_user
            )
            if locked_user
            else self.tr("Masukkan nama pengguna dan kata sandi petugas.")
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.countdown)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        (self.password if locked_user else self.username).setFocus()

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)

    def _submit(self) -> None:
        if self.remaining_seconds:
            return
        if not self.username.text().strip() or not self.password.text():
            self.say(self.tr("Isi nama pengguna dan kata sandi."))
            return
        # Opening checks the whole encrypted file (seconds on a large post): say so first.
        self.say(self.tr("Memeriksa dan membuka data..."), busy=True)
        self.ok_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            self.outcome = self._attempt(self.username.text().strip(), self.password.text())
        except ServiceError as refusal:
            self.message.clear()
            self.password.clear()
            self.password.setFocus()
            if refusal.code == ErrorCode.ACCOUNT_LOCKED:
                self.start_countdown(int(refusal.context.get("remaining_seconds", 0)))
            elif refusal.code == ErrorCode.LOGIN_FAILED:
                self.say(self.tr("Nama pengguna atau kata sandi salah."))
            else:
                self.say(self.tr("Tidak dapat membuka data: %1").replace("%1", str(refusal)))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.ok_button.setEnabled(not self.remaining_seconds)
        self.password.clear()
        self.accept()

    def say(self, text: str, *, busy: bool = False) -> None:
        """A refusal in red; a busy message ("opening...") in the normal text colour."""
        self.message.setStyleSheet("" if busy else "color: #b00020;")
        self.message.setText(text)

    def start_countdown(self, seconds: int) -> None:
        self.remaining_seconds = seconds
        self.say(self.tr("Terlalu banyak kata sandi salah. Akun dikunci sementara."))
        self.ok_button.setEnabled(False)
        self.password.setEnabled(False)
        self._show_countdown()
        self._timer.start()

    def tick(self) -> None:
        """One second passed (the timer calls it; tests may too)."""
        self.remaining_seconds = max(0, self.remaining_seconds - 1)
        self._show_countdown()
        if not self.remaining_seconds:
            self._timer.stop()
            self.message.clear()
            self.ok_button.setEnabled(True)
            self.password.setEnabled(True)
            self.password.setFocus()

    def _show_countdown(self) -> None:
        if self.remaining_seconds:
            minutes, seconds = divmod(self.remaining_seconds, 60)
            self.countdown.setText(
                self.tr("Coba lagi dalam %1").replace("%1", f"{minutes:02d}:{seconds:02d}")
            )
        else:
            self.countdown.clear()

    def reject(self) -> None:
        if self._locked_user is None:  # the idle lock cannot be dismissed
            super().reject()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self._locked_user is not None and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
