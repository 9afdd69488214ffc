"""Pushing batches to a real HTTP server on loopback: receipts, failures, backoff, recovery."""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select
from sync_world import SyncWorld, free_port_url, make_world

from intake_app.services.sync_batches import SyncBatchState, list_batches, sync_status
from intake_app.services.sync_push import BACKOFF_CAP, backoff_delay
from intake_app.storage.models import SyncBatch
from intake_app.sync.client import PermanentUploadError


@pytest.fixture
def world(demo_services, tmp_path: Path) -> SyncWorld:  # type: ignore[no-untyped-def]
    return make_world(demo_services, tmp_path)


def _rows(db) -> list[SyncBatch]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return list(session.exec(select(SyncBatch).order_by(col(SyncBatch.seq_from))).all())


def test_export_records_one_waiting_row_per_batch_of_at_most_the_cap(
    world: SyncWorld, demo_services, tmp_path: Path, fixed_now
) -> None:  # type: ignore[no-untyped-def]
    result = world.exporter.export(tmp_path / "usb", max_changes=40)
    rows = _rows(demo_services.db)
    assert len(result.batches) == len(rows) > 1
    assert all(batch.change_count <= 40 for batch in result.batches)
    for batch, row in zip(result.batches, rows, strict=True):
        assert (row.id, row.seq_from, row.seq_to) == (batch.batch_id, batch.seq_from, batch.seq_to)
        assert row.state == SyncBatchState.WAITING and row.attempts == 0
        assert row.next_attempt_at == fixed_now
        assert json.loads(row.counts) == batch.counts
        assert row.file_name == batch.path.name and row.size_bytes == batch.path.stat().st_size
        assert row.recipient_key_ids == "ho-main"
    # Adjacent ranges, nothing left out.
    assert [r.seq_from for r in rows[1:]] == [r.seq_to + 1 for r in rows[:-1]]
    assert sync_status(demo_services.db).pending == len(rows)


def test_all_batches_are_sent_oldest_first_and_receipts_stored(
    world: SyncWorld, demo_services, fixed_now
) -> None:  # type: ignore[no-untyped-def]
    world.exporter.export(world.exporter.outbox_dir, max_changes=40)
    with world.stub.running():
        outcomes = world.pusher.push_due(fixed_now, url=world.stub.url)
    rows = _rows(demo_services.db)
    assert [o.batch_id for o in outcomes] == [r.id for r in rows]
    assert all(o.state == SyncBatchState.SENT for o in outcomes)
    assert sum(o.applied for o in outcomes) == sum(r.change_count for r in rows)
    for row in rows:
        assert row.state == SyncBatchState.SENT and row.sent_at == fixed_now
        receipt = json.loads(row.receipt)
        assert receipt["batch_id"] == str(row.id) and row.receipt_key_id == "ho-main"
    assert list(world.exporter.outbox_dir.glob("*.intake-batch")) == []  # kept copies gone
    status = sync_status(demo_services.db)
    assert (status.pending, status.failed, status.last_sent_at) == (0, 0, fixed_now)
    with world.stub.running():  # nothing more to send
        assert world.pusher.push_due(fixed_now + timedelta(days=1), url=world.stub.url) == []


def test_server_down_fails_with_backoff_then_succeeds(
    world: SyncWorld, demo_services, fixed_now
) -> None:  # type: ignore[no-untyped-def]
    world.exporter.export(world.exporter.outbox_dir, max_changes=40)
    outcomes = world.pusher.push_due(fixed_now, url=free_port_url())
    # A network failure ends the round: the other batches were not tried in vain.
    assert [o.code for o in outcomes] == ["connection_failed"]
    first, *others = _rows(demo_services.db)
    assert first.state == SyncBatchState.FAILED and first.attempts == 1
    assert first.failure_code == "connection_failed" and first.failure_reason
    assert timedelta(seconds=22) <= first.next_attempt_at - fixed_now <= timedelta(seconds=30)
    assert all(o.state == SyncBatchState.WAITING and o.attempts == 0 for o in others)
    assert sync_status(demo_services.db).failed == 1
    with world.stub.running():
        # Not yet due: only the untried batches go.
        sent = world.pusher.push_due(fixed_now, url=world.stub.url)
        assert {o.batch_id for o in sent} == {o.id for o in others}
        later = world.pusher.push_due(fixed_now + timedelta(seconds=31), url=world.stub.url)
    assert [o.batch_id for o in later] == [first.id]
    assert all(r.state == SyncBatchState.SENT for r in _rows(demo_services.db))
    assert _rows(demo_services.db)[0].failure_code is None


def test_a_refused_batch_never_blocks_the_rest(world: SyncWorld, demo_services, fixed_now) -> None:  # type: ignore[no-untyped-def]
    world.exporter.export(world.exporter.outbox_dir, max_changes=40)
    world.stub.mode, world.stub.status, world.stub.error_code = "error", 500, "internal"
    with world.stub.running():
        outcomes = world.pusher.push_due(fixed_now, url=world.stub.url)
    # HTTP 500 may be this batch's own trouble: every batch was tried.
    assert len(outcomes) == len(_rows(demo_services.db)) > 1
    assert {o.code for o in outcomes} == {"internal"}
    world.stub.mode, world.stub.status, world.stub.error_code = "error", 422, "schema_invalid"
    with world.stub.running():
        outcomes = world.pusher.push_due(fixed_now + timedelta(hours=2), url=world.stub.url)
    rows = _rows(demo_services.db)
    assert all(r.state == SyncBatchState.FAILED and r.attempts == 2 for r in rows)
    assert {r.failure_code for r in rows} == {"schema_invalid"}
    assert rows[0].failure_reason == "stub says no"


