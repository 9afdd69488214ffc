"""Export of the outbox: one batch per call, marked only when the file is safely written."""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
import time
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jsonschema
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlmodel import col, func, select

from intake_app.services import sync_export
from intake_app.services.demo import DEMO_POST
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.posts import create_post
from intake_app.services.sync_export import ExportError, ExportErrorCode, SyncExporter
from intake_app.storage.journal import record_change
from intake_app.storage.models import Family, OutboxEntry
from intake_app.sync.batch import open_batch, read_envelope
from intake_app.sync.cli_commands import add_parsers, run
from intake_app.sync.crypto import (
    HeadOfficeKey,
    dump_headoffice_keys,
    generate_encryption_key,
    generate_signing_key,
    load_signing_key,
    private_key_pem,
)

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "batch-content.schema.json"


@pytest.fixture
def office_keys(tmp_path: Path) -> tuple[list[X25519PrivateKey], Path]:
    """Two head-office key sets (main and backup), generated per test, never stored."""
    private = [generate_encryption_key(), generate_encryption_key()]
    public = [
        HeadOfficeKey(key_id, key.public_key(), generate_signing_key().public_key())
        for key_id, key in zip(("ho-main", "ho-backup"), private, strict=True)
    ]
    path = tmp_path / "headoffice-keys.json"
    path.write_bytes(dump_headoffice_keys(public))
    return private, path


@pytest.fixture
def exporter(demo_services, office_keys) -> SyncExporter:  # type: ignore[no-untyped-def]
    built = SyncExporter(demo_services.db, demo_services.data_dir, demo_services.now)
    built.ensure_post_keys()
    built.add_headoffice_keys(office_keys[1])
    return built


def _open(path: Path, exporter: SyncExporter, private: X25519PrivateKey) -> Any:
    sender = load_signing_key(exporter.post_key_path).public_key()
    return open_batch(path.read_bytes(), recipient_private_key=private, sender_public_key=sender)


