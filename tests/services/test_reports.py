"""Every figure of the period report against counts made independently from generated data."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from intake_app.domain.report_tables import SUPPRESSED_TEXT, StatReport
from intake_app.services import report_labels as labels
from intake_app.services.errors import ServiceError
from intake_app.services.regions import region_name
from intake_app.services.report_xlsx import COVER_SHEET, sheet_name
from intake_app.services.reports import ReportService
from tests.services.report_world import (
    build_world,
    by_sex,
    convoys_in_period,
    flags_by_sex,
    in_period,
)

JANUARY = (date(2026, 1, 1), date(2026, 1, 31))
WHOLE = (date(2026, 1, 1), date(2026, 2, 28))


@pytest.fixture
def world(services, fixed_now):  # type: ignore[no-untyped-def]
    return build_world(services.db, now=fixed_now)


@pytest.fixture
def reports(services, fixed_now) -> ReportService:  # type: ignore[no-untyped-def]
    return ReportService(services.db, now=lambda: fixed_now)


def _region(code: str | None) -> str:
    if code is None:
        return labels.UNKNOWN
    return f"{region_name(code)} ({code})"


def expected_tables(people: list[dict]) -> dict[str, dict[str, tuple[int, int]]]:  # type: ignore[type-arg]
    """Label -> (L, P) for every breakdown, counted in plain Python."""
    minors = [p for p in people if p["is_minor"]]
    other = lambda vocab: lambda code: vocab.get(code or "") or (code or labels.UNKNOWN)  # noqa: E731
    reasons = {
        labels.REASON[code]: (lambda p, c=code: c in p["reasons"]) for code in labels.REASON if code
    }
    reasons[labels.REASON[""]] = lambda p: not p["reasons"]
    vulnerable = {labels.VULNERABLE[n]: (lambda p, n=n: p[n]) for n in labels.VULNERABLE}
    return {
        "sex_age": by_sex(people, lambda p: labels.SEX_AGE["minor" if p["is_minor"] else "adult"]),
        "province": by_sex(people, lambda p: _region(p["province_code"])),
        "regency": by_sex(people, lambda p: _region(p["regency_code"])),
        "reason": flags_by_sex(people, reasons),
        "sector": by_sex(people, lambda p: other(labels.SECTOR)(p["sector"])),
        "depot": by_sex(people, lambda p: labels.DEPOT[p["depot"]]),
        "travel_document": by_sex(people, lambda p: labels.TRAVEL_DOCUMENT[p["document_type"]]),
        "disposition": by_sex(people, lambda p: labels.DISPOSITION[p["disposition"] or ""]),
        "repeat": by_sex(
            people,
            lambda p: labels.REPEAT[
                "repeat" if p["earlier_deportations"] > 0 or p["linked"] else "first"
            ],
        ),
        "vulnerable": flags_by_sex(people, vulnerable),
        "children": by_sex(
            minors,
            lambda p: labels.CHILDREN["unaccompanied" if p["unaccompanied"] else "accompanied"],
        ),
        "birth_registration": by_sex(
            minors,
            lambda p: labels.BIRTH_REGISTRATION[
                "needed" if p["needs_birth_registration"] else "not_needed"
            ],
        ),
    }


def _people(world, period) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    return [dict(p, linked=p["id"] in world.linked) for p in in_period(world, *period)]


def assert_report_matches(report: StatReport, people: list[dict]) -> None:  # type: ignore[type-arg]
    expected = expected_tables(people)
    assert report.persons == len(people)
    assert {t.table.key for t in report.tables} == set(expected)
    for released in report.tables:
        table = released.table
        shown = {
            label: (line[0], line[1])
            for label, line in zip(table.row_labels, released.grid, strict=False)
        }
        # Closed vocabularies list zero rows too; every row found in the data must match.
        assert {k: v for k, v in shown.items() if v != (0, 0)} == {
            k: v for k, v in expected[table.key].items() if v != (0, 0)
        }, table.key
        for line in released.grid:
            assert line[2] == line[0] + line[1]
        if table.exclusive:
            members = {"children", "birth_registration"}
            base = [p for p in people if p["is_minor"]] if table.key in members else people
            males = sum(p["sex"] == "L" for p in base)
            assert released.grid[-1] == (males, len(base) - males, len(base)), table.key


def test_period_report_matches_independent_counts(world, reports) -> None:  # type: ignore[no-untyped-def]
    for period in (JANUARY, WHOLE, (date(2026, 2, 1), date(2026, 2, 3))):
        report = reports.report(*period)
        assert_report_matches(report, _people(world, period))
        assert report.convoys == convoys_in_period(world, *period)
        assert not report.for_release


def test_arrival_day_is_the_calendar_at_the_post(world, reports) -> None:  # type: ignore[no-untyped-def]
    late, early = world.convoys[2], world.convoys[3]  # 23:30 WIB 31 Jan, 00:30 WIB 1 Feb
    on_31 = reports.report(date(2026, 1, 31), date(2026, 1, 31))
    on_1 = reports.report(date(2026, 2, 1), date(2026, 2, 1))
    assert on_31.persons == sum(p["convoy_id"] == late["id"] for p in world.persons)
    assert on_1.persons == sum(p["convoy_id"] == early["id"] for p in world.persons)
    assert on_31.convoys == on_1.convoys == 1


def test_convoy_recap_counts_only_that_convoy(world, reports) -> None:  # type: ignore[no-untyped-def]
    convoy = world.convoys[4]
    report = reports.report(date.min, date.min, convoy_id=convoy["id"])
    people = [
        dict(p, depot=convoy["depot"], linked=p["id"] in world.linked)
        for p in world.persons
        if p["convoy_id"] == convoy["id"]
    ]
    assert_report_matches(report, people)
    assert report.convoy_label and "1804/PK/KCH" in report.convoy_label
    assert report.title == "Rekapitulasi Kedatangan Deportan"


def test_release_mode_hides_small_cells_and_keeps_them_unrecoverable(world, reports) -> None:  # type: ignore[no-untyped-def]
    internal = reports.report(*JANUARY)
    release = reports.report(*JANUARY, for_release=True)
    hidden_total = 0
    for plain, released in zip(internal.tables, release.tables, strict=True):
        for line_plain, line in zip(plain.grid, released.grid, strict=True):
            for value_plain, value in zip(line_plain, line, strict=True):
                if isinstance(value, str):  # hidden: "<3" exactly when the count is 1 or 2
                    assert value == ("<3" if value_plain in (1, 2) else "x")
                else:  # shown figures are the true ones, never 1 or 2
                    assert value == value_plain and not 0 < value < 3
        # No row with exactly one hidden figure: it could be recomputed from the others.
        for line in released.grid:
            assert sum(isinstance(v, str) for v in line) != 1, released.table.key
        hidden_total += released.hidden_count
    # The generated data has small cells, so both parts of the rule were exercised.
    markers = [v for t in release.tables for line in t.grid for v in line if isinstance(v, str)]
    assert len(markers) == hidden_total and {"<3", "x"} <= set(markers)


def test_bad_period_is_refused(world, reports) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ServiceError):
        reports.report(date(2026, 2, 1), date(2026, 1, 1))


def test_xlsx_cells_hold_the_same_numbers(world, reports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for for_release in (False, True):
        report = reports.report(*WHOLE, for_release=for_release)
        path = reports.write(report, tmp_path / f"r{for_release}.xlsx")
        book = load_workbook(path)
        assert book.sheetnames[0] == COVER_SHEET
        cover = {row[0]: row[1] for row in book[COVER_SHEET].iter_rows(values_only=True)}
        assert cover["Jumlah deportan"] == report.persons
        assert "WIB" in cover["Dibuat pada"] and "1 Januari 2026" in cover["Periode"]
        assert ("<3" in cover["Penyamaran angka kecil"]) == for_release
        for number, released in enumerate(report.tables, start=1):
            sheet = book[sheet_name(number, released)]
            rows = list(
                sheet.iter_rows(min_row=3, max_row=2 + len(released.grid), values_only=True)
            )
            for row, line in zip(rows, released.grid, strict=True):
                for cell, value in zip(row[1:4], line, strict=True):
                    if isinstance(value, str):
                        assert for_release and cell == value in (SUPPRESSED_TEXT, "x")
                    else:
                        assert type(cell) is int and cell == value


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_shows_the_figures_and_page_numbers(world, reports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = reports.report(*WHOLE)
    path = reports.write(report, tmp_path / "laporan.pdf")
    content = _pdf_text(path.read_bytes())
    flat = re.sub(r"\s+", " ", content)
    assert f"Jumlah deportan : {report.persons}" in flat
    pages = len(PdfReader(str(path)).pages)
    assert f"Halaman {pages} dari {pages}" in flat
    for key in ("sex_age", "travel_document", "depot", "children"):
        released = report.table(key)
        for label, line in zip(released.table.row_labels, released.grid, strict=False):
            assert f"{label} {line[0]} {line[1]} {line[2]}" in flat, (key, label)


def test_pdf_in_release_mode_prints_the_marker(world, reports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = reports.report(*JANUARY, for_release=True)
    flat = re.sub(r"\s+", " ", _pdf_text(reports.write(report, tmp_path / "r.pdf").read_bytes()))
    assert "<3" in flat and "untuk rilis" in flat


def test_unknown_format_writes_nothing(world, reports, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ServiceError, match="use .pdf or .xlsx"):
        reports.write(reports.report(*JANUARY), out / "laporan.docx")
    assert list(out.iterdir()) == []


def test_queries_run_on_tables_in_another_schema(world, services, reports, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Head office keeps posts' data elsewhere: the same queries over a different schema."""
    from sqlalchemy import create_engine, text

    from intake_app.services.report_queries import ReportScope, ReportSource
    from intake_app.services.reports import PostFacts, build_report
    from tests.services.accounts_world import plain_copy

    copy = tmp_path / "headoffice.sqlite3"
    plain_copy(services.db, copy)
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        conn.execute(text(f"ATTACH DATABASE '{copy}' AS hq"))
        other = build_report(
            conn,
            ReportScope(*WHOLE),
            for_release=False,
            now=services.now(),
            source=ReportSource.local().in_schema("hq"),
            post=PostFacts("Kantor Pusat", "HQ", ("KANTOR PUSAT",)),
        )
    local = reports.report(*WHOLE)
    assert other.persons == local.persons > 0
    assert [t.grid for t in other.tables] == [t.grid for t in local.tables]
    assert other.post_code == "HQ"


def test_a_failed_write_keeps_the_previous_file(world, reports, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services import report_xlsx

    target = tmp_path / "out" / "laporan.xlsx"
    target.parent.mkdir()
    reports.write(reports.report(*JANUARY), target)
    before = target.read_bytes()

    def broken(_report):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(report_xlsx, "workbook_bytes", broken)
    with pytest.raises(RuntimeError):
        reports.write(reports.report(*WHOLE), target)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["laporan.xlsx"]
