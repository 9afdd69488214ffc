"""The people list's search box: debounced, Ctrl+F and Esc, combined with the filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from repeat_world import RepeatWorld, make_world

from intake_app.domain.enums import PersonStatus
from intake_app.services.search import PersonSearch
from intake_app.ui.pages import PeoplePage
from intake_app.ui.person_table import ROW_ROLE, Column, PersonTableModel

pytestmark = pytest.mark.gui


@pytest.fixture
def world(services, fixed_now) -> RepeatWorld:  # type: ignore[no-untyped-def]
    return make_world(services, fixed_now)


@pytest.fixture
def page(qtbot, world):  # type: ignore[no-untyped-def]
    widget = PeoplePage(world.services)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitActive(widget):
        widget.activateWindow()
    widget.refresh()
    return widget


def names(page: PeoplePage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data(ROW_ROLE).full_name for row in range(model.rowCount())]


def test_search_box_has_a_label_and_starts_empty(page) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    label = next(lbl for lbl in page.findChildren(QLabel) if lbl.buddy() is page.search_box)
    assert label.text() == "&Cari"
    assert page.search_box.accessibleName() == "Cari deportan"
    assert page.count_label.text() == "7 orang"


def test_typing_filters_once_after_the_pause(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    original = PersonSearch.search

    def counting(self, text, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(text)
        return original(self, text, **kwargs)

    monkeypatch.setattr(PersonSearch, "search", counting)
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "Sitti Rahayu")  # a typo
    # Nothing searched yet: the keys come faster than the pause.
    assert calls == [] and len(names(page)) == 7
    assert page.search_timer.isActive()
    qtbot.waitUntil(lambda: names(page) == ["Siti Rahayu", "Siti Rahayu"], timeout=2000)
    assert calls == ["Sitti Rahayu"]  # one search for twelve keys
    assert page.count_label.text() == "2 orang"


def test_document_number_and_nik_are_found(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_box, "c1234567")
    qtbot.waitUntil(lambda: names(page) == ["Dewi Lestari"], timeout=2000)
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "57059000")
    qtbot.waitUntil(lambda: names(page) == ["Dewi Lestari"], timeout=2000)


def test_escape_clears_the_search(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "Budi")
    qtbot.waitUntil(lambda: names(page) == ["Budi Santoso"], timeout=2000)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == ""
    assert len(names(page)) == 7 and page.count_label.text() == "7 orang"


def test_ctrl_f_focuses_the_search_box(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus, timeout=2000)
    page.search_box.setText("lama")
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_box.hasFocus, timeout=2000)
    assert page.search_box.selectedText() == "lama"  # typing replaces the old search


def test_enter_searches_at_once_and_goes_to_the_first_hit(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, "Yohanes Lawing")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert names(page) == ["Yohanes Lawing anak Jalong"]  # no wait
    assert page.view.hasFocus() and page.view.currentIndex().row() == 0


def test_search_combines_with_the_filters(qtbot, page, world) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_box, "Siti")
    qtbot.waitUntil(lambda: len(names(page)) == 3, timeout=2000)
    page.minors_only.setFocus()
    qtbot.keyClick(page.minors_only, Qt.Key.Key_Space)
    assert names(page) == ["Siti Aminah"]
    qtbot.keyClick(page.minors_only, Qt.Key.Key_Space)
    page.show_convoy(world.last_year, "10-06-2025")
    assert names(page) == ["Siti Rahayu"]
    page.status.setCurrentIndex(page.status.findData(PersonStatus.CLOSED))
    assert names(page) == [] and page.count_label.text() == "0 orang"


def test_too_short_a_text_outside_a_convoy_says_so(qtbot, page, world) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_box, "Si")
    qtbot.waitUntil(lambda: "minimal 3" in page.count_label.text(), timeout=2000)
    assert len(names(page)) == 7
    page.show_convoy(world.today, "05-02-2026")  # within one convoy two letters are enough
    assert names(page) == ["Siti Aminah", "Siti Rahayu"]


def test_search_results_never_page_through_the_table(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services.people_query import PeopleQuery

    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a search must not count or page the whole table")

    for paging in ("count", "page", "after", "before", "at"):
        monkeypatch.setattr(PeopleQuery, paging, refuse)
    page.search_box.setText("Budi Santoso")
    page._search_now()
    assert names(page) == ["Budi Santoso"]


def test_earlier_deportations_column(qtbot, page, world, fixed_now) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services.earlier_records import EarlierRecords

    today, earlier = world.people["Siti Rahayu"], world.people["Siti Rahayu (2025)"]
    EarlierRecords(world.services.db).link(today, earlier, officer_id=None, now=fixed_now)
    page.refresh()
    header = page.model.headerData(Column.EARLIER, Qt.Orientation.Horizontal, 0)
    assert header == "Deportasi lalu"
    shown = {
        page.model.index(r, 0).data(ROW_ROLE).id: page.model.index(r, Column.EARLIER).data()
        for r in range(page.model.rowCount())
    }
    assert shown[today] == "1 kali" and shown[earlier] == ""
    assert list(shown.values()).count("") == 6


def test_search_model_passes_qt_model_checks(qtmodeltester, world) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services.people_query import PersonFilter

    model = PersonTableModel(world.services.people_query, search=world.services.search)
    model.set_filter(PersonFilter(), "Siti")
    assert model.rowCount() == 3
    qtmodeltester.check(model)
