"""`intake-app purge`: counts, dry run, and the audit trail still intact afterwards."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intake_app.cli import main

pytestmark = pytest.mark.usefixtures("demo_login")  # commands log in as demo (a supervisor)


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_purge_removes_nothing_head_office_has_not_acknowledged(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = str(tmp_path / "post")
    assert main(["demo", "--data-dir", folder]) == 0
    code, out, _ = _run(
        capsys, "purge", "--older-than-days", "3", "--dry-run", "--data-dir", folder
    )
    assert code == 0 and out.startswith("would remove 0 persons")
    kept = re.search(r"kept (\d+) old persons", out)
    assert kept and int(kept.group(1)) > 0  # the demo's older convoy, never sent
    code, out, _ = _run(capsys, "purge", "--older-than-days", "3", "--data-dir", folder)
    assert code == 0 and out.startswith("removed 0 persons") and f"kept {kept.group(1)} " in out
    code, out, _ = _run(capsys, "audit", "verify", "--data-dir", folder)
    assert code == 0 and "every link intact" in out
    code, _, err = _run(capsys, "purge", "--older-than-days", "0", "--data-dir", folder)
    assert code == 1 and "at least 1" in err
    with pytest.raises(SystemExit) as usage:
        main(["purge", "--data-dir", folder])
    assert usage.value.code == 2
