"""The people list model at length: every person counted, only a few pages held."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import insert, text
from sqlmodel import select

from intake_app.services.people_query import PeopleQuery, PersonFilter
from intake_app.storage.models import Person
from intake_app.ui import person_table
from intake_app.ui.person_table import ROW_ROLE, Column, PersonTableModel
from tests.services.search_world import Desk, make_desk, register

pytestmark = pytest.mark.gui

PEOPLE = 3000


@pytest.fixture(autouse=True)
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 50, at most 4 held: a few thousand rows are then many pages."""
    monkeypatch.setattr(person_table, "PAGE_SIZE", 50)
    monkeypatch.setattr(person_table, "MAX_PAGES", 4)


@pytest.fixture
def desk(services, fixed_now) -> Desk:  # type: ignore[no-untyped-def]
    """A post with three convoys and PEOPLE persons: one registered through the service,
    the rest bulk copies of it, registered three to a second (ties in `created_at`)."""
    desk = make_desk(services, fixed_now)
    first = register(services, desk.today, "Templat")
    with services.db.read() as session:
        template = session.exec(select(Person).where(Person.id == first)).one().model_dump()
    convoys = (desk.old, desk.last, desk.today)
    rows = [
        {
            **template,
            "id": uuid.uuid4(),
            "convoy_id": convoys[number % 3],
            "full_name": f"Orang {(number * 7919) % PEOPLE:04d}",
            "is_minor": number % 5 == 0,
            "unaccompanied": number % 50 == 0,
            "created_at": fixed_now - timedelta(hours=1, seconds=number // 3),
        }
        for number in range(1, PEOPLE)
    ]
    with services.db.write() as session:
        session.execute(insert(Person), rows)
    return desk


def expected_ids(desk: Desk, where: str = "1", order: str = "created_at DESC, id DESC") -> list:
    """The list's rows as a plain query orders them, independent of the model's paging."""
    with desk.services.db.read() as session:
        found = session.execute(text(f"SELECT id FROM person WHERE {where} ORDER BY {order}"))
        return [uuid.UUID(hex=value) for (value,) in found]


def shown_ids(model: PersonTableModel, rows: Any = None) -> list:
    rows = range(model.rowCount()) if rows is None else rows
    return [model.index(row, 0).data(ROW_ROLE).id for row in rows]


class Calls:
    """Counts the PeopleQuery reads the model makes, by kind."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.made: dict[str, int] = {"after": 0, "before": 0, "at": 0}
        for name in self.made:
            original = getattr(PeopleQuery, name)

            def counted(query, *args, _name=name, _original=original, **kwargs):  # type: ignore[no-untyped-def]
                self.made[_name] += 1
                return _original(query, *args, **kwargs)

            monkeypatch.setattr(PeopleQuery, name, counted)


def test_every_person_is_counted_at_once_and_listed_in_order(desk) -> None:  # type: ignore[no-untyped-def]
    model = PersonTableModel(desk.services.people_query)
    model.refresh()
    assert model.rowCount() == model.total == PEOPLE
    assert model.held_rows == 50  # only the first page is read to open the list
    assert shown_ids(model) == expected_ids(desk)
    row = model.index(PEOPLE - 1, Column.NAME)
    assert row.data() == row.data(ROW_ROLE).full_name and row.data().startswith("Orang ")


def test_held_rows_stay_bounded_whichever_way_the_list_is_read(desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    model = PersonTableModel(desk.services.people_query)
    model.refresh()
    calls = Calls(monkeypatch)
    expected = expected_ids(desk)
    most = 0
    for row in range(PEOPLE):
        assert model.index(row, 0).data(ROW_ROLE).id == expected[row]
        most = max(most, model.held_rows)
    assert most == 4 * 50
    # Read straight down, each page continues from the one before it: no jump.
    assert calls.made == {"after": PEOPLE // 50 - 1, "before": 0, "at": 0}
    model.refresh()
    backwards = list(reversed(range(PEOPLE)))
    assert shown_ids(model, backwards) == expected[::-1]
    assert model.held_rows <= 4 * 50
    # Ctrl+End from the top is one jump; from there up, each page ends where one began.
    assert calls.made["at"] == 1 and calls.made["before"] == PEOPLE // 50 - 1
    shuffled = list(range(PEOPLE))
    random.Random(9).shuffle(shuffled)
    for row in shuffled[:400]:
        assert model.index(row, 0).data(ROW_ROLE).id == expected[row]
        assert model.held_rows <= 4 * 50


def test_refresh_forgets_the_pages_and_lists_a_new_person(desk) -> None:  # type: ignore[no-untyped-def]
    model = PersonTableModel(desk.services.people_query)
    model.refresh()
    before = shown_ids(model, range(2000, 2100))
    new = register(desk.services, desk.today, "Orang Baru")  # registered now: at the top
    assert model.rowCount() == PEOPLE and shown_ids(model, range(2000, 2100)) == before
    model.refresh()
    assert model.rowCount() == PEOPLE + 1 and model.held_rows == 50
    expected = expected_ids(desk)
    assert new in shown_ids(model, range(2)) and new in expected[:2]
    assert shown_ids(model, range(2000, 2100)) == expected[2000:2100] != before


@pytest.mark.parametrize("many", [True, False], ids=["along-sort-index", "by-flag-index"])
def test_filters_apply_in_sql_on_every_page(desk, monkeypatch, many) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(person_table, "FEW_ROWS", 0 if many else 10_000)
    model = PersonTableModel(desk.services.people_query)
    model.set_filter(PersonFilter(minors_only=True))
    minors = expected_ids(desk, "is_minor")
    assert model.rowCount() == len(minors) > 500
    assert shown_ids(model, reversed(range(len(minors)))) == minors[::-1]
    assert shown_ids(model) == minors
    model.set_filter(PersonFilter(unaccompanied_only=True, minors_only=True))
    assert shown_ids(model) == expected_ids(desk, "is_minor AND unaccompanied") != []


def test_a_convoy_lists_by_name(desk) -> None:  # type: ignore[no-untyped-def]
    model = PersonTableModel(desk.services.people_query)
    model.set_filter(PersonFilter(convoy_id=desk.last))
    in_convoy = expected_ids(desk, f"convoy_id = '{desk.last.hex}'", "full_name, id")
    assert model.rowCount() == len(in_convoy) > 900
    middle = range(len(in_convoy) // 2, len(in_convoy) // 2 + 120)
    assert shown_ids(model, middle) == in_convoy[middle.start : middle.stop]
    assert shown_ids(model) == in_convoy
    names = [model.index(row, Column.NAME).data() for row in range(model.rowCount())]
    assert names == sorted(names)


def test_keyboard_reaches_the_last_person(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    model = PersonTableModel(desk.services.people_query)
    model.refresh()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    down = view.currentIndex().row()
    assert 5 < down < 50
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = view.currentIndex()
    assert last.row() == PEOPLE - 1
    assert last.data(ROW_ROLE).id == expected_ids(desk)[-1]
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.currentIndex().data(ROW_ROLE).id == expected_ids(desk)[view.currentIndex().row()]
    assert model.held_rows <= 4 * 50
