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
    MANIFEST_REJECTED = "manifest_rejected"
    MANIFEST_FILE = "manifest_file"


class ServiceError(Exception):
    """A failure the user can act on. `str()` is an English one-liner for CLI and logs."""

    def __init__(self, code: ErrorCode, message: str, **context: Any) -> None:
        super().__init__(message)
        self.code = code
        self.context = context
