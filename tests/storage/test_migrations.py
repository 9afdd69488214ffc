"""Migrations: empty to head equals the models; an older database keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from intake_app.storage import migrate
from intake_app.storage.database import Database
from intake_app.storage.models import SQLModel

POST_ID = "0f0e0d0c0b0a09080706050403020100"
CONVOY_ID = "1f1e1d1c1b1a19181716151413121110"
PERSON_IDS = ["2f2e2d2c2b2a2928272625242322212" + str(i) for i in range(3)]


def _db(tmp_path: Path) -> Database:
    return Database(tmp_path / "intake.sqlite3")


def test_head_constant_is_alembics_head(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(_db(tmp_path).engine))
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_empty_database_upgraded_to_head_equals_the_models(tmp_path: Path) -> None:
    db = _db(tmp_path)
    assert migrate.ensure_current(db.engine, db.path) is True
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": migrate.include_object}
        )
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []
    assert migrate.current_revision(db.path) == migrate.HEAD_REVISION


def test_a_current_database_is_not_migrated_again(tmp_path: Path) -> None:
    db = _db(tmp_path)
    migrate.ensure_current(db.engine, db.path)
    assert migrate.ensure_current(db.engine, db.path) is False


def _fill_revision_0001(path: Path) -> None:
    """Rows as version 0001 of the app wrote them (raw SQL: the models may move on)."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO post (id, code, name, place, letterhead_lines, letter_number_pattern,"
            " desk_code, created_at) VALUES (?, 'ETK', 'Pos Entikong', 'Entikong', '[]',"
            " 'B/{seq}/{year}', 'A', '2025-01-01 00:00:00')",
            (POST_ID,),
        )
        conn.execute(
            "INSERT INTO convoy (id, post_id, arrival_at, depot, kind, created_at, updated_at,"
            " version) VALUES (?, ?, '2025-01-02 03:00:00', 'semuja', 'deportation',"
            " '2025-01-02 03:00:00', '2025-01-02 03:00:00', 1)",
            (CONVOY_ID, POST_ID),
        )
        names = ["siti nuraini binti ahmad", "yohanes lake", "wayan sudarma"]
        for person_id, name in zip(PERSON_IDS, names, strict=True):
            conn.execute(
                "INSERT INTO person (id, convoy_id, full_name, name_key, sex, document_type,"
                " reasons, earlier_deportations, pregnant, disability, sick, needs_referral,"
                " fit_to_travel_letter, is_minor, unaccompanied, elderly,"
                " trafficking_suspected, violence_victim, needs_birth_registration, status,"
                " created_at, updated_at, version, document_number)"
                " VALUES (?, ?, ?, ?, 'P', 'passport', '[\"overstay\"]', 0, 0, 0, 0, 0, 0, 0,"
                " 0, 0, 0, 0, 0, 'registered', '2025-01-02 03:00:00', '2025-01-02 03:00:00',"
                " 1, ?)",
                (person_id, CONVOY_ID, name.title(), name, f"C{person_id[-7:]}"),
            )


def _rows(path: Path, table: str) -> list[dict[str, object]]:
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY id")]


def test_database_of_revision_0001_upgrades_with_every_row(tmp_path: Path) -> None:
    db = _db(tmp_path)
    migrate.upgrade(db.engine, "0001")
    assert migrate.current_revision(db.path) == "0001"
    _fill_revision_0001(db.path)
    before = {table: _rows(db.path, table) for table in ("post", "convoy", "person")}

    assert migrate.ensure_current(db.engine, db.path) is True
    assert migrate.current_revision(db.path) == migrate.HEAD_REVISION

    after = {table: _rows(db.path, table) for table in ("post", "convoy", "person")}
    for table, old_rows in before.items():
        assert len(after[table]) == len(old_rows) > 0
        for old, new in zip(old_rows, after[table], strict=True):
            assert {key: new[key] for key in old} == old  # every old value kept
    # 0003 worked out what the old records lack: no age, no origin (reasons were given).
    assert {row["missing"] for row in after["person"]} == {'["age","origin"]'}
    assert {row["incomplete"] for row in after["person"]} == {1}


def test_search_index_covers_old_rows_and_keeps_up_after_upgrade(tmp_path: Path) -> None:
    db = _db(tmp_path)
    migrate.upgrade(db.engine, "0001")
    _fill_revision_0001(db.path)
    migrate.ensure_current(db.engine, db.path)
    query = (
        "SELECT p.full_name FROM person_search s JOIN person p ON p.rowid = s.rowid"
        " WHERE person_search MATCH ? ORDER BY p.full_name"
    )
    with sqlite3.connect(db.path) as conn:
        assert conn.execute(query, ('"nuraini"',)).fetchall() == [("Siti Nuraini Binti Ahmad",)]
        conn.execute(
            "UPDATE person SET name_key = 'siti nurhayati', full_name = 'Siti Nurhayati'"
            " WHERE name_key = 'siti nuraini binti ahmad'"
        )
        assert conn.execute(query, ('"nuraini"',)).fetchall() == []
        assert conn.execute(query, ('"nurhayati"',)).fetchall() == [("Siti Nurhayati",)]
        conn.execute("DELETE FROM person WHERE name_key = 'yohanes lake'")
        assert conn.execute(query, ('"yohanes"',)).fetchall() == []
