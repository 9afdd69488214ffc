"""Person links travel to head office like every other record (kind person_link)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from sqlmodel import col, select
from sync_world import make_world

from intake_app.services.earlier_records import EarlierRecords
from intake_app.services.errors import ServiceError
from intake_app.storage import migrate
from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, OutboxEntry, Person, PersonLink
from intake_app.sync.batch import open_batch
from intake_app.sync.crypto import load_verify_key

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "batch-content.schema.json"


def _two_convoys_people(db) -> tuple:  # type: ignore[no-untyped-def]
    with db.read() as session:
        convoys = session.exec(select(Convoy).order_by(col(Convoy.arrival_at))).all()
        earlier = session.exec(
            select(Person).where(Person.convoy_id == convoys[0].id, Person.status != "closed")
        ).first()
        later = session.exec(
            select(Person).where(Person.convoy_id == convoys[-1].id, Person.status != "closed")
        ).first()
    assert convoys[0].arrival_at < convoys[-1].arrival_at and earlier and later
    return later.id, earlier.id


def test_a_link_is_journalled_exported_and_schema_valid(
    demo_services, tmp_path: Path, fixed_now
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(demo_services, tmp_path)
    world.exporter.export(tmp_path / "first")  # the demo's own changes
    person_id, earlier_id = _two_convoys_people(demo_services.db)
    records = EarlierRecords(demo_services.db)
    records.link(person_id, earlier_id, officer_id=None, now=fixed_now)
    with demo_services.db.read() as session:
        link = session.exec(select(PersonLink)).one()
        entry = session.exec(select(OutboxEntry).where(OutboxEntry.kind == "person_link")).one()
    assert entry.record_id == link.id and entry.record_version == link.version == 1
    assert entry.payload["earlier_person_id"] == str(earlier_id)
    with pytest.raises(ServiceError):  # linking twice is refused and changes nothing more
        records.link(person_id, earlier_id, officer_id=None, now=fixed_now)
    result = world.exporter.export(tmp_path / "usb")
    # the link, the person's new count, and the audit entries of both attempts
    assert result.counts == {"person": 1, "person_link": 1, "audit": 2}
    content = open_batch(
        result.path.read_bytes(),
        recipient_private_key=world.office_key,
        sender_public_key=load_verify_key(world.exporter.post_public_key_path),
    )
    kinds = [change["kind"] for change in content.changes if change["kind"] != "audit"]
    assert kinds == ["person_link", "person"]  # the link, then the count it changed
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(content.document)


def test_migration_0004_gives_old_links_an_id_and_version(tmp_path: Path) -> None:
    db = Database(tmp_path / "old.sqlite3")
    migrate.upgrade(db.engine, "0003")
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        for n in range(3):
            conn.execute(
                "INSERT INTO personlink (person_id, earlier_person_id, reasons, linked_at)"
                " VALUES (?, ?, '[]', '2025-01-01 00:00:00')",
                (f"{n:032x}", f"{n + 10:032x}"),
            )
    triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
    with sqlite3.connect(db.path) as conn:
        triggers_before = conn.execute(triggers).fetchone()[0]
    assert migrate.ensure_current(db.engine, db.path) is True
    with sqlite3.connect(db.path) as conn:
        rows = conn.execute("SELECT id, version FROM personlink").fetchall()
        assert conn.execute(triggers).fetchone()[0] == triggers_before > 0  # search index kept
        assert conn.execute("SELECT count(*) FROM syncbatch").fetchone()[0] == 0
    ids = [row[0] for row in rows]
    assert len(set(ids)) == 3 and all(len(i) == 32 for i in ids)
    assert {row[1] for row in rows} == {1}
    with db.read() as session:
        assert len(session.exec(select(PersonLink)).all()) == 3  # the model reads them
    db.dispose()
