"""Logging to a rotating file in the data folder, with personal data masked."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path
from typing import Any

from intake_app.paths import log_dir

LOG_FILE = "intake.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# NIK (16 digits), passport-like numbers and phone numbers must never reach a log file
# (UU 27/2022 PDP). Names cannot be recognised by pattern, so code logs ids, not names.
_SENSITIVE = [
    (re.compile(r"\b\d{16}\b"), "<nik>"),
    (re.compile(r"\b[A-Z]{1,2}\d{6,8}\b"), "<doc>"),
    (re.compile(r"(?<!\w)\+?\d[\d -]{8,14}\d\b"), "<phone>"),
    # Values that libraries put in their error messages: SQLAlchemy's bound parameters (the
    # engines hide them too) and pydantic's rejected input. Names hide in both.
    (re.compile(r"\[parameters: [^\n]*"), "[parameters: <hidden>]"),
    (
        re.compile(r"input_value=(?:'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|[^,\n]*)"),
        "input_value=<hidden>",
    ),
]


def mask_personal_data(text: str) -> str:
    for pattern, replacement in _SENSITIVE:
        text = pattern.sub(replacement, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Rewrites each record's message with NIKs, document and phone numbers masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_personal_data(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class PersonalDataFormatter(logging.Formatter):
    """Masks the message and the traceback: an exception's text carries data too.

    The time and logger name are left alone (the phone pattern would take a timestamp).
    """

    def format(self, record: logging.LogRecord) -> str:
        cached = record.exc_text
        # Never reuse the unmasked traceback another handler cached on the record; a record
        # without exc_info (from elsewhere) keeps its text, masked.
        record.exc_text = mask_personal_data(cached) if cached and not record.exc_info else None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 (logging's name)
        message = record.message
        record.message = mask_personal_data(message)
        try:
            return super().formatMessage(record)
        finally:
            record.message = message

    def formatException(self, ei: Any) -> str:  # noqa: N802
        return mask_personal_data(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return mask_personal_data(super().formatStack(stack_info))


def setup_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Log to `<data>/logs/intake.log`, 1 MB × 5 files. Returns the log file path."""
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_intake_app", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler._intake_app = True  # type: ignore[attr-defined]
    handler.setFormatter(PersonalDataFormatter(_FORMAT))
    handler.addFilter(PersonalDataFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return path
