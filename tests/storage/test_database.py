"""Engine settings that protect saved data, and the hash-chained audit journal."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from intake_app.domain.enums import ChangeKind
from intake_app.storage import migrate
from intake_app.storage.database import Database
from intake_app.storage.journal import append_audit, first_broken_link, record_change
from intake_app.storage.models import AuditEntry, LocalSetting, OutboxEntry, Post

NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "intake.sqlite3")
    migrate.ensure_current(database.engine, database.path)
    yield database
    database.dispose()


def test_every_connection_uses_wal_full_sync_and_foreign_keys(db: Database) -> None:
    for engine in (db.engine, db._write_engine):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 10_000


def test_a_checkpoint_copies_the_log_into_the_file(db: Database) -> None:
    with db.write() as session:
        for n in range(50):
            session.add(LocalSetting(key=f"k{n}", value="v" * 500))
    size = db.path.stat().st_size
    assert db.wal_bytes() > 0
    in_log, copied = db.checkpoint()
    assert in_log > 0 and copied == in_log
    assert db.path.stat().st_size > size  # the pages are in the file now


def test_a_failed_write_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(LocalSetting(key="k", value="v"))
        session.flush()
        raise RuntimeError("power cut in the middle")
    with db.read() as session:
        assert session.exec(select(LocalSetting)).all() == []


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as session:
        session.execute(
            text(
                "INSERT INTO convoy (id, post_id, arrival_at, depot, kind, created_at,"
                " updated_at, version) VALUES ('a', 'missing', '2025-01-01', 'semuja',"
                " 'deportation', '2025-01-01', '2025-01-01', 1)"
            )
        )


def test_timestamps_come_back_as_utc(db: Database) -> None:
    with db.write() as session:
        session.add(LocalSetting(key="x", value="y"))
        post = Post(
            code="ETK",
            name="Pos",
            place="Entikong",
            letter_number_pattern="{seq}",
            desk_code="A",
            created_at=NOW,
        )
        session.add(post)
    with db.read() as session:
        stored = session.exec(select(Post)).one()
    assert stored.created_at == NOW and stored.created_at.tzinfo is not None
    assert isinstance(stored.id, uuid.UUID)


def test_a_change_writes_outbox_and_audit_in_one_transaction(db: Database) -> None:
    with db.write() as session:
        post = Post(
            code="ETK",
            name="Pos",
            place="Entikong",
            letter_number_pattern="{seq}",
            desk_code="A",
            created_at=NOW,
        )
        session.add(post)
        record_change(
            session,
            kind=ChangeKind.POST,
            record=post,
            officer_id=None,
            action="post.create",
            now=NOW,
        )
    with db.read() as session:
        outbox, audit_change = session.exec(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        audit = session.exec(select(AuditEntry)).one()
    assert outbox.kind == "post" and outbox.payload["code"] == "ETK"
    assert outbox.seq == 1 and outbox.batch_id is None
    assert audit.action == "post.create" and audit.record_id == outbox.record_id
    # the audit entry itself goes to head office too, with both hashes of its link
    assert audit_change.kind == "audit" and audit_change.record_id == audit.id
    assert audit_change.payload["hash"] == audit.hash
    assert audit_change.payload["prev_hash"] == audit.prev_hash == "0" * 64
    assert audit_change.payload["action"] == "post.create"


def test_audit_chain_reports_the_first_altered_entry(db: Database) -> None:
    with db.write() as session:
        for number in range(5):
            append_audit(session, officer_id=None, action=f"action.{number}", now=NOW)
    with db.read() as session:
        assert first_broken_link(session) is None
    with db.write() as session:
        session.execute(text("UPDATE auditentry SET action = 'forged' WHERE seq = 3"))
    with db.read() as session:
        assert first_broken_link(session) == 3


def test_audit_chain_notices_a_removed_entry(db: Database) -> None:
    with db.write() as session:
        for number in range(4):
            append_audit(session, officer_id=None, action=f"action.{number}", now=NOW)
        session.execute(text("DELETE FROM auditentry WHERE seq = 2"))
    with db.read() as session:
        assert first_broken_link(session) == 3


def test_audit_entries_chain_within_a_transaction_and_never_to_a_rolled_back_one(
    db: Database,
) -> None:
    from sqlmodel import Session

    with db.write() as session:
        first = append_audit(session, officer_id=None, action="a.1", now=NOW)
        second = append_audit(session, officer_id=None, action="a.2", now=NOW)
        # Nothing was flushed in between: the second still chains to the first.
        assert second.prev_hash == first.hash
    with Session(db.engine, expire_on_commit=False) as session:
        append_audit(session, officer_id=None, action="a.discarded", now=NOW)
        session.rollback()
        kept = append_audit(session, officer_id=None, action="a.3", now=NOW)
        session.commit()
    assert kept.prev_hash == second.hash
    with db.read() as session:
        actions = session.exec(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
        assert actions == ["a.1", "a.2", "a.3"]
        assert first_broken_link(session) is None


def test_outbox_sequence_is_never_reused(db: Database) -> None:
    def add() -> int:
        with db.write() as session:
            entry = OutboxEntry(
                kind="post", record_id=uuid.uuid4(), record_version=1, payload={}, created_at=NOW
            )
            session.add(entry)
            session.flush()
            assert entry.seq is not None
            return entry.seq

    first, second = add(), add()
    with db.write() as session:
        session.execute(text("DELETE FROM outboxentry"))
    assert add() == second + 1 > first
