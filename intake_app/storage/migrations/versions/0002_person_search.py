"""person search index (FTS5 trigram over name key, document number and NIK)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

A trigram index finds any 3+ character fragment of a name or number through the index,
so a key press never scans a million rows; spelling variants are then re-ranked in
Python. Triggers keep it in step with `person` inside the same transaction.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEARCH_TABLE = "person_search"

_TRIGGERS = {
    "person_search_ai": f"""
        CREATE TRIGGER person_search_ai AFTER INSERT ON person BEGIN
            INSERT INTO {SEARCH_TABLE}(rowid, name_key, document_number, nik)
            VALUES (new.rowid, new.name_key, new.document_number, new.nik);
        END""",
    "person_search_ad": f"""
        CREATE TRIGGER person_search_ad AFTER DELETE ON person BEGIN
            INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, name_key, document_number, nik)
            VALUES ('delete', old.rowid, old.name_key, old.document_number, old.nik);
        END""",
    "person_search_au": f"""
        CREATE TRIGGER person_search_au AFTER UPDATE OF name_key, document_number, nik
        ON person BEGIN
            INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, name_key, document_number, nik)
            VALUES ('delete', old.rowid, old.name_key, old.document_number, old.nik);
            INSERT INTO {SEARCH_TABLE}(rowid, name_key, document_number, nik)
            VALUES (new.rowid, new.name_key, new.document_number, new.nik);
        END""",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # the post database is SQLite; head office searches its own way
    op.execute(
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
        "name_key, document_number, nik, content='person', content_rowid='rowid', "
        "tokenize='trigram')"
    )
    for sql in _TRIGGERS.values():
        op.execute(sql)
    # Index the people already registered under the older schema.
    op.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