def _pending(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return session.exec(
            select(func.count()).select_from(OutboxEntry).where(col(OutboxEntry.batch_id).is_(None))
        ).one()


def test_post_key_is_made_once_owner_only_with_its_public_half(services) -> None:  # type: ignore[no-untyped-def]
    exporter = SyncExporter(services.db, services.data_dir, services.now)
    first = exporter.ensure_post_keys()
    again = exporter.ensure_post_keys()
    assert first.created and not again.created
    assert first.fingerprint == again.fingerprint
    assert first.path == services.data_dir / "keys" / "post_ed25519.pem"
    if sys.platform != "win32":
        assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert b"PUBLIC KEY" in exporter.post_public_key_path.read_bytes()


def test_export_puts_every_pending_change_in_one_file_both_offices_can_open(
    exporter: SyncExporter, demo_services, office_keys, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with demo_services.db.read() as session:
        entries = session.exec(select(OutboxEntry).order_by(col(OutboxEntry.seq))).all()
    result = exporter.export(tmp_path / "usb")
    assert result.path is not None and result.kept_copy is not None
    assert result.path.name == (
        f"P4MI-SGU-{_device(demo_services)}-{entries[0].seq}-{entries[-1].seq}.intake-batch"
    )
    assert result.kept_copy.read_bytes() == result.path.read_bytes()
    assert result.change_count == len(entries) and _pending(demo_services.db) == 0
    with demo_services.db.read() as session:
        marks = set(session.exec(select(OutboxEntry.batch_id)).all())
    assert marks == {result.batch_id}
    for private in office_keys[0]:
        content = _open(result.path, exporter, private)
        assert content.manifest.batch_id == result.batch_id
        assert content.manifest.counts == result.counts
        assert [change["id"] for change in content.changes] == [str(e.id) for e in entries]
        assert [change["payload"] for change in content.changes] == [e.payload for e in entries]
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(content.document)


def _device(services) -> str:  # type: ignore[no-untyped-def]
    from intake_app.storage.models import LocalSetting

    with services.db.read() as session:
        return session.get(LocalSetting, "device_id").value  # type: ignore[union-attr]


def test_a_second_export_has_nothing_new_then_only_the_next_change(
    exporter: SyncExporter, demo_services, office_keys, tmp_path: Path, fixed_now
) -> None:  # type: ignore[no-untyped-def]
    first = exporter.export(tmp_path / "usb")
    empty = exporter.export(tmp_path / "usb")
    assert empty.nothing_to_send and empty.path is None and empty.batch_id is None
    assert sorted(path.name for path in (tmp_path / "usb").iterdir()) == [first.path.name]
    with demo_services.db.write() as session:
        convoy_id = session.exec(select(Family.convoy_id)).first()
        family = Family.model_validate({"convoy_id": convoy_id, "label": "Keluarga baru"})
        session.add(family)
        record_change(
            session, kind="family", record=family, officer_id=None, action="x", now=fixed_now
        )
    second = exporter.export(tmp_path / "usb")
    # the family and the audit entry of its creation
    assert second.change_count == 2 and second.seq_from == first.seq_to + 1
    assert second.seq_to == first.seq_to + 2
    assert second.counts == {"family": 1, "audit": 1}
    content = _open(second.path, exporter, office_keys[0][1])
    family_change, audit_change = content.changes
    assert family_change["payload"]["label"] == "Keluarga baru"
    assert audit_change["payload"]["record_id"] == family_change["record_id"]


def test_a_failed_write_marks_nothing_and_leaves_no_file(
    exporter: SyncExporter, demo_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    before = _pending(demo_services.db)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        exporter.export(tmp_path / "usb")
    monkeypatch.undo()
    assert _pending(demo_services.db) == before
    leftovers = list((tmp_path / "usb").glob("*")) + list(exporter.outbox_dir.glob("*"))
    assert leftovers == []
    assert exporter.export(tmp_path / "usb").change_count == before  # and it works again


def test_failing_on_the_usb_copy_also_removes_the_kept_copy(
    exporter: SyncExporter, demo_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    real = sync_export.write_atomically
    usb = tmp_path / "usb"

    def write(path: Path, data: bytes) -> None:
        if path.parent == usb:
            raise OSError(5, "Input/output error")
        real(path, data)

    monkeypatch.setattr(sync_export, "write_atomically", write)
    with pytest.raises(OSError):
        exporter.export(usb)
    assert list(exporter.outbox_dir.glob("*.intake-batch")) == []
    assert _pending(demo_services.db) > 0


def test_export_needs_headoffice_keys_and_a_post(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exporter = SyncExporter(services.db, services.data_dir, services.now)
    with pytest.raises(ExportError) as no_keys:
        exporter.export(tmp_path / "usb")
    assert no_keys.value.code is ExportErrorCode.NO_HEADOFFICE_KEYS
    office = HeadOfficeKey(
        "ho-main", generate_encryption_key().public_key(), generate_signing_key().public_key()
    )
    (tmp_path / "ho.json").write_bytes(dump_headoffice_keys([office]))
    exporter.add_headoffice_keys(tmp_path / "ho.json")
    with pytest.raises(ServiceError) as no_post:
        exporter.export(tmp_path / "usb")
    assert no_post.value.code is ErrorCode.NO_POST


def test_importing_headoffice_keys_merges_by_id(exporter: SyncExporter, tmp_path: Path) -> None:
    newer = HeadOfficeKey(
        "ho-backup", generate_encryption_key().public_key(), generate_signing_key().public_key()
    )
    (tmp_path / "rotated.json").write_bytes(dump_headoffice_keys([newer]))
    merged = exporter.add_headoffice_keys(tmp_path / "rotated.json")
    assert [key.id for key in merged] == ["ho-main", "ho-backup"]
    assert merged[1].fingerprint == newer.fingerprint


def _cli(exporter: SyncExporter, services, *argv: str) -> int:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser(prog="intake-app")
    sub = parser.add_subparsers(dest="command")
    add_parsers(sub, argparse.ArgumentParser(add_help=False))
    bundle = SimpleNamespace(
        db=services.db, data_dir=services.data_dir, now=services.now, sync_export=exporter
    )
    return run(parser.parse_args(argv), bundle)


def test_cli_export_then_verify_with_and_without_a_key(
    exporter: SyncExporter, demo_services, office_keys, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert _cli(exporter, demo_services, "export", "--out", str(tmp_path / "usb")) == 0
    batch = Path(capsys.readouterr().out.strip())
    assert batch.exists() and batch.suffix == ".intake-batch"
    assert _cli(exporter, demo_services, "export", "--out", str(tmp_path / "usb")) == 0
    assert "nothing to send" in capsys.readouterr().out

    envelope = read_envelope(batch.read_bytes())
    assert _cli(exporter, demo_services, "verify", str(batch)) == 0
    out = capsys.readouterr().out
    assert "P4MI-SGU" in out and str(envelope.batch_id) in out
    assert f"{envelope.seq_from}-{envelope.seq_to}" in out and "person=62" in out
    assert "decrypted" not in out

    key_file = tmp_path / "ho-backup.pem"
    key_file.write_bytes(private_key_pem(office_keys[0][1]))
    assert _cli(exporter, demo_services, "verify", str(batch), "--key", str(key_file)) == 0
    assert "decrypted" in capsys.readouterr().out


def test_cli_verify_fails_in_one_line(
    exporter: SyncExporter, demo_services, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    _cli(exporter, demo_services, "export", "--out", str(tmp_path))
    batch = Path(capsys.readouterr().out.strip())
    altered = bytearray(batch.read_bytes())
    altered[-1] ^= 0xFF
    (tmp_path / "altered.intake-batch").write_bytes(bytes(altered))
    stranger = tmp_path / "stranger.pem"
    stranger.write_bytes(private_key_pem(generate_encryption_key()))
    cases = [
        (["verify", str(tmp_path / "altered.intake-batch")], "ciphertext_altered"),
        (["verify", str(batch), "--key", str(stranger)], "not_a_recipient"),
        (["verify", str(tmp_path / "absent.intake-batch")], "No such file"),
    ]
    for argv, reason in cases:
        assert _cli(exporter, demo_services, *argv) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and reason in err[0], err


def test_cli_export_without_headoffice_keys_fails_in_one_line(
    demo_services, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    exporter = SyncExporter(demo_services.db, demo_services.data_dir, demo_services.now)
    assert _cli(exporter, demo_services, "export", "--out", str(tmp_path)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no_headoffice_keys" in err[0]


def test_export_of_100000_changes(
    services, office_keys, tmp_path: Path, fixed_now, record_property
) -> None:  # type: ignore[no-untyped-def]
    """DESIGN.md §9 budget is 10 s; the time is recorded (junit property), not asserted."""
    with services.db.write() as session:
        create_post(session, DEMO_POST, now=fixed_now)
        template = session.exec(select(OutboxEntry.payload).where(OutboxEntry.kind == "post")).one()
        stamp = fixed_now.strftime("%Y-%m-%d %H:%M:%S.%f")
        rows = []
        for _ in range(100_000):
            record_id = uuid.uuid4()
            payload = json.dumps({**template, "id": str(record_id)})
            rows.append((uuid.uuid4().hex, "person", record_id.hex, 1, payload, stamp))
        # Raw inserts in the layout SQLAlchemy writes (checked by the demo tests above).
        session.connection().exec_driver_sql(
            "INSERT INTO outboxentry (id, kind, record_id, record_version, payload, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    exporter = SyncExporter(services.db, services.data_dir, services.now)
    exporter.ensure_post_keys()
    exporter.add_headoffice_keys(office_keys[1])
    started = time.perf_counter()
    result = exporter.export(tmp_path / "usb")
    record_property("export_100k_seconds", round(time.perf_counter() - started, 2))
    assert result.change_count == 100_002 and _pending(services.db) == 0
    assert len(result.batches) == 21  # 5,000 changes per batch
    assert result.counts == {"post": 1, "audit": 1, "person": 100_000}
    assert read_envelope(result.batches[-1].path.read_bytes()).change_count == 2


def test_building_holds_no_write_lock_and_a_racing_export_loses_cleanly(
    exporter: SyncExporter, demo_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from intake_app.storage.models import SyncBatch

    real = sync_export.build_batch
    other_batch = uuid.uuid4()

    def racing(*args: Any, **kwargs: Any) -> bytes:
        data = real(*args, **kwargs)
        # Another desk writes while this batch is being built: possible only because
        # no write lock is held (busy_timeout would fail it otherwise) ...
        with demo_services.db.write() as session:
            session.exec(update(OutboxEntry).values(batch_id=other_batch))
        return data

    monkeypatch.setattr(sync_export, "build_batch", racing)
    with pytest.raises(ExportError) as caught:
        exporter.export(tmp_path / "usb")
    # ... and as it took our entries, our batch is dropped: no file, no row, no marks.
    assert caught.value.code is ExportErrorCode.CONCURRENT_EXPORT
    assert list((tmp_path / "usb").glob("*")) == [] == list(exporter.outbox_dir.glob("*"))
    with demo_services.db.read() as session:
        assert session.exec(select(SyncBatch)).all() == []
        assert set(session.exec(select(OutboxEntry.batch_id)).all()) == {other_batch}


def test_registering_a_listed_person_queues_the_list_entry_again(demo_services) -> None:  # type: ignore[no-untyped-def]
    """Head office counts who is still expected from the entries it holds."""
    from intake_app.domain.enums import Sex
    from intake_app.services.people import PersonDraft
    from intake_app.storage.models import ManifestEntry

    with demo_services.db.read() as session:
        entry = session.exec(
            select(ManifestEntry).where(col(ManifestEntry.person_id).is_(None))
        ).first()
        assert entry is not None
        entry_id, convoy_id, name = entry.id, entry.convoy_id, entry.full_name
    draft = PersonDraft(
        full_name=name, sex=Sex.MALE, convoy_id=convoy_id, manifest_entry_id=entry_id
    )
    person = demo_services.people.register(draft, officer_id=None)

    with demo_services.db.read() as session:
        queued = session.exec(
            select(OutboxEntry)
            .where(OutboxEntry.record_id == entry_id)
            .order_by(col(OutboxEntry.seq))
        ).all()
        stored = session.get(ManifestEntry, entry_id)
    assert [e.record_version for e in queued] == [1, 2] and stored.version == 2
    assert queued[-1].payload["person_id"] == str(person.id)
    assert queued[-1].payload["version"] == 2

    # the same entry twice is refused, and nothing more is queued
    with pytest.raises(ServiceError) as refused:
        demo_services.people.register(draft, officer_id=None)
    assert refused.value.code == ErrorCode.ALREADY_ARRIVED
    with demo_services.db.read() as session:
        count = session.exec(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.record_id == entry_id)
        ).one()
    assert count == 2
