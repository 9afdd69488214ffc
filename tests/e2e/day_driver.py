"""Driving the real window like an officer: keys, clicks, and the modal dialogs they open.

A modal dialog blocks the click that opened it (QDialog.exec), so what happens inside it is
scheduled before the click: `Modals.expect` waits on the event loop for the dialog to be
the active modal widget, then runs the officer's actions in it. A failing action closes the
dialog, so the test never hangs, and the failure is raised by `Modals.check`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

WAIT_MS = 10_000
POLL_MS = 20


class Modals:
    """Actions to run in modal dialogs that a click or key is about to open."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    def expect(
        self,
        kind: type[QDialog],
        action: Callable[[Any], None],
        *,
        timeout_ms: int = WAIT_MS,
    ) -> None:
        deadline = QDeadlineTimer(timeout_ms)

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible() and not dialog.isActiveWindow():
                dialog.activateWindow()  # keys go where an officer's would: the active window
            elif isinstance(dialog, kind) and dialog.isVisible():
                try:
                    action(dialog)
                except BaseException as error:  # noqa: BLE001  raised again by check()
                    self.errors.append(error)
                    if dialog.isVisible():
                        dialog.done(QDialog.DialogCode.Rejected)
                return
            if deadline.hasExpired():
                self.errors.append(TimeoutError(f"no {kind.__name__} opened"))
                return
            QTimer.singleShot(POLL_MS, poll)

        QTimer.singleShot(0, poll)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Focus a field as Tab would (its text selected, so typing replaces it), then type."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def choose(qtbot: Any, combo: Any, expected: object) -> None:
    """Pick a combo box entry with the arrow keys (Home, then Down to it)."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(expected)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == expected, (combo.currentText(), expected)


def key(qtbot: Any, widget: QWidget, which: Qt.Key, modifier: Any = None) -> None:
    if modifier is None:
        qtbot.keyClick(widget, which)
    else:
        qtbot.keyClick(widget, which, modifier)


def go_to(qtbot: Any, window: Any, number: int) -> None:
    """Ctrl+1..5: the navigation shortcuts."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    target = QApplication.focusWidget() or window  # keys go to the focused field
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == number - 1, timeout=WAIT_MS)
