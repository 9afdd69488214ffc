"""The period report at head office: every figure against counts made from the generated posts."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from intake_app.cli import main
from intake_app.domain.report_tables import MASKED_TEXT, SUPPRESSED_TEXT, StatReport
from intake_app.headoffice.report import headoffice_report
from intake_app.services.errors import ServiceError
from intake_app.services.report_xlsx import COVER_SHEET
from tests.headoffice.report_posts import SentPost, send_two_posts
from tests.services.test_reports import assert_report_matches

JANUARY = (date(2026, 1, 1), date(2026, 1, 31))
WHOLE = (date(2026, 1, 1), date(2026, 2, 28))
PERIODS = (JANUARY, WHOLE, (date(2026, 2, 1), date(2026, 2, 3)), (date(2026, 1, 31),) * 2)


@pytest.fixture
def posts(ho_engine, identity, tmp_path, fixed_now):  # type: ignore[no-untyped-def]
    yield from send_two_posts(ho_engine, identity, tmp_path / "ho-keys", tmp_path, fixed_now)


def _report(engine: Any, period: tuple[date, date], now: Any, **options: Any) -> StatReport:
    return headoffice_report(engine, *period, now=now, **options)


def _by_label(report: StatReport) -> dict[str, dict[str, tuple[Any, ...]]]:
    return {t.table.key: dict(zip(t.table.row_labels, t.grid, strict=False)) for t in report.tables}


def test_all_posts_match_independent_counts(ho_engine, posts, fixed_now) -> None:  # type: ignore[no-untyped-def]
    for period in PERIODS:
        report = _report(ho_engine, period, fixed_now)
        people = [p for post in posts for p in post.people(*period)]
        assert report.convoys == sum(post.convoys(*period) for post in posts)
        assert report.tables[0].table.key == "post"
        by_post = report.tables[0]
        expected = [
            (
                f"{post.name} ({post.code})",
                sum(p["sex"] == "L" for p in post.people(*period)),
                sum(p["sex"] == "P" for p in post.people(*period)),
            )
            for post in sorted(posts, key=lambda post: post.code)
        ]
        shown = [(label, line[0], line[1]) for label, line in zip(
            by_post.table.row_labels, by_post.grid, strict=False)]  # fmt: skip
        assert shown == expected, period
        males = sum(p["sex"] == "L" for p in people)
        assert by_post.grid[-1] == (males, len(people) - males, len(people))
        # every other breakdown, figure by figure, against plain-Python counts
        assert_report_matches(replace(report, tables=report.tables[1:]), people)
        assert report.posts == tuple(label for label, _, _ in expected)
        assert report.post_code == "P4MI-SBS, P4MI-SGU"


def test_the_newest_version_of_an_edited_person_is_counted(ho_engine, posts, fixed_now) -> None:  # type: ignore[no-untyped-def]
    entikong = posts[0]
    edited = [p for p in entikong.world.persons if p["disposition"] == "family"]
    report = _report(ho_engine, WHOLE, fixed_now, post_code=entikong.code)
    family = _by_label(report)["disposition"]["Dijemput keluarga"]
    in_whole = [p for p in entikong.people(*WHOLE) if p["disposition"] == "family"]
    assert edited and family[2] == len(in_whole)


def test_one_post_and_the_two_posts_add_up(ho_engine, posts, fixed_now) -> None:  # type: ignore[no-untyped-def]
    for period in PERIODS:
        both = _by_label(_report(ho_engine, period, fixed_now))
        single = []
        for post in posts:
            report = _report(ho_engine, period, fixed_now, post_code=post.code)
            assert report.post_code == post.code and report.post_name == post.name
            assert [t.table.key for t in report.tables][0] != "post"  # no per-post table
            assert report.convoys == post.convoys(*period)
            assert_report_matches(report, post.people(*period))
            single.append(_by_label(report))
        for key, rows in both.items():
            if key == "post":
                continue
            summed: Counter[tuple[str, int]] = Counter()
            for one in single:
                for label, line in one[key].items():
                    for column, value in enumerate(line):
                        summed[(label, column)] += value
            for label, line in rows.items():
                for column, value in enumerate(line):
                    assert value == summed[(label, column)], (period, key, label, column)


def test_release_hides_small_cells(ho_engine, posts, fixed_now) -> None:  # type: ignore[no-untyped-def]
    period = (date(2026, 1, 31), date(2026, 1, 31))
    internal = _report(ho_engine, period, fixed_now)
    released = _report(ho_engine, period, fixed_now, for_release=True)
    assert released.for_release and not internal.for_release
    hidden = 0
    for plain, shown in zip(internal.tables, released.tables, strict=True):
        for plain_line, shown_line in zip(plain.grid, shown.grid, strict=True):
            for value, cell in zip(plain_line, shown_line, strict=True):
                if 0 < value < 3:
                    assert cell == SUPPRESSED_TEXT
                    hidden += 1
                else:
                    assert cell in (value, MASKED_TEXT)
    assert hidden > 0, "the test day must have small counts"


def _cli(capsys: Any, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["headoffice", "report", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_writes_pdf_and_xlsx(ho_engine, ho_url, posts, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    people = [p for post in posts for p in post.people(*JANUARY)]
    dates = ("--from", "2026-01-01", "--to", "2026-01-31")
    for name in ("all.pdf", "all.xlsx"):
        code, out, err = _cli(capsys, "--db", ho_url, *dates, "--out", str(tmp_path / name))
        assert code == 0, err
        assert f"2 posts: {len(people)} persons" in out
    assert (tmp_path / "all.pdf").read_bytes().startswith(b"%PDF")
    book = load_workbook(tmp_path / "all.xlsx")
    cover = dict(book[COVER_SHEET].iter_rows(values_only=True))
    assert cover["Jumlah deportan"] == len(people)
    by_code = sorted(posts, key=lambda post: post.code)
    assert cover["Pos tercakup"] == "; ".join(f"{p.name} ({p.code})" for p in by_code)
    sheet = book["01 Pos"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=3, values_only=True) if row[0]}
    for post in posts:
        mine = post.people(*JANUARY)
        males = sum(p["sex"] == "L" for p in mine)
        assert rows[f"{post.name} ({post.code})"] == (males, len(mine) - males, len(mine))
    males = sum(p["sex"] == "L" for p in people)
    assert rows["Jumlah"] == (males, len(people) - males, len(people))

    aruk: SentPost = posts[1]
    out_file = tmp_path / "aruk.xlsx"
    argv = ("--db", ho_url, *dates, "--post", aruk.code, "--release", "--out", str(out_file))
    code, out, err = _cli(capsys, *argv)
    assert code == 0, err
    book = load_workbook(out_file)
    cover = dict(book[COVER_SHEET].iter_rows(values_only=True))
    assert cover["Kode pos"] == aruk.code and cover["Untuk rilis"] == "Ya"
    assert cover["Jumlah deportan"] == len(aruk.people(*JANUARY))
    assert not any(name.endswith(" Pos") for name in book.sheetnames)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--from", "2026-02-01", "--to", "2026-01-01", "--out", "r.pdf"], 2, "is after --to"),
        (["--from", "2026-01-01", "--to", "2026-01-31", "--out", "r.docx"], 2, ".pdf or .xlsx"),
        (["--from", "2026-01-01", "--to", "2026-01-31", "--out", "r"], 2, "no extension"),
        (["--from", "2026-01-01", "--to", "2026-01-31", "--out", "no/r.pdf"], 1, "folder"),
        (
            ["--from", "2026-01-01", "--to", "2026-01-31", "--out", "r.pdf", "--post", "P4MI-XX"],
            1,
            "no post P4MI-XX is registered",
        ),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(  # type: ignore[no-untyped-def]
    ho_url, posts, tmp_path: Path, capsys, monkeypatch, args, code, message
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    got, _, err = _cli(capsys, "--db", ho_url, *args)
    lines = err.strip().splitlines()
    assert got == code and len(lines) == 1, err
    assert lines[0].startswith("intake-app: error:") and message in lines[0]
    assert list(work.iterdir()) == []


def test_malformed_date_is_a_usage_error(ho_url, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r.pdf"
    with pytest.raises(SystemExit) as stopped:
        main(["headoffice", "report", "--db", ho_url, "--from", "31-01-2026", "--to",
              "2026-01-31", "--out", str(out)])  # fmt: skip
    assert stopped.value.code == 2
    assert "expected a date YYYY-MM-DD, got '31-01-2026'" in capsys.readouterr().err
    assert not out.exists()


def test_no_registered_post_is_a_clear_error(ho_engine, fixed_now) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ServiceError, match="no post is registered"):
        _report(ho_engine, JANUARY, fixed_now)


def _get(url: str) -> tuple[int, Any]:
    import json
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_read_api_gives_the_figures(ho_engine, posts, receiver, fixed_now) -> None:  # type: ignore[no-untyped-def]
    base = f"{receiver.url}/reports/period"
    status, body = _get(f"{base}?from=2026-01-01&to=2026-01-31")
    assert status == 200
    people = [p for post in posts for p in post.people(*JANUARY)]
    assert body["persons"] == len(people) and body["from"] == "2026-01-01"
    report = _report(ho_engine, JANUARY, fixed_now)
    for table, released in zip(body["tables"], report.tables, strict=True):
        assert table["key"] == released.table.key
        lines = [row["values"] for row in table["rows"]] + [table["total"]] * table["rows_add_up"]
        assert lines == [list(line) for line in released.grid]
    by_post = {row["label"]: row["values"] for row in body["tables"][0]["rows"]}
    for post in posts:
        mine = post.people(*JANUARY)
        assert by_post[f"{post.name} ({post.code})"][2] == len(mine)

    aruk = posts[1]
    status, body = _get(f"{base}?from=2026-01-31&to=2026-01-31&post={aruk.code}&release=true")
    assert status == 200 and body["for_release"] and body["post_code"] == aruk.code
    assert [t["key"] for t in body["tables"]][0] == "sex_age"
    cells = [v for t in body["tables"] for r in t["rows"] for v in r["values"] + (t["total"] or [])]
    assert SUPPRESSED_TEXT in cells and not {1, 2} & set(cells)

    assert _get(f"{base}?from=2026-01-01&to=2026-01-31&post=P4MI-XX")[0] == 404
    assert _get(f"{base}?from=2026-02-01&to=2026-01-31")[0] == 400
    assert _get(f"{base}?from=31-01-2026&to=2026-01-31")[0] == 422
