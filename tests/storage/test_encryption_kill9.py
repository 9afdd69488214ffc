"""kill -9 during registration: nothing reported saved is lost, the file stays intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import select

from intake_app.domain.enums import Depot
from intake_app.services import backups
from intake_app.services.convoys import ConvoyDraft, ConvoyService
from intake_app.services.setup import setup_post
from intake_app.storage.models import Person
from tests.services.accounts_world import CHEAP_KDF, POST, SUPERVISOR

NOW = datetime(2026, 2, 5, 2, 0, tzinfo=UTC)
WORKER = Path(__file__).with_name("kill_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(
    data_dir: Path, key: bytes, convoy_id: uuid.UUID, rng: random.Random
) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), key.hex(), str(convoy_id)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the worker is past its imports and writing
    assert first, proc.stderr.read() if proc.stderr else "worker died"
    time.sleep(rng.uniform(0.05, 0.6))
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # A line cut off mid-write was never fully reported: only whole lines count.
    return [line for line in (first + rest).split("\n") if len(line) == 36]


def test_kill9_in_a_loop_loses_nothing_reported_saved(tmp_path: Path) -> None:
    result = setup_post(tmp_path / "data", POST, SUPERVISOR, now=NOW, kdf=CHEAP_KDF)
    db = result.session.db
    convoy_id = ConvoyService(db, now=lambda: NOW).create(
        ConvoyDraft(arrival_at=NOW, depot=Depot.SEMUJA), officer_id=None
    )
    key = db.key
    assert key is not None
    db.dispose()
    rng = random.Random(6)
    reported: list[str] = []
    for _ in range(4):
        reported += _run_and_kill(tmp_path / "data", key, convoy_id, rng)
    assert len(reported) > 20  # each run saved several people before it was killed
    assert backups.file_problems(db.path, key) == []
    with db.read() as session:
        stored = {str(i) for i in session.exec(select(Person.id))}
    db.dispose()
    assert set(reported) <= stored
