"""Export of 100,000 changes for head office (DESIGN.md §9: under 10 s), in a set-up folder."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from intake_app.domain.enums import Sex
from intake_app.services.sync_export import SyncExporter
from intake_app.storage.journal import record_payload
from intake_app.sync.crypto import (
    HeadOfficeKey,
    dump_headoffice_keys,
    generate_encryption_key,
    generate_signing_key,
)
from tests.bench import synthetic

EXPORT_CHANGES = 100_000
EXPORT_TARGET_S = 10.0
NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)


@dataclass(frozen=True)
class ExportFigures:
    changes: int
    seconds: float  # SyncExporter.export: read, build, compress, encrypt, sign, write, mark
    raw_read_s: float  # baseline: the same rows read through the raw driver
    batches: int
    megabytes: float


def measure_export(root: Path) -> ExportFigures:
    """100,000 person changes waiting in the outbox, exported as the Sinkron page does."""
    work = Path(tempfile.mkdtemp(prefix="export-bench-", dir=root))
    try:
        services = synthetic.set_up(work / "post", NOW - timedelta(days=1))
        try:
            return _export(services, work)
        finally:
            services.db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _export(services, work: Path) -> ExportFigures:  # type: ignore[no-untyped-def]
    from intake_app.services.people import PersonDraft

    convoy = services.convoys.create(_convoy_draft(), officer_id=None)
    gen = synthetic.Generator(seed=11)
    # Person payloads as the desk writes them: register a few hundred, then copy their
    # outbox payloads (with new ids) up to 100,000 rows in the app's own column layout.
    for _ in range(300):
        spec = gen.person(NOW.date(), Sex.MALE, gen.rng.randint(19, 58))
        services.people.register(PersonDraft(convoy_id=convoy, **spec), officer_id=None)
    with services.db.write() as session:
        from sqlmodel import func, select

        from intake_app.storage.models import OutboxEntry, Person

        templates = [record_payload(p) for p in session.exec(select(Person)).all()]
        waiting = session.exec(select(func.count()).select_from(OutboxEntry)).one()
        stamp = NOW.strftime("%Y-%m-%d %H:%M:%S.%f")
        rows = []
        for i in range(EXPORT_CHANGES - waiting):  # besides what the services wrote above
            record_id = uuid.uuid4()
            payload = json.dumps({**templates[i % len(templates)], "id": str(record_id)})
            rows.append((uuid.uuid4().hex, "person", record_id.hex, 1, payload, stamp))
        session.connection().exec_driver_sql(
            "INSERT INTO outboxentry (id, kind, record_id, record_version, payload, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    exporter = SyncExporter(services.db, services.data_dir, services.now)
    exporter.ensure_post_keys()
    office = HeadOfficeKey(
        "ho-main", generate_encryption_key().public_key(), generate_signing_key().public_key()
    )
    (work / "ho.json").write_bytes(dump_headoffice_keys([office]))
    exporter.add_headoffice_keys(work / "ho.json")
    conn = synthetic.raw_connect(services.db.path, services.db.key)
    try:
        began = time.perf_counter()
        conn.execute(
            "SELECT seq, id, kind, record_id, record_version, created_at, payload"
            " FROM outboxentry WHERE batch_id IS NULL ORDER BY seq"
        ).fetchall()
        raw_read_s = time.perf_counter() - began
    finally:
        conn.close()
    began = time.perf_counter()
    result = exporter.export(work / "usb")
    seconds = time.perf_counter() - began
    return ExportFigures(
        changes=result.change_count,
        seconds=seconds,
        raw_read_s=raw_read_s,
        batches=len(result.batches),
        megabytes=sum(b.size_bytes for b in result.batches) / 1e6,
    )


def _convoy_draft():  # type: ignore[no-untyped-def]
    from intake_app.domain.enums import Depot
    from intake_app.services.convoys import ConvoyDraft

    return ConvoyDraft(
        arrival_at=NOW - timedelta(hours=3),
        depot=Depot.SEMUJA,
        kjri_letter_number="2001/PK/B/SKEL/02/2026/KCH",
        kjri_letter_date=NOW.date() - timedelta(days=2),
    )
