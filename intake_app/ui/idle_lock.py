"""Locks the window after some idle minutes; the same officer's password unlocks it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from intake_app.ui.login_dialog import LoginDialog

DEFAULT_IDLE_MINUTES = 10.0
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """An application-wide event filter: any key or mouse input restarts the idle timer.

    `verify(password)` raises ServiceError when the password is refused (it applies the
    same lockout and writes the audit entry; see services.accounts.reauthenticate).
    """

    def __init__(
        self,
        window: QMainWindow,
        username: str,
        verify: Callable[[str], None],
        *,
        idle_minutes: float = DEFAULT_IDLE_MINUTES,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._username = username
        self._verify = verify
        self.dialog: LoginDialog | None = None
        self._veiled: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse would be 5 % of 10 minutes
        self._timer.timeout.connect(self.lock)
        self.set_idle_minutes(idle_minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_idle_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.locked and event.type() in _ACTIVITY:
            self._timer.start()  # restart the countdown
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self._timer.stop()
        central = self._window.centralWidget()
        if central is not None:
            central.setVisible(False)  # nothing of the records stays on screen
        # Nor in an open dialog (a registration form): made transparent, not closed, so
        # that what the officer typed is still there after the unlock.
        self._veiled = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self._window
        ]
        for widget in self._veiled:
            widget.setWindowOpacity(0.0)
        self.dialog = LoginDialog(
            lambda _user, password: self._verify(password),
            self._window,
            locked_user=self._username,
        )
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()

    def _unlocked(self) -> None:
        central = self._window.centralWidget()
        if central is not None:
            central.setVisible(True)
        for widget in self._veiled:
            try:
                widget.setWindowOpacity(1.0)
            except RuntimeError:  # closed and deleted while the screen was locked
                pass
        self._veiled = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self._timer.start()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()
