"""Start of the program: the wizard for a new folder, the login for a set-up one, the
officer in the status bar, the idle lock, and the supervisor gate."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWizard,
)
from sqlmodel import select

from intake_app.app import run_gui, services_for
from intake_app.domain.enums import OfficerRole
from intake_app.services import accounts
from intake_app.services.setup import setup_post, unlock
from intake_app.storage.models import AuditEntry, LocalSetting
from intake_app.ui.login_dialog import LoginDialog
from intake_app.ui.main_window import MainWindow
from intake_app.ui.setup_wizard import SetupWizard
from intake_app.ui.start import guard_window, session_of, start_dialog
from intake_app.ui.supervisor_gate import SupervisorAction, SupervisorDialog, require_supervisor
from tests.conftest import FIXED_NOW
from tests.services.accounts_world import CHEAP_KDF, POST, SUPERVISOR

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("cheap_kdf")]
OFFICER_PASSWORD = "sandi-budi-1"


def _now():  # type: ignore[no-untyped-def]
    return FIXED_NOW


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def post_dir(tmp_path: Path) -> Path:
    """A set-up post with the supervisor sari and the officer budi."""
    folder = tmp_path / "pos"
    result = setup_post(folder, POST, SUPERVISOR, now=FIXED_NOW, kdf=CHEAP_KDF)
    accounts.create_account(
        result.session, username="budi", full_name="Budi Santoso", role=OfficerRole.OFFICER,
        password=OFFICER_PASSWORD, now=FIXED_NOW,
    )  # fmt: skip
    result.session.db.dispose()
    return folder


def test_a_new_folder_starts_with_the_wizard_then_the_login(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "baru"
    wizard = start_dialog(folder, _now)
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.supervisor_page
    assert wizard.currentPage() is page
    _type(qtbot, page.username, "sari")
    _type(qtbot, page.full_name, "Sari Wulandari")
    _type(qtbot, page.password, "rahasia-123")
    _type(qtbot, page.repeat, "rahasia-123")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.recovery_page
    assert len(wizard.recovery_page.code.text()) == 29  # 25 characters in groups of five
    qtbot.mouseClick(wizard.recovery_page.confirm, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    session = session_of(wizard)
    assert session is not None and session.officer.username == "sari" and session.is_supervisor
    session.db.dispose()

    login = start_dialog(folder, _now)  # the folder is set up now: the login comes next
    assert isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    login.show()
    _type(qtbot, login.username, "sari")
    _type(qtbot, login.password, "salah-sandi")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert session_of(login) is None
    assert login.message.text() == "Nama pengguna atau kata sandi salah."
    _type(qtbot, login.password, "rahasia-123")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    session = session_of(login)
    assert session is not None and session.officer.full_name == "Sari Wulandari"
    session.db.dispose()


def test_cancelled_wizard_or_login_gives_no_session(qtbot, tmp_path: Path, post_dir: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = start_dialog(tmp_path / "kosong", _now)
    qtbot.addWidget(wizard)
    wizard.reject()
    assert session_of(wizard) is None
    assert not (tmp_path / "kosong" / "keyring.json").exists()
    login = start_dialog(post_dir, _now)
    qtbot.addWidget(login)
    login.reject()
    assert session_of(login) is None


def test_the_window_shows_the_officer_and_locks_after_the_posts_idle_time(
    qtbot, post_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    session = unlock(post_dir, "budi", OFFICER_PASSWORD, now=FIXED_NOW)
    with session.db.write() as s:
        s.add(LocalSetting(key=accounts.IDLE_LOCK_SETTING, value="0.002"))
    services = services_for(session, now=_now)
    window = MainWindow(services)
    qtbot.addWidget(window)
    lock = guard_window(window, services)
    window.show()
    badge = window.findChild(QLabel, "officerBadge")
    assert badge is not None and badge.text() == "Petugas: Budi Santoso (petugas)"
    assert services.officer_id == session.officer.id
    form = QDialog(window)  # a registration form left open at the desk
    form.setLayout(QVBoxLayout())
    form.layout().addWidget(QLineEdit("Siti Aminah"))
    form.show()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert not window.centralWidget().isVisible()
    assert form.isVisible() and form.windowOpacity() == 0.0  # veiled, not closed
    dialog = lock.dialog
    assert dialog is not None and dialog.username.text() == "budi"
    _type(qtbot, dialog.password, SUPERVISOR.password)  # another officer's password
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert lock.locked
    _type(qtbot, dialog.password, OFFICER_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not lock.locked and window.centralWidget().isVisible()
    assert form.windowOpacity() == 1.0 and form.findChild(QLineEdit).text() == "Siti Aminah"
    lock.uninstall()
    window.sync_worker.stop()
    session.db.dispose()


def _answer_gate(qtbot, username: str, password: str, *, then_cancel: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """Types into the supervisor dialog once it is open (it runs modally)."""
    messages: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SupervisorDialog):
            QTimer.singleShot(20, fill)
            return
        _type(qtbot, dialog.username, username)
        _type(qtbot, dialog.password, password)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        messages.append(dialog.message.text())
        if then_cancel and dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    return messages


def _audit(session) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    with session.db.read() as s:
        rows = s.exec(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [(row.action, row.officer_id, row.detail) for row in rows]


def test_supervisor_gate_refuses_an_officer_without_supervisor_credentials(
    qtbot, post_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    session = unlock(post_dir, "budi", OFFICER_PASSWORD, now=FIXED_NOW)
    try:
        # budi's own password is right, but budi is no supervisor.
        messages = _answer_gate(qtbot, "budi", OFFICER_PASSWORD, then_cancel=True)
        assert require_supervisor(None, SupervisorAction.VOID_LETTER, session) is False
        assert messages == ["Akun itu bukan supervisor."]
        messages = _answer_gate(qtbot, "sari", "salah-sandi", then_cancel=True)
        assert require_supervisor(None, SupervisorAction.VOID_LETTER, session) is False
        assert messages == ["Nama pengguna atau kata sandi salah."]
        refused = [entry for entry in _audit(session) if entry[0] == "supervisor.refused"]
        assert [entry[2]["reason"] for entry in refused] == [
            "supervisor_required",
            "wrong_password",
        ]
        assert {entry[1] for entry in refused} == {session.officer.id}
        # With the supervisor's own password it is approved, and the desk stays budi's.
        messages = _answer_gate(qtbot, "sari", SUPERVISOR.password)
        assert require_supervisor(None, SupervisorAction.OVERRIDE_RULE, session) is True
        assert messages == [""]
        action, by, detail = _audit(session)[-1]
        assert action == "supervisor.approve" and by != session.officer.id
        assert detail == {"action": "override_rule", "for": "budi"}
        assert session.officer.username == "budi"
    finally:
        session.db.dispose()


def test_a_logged_in_supervisor_is_approved_and_nobody_logged_in_is_refused(
    post_dir: Path,
) -> None:
    session = unlock(post_dir, "sari", SUPERVISOR.password, now=FIXED_NOW)
    try:
        assert require_supervisor(None, SupervisorAction.VOID_LETTER, session) is True
    finally:
        session.db.dispose()
    assert require_supervisor(None, SupervisorAction.VOID_LETTER, None) is False


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """run_gui() returns at app.exec() with the windows that were shown, closed again."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    shown: list[MainWindow] = []

    def exec_(app: QApplication) -> int:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget)
                widget.sync_worker.stop()
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    return shown


