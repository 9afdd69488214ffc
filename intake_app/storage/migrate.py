"""Schema upgrades by Alembic at start, skipped cheaply when the database is current."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

log = logging.getLogger("intake_app.storage")

# The newest revision in migrations/versions. A test checks it against Alembic's own view,
# so that start-up can compare one string instead of importing Alembic and parsing
# every migration script on each start.
HEAD_REVISION = "0007"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """Autogenerate filter: the FTS5 search index is made by hand and has no model."""
    return not (type_ == "table" and name and name.startswith("person_search"))


def alembic_config(engine: Engine):  # -> alembic.config.Config, imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def current_revision(path: Path, key: bytes | None = None) -> str | None:
    """The revision stamped in the file, or None for a new or unversioned database.

    An encrypted file needs its `key`; plain sqlite3 would see "file is not a database".
    """
    if not path.exists():
        return None
    if key is None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        missing_table: type[Exception] = sqlite3.OperationalError
    else:
        from sqlcipher3 import dbapi2 as sqlcipher

        from intake_app.storage.database import key_pragma_value

        conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute(f'PRAGMA key="{key_pragma_value(key)}"')
        missing_table = sqlcipher.OperationalError
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except missing_table:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def ensure_current(engine: Engine, path: Path, key: bytes | None = None) -> bool:
    """Upgrade the database to the newest schema. Returns True when a migration ran."""
    found = current_revision(path, key)
    if found == HEAD_REVISION:
        return False
    log.info("migrating database from %s to %s", found or "empty", HEAD_REVISION)
    upgrade(engine)
    return True
