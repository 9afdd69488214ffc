"""The one place that asks whether a supervisor approves an action (void, rule override)."""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtWidgets import QWidget

log = logging.getLogger("intake_app.ui.supervisor_gate")


class SupervisorAction(StrEnum):
    VOID_LETTER = "void_letter"
    OVERRIDE_RULE = "override_rule"


def require_supervisor(parent: QWidget | None, action: SupervisorAction) -> bool:
    """True when a supervisor approved `action` for this desk session.

    TODO(accounts): officer accounts (argon2id, roles) do not exist yet. Once they do, this
    must ask for a supervisor's username and password (or check that the logged-in officer
    has the supervisor role) and return False when that fails. Until then every desk may act
    and the reason the officer types, with the officer's id, is what is recorded. Every
    caller goes through here, so wiring accounts is a change to this function only.
    """
    log.info("supervisor action %s approved without accounts (not wired yet)", action)
    return True
