"""Login dialog (wrong password, lockout countdown), idle lock, and the setup wizard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWizard

from intake_app.services import accounts
from intake_app.services.setup import setup_post, unlock
from intake_app.ui.idle_lock import IdleLock
from intake_app.ui.login_dialog import LoginDialog
from intake_app.ui.setup_wizard import SetupWizard
from tests.services.accounts_world import CHEAP_KDF, POST, SUPERVISOR

pytestmark = pytest.mark.gui
NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)


@pytest.fixture
def post_dir(tmp_path: Path) -> Path:
    result = setup_post(tmp_path / "data", POST, SUPERVISOR, now=NOW, kdf=CHEAP_KDF)
    result.session.db.dispose()
    return tmp_path / "data"


def _login_dialog(qtbot, post_dir: Path, clock: list[datetime]) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(lambda user, pw: unlock(post_dir, user, pw, now=clock[0]))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog: LoginDialog, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.username.setText(user)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_wrong_password_keeps_the_dialog_open_with_a_message(qtbot, post_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _login_dialog(qtbot, post_dir, [NOW])
    _try(qtbot, dialog, "sari", "salah-sandi")
    assert dialog.isVisible() and dialog.outcome is None
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == ""
    _try(qtbot, dialog, "sari", SUPERVISOR.password)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.outcome.officer.username == "sari"
    dialog.outcome.db.dispose()


def test_lockout_shows_a_countdown_and_blocks_the_button(qtbot, post_dir: Path) -> None:  # type: ignore[no-untyped-def]
    clock = [NOW]
    dialog = _login_dialog(qtbot, post_dir, clock)
    for attempt in range(5):
        _try(qtbot, dialog, "sari", f"salah-{attempt}")
    assert dialog.remaining_seconds == 30
    assert dialog.countdown.text() == "Coba lagi dalam 00:30"
    assert not dialog.ok_button.isEnabled() and not dialog.password.isEnabled()
    dialog.tick()
    assert dialog.countdown.text() == "Coba lagi dalam 00:29"
    for _ in range(29):
        dialog.tick()
    assert dialog.ok_button.isEnabled() and dialog.countdown.text() == ""
    clock[0] = NOW + timedelta(seconds=31)
    _try(qtbot, dialog, "sari", SUPERVISOR.password)
    assert dialog.outcome is not None
    dialog.outcome.db.dispose()


def test_idle_lock_hides_the_window_and_needs_the_same_password(qtbot, post_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session = unlock(post_dir, "sari", SUPERVISOR.password, now=NOW)
    window = QMainWindow()
    window.setCentralWidget(QLabel("data sensitif"))
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(
        window, "sari", lambda pw: accounts.reauthenticate(session, pw, NOW), idle_minutes=10
    )
    # Activity restarts the countdown...
    qtbot.wait(300)
    assert lock._timer.remainingTime() <= 600_000 - 250
    move = QMouseEvent(
        QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, move)
    assert lock._timer.remainingTime() > 600_000 - 250
    assert not lock.locked and window.centralWidget().isVisible()
    lock.set_idle_minutes(0.002)
    # ...idleness locks it.
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    assert not window.centralWidget().isVisible()
    dialog = lock.dialog
    assert dialog is not None and dialog.username.text() == "sari"
    assert dialog.username.isReadOnly()
    dialog.reject()  # cannot be dismissed
    assert dialog.isVisible()
    _try(qtbot, dialog, "sari", "salah-sandi")
    assert lock.locked and dialog.message.text() == "Nama pengguna atau kata sandi salah."
    _try(qtbot, dialog, "sari", SUPERVISOR.password)
    assert not lock.locked and window.centralWidget().isVisible()
    lock.uninstall()
    session.db.dispose()


def test_setup_wizard_creates_the_post_and_shows_the_code_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "baru"
    made = []

    def create(post, supervisor):  # type: ignore[no-untyped-def]
        result = setup_post(folder, post, supervisor, now=NOW, kdf=CHEAP_KDF)
        made.append(result)
        return result

    wizard = SetupWizard(create)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.supervisor_page
    page = wizard.supervisor_page
    page.username.setText("Sari")
    page.full_name.setText("Sari Wulandari")
    page.password.setText("rahasia-123")
    page.repeat.setText("rahasia-124")
    wizard.next()
    assert wizard.currentPage() is page and page.error.text() == "Kedua kata sandi tidak sama."
    assert made == []
    page.repeat.setText("rahasia-123")
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    assert wizard.recovery_page.code.text() == made[0].recovery_code
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.recovery_page.confirm.setChecked(True)
    assert finish.isEnabled()
    wizard.reject()  # no cancelling once the post exists
    assert wizard.isVisible()
    made[0].session.db.dispose()
    session = unlock(folder, "sari", "rahasia-123", now=NOW)
    assert session.officer.full_name == "Sari Wulandari"
    session.db.dispose()


def test_while_the_data_opens_the_dialog_says_so_and_takes_no_second_click(
    qtbot, post_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, bool, str]] = []

    def opening(user: str, password: str):  # type: ignore[no-untyped-def]
        seen.append(
            (dialog.message.text(), dialog.ok_button.isEnabled(), dialog.message.styleSheet())
        )
        return unlock(post_dir, user, password, now=NOW)

    dialog = LoginDialog(opening)
    qtbot.addWidget(dialog)
    dialog.show()
    _try(qtbot, dialog, "sari", "salah-sandi")
    assert seen == [("Memeriksa dan membuka data...", False, "")]  # busy, not an error
    assert dialog.ok_button.isEnabled()  # usable again after the refusal
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert "#b00020" in dialog.message.styleSheet()  # the refusal is in red
    _try(qtbot, dialog, "sari", SUPERVISOR.password)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    dialog.outcome.db.dispose()
