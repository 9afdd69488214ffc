"""Composition root: opens a data folder, builds the services, starts the window."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from pathlib import Path

from intake_app.log import setup_logging
from intake_app.paths import database_path
from intake_app.services.bundle import AppServices
from intake_app.storage.database import Database
from intake_app.storage.migrate import ensure_current
from intake_app.storage.types import utcnow

log = logging.getLogger("intake_app")


def open_data_dir(data_dir: Path, *, now=utcnow) -> AppServices:  # type: ignore[no-untyped-def]
    """Create the folder if needed, log into it, bring the schema up to date."""
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(data_dir)
    path = database_path(data_dir)
    db = Database(path)
    if ensure_current(db.engine, path):
        log.info("database schema upgraded")
    return AppServices.build(data_dir, db, now)


def run_gui(services: AppServices, argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from intake_app.ui.crash import install_excepthook
    from intake_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Entikong Intake")
    app.setOrganizationName("BP3MI Kalimantan Barat")
    install_excepthook(str(services.data_dir / "logs" / "intake.log"))
    window = MainWindow(services)
    window.show()
    log.info("window shown")
    code = app.exec()
    services.db.dispose()
    return int(code)


def now_utc() -> datetime:
    return utcnow()
