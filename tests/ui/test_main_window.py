"""The main window opens on real data, navigates by mouse and keyboard, flags minors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_app.services.people_query import PersonFilter
from intake_app.ui import person_table
from intake_app.ui.convoy_table import Column as ConvoyColumn
from intake_app.ui.main_window import MainWindow, Page
from intake_app.ui.person_table import ROW_ROLE, PersonTableModel

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_services):  # type: ignore[no-untyped-def]
    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_title_is_indonesian_and_navigation_lists_every_part(window) -> None:  # type: ignore[no-untyped-def]
    assert "Pendataan Deportan" in window.windowTitle()
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels == ["Kedatangan", "Deportan", "Serah Terima", "Kirim ke Pusat", "Laporan"]


def test_status_bar_shows_counts_and_pending_sync(window, demo_services) -> None:  # type: ignore[no-untyped-def]
    summary = demo_services.summary()
    assert f"{summary.pending_sync} perubahan menunggu" in window.sync_label.text()
    assert f"{summary.registered} deportan terdaftar" in window.statusBar().currentMessage()


def test_convoy_list_shows_reconciliation(window) -> None:  # type: ignore[no-untyped-def]
    model = window.convoys_page.model
    assert model.rowCount() == 2
    newest = {col: model.index(0, col).data() for col in ConvoyColumn}
    assert newest[ConvoyColumn.DEPOT] == "DTI Semuja - Serian"
    assert int(newest[ConvoyColumn.NOT_ARRIVED]) == 6
    assert int(newest[ConvoyColumn.UNACCOMPANIED]) == 1
    assert int(newest[ConvoyColumn.EXPECTED]) - int(newest[ConvoyColumn.NOT_ARRIVED]) == int(
        newest[ConvoyColumn.REGISTERED]
    )


def test_clicking_navigation_switches_pages(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    rect = window.nav.visualItemRect(window.nav.item(Page.REPORTS))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == Page.REPORTS


def test_keyboard_opens_a_convoy_and_lists_its_people(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    view = window.convoys_page.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == Page.PEOPLE
    people = window.people_page
    assert people.model.total == 39
    assert people.count_label.text() == "39 orang"
    assert "DTI Semuja" in people.scope_label.text()


def test_minor_filter_shows_only_flagged_children(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.people_page
    page.minors_only.setFocus()
    qtbot.keyClick(page.minors_only, Qt.Key.Key_Space)
    rows = [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]
    assert len(rows) == 8 and all(row.is_minor for row in rows)
    badge = page.model.index(0, person_table.Column.PROTECTION)
    assert badge.data() in {"Anak", "ANAK TANPA PENDAMPING"}
    assert badge.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_person_model_counts_all_holds_few_and_passes_qt_model_checks(
    qtmodeltester, demo_services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(person_table, "PAGE_SIZE", 10)
    monkeypatch.setattr(person_table, "MAX_PAGES", 2)
    model = PersonTableModel(demo_services.people_query)
    model.refresh()
    assert model.rowCount() == model.total == 62 and model.held_rows == 10
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    plain = demo_services.people_query.page(PersonFilter(), offset=0, limit=100)
    assert rows == plain and len({row.id for row in rows}) == 62
    assert model.held_rows == 2 + 10  # the last two pages: 60-61 and 50-59
    qtmodeltester.check(model)


def test_unhandled_exception_is_logged_and_shown(monkeypatch, demo_services) -> None:  # type: ignore[no-untyped-def]
    import sys

    from intake_app.ui import crash

    shown: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "show", classmethod(lambda cls, p, d: shown.append(d)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = demo_services.data_dir / "logs" / "intake.log"
    crash.install_excepthook(str(log_path))
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert shown and "boom in a slot" in shown[0]
    assert "unhandled exception" in log_path.read_text(encoding="utf-8")
    assert QApplication.instance() is not None
