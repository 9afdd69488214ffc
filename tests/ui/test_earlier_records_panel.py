"""Earlier records on the registration form: candidates with reasons, Tautkan, refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from repeat_world import NIK, RepeatWorld, make_world
from sqlmodel import select

from intake_app.domain.enums import TravelDocType
from intake_app.services.earlier_records import EarlierRecords
from intake_app.storage.models import Person, PersonLink
from intake_app.ui.earlier_records_panel import RECORD_ROLE
from intake_app.ui.registration_dialog import RegistrationDialog

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(services, fixed_now) -> RepeatWorld:  # type: ignore[no-untyped-def]
    return make_world(services, fixed_now)


def _open(qtbot, world, person_id=None) -> RegistrationDialog:  # type: ignore[no-untyped-def]
    dialog = RegistrationDialog(world.services, world.today, person_id=person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)  # leaving the field looks earlier records up


def _listed(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    items = dialog.earlier.candidates
    return [items.item(row).text() for row in range(items.count())]


def _links(world) -> list[PersonLink]:  # type: ignore[no-untyped-def]
    with world.services.db.read() as session:
        return list(session.exec(select(PersonLink)).all())


def test_same_nik_is_listed_and_linked_when_the_new_person_is_saved(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, world)
    form = dialog.form
    assert _listed(dialog) == [] and "Belum pernah" in dialog.earlier.count_label.text()
    assert not dialog.earlier.isVisible()  # a first-timer's form keeps its room
    _type(qtbot, form.full_name, "Dewi Kartika")  # another name on the new document
    form.sex.setCurrentIndex(2)
    _type(qtbot, form.nik, NIK)
    assert len(_listed(dialog)) == 1 and dialog.earlier.isVisible()
    assert _listed(dialog)[0].startswith("Dewi Lestari, lahir 17-05-1990, tiba 10-06-2025")
    assert "Cocok: NIK sama" in _listed(dialog)[0]
    # Keyboard only: Alt+E goes to the list, Ctrl+L links the highlighted record.
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert dialog.earlier.candidates.hasFocus()
    qtbot.keyClick(dialog.earlier.candidates, Qt.Key.Key_L, CTRL)
    # A button's shortcut clicks it the way a mouse would: after a short press.
    qtbot.waitUntil(lambda: "AKAN DITAUTKAN" in _listed(dialog)[0], timeout=2000)
    assert dialog.earlier.count_label.text() == "Deportasi sebelumnya: 1 kali"
    assert _links(world) == []  # nothing is linked before the person exists
    form.full_name.setFocus()
    qtbot.keyClick(form.full_name, Qt.Key.Key_Return)
    (link,) = _links(world)
    assert link.earlier_person_id == world.people["Dewi Lestari (2025)"]
    with world.services.db.read() as session:
        saved = session.get(Person, link.person_id)
        assert saved is not None and saved.full_name == "Dewi Kartika"
        assert saved.earlier_deportations == 1
    assert dialog.saved_list.item(0).text() == "Dewi Kartika (1x dideportasi)"
    # The next person starts with an empty, hidden panel.
    assert _listed(dialog) == [] and "Belum pernah" in dialog.earlier.count_label.text()
    assert not dialog.earlier.isVisible()


def test_same_passport_links_at_once_when_editing_and_twice_is_refused(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    person = world.register(
        world.today,
        "Dewi L.",
        document_type=TravelDocType.PASSPORT,
        document_number="C1234567",
    )
    dialog = _open(qtbot, world, person)
    assert len(_listed(dialog)) == 1 and "nomor dokumen sama" in _listed(dialog)[0]
    dialog.earlier.candidates.setFocus()
    qtbot.keyClick(dialog.earlier.candidates, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: len(_links(world)) == 1, timeout=2000)
    (link,) = _links(world)
    assert (link.person_id, link.earlier_person_id) == (person, world.people["Dewi Lestari (2025)"])
    assert world.services.people.get(person).earlier_deportations == 1
    assert dialog.earlier.count_label.text() == "Deportasi sebelumnya: 1 kali"
    assert "TERTAUT" in _listed(dialog)[0]
    # Again: refused in plain Indonesian, nothing changes.
    qtbot.keyClick(dialog.earlier.candidates, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: "sudah ditautkan" in dialog.earlier.feedback.text(), timeout=2000)
    assert dialog.earlier.feedback.text() == (
        "Catatan ini sudah ditautkan ke orang ini; tidak perlu ditautkan lagi."
    )
    assert len(_links(world)) == 1
    assert world.services.people.get(person).version == 2
    # Opened again later: the link and the count are shown.
    again = _open(qtbot, world, person)
    assert "TERTAUT" in _listed(again)[0]
    assert again.earlier.count_label.text() == "Deportasi sebelumnya: 1 kali"


def test_similar_name_with_the_same_birth_date_gives_its_reason(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, world)
    _type(qtbot, dialog.form.full_name, "Nuraini bt Hasan")
    _type(qtbot, dialog.form.birth_date, "02-03-1988")
    (line,) = _listed(dialog)
    assert line.startswith("Nur Aini binti Hasan, lahir 02-03-1988")
    assert "dan tanggal lahir sama" in line and "nama mirip (" in line
    _type(qtbot, dialog.form.birth_date, "3")  # now 02-03-19883: no date, no candidate
    assert _listed(dialog) == [] and not dialog.earlier.isVisible()
    # The very same name and birth date say so, not "similar (100%)".
    _type(qtbot, dialog.form.full_name, "")
    dialog.form.full_name.clear()
    _type(qtbot, dialog.form.full_name, "Nur Aini binti Hasan")
    dialog.form.birth_date.clear()
    _type(qtbot, dialog.form.birth_date, "02-03-1988")
    assert _listed(dialog)[0].endswith("Cocok: nama dan tanggal lahir sama")


def test_a_record_of_the_person_itself_is_refused(qtbot, world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    person = world.people["Budi Santoso"]
    real_find = EarlierRecords.find

    def with_itself(self, **kwargs):  # type: ignore[no-untyped-def]
        found = real_find(self, **{**kwargs, "person_id": None, "exclude_convoy_id": None})
        return [record for record in found if record.id == person]

    monkeypatch.setattr(EarlierRecords, "find", with_itself)
    dialog = _open(qtbot, world, person)
    assert dialog.earlier.candidates.item(0).data(RECORD_ROLE).id == person
    dialog.earlier.link_button.click()
    assert dialog.earlier.feedback.text() == (
        "Orang ini tidak dapat ditautkan ke catatannya sendiri."
    )
    assert _links(world) == []


def test_a_later_record_is_refused_by_the_service(qtbot, world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Last year's record edited, with a stale list offering today's namesake as "earlier".
    later = world.people["Siti Rahayu"]
    real_find = EarlierRecords.find

    def stale(self, **kwargs):  # type: ignore[no-untyped-def]
        found = real_find(self, **{**kwargs, "exclude_convoy_id": None})
        return [record for record in found if record.id == later]

    monkeypatch.setattr(EarlierRecords, "find", stale)
    dialog = _open(qtbot, world, world.people["Siti Rahayu (2025)"])
    assert dialog.earlier.candidates.item(0).data(RECORD_ROLE).id == later
    dialog.earlier.link_button.click()
    assert dialog.earlier.feedback.text() == (
        "Catatan sebelumnya harus dari kedatangan lain yang tiba lebih dahulu."
    )
    assert _links(world) == []


def test_panel_is_reachable_by_tab_from_the_form(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, world)
    _type(qtbot, dialog.form.nik, NIK)
    dialog.form.entry_route.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert dialog.earlier.candidates in seen


def test_enter_on_a_candidate_links_it_without_saving_the_form(qtbot, world) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, world)
    _type(qtbot, dialog.form.full_name, "Nur Aini binti Hasan")
    _type(qtbot, dialog.form.birth_date, "1988")  # only the year is known
    (line,) = _listed(dialog)
    assert line.endswith("Cocok: nama dan tahun lahir sama")
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.earlier.candidates, Qt.Key.Key_Return)
    assert "AKAN DITAUTKAN" in _listed(dialog)[0]
    assert dialog.saved_list.count() == 0  # the unfinished form was not saved
    assert dialog.form.full_name.text() == "Nur Aini binti Hasan"
    with world.services.db.read() as session:
        names = session.exec(select(Person.full_name).where(Person.convoy_id == world.today))
        assert "Nur Aini binti Hasan" not in list(names)