def test_run_gui_on_a_set_up_folder_logs_in_first(
    qtbot, post_dir: Path, no_event_loop, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def login(dialog: LoginDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.username.setText("budi")
        dialog.password.setText(OFFICER_PASSWORD)
        dialog._submit()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", login)
    assert run_gui(post_dir) == 0
    assert asked == ["Masuk"]
    (window,) = no_event_loop
    badge = window.findChild(QLabel, "officerBadge")
    assert badge.text() == "Petugas: Budi Santoso (petugas)"


def test_run_gui_with_demo_sets_up_the_demo_and_logs_in_as_demo(
    qtbot, tmp_path: Path, no_event_loop, capsys
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "demo"
    assert run_gui(folder, demo=True) == 0
    assert "supervisor account: demo / password: demo" in capsys.readouterr().out
    assert run_gui(folder, demo=True) == 0  # the second start opens the same folder
    assert "demo data already in" in capsys.readouterr().out
    first, second = no_event_loop
    for window in (first, second):
        assert window.findChild(QLabel, "officerBadge").text().endswith("(supervisor)")


def test_run_gui_on_a_new_folder_shows_the_wizard_and_a_cancel_ends_it(
    qtbot, tmp_path: Path, no_event_loop, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def cancel(wizard: SetupWizard) -> int:
        asked.append(wizard.windowTitle())
        wizard.reject()
        return wizard.result()

    monkeypatch.setattr(SetupWizard, "exec", cancel)
    assert run_gui(tmp_path / "baru") == 0
    assert asked == ["Penyiapan pos baru"]
    assert no_event_loop == []  # no window without a login
    assert not (tmp_path / "baru" / "keyring.json").exists()
