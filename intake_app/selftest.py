"""`intake-app self-test`: the whole program once, headless, in a throwaway data folder.

Meant for the installed bundle above all: a module, a data file or a native library that
PyInstaller left out fails here, in CI, instead of on an officer's desk. Each step prints one
line with its time; the command exits 0, or 1 naming the step that failed.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILURE = 0, 1
# Not imported by the walk: running `__main__` would start the program again, and Alembic
# loads the migration scripts itself, from files (the migrations step runs them).
NOT_IMPORTED = ("intake_app.__main__", "intake_app.storage.migrations")


@dataclass
class _Run:
    """What the steps hand on to each other."""

    work: Path
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    db: Any = None
    services: Any = None
    officer_id: uuid.UUID | None = None
    convoy_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    letter_pdf: Path | None = None


def open_database(data_dir: Path) -> Any:
    """The self-test's one place that opens (and creates) the database: encrypted with
    SQLCipher like a post's, under a throwaway random key."""
    from intake_app.paths import database_path
    from intake_app.storage.database import Database
    from intake_app.storage.keyring import new_database_key

    return Database(database_path(data_dir), key=new_database_key())


def _database(run: _Run) -> str:
    from sqlalchemy import text

    run.db = open_database(run.work)
    with run.db.engine.connect() as connection:
        version = connection.execute(text("SELECT sqlite_version()")).scalar_one()
        cipher = connection.execute(text("PRAGMA cipher_version")).scalar()
    if not cipher:
        raise RuntimeError("the database is not encrypted: SQLCipher is missing")
    return f"SQLite {version}, SQLCipher {cipher}"


def _migrations(run: _Run) -> str:
    from intake_app.storage.migrate import HEAD_REVISION, current_revision, ensure_current

    ensure_current(run.db.engine, run.db.path, run.db.key)
    found = current_revision(run.db.path, run.db.key)
    if found != HEAD_REVISION:
        raise RuntimeError(f"schema at {found}, expected {HEAD_REVISION}")
    return f"schema {found}"


def _register(run: _Run) -> str:
    from intake_app.domain.enums import Depot, OfficerRole, Sex
    from intake_app.services.bundle import AppServices
    from intake_app.services.convoys import ConvoyDraft
    from intake_app.services.people import PersonDraft
    from intake_app.services.posts import create_officer, ensure_post

    run.services = AppServices.build(run.work, run.db, lambda: run.now)
    with run.db.write() as session:
        ensure_post(session, now=run.now)
        run.officer_id = create_officer(
            session,
            username="selftest",
            full_name="Petugas Uji Mandiri",
            role=OfficerRole.SUPERVISOR,
            now=run.now,
        ).id
    run.convoy_id = run.services.convoys.create(
        ConvoyDraft(
            arrival_at=run.now,
            depot=Depot.SEMUJA,
            kjri_letter_number=f"SELFTEST/{run.now:%Y%m%d%H%M%S}/KCH",
            kjri_letter_date=run.now.date(),
        ),
        officer_id=run.officer_id,
    )
    person = run.services.people.register(
        PersonDraft(
            full_name="Siti Nurhaliza binti Ahmad",
            sex=Sex.FEMALE,
            birth_date=date(1990, 5, 17),
            convoy_id=run.convoy_id,
        ),
        officer_id=run.officer_id,
    )
    run.person_id = person.id
    # The name search runs on SQLite's FTS5, which the bundled sqlite library must have.
    if not run.services.search.search("Nurhaliza"):
        raise RuntimeError("the registered person is not found by name")
    return "1 person registered and found by name"


def _letter(run: _Run) -> str:
    from intake_app.domain.enums import Disposition
    from intake_app.services.handover_facts import HandoverDraft, RecipientDraft, WitnessDraft
    from intake_app.services.letter_pdf import verify_letter_pdf

    handovers = run.services.handovers
    issued = handovers.issue(
        HandoverDraft(
            convoy_id=run.convoy_id,
            person_ids=(run.person_id,),
            recipient_type=Disposition.FAMILY,
            recipient=RecipientDraft(
                name="Ahmad bin Salleh",
                id_number="6103011201800001",
                relationship="Ayah",
                address="Dusun Entikong, Kabupaten Sanggau",
            ),
            witnesses=(
                WitnessDraft(
                    name="Markus Dedi", position="Kepala Desa", institution="Desa Entikong"
                ),
            ),
        ),
        officer_id=run.officer_id,
    )
    # `issue` keeps the handover when rendering fails; ensure_pdf renders again and raises.
    path = issued.pdf_path or handovers.ensure_pdf(issued.handover_id)
    if not path.read_bytes().startswith(b"%PDF-"):
        raise RuntimeError(f"{path.name} is not a PDF")
    result = verify_letter_pdf(path, handovers.verify_keys())
    if not result.genuine:
        raise RuntimeError(f"the letter does not verify: {result.reason}")
    run.letter_pdf = path
    return f"BAST {issued.number}, {path.stat().st_size // 1024} KiB, signature verified"


