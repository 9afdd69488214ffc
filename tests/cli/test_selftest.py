"""`intake-app self-test`: every step runs in a throwaway folder; a failure names its step."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake_app import selftest
from intake_app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_from_the_source_tree_runs_every_step(tmp_path: Path) -> None:
    user_data = tmp_path / "officer-data"
    work = tmp_path / "work"
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "INTAKE_APP_DATA_DIR": str(user_data)}
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", "self-test", "--work-dir", str(work)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in selftest.STEP_NAMES:
        assert f"  {name:<15} ok " in result.stdout, f"no ok line for {name}:\n{result.stdout}"
    assert lines[-1].startswith(f"self-test passed: {len(selftest.STEP_NAMES)} steps")
    # It worked in its own folder and never touched the officer's data folder.
    assert not user_data.exists()
    assert (work / "intake.sqlite3").is_file()
    assert list((work / "out").glob("*.intake-batch"))
    assert list(work.rglob("*.pdf"))


def test_a_failing_step_is_named_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(run: object) -> str:
        raise FileNotFoundError("resources/fonts/DejaVuSans.ttf")

    steps = (selftest.STEPS[0], ("letter", broken), selftest.STEPS[1])
    monkeypatch.setattr(selftest, "STEPS", steps)
    code = main(["self-test", "--work-dir", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "database        ok" in out
    assert "letter          FAILED" in out
    assert "migrations" not in out  # stops at the first failure
    assert "self-test failed at step 'letter'" in err
    assert "DejaVuSans.ttf" in err


def test_the_database_is_opened_in_one_place(tmp_path: Path) -> None:
    db = selftest.open_database(tmp_path)
    try:
        assert db.path == tmp_path / "intake.sqlite3"
    finally:
        db.dispose()
