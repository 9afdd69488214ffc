"""No personal data in log files: not in messages, tracebacks, or database error messages."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from intake_app.headoffice.database import open_engine
from intake_app.log import setup_logging
from intake_app.storage import migrate
from intake_app.storage.database import Database
from intake_app.storage.models import Person

NIK = "6171015505900001"
NAME = "Siti Aminah Rahmawati"
PHONE = "+62 812-3456-7890"

log = logging.getLogger("intake_app.test_masking")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "data")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_intake_app", False):
            root.removeHandler(handler)
            handler.close()


def _text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _orphan_person() -> Person:
    """A person whose convoy does not exist: the foreign key refuses it."""
    now = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)
    return Person(
        convoy_id=uuid.uuid4(),
        full_name=NAME,
        name_key=NAME.upper(),
        sex="P",
        nik=NIK,
        phone=PHONE,
        created_at=now,
        updated_at=now,
    )


def test_a_database_error_on_a_person_logs_neither_name_nor_nik(
    log_file: Path, tmp_path: Path
) -> None:
    db = Database(tmp_path / "post.sqlite3")
    migrate.upgrade(db.engine)
    try:
        with pytest.raises(IntegrityError) as failed, db.write() as session:
            session.add(_orphan_person())
            session.flush()
    finally:
        db.dispose()
    assert NAME not in str(failed.value) and NIK not in str(failed.value)  # hide_parameters
    try:
        raise RuntimeError("saving failed") from failed.value
    except RuntimeError:
        log.exception("save failed")
    text = _text(log_file)
    assert "FOREIGN KEY constraint failed" in text and "INSERT INTO person" in text
    assert NAME not in text and NIK not in text and "812-3456" not in text


def test_head_office_database_errors_hide_their_values_too(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'ho.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (name TEXT NOT NULL UNIQUE)")
            conn.exec_driver_sql("INSERT INTO t VALUES (?)", (NAME,))
        with pytest.raises(IntegrityError) as failed, engine.begin() as conn:
            from sqlalchemy import text

            conn.execute(text("INSERT INTO t VALUES (:name)"), {"name": NAME})
    finally:
        engine.dispose()
    assert NAME not in str(failed.value) and "UNIQUE" in str(failed.value)


def test_a_nik_in_a_traceback_or_a_library_message_is_masked(log_file: Path) -> None:
    try:
        raise ValueError(f"bad record {NIK} phone {PHONE}")
    except ValueError:
        log.exception("checking %s failed", "a record")
    # what libraries put in their messages: SQLAlchemy's parameters, pydantic's input
    log.error("failed [parameters: ('%s', '%s')]", NAME, NIK)
    log.error("1 validation error: input_value='%s', input_type=str", NAME)
    text = _text(log_file)
    assert "ValueError: bad record <nik> phone <phone>" in text
    assert "Traceback (most recent call last)" in text and "checking a record failed" in text
    assert "[parameters: <hidden>]" in text and "input_value=<hidden>, input_type=str" in text
    assert NIK not in text and NAME not in text and "812-3456" not in text
    # the time stamps stay readable (the phone pattern is not applied to them)
    assert text.count("ERROR intake_app.test_masking:") == 3
    assert text[:2] == "20"


def test_a_traceback_cached_unmasked_by_another_handler_is_masked_in_the_file(
    log_file: Path,
) -> None:
    plain = logging.Formatter("%(message)s")
    record: logging.LogRecord | None = None
    try:
        raise ValueError(f"NIK {NIK}")
    except ValueError:
        import sys

        record = log.makeRecord(log.name, logging.ERROR, __file__, 1, "oops", None, sys.exc_info())
    assert NIK in plain.format(record)  # caches the unmasked text on the record
    log.handle(record)
    text = _text(log_file)
    assert "ValueError: NIK <nik>" in text and NIK not in text