def test_timeout_and_dropped_connection_are_transient_failures(
    demo_services, tmp_path: Path, fixed_now
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(demo_services, tmp_path, timeout=0.5)
    world.exporter.export(world.exporter.outbox_dir)
    world.stub.mode, world.stub.delay = "slow", 2.0
    with world.stub.running():
        [outcome] = world.pusher.push_due(fixed_now, url=world.stub.url)
    assert outcome.code == "timeout" and outcome.state == SyncBatchState.FAILED
    world.stub.mode = "drop"
    with world.stub.running():
        [outcome] = world.pusher.push_due(fixed_now + timedelta(minutes=5), url=world.stub.url)
    assert outcome.code == "connection_failed"
    [row] = _rows(demo_services.db)
    assert row.attempts == 2 and row.receipt is None
    world.stub.mode = "ok"
    with world.stub.running():
        [outcome] = world.pusher.push_due(fixed_now + timedelta(hours=1), url=world.stub.url)
    assert outcome.state == SyncBatchState.SENT


@pytest.mark.parametrize(
    ("mode", "code"), [("tamper", "receipt_bad_signature"), ("other_batch", "receipt_mismatch")]
)
def test_an_untrustworthy_receipt_is_not_accepted(
    world: SyncWorld, demo_services, fixed_now, mode: str, code: str
) -> None:  # type: ignore[no-untyped-def]
    world.exporter.export(world.exporter.outbox_dir)
    world.stub.mode = mode
    with world.stub.running():
        [outcome] = world.pusher.push_due(fixed_now, url=world.stub.url)
    [row] = _rows(demo_services.db)
    assert outcome.code == code and row.state == SyncBatchState.FAILED
    assert row.receipt is None and row.sent_at is None
    assert (world.exporter.outbox_dir / row.file_name).exists()  # kept for the next try


def test_a_crash_while_sending_is_recovered(world: SyncWorld, demo_services, fixed_now) -> None:  # type: ignore[no-untyped-def]
    world.exporter.export(world.exporter.outbox_dir)
    with demo_services.db.write() as session:
        [row] = session.exec(select(SyncBatch)).all()
        row.state = SyncBatchState.SENDING
        session.add(row)
    with world.stub.running():
        assert world.pusher.push_due(fixed_now, url=world.stub.url) == []  # not taken twice
        assert world.pusher.recover_interrupted() == 1
        [outcome] = world.pusher.push_due(fixed_now, url=world.stub.url)
    assert outcome.state == SyncBatchState.SENT


def test_the_same_batch_twice_gets_the_identical_receipt(
    world: SyncWorld, demo_services, fixed_now
) -> None:  # type: ignore[no-untyped-def]
    from intake_app.sync.client import upload

    path = world.exporter.export(world.exporter.outbox_dir).path
    keys = world.exporter.headoffice_keys()
    with world.stub.running():
        first = upload(path, world.stub.url + "/", 5, headoffice_keys=keys)
        again = upload(path, world.stub.url, 5, headoffice_keys=keys)
    assert first.document == again.document and first.applied > 0


def test_missing_file_and_no_url(world: SyncWorld, demo_services, fixed_now) -> None:  # type: ignore[no-untyped-def]
    world.exporter.export(world.exporter.outbox_dir)
    assert world.pusher.push_due(fixed_now) == []  # no address configured: nothing happens
    [row] = _rows(demo_services.db)
    (world.exporter.outbox_dir / row.file_name).unlink()
    with world.stub.running():
        [outcome] = world.pusher.push_due(fixed_now, url=world.stub.url)
    assert outcome.code == "file_missing" and world.stub.requests == 0


def test_headoffice_url_setting(world: SyncWorld) -> None:
    assert world.pusher.headoffice_url() is None
    world.pusher.set_headoffice_url(" https://pusat.example.go.id/ ")
    assert world.pusher.headoffice_url() == "https://pusat.example.go.id"
    with pytest.raises(PermanentUploadError):
        world.pusher.set_headoffice_url("ftp://pusat")
    assert world.pusher.headoffice_url() == "https://pusat.example.go.id"  # unchanged
    world.pusher.set_headoffice_url("")
    assert world.pusher.headoffice_url() is None


def test_backoff_doubles_from_30_seconds_to_one_hour_with_jitter() -> None:
    rng = random.Random(1)
    ceilings = [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
    for attempts, ceiling in enumerate(ceilings, start=1):
        for _ in range(20):
            delay = backoff_delay(attempts, rng).total_seconds()
            assert 0.75 * ceiling <= delay <= ceiling
    for attempts in (50, 10_000):  # days offline
        assert 0.75 * BACKOFF_CAP <= backoff_delay(attempts, rng) <= BACKOFF_CAP
    delays = {backoff_delay(3, rng) for _ in range(10)}
    assert len(delays) > 1  # jitter: posts coming back online do not retry in step


def test_list_batches_newest_first(world: SyncWorld, demo_services) -> None:  # type: ignore[no-untyped-def]
    world.exporter.export(world.exporter.outbox_dir, max_changes=40)
    listed = list_batches(demo_services.db)
    assert [b.seq_from for b in listed] == sorted((b.seq_from for b in listed), reverse=True)
