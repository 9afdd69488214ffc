"""`intake-app report`: files written, exit codes, clear messages for bad input."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from intake_app.cli import main
from intake_app.services.report_xlsx import COVER_SHEET
from tests.services.report_world import build_world, in_period

JANUARY = ("--from", "2026-01-01", "--to", "2026-01-31")


@pytest.fixture
def world(cli_login, fixed_now):  # type: ignore[no-untyped-def]
    """The generated post in the data folder the command opens (INTAKE_APP_DATA_DIR)."""
    return build_world(cli_login.db, now=fixed_now)


def _run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(["report", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_report_writes_pdf_and_xlsx(world, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    people = in_period(world, date(2026, 1, 1), date(2026, 1, 31))
    for name in ("jan.pdf", "jan.xlsx"):
        out = tmp_path / name
        code, stdout, err = _run(
            capsys, "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(out)
        )
        assert code == 0, err
        assert f"{len(people)} persons" in stdout
        assert out.stat().st_size > 1000
    assert (tmp_path / "jan.pdf").read_bytes().startswith(b"%PDF")
    cover = dict(load_workbook(tmp_path / "jan.xlsx")[COVER_SHEET].iter_rows(values_only=True))
    assert cover["Jumlah deportan"] == len(people) and cover["Untuk rilis"].startswith("Tidak")


def test_release_and_convoy_options(world, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    convoy = world.convoys[1]
    out = tmp_path / "recap.xlsx"
    code, _, err = _run(capsys, "--convoy", str(convoy["id"]), "--release", "--out", str(out))
    assert code == 0, err
    cover = dict(load_workbook(out)[COVER_SHEET].iter_rows(values_only=True))
    assert cover["Untuk rilis"] == "Ya" and "1801/PK/KCH" in cover["Kedatangan"]
    assert cover["Jumlah deportan"] == sum(p["convoy_id"] == convoy["id"] for p in world.persons)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--from", "2026-02-01", "--to", "2026-01-01", "--out", "r.pdf"], 2, "is after --to"),
        (["--from", "2026-01-01", "--to", "2026-01-31", "--out", "r.docx"], 2, ".pdf or .xlsx"),
        (["--from", "2026-01-01", "--to", "2026-01-31", "--out", "r"], 2, "no extension"),
        (["--out", "r.pdf"], 2, "give --from and --to"),
        (["--from", "2026-01-01", "--to", "2026-01-31", "--out", "nodir/r.pdf"], 1, "folder"),
        (["--convoy", "00000000-0000-4000-8000-000000000000", "--out", "r.pdf"], 1, "no convoy"),
    ],
)
def test_bad_input_exits_with_a_clear_message_and_writes_nothing(  # type: ignore[no-untyped-def]
    world, tmp_path: Path, capsys, monkeypatch, args, code, message
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    got, _, err = _run(capsys, *args)
    assert got == code
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("intake-app: error:") and message in lines[0]
    assert list(work.iterdir()) == []


def test_malformed_date_is_a_usage_error(world, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as stopped:
        main(["report", "--from", "1-2-2026", "--to", "2026-01-31", "--out", "r.pdf"])
    assert stopped.value.code == 2
    assert "expected a date YYYY-MM-DD" in capsys.readouterr().err


def test_libreoffice_reads_the_same_figures(world, services, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Every sheet, converted by LibreOffice to CSV, holds the figures the service counted."""
    from intake_app.services.report_xlsx import sheet_name
    from intake_app.services.reports import ReportService

    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice Calc is needed (apt-get install libreoffice-calc-nogui)"
    out = tmp_path / "whole.xlsx"
    code, _, err = _run(
        capsys, "--from", "2026-01-01", "--to", "2026-02-28", "--release", "--out", str(out)
    )
    assert code == 0, err
    csv_dir = tmp_path / "csv"
    # Filter options: comma, double quote, UTF-8, from row 1, ..., sheet -1 = every sheet to
    # its own file (LibreOffice 7.2 and later).
    subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(csv_dir),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    report = ReportService(services.db, now=services.now).report(
        date(2026, 1, 1), date(2026, 2, 28), for_release=True
    )
    for number, released in enumerate(report.tables, start=1):
        path = csv_dir / f"whole-{sheet_name(number, released)}.csv"
        rows = list(csv.reader(path.open(encoding="utf-8")))[2 : 2 + len(released.grid)]
        for row, line in zip(rows, released.grid, strict=True):
            assert row[1:4] == [str(v) for v in line], released.table.key
    cover = {row[0]: row[1] for row in csv.reader((csv_dir / f"whole-{COVER_SHEET}.csv").open())}
    assert cover["Jumlah deportan"] == str(report.persons)
