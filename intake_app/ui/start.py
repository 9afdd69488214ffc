"""Who sits at the desk: the setup wizard for a new data folder, else the login; once the
window is open, the officer's name in the status bar and the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QWidget

from intake_app.ui.login_dialog import LoginDialog

if TYPE_CHECKING:
    from intake_app.services.accounts import OfficerSession
    from intake_app.services.bundle import AppServices
    from intake_app.ui.idle_lock import IdleLock
    from intake_app.ui.setup_wizard import SetupWizard

# Only the login dialog is imported up front. The services (SQLAlchemy, SQLModel, pydantic:
# most of the start-up time) load on the first login attempt, once the dialog is usable
# (DESIGN.md §9: start to a usable window).


def start_dialog(
    data_dir: Path, now: Callable[[], datetime], parent: QWidget | None = None
) -> SetupWizard | LoginDialog:
    """The dialog the program opens with: the wizard until the post is set up."""
    from intake_app.storage.keyring import Keyring  # services.setup.is_set_up, lighter

    if not Keyring.exists(data_dir):
        from intake_app.services.setup import setup_post
        from intake_app.ui.setup_wizard import SetupWizard

        return SetupWizard(
            lambda post, supervisor: setup_post(data_dir, post, supervisor, now=now()), parent
        )
    return LoginDialog(lambda user, password: _unlock(data_dir, user, password, now()), parent)


def _unlock(data_dir: Path, user: str, password: str, now: datetime) -> OfficerSession:
    from intake_app.services.setup import unlock

    return unlock(data_dir, user, password, now=now)


def session_of(dialog: SetupWizard | LoginDialog) -> OfficerSession | None:
    """The logged-in officer once the dialog closed; None when it was cancelled."""
    if not isinstance(dialog, LoginDialog):  # the setup wizard
        result = dialog.result_value  # the post exists once the supervisor page saved it
        return result.session if result is not None else None
    if dialog.result() != QDialog.DialogCode.Accepted:
        return None
    return dialog.outcome  # type: ignore[no-any-return]


def ask_session(data_dir: Path, now: Callable[[], datetime]) -> OfficerSession | None:
    dialog = start_dialog(data_dir, now)
    dialog.exec()
    return session_of(dialog)


class OfficerBadge(QLabel):
    """The logged-in officer's name and role, at the right of the status bar."""

    def __init__(self, session: OfficerSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officerBadge")
        self.setContentsMargins(16, 0, 4, 0)  # apart from the sync state beside it
        role = self.tr("supervisor") if session.is_supervisor else self.tr("petugas")
        self.setText(
            self.tr("Petugas: %1 (%2)").replace("%1", session.officer.full_name).replace("%2", role)
        )
        self.setToolTip(self.tr("Masuk sebagai %1").replace("%1", session.officer.username))


def guard_window(window: QMainWindow, services: AppServices) -> IdleLock:
    """Show who is logged in and lock the window after the post's idle time."""
    from intake_app.services import accounts
    from intake_app.ui.idle_lock import DEFAULT_IDLE_MINUTES, IdleLock

    session = services.session
    assert session is not None, "the window is guarded only after a login"
    window.statusBar().addPermanentWidget(OfficerBadge(session, window))
    minutes = accounts.idle_lock_minutes(services.db) or DEFAULT_IDLE_MINUTES
    return IdleLock(
        window,
        session.officer.username,
        lambda password: accounts.reauthenticate(session, password, services.now()),
        idle_minutes=minutes,
    )
