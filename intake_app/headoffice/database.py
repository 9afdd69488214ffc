"""Head office's database: PostgreSQL (psycopg 3) in service, SQLite for a trial or a test."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from intake_app.headoffice.models import HEADOFFICE_METADATA


class DatabaseUrlError(ValueError):
    """A --db URL this receiver cannot use."""


def open_engine(url: str, **options: Any) -> Engine:
    """An engine for `postgresql+psycopg://...` or `sqlite:///path`."""
    try:
        parsed = make_url(url)
    except Exception as error:  # SQLAlchemy says ArgumentError; the reason is enough
        raise DatabaseUrlError(f"not a database URL: {url!r}") from error
    backend = parsed.get_backend_name()
    # An error's message never carries the bound values (the posts' personal data) into a log.
    options.setdefault("hide_parameters", True)
    if backend == "sqlite":
        # Uploads run in a thread pool: one connection per thread, a busy writer waits.
        engine = create_engine(
            parsed, connect_args={"check_same_thread": False, "timeout": 30}, **options
        )
        event.listen(engine, "connect", _sqlite_settings)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, **options)
    raise DatabaseUrlError(f"unsupported database {backend!r}: use postgresql+psycopg or sqlite")


def _sqlite_settings(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy's begin event issues BEGIN itself. An ingest's first statement is its
    # write (the batch claim), so it waits for the lock instead of failing to upgrade one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Create the head-office tables that are missing (no Alembic migrations yet)."""
    HEADOFFICE_METADATA.create_all(engine)
