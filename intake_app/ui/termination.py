"""A request to end the program (SIGTERM: a session logging out, a system shutting down,
`kill`) closes the window the normal way, so that the database is closed cleanly and the
next start need not check the whole file first (storage/open_marker.py)."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer

log = logging.getLogger("intake_app")
WAKE_MS = 250  # Python runs a signal handler only when Qt hands it control


def quit_on_terminate(app: QCoreApplication) -> Callable[[], None]:
    """Install the handler; returns what puts the previous one back."""

    def terminate(_signal: int, _frame: object) -> None:
        log.info("asked to end (SIGTERM): closing")
        # Through the event queue: quit() does nothing before the window's loop runs,
        # and the signal may come just before it starts. Every loop is left, open
        # dialogs' included.
        QTimer.singleShot(0, app.quit)

    previous = signal.signal(signal.SIGTERM, terminate)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(WAKE_MS)

    def restore() -> None:
        wake.stop()
        wake.deleteLater()
        signal.signal(signal.SIGTERM, previous)

    return restore
