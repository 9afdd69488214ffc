"""Alembic environment: runs on the connection the app hands over in `config.attributes`."""

from __future__ import annotations

from alembic import context

from intake_app.storage import models
from intake_app.storage.migrate import include_object

config = context.config
target_metadata = models.SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
