"""Errors the services raise: a code for the UI to translate, plus non-personal context."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    NOT_FOUND = "not_found"
    INVALID_INPUT = "invalid_input"
    DATA_DIR_NOT_EMPTY = "data_dir_not_empty"
    NO_POST = "no_post"
    GUARDIAN_NOT_IN_CONVOY = "guardian_not_in_convoy"
    GUARDIAN_IS_MINOR = "guardian_is_minor"
    GUARDIAN_IS_SELF = "guardian_is_self"
    PERSON_CLOSED = "person_closed"
    ALREADY_ARRIVED = "already_arrived"
    # Earlier records of repeat deportees (services/earlier_records.py).
    EARLIER_IS_SELF = "earlier_is_self"
    EARLIER_NOT_BEFORE = "earlier_not_before"  # same convoy, or one that arrived later
    ALREADY_LINKED = "already_linked"
    MANIFEST_REJECTED = "manifest_rejected"
    MANIFEST_FILE = "manifest_file"
    # Handovers and letters (services/handovers.py).
    HANDOVER_REFUSED = "handover_refused"  # context["result"] is the domain RuleResult
    NOT_IN_CONVOY = "not_in_convoy"
    SUPERVISOR_REQUIRED = "supervisor_required"
    REASON_REQUIRED = "reason_required"
    ALREADY_VOIDED = "already_voided"
    LETTER_PATTERN_INVALID = "letter_pattern_invalid"
    HANDOVER_TIME_INVALID = "handover_time_invalid"
    # Accounts, encryption and backups (services/accounts.py, setup.py, backups.py).
    LOGIN_FAILED = "login_failed"
    ACCOUNT_LOCKED = "account_locked"  # context["remaining_seconds"]
    NOT_SET_UP = "not_set_up"
    DATABASE_DAMAGED = "database_damaged"  # context["newest_good_backup"] (a path or None)
    BACKUP_INVALID = "backup_invalid"
    USERNAME_TAKEN = "username_taken"  # context["username"]
    OWN_ACCOUNT = "own_account"  # a supervisor deactivating their own account


class ServiceError(Exception):
    """A failure the user can act on. `str()` is an English one-liner for CLI and logs."""

    def __init__(self, code: ErrorCode, message: str, **context: Any) -> None:
        super().__init__(message)
        self.code = code
        self.context = context
