"""Composition root: opens a data folder, builds the services, starts the window."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.log import setup_logging
from intake_app.services.errors import ErrorCode, ServiceError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from intake_app.services.accounts import OfficerSession
    from intake_app.services.bundle import AppServices

# The storage and the services (SQLAlchemy, SQLModel, pydantic) are imported inside the
# functions: the login dialog shows before they load (DESIGN.md §9).

log = logging.getLogger("intake_app")


def now_utc() -> datetime:
    """storage.types.utcnow, without importing SQLAlchemy before the first window."""
    return datetime.now(UTC)


NOT_SET_UP_HINT = "start intake-app to set up the post, or run intake-app demo"


def open_data_dir(
    data_dir: Path, username: str, password: str, *, now: Callable[[], datetime] = now_utc
) -> AppServices:
    """Log one officer into a set-up data folder: key from the password, integrity check
    after an unclean close, backup before a migration, schema upgrade, login audit
    (services/setup.py)."""
    from intake_app.services.setup import is_set_up, unlock

    if not is_set_up(data_dir):
        raise ServiceError(ErrorCode.NOT_SET_UP, f"{data_dir} is not set up; {NOT_SET_UP_HINT}")
    setup_logging(data_dir)
    return services_for(unlock(data_dir, username, password, now=now()), now=now)


def services_for(session: OfficerSession, *, now: Callable[[], datetime] = now_utc) -> AppServices:
    from intake_app.services.bundle import AppServices

    return AppServices.build(session.data_dir, session.db, now, session=session)


def run_gui(data_dir: Path, *, demo: bool = False, argv: list[str] | None = None) -> int:
    """The setup wizard (new folder) or the login, then the window with its idle lock.

    With `demo` the demo folder is made (or reopened) and the demo supervisor logged in.
    """
    from PySide6.QtWidgets import QApplication

    from intake_app.ui.crash import install_excepthook
    from intake_app.ui.language import install_language
    from intake_app.ui.termination import quit_on_terminate

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Entikong Intake")
    app.setOrganizationName("BP3MI Kalimantan Barat")
    install_language(app)  # before the first dialog: the login is translated too
    install_excepthook(str(setup_logging(data_dir)))
    restore_signals = quit_on_terminate(app)
    try:
        session = _open_session(data_dir, demo)
        if session is None:
            log.info("start cancelled before login")
            return 0
        return _run_window(app, session)
    finally:
        restore_signals()


def _open_session(data_dir: Path, demo: bool) -> OfficerSession | None:
    """The demo folder's session, or the setup wizard's or login's (None: cancelled)."""
    if demo:
        from intake_app.services.demo_folder import open_demo_folder

        opened = open_demo_folder(data_dir, now=now_utc())
        print(opened.message)  # noqa: T201
        return opened.session
    from intake_app.ui.start import ask_session

    return ask_session(data_dir, now_utc)


def _run_window(app: QApplication, session: OfficerSession) -> int:
    """The main window with its idle lock and background jobs, until it closes; then
    the database is closed cleanly."""
    from PySide6.QtCore import QThreadPool

    from intake_app.ui.background import BackgroundJobs
    from intake_app.ui.main_window import MainWindow
    from intake_app.ui.start import guard_window

    services = services_for(session)
    window = MainWindow(services)
    idle_lock = guard_window(window, services)
    window.show()
    log.info("window shown")
    background = BackgroundJobs(services, window)
    background.start()
    # What is loaded by now lives as long as the window: out of the collector's way, so a
    # full collection never lands in the middle of a save (it took ~50 ms at 1M persons).
    gc.collect()
    gc.freeze()
    code = app.exec()
    background.stop()
    for pool in window.findChildren(QThreadPool):  # pages' queries, before the db closes
        pool.waitForDone()
    idle_lock.uninstall()
    services.db.dispose()
    return int(code)
