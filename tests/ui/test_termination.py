"""SIGTERM (a logout, a shutdown, `kill`) closes the program as its window would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from intake_app.storage.open_marker import markers_left

ROOT = Path(__file__).resolve().parents[2]


def _wait_for(path: Path, text: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        content = path.read_text(encoding="utf-8") if path.exists() else ""
        if text in content:
            return content
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared in {path}")


def test_sigterm_closes_the_database_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = [sys.executable, "-m", "intake_app", "--data-dir", str(data)]
    subprocess.run([*run, "demo"], check=True, env=env, timeout=120, capture_output=True)
    window = subprocess.Popen(
        [*run, "--demo"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait_for(data / "logs" / "intake.log", "window shown", timeout=60)
        assert len(markers_left(data)) == 1  # the running program's own marker
        window.send_signal(signal.SIGTERM)
        _out, err = window.communicate(timeout=30)
    finally:
        window.kill()
    assert window.returncode == 0, err
    assert markers_left(data) == []  # closed cleanly: no whole-file check owed at next start
    log = (data / "logs" / "intake.log").read_text(encoding="utf-8")
    assert "asked to end (SIGTERM): closing" in log
