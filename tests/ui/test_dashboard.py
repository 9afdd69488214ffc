"""The Laporan page: figures against raw SQL, charts filled, export driven from the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from intake_app.services.report_xlsx import COVER_SHEET
from intake_app.ui.dashboard_page import DashboardPage, ReportFileDialog
from intake_app.ui.main_window import MainWindow, Page
from tests.services.accounts_world import raw_connect

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_services):  # type: ignore[no-untyped-def]
    from intake_app.services.demo_letters import issue_demo_letters

    issue_demo_letters(demo_services.db, demo_services.data_dir, now=demo_services.now())
    widget = DashboardPage(demo_services)
    qtbot.addWidget(widget)
    widget.resize(1000, 720)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.refresh()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _sql(services, query: str) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    conn = raw_connect(services.db.path, services.db.key)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def test_figures_match_raw_sql(page, demo_services) -> None:  # type: ignore[no-untyped-def]
    waiting, minors, alone = _sql(
        demo_services,
        "SELECT count(*), sum(is_minor), sum(unaccompanied) FROM person WHERE disposition IS NULL",
    )[0]
    pending = _sql(demo_services, "SELECT count(*) FROM outboxentry WHERE batch_id IS NULL")[0][0]
    text = page.figures_label.text()
    assert f"Menunggu disposisi: <b>{waiting}</b>" in text
    assert f"Anak menunggu: <b>{minors}</b> (tanpa pendamping: <b>{alone}</b>)" in text
    assert f"Kirim ke pusat: <b>{pending}</b>" in text
    per_convoy = _sql(
        demo_services,
        "SELECT c.expected_count, count(p.id), sum(p.is_minor), sum(p.unaccompanied), "
        "sum(p.disposition IS NULL) FROM convoy c JOIN person p ON p.convoy_id = c.id "
        "GROUP BY c.id ORDER BY c.arrival_at DESC",
    )
    table = page.convoy_table
    assert table.rowCount() == len(per_convoy) == 2
    for row, (expected, registered, minors, alone, waiting) in enumerate(per_convoy):
        cells = [table.item(row, col).text() for col in range(2, 6)]
        assert cells == [str(expected), str(registered), f"{minors} ({alone})", str(waiting)]


def test_charts_show_convoys_and_handovers(page, demo_services) -> None:  # type: ignore[no-untyped-def]
    series = page.convoy_chart.chart().series()[0]
    expected, registered = series.barSets()
    assert [registered.at(i) for i in range(registered.count())] == [23, 39]  # oldest first
    by_type = _sql(
        demo_services,
        "SELECT count(*) FROM handover WHERE status = 'issued' GROUP BY recipient_type",
    )
    bars = page.handover_chart.chart().series()[0].barSets()[0]
    assert sorted(bars.at(i) for i in range(bars.count())) == sorted(n for (n,) in by_type)


def test_every_date_field_has_a_label_buddy(page) -> None:  # type: ignore[no-untyped-def]
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    assert {page.from_edit, page.to_edit} <= buddies


def test_export_from_the_keyboard_writes_the_period(  # type: ignore[no-untyped-def]
    qtbot, page, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "laporan.xlsx"
    asked: list[str] = []

    def answer(_parent, suggested, suffix):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return target

    monkeypatch.setattr(ReportFileDialog, "ask", classmethod(lambda cls, *a: answer(*a)))
    page.from_edit.setDate(QDate(2026, 1, 1))
    page.to_edit.setDate(QDate(2026, 2, 28))
    page.release_check.setFocus()
    qtbot.keyClick(page.release_check, Qt.Key.Key_Space)
    assert page.release_check.isChecked()
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.xlsx_button.setFocus()
        qtbot.keyClick(page.xlsx_button, Qt.Key.Key_Space)
    assert asked == ["laporan-20260101-20260228.xlsx"]
    cover = dict(load_workbook(target)[COVER_SHEET].iter_rows(values_only=True))
    assert cover["Untuk rilis"] == "Ya"
    assert cover["Jumlah deportan"] == 62
    assert "laporan.xlsx" in page.status_label.text()


def test_reversed_dates_are_refused_without_a_dialog(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        ReportFileDialog, "ask", classmethod(lambda cls, *a: pytest.fail("no dialog expected"))
    )
    page.from_edit.setDate(QDate(2026, 3, 1))
    page.to_edit.setDate(QDate(2026, 2, 1))
    page.export(".pdf")
    assert "Tanggal awal sesudah tanggal akhir" in page.status_label.text()


def test_main_window_reports_page_is_the_dashboard(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_End)  # "Laporan" is the last entry
    assert window.pages.currentIndex() == Page.REPORTS
    assert isinstance(window.pages.currentWidget(), DashboardPage)


def test_access_keys_are_unique_on_the_page(page) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton

    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t and "&nbsp;" not in t]
    assert len(keys) == len(set(keys)) >= 5
