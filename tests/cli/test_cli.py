"""The command line as a scriptable contract: output, exit codes 0 / 1 / 2, --data-dir.

Commands log in as the demo supervisor (demo_login: INTAKE_APP_USER / _PASSWORD = demo)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from intake_app.cli import main

pytestmark = pytest.mark.usefixtures("demo_login")
SUMMARY_KEYS = {"convoys", "expected", "registered", "minors", "unaccompanied_minors", "handovers"}


def _summary(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, int]:
    capsys.readouterr()
    assert main(["summary", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_new_folder_is_not_set_up_and_the_message_says_how(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["summary", "--data-dir", str(tmp_path / "new")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is not set up" in err[0]
    assert "start intake-app to set up the post, or run intake-app demo" in err[0]
    assert not (tmp_path / "new").exists()  # nothing written


def test_demo_fills_a_fresh_folder_and_summary_counts_it(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", folder]) == 0
    assert "supervisor account: demo / password: demo" in capsys.readouterr().out
    counts = _summary(capsys, "--data-dir", folder)
    assert SUMMARY_KEYS <= counts.keys()
    assert counts["convoys"] == 2
    assert counts["registered"] == 62 and counts["expected"] == 6
    assert counts["minors"] == 8 and counts["unaccompanied_minors"] == 1
    assert counts["handovers"] == 4  # family, transport, child to UPTD PPA, self-return


def test_demo_refuses_a_folder_with_data_and_keeps_it(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", folder]) == 0
    before = _summary(capsys, "--data-dir", folder)
    assert main(["demo", "--data-dir", folder]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "fresh data folder" in err[0]
    after = _summary(capsys, "--data-dir", folder)
    # Every command logs in; the login's audit entry may wait to be sent: at most one more.
    assert 0 <= after.pop("pending_sync") - before.pop("pending_sync") <= 1
    assert after == before


def test_data_dir_comes_from_the_environment(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INTAKE_APP_DATA_DIR", str(tmp_path / "env"))
    assert main(["demo"]) == 0
    assert (tmp_path / "env" / "intake.sqlite3").exists()
    assert _summary(capsys)["convoys"] == 2


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["no-such-command", "--data-dir", str(tmp_path)])
    assert stopped.value.code == 2


def test_an_unusable_data_dir_fails_with_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["summary", "--data-dir", str(blocker / "sub")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("intake-app: error:")


def test_module_entry_point_lists_subcommands(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    for command in ("demo", "summary", "--data-dir", "--demo"):
        assert command in result.stdout


def test_output_cut_short_by_a_pipe_ends_quietly(tmp_path: Path) -> None:
    """`intake-app keys show | head -1`: no "Broken pipe" error for the officer to puzzle over."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "INTAKE_APP_USER": "demo", "INTAKE_APP_PASSWORD": "demo"}
    folder = str(tmp_path / "post")
    run = [sys.executable, "-m", "intake_app", "--data-dir", folder]
    subprocess.run([*run, "demo"], env=env, check=True, capture_output=True)
    reader = subprocess.Popen(
        f"{' '.join(run)} keys show | head -c 1",
        shell=True,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = reader.communicate(timeout=60)
    assert out == "p" and "Broken pipe" not in err and "error" not in err