def _batch(run: _Run) -> str:
    from intake_app.sync.batch import open_batch
    from intake_app.sync.crypto import (
        HeadOfficeKey,
        dump_headoffice_keys,
        generate_encryption_key,
        generate_signing_key,
        load_verify_key,
    )

    # A throwaway head-office key pair: the batch must decrypt with its private half.
    office_key = generate_encryption_key()
    key_file = run.work / "selftest-headoffice-keys.json"
    key_file.write_bytes(
        dump_headoffice_keys(
            [
                HeadOfficeKey(
                    "selftest", office_key.public_key(), generate_signing_key().public_key()
                )
            ]
        )
    )
    exporter = run.services.sync_export
    exporter.add_headoffice_keys(key_file)
    result = exporter.export(run.work / "out")
    if result.path is None:
        raise RuntimeError("nothing exported: the outbox is empty")
    content = open_batch(
        result.path.read_bytes(),
        recipient_private_key=office_key,
        sender_public_key=load_verify_key(exporter.post_public_key_path),
    )
    return f"{len(content.changes)} changes, {result.size_bytes} bytes, decrypted"


def _reference_data(run: _Run) -> str:
    from faker import Faker

    from intake_app.services.regions import region_label

    label = region_label("61.03.21")
    if not label or "Entikong" not in label:
        raise RuntimeError(f"region 61.03.21 reads {label!r}")
    fake = Faker("id_ID")  # the demo's names
    fake.seed_instance(1)
    return f"{label}; demo name {fake.name()!r}"


def _modules(run: _Run) -> str:
    """Import every module: lazily imported ones are the ones a bundle misses."""
    import intake_app

    names = [
        info.name
        for info in pkgutil.walk_packages(intake_app.__path__, "intake_app.")
        if not info.name.startswith(NOT_IMPORTED)
    ]
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} modules"


def _window(run: _Run) -> str:
    from intake_app.ui.selftest_window import open_main_window_once

    return open_main_window_once(run.services, run.letter_pdf)


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("database", _database),
    ("migrations", _migrations),
    ("register", _register),
    ("letter", _letter),
    ("batch", _batch),
    ("reference data", _reference_data),
    ("modules", _modules),
    ("window", _window),
)
STEP_NAMES = tuple(name for name, _ in STEPS)


def run_self_test(work_dir: Path | None = None) -> int:
    """Run every step in `work_dir` (a new empty temporary folder by default)."""
    # Headless unless the caller chose a platform (QT_QPA_PLATFORM=xcb checks the X plugin).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if work_dir is not None:
        work_dir.mkdir(parents=True, exist_ok=True)
        return _run_steps(work_dir)
    with tempfile.TemporaryDirectory(prefix="intake-selftest-") as temporary:
        return _run_steps(Path(temporary))


def _run_steps(work: Path) -> int:
    from intake_app import __version__
    from intake_app.log import setup_logging

    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    _say(f"self-test of intake-app {__version__} ({frozen}) in {work}")
    setup_logging(work)  # the log stays in the throwaway folder
    run = _Run(work)
    started = time.perf_counter()
    try:
        for name, step in STEPS:
            begun = time.perf_counter()
            try:
                detail = step(run)
            except Exception as error:
                _say(f"  {name:<15} FAILED  {_ms(begun):>6} ms  {type(error).__name__}: {error}")
                traceback.print_exc()
                print(  # noqa: T201
                    f"intake-app: error: self-test failed at step {name!r}: {error}",
                    file=sys.stderr,
                )
                return EXIT_FAILURE
            _say(f"  {name:<15} ok      {_ms(begun):>6} ms  {detail}")
    finally:
        if run.db is not None:
            run.db.dispose()
    _say(f"self-test passed: {len(STEPS)} steps in {_ms(started)} ms")
    return EXIT_OK


def _ms(since: float) -> int:
    return round((time.perf_counter() - since) * 1000)


def _say(line: str) -> None:
    print(line, flush=True)  # noqa: T201  (the command's output is its contract)
