"""The registration desk driven by keyboard: pick from the list, type, Enter, next."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from intake_app.domain.enums import Depot, Sex
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.demo import DEMO_POST
from intake_app.services.posts import create_post
from intake_app.storage.models import AuditEntry, Person
from intake_app.ui.registration_dialog import RegistrationDialog

pytestmark = pytest.mark.gui

ARRIVAL = datetime(2026, 2, 5, 3, 30, tzinfo=UTC)  # 10:30 WIB
# ICAO 9303 specimen, re-issued by Indonesia for the test: check digits computed below.
MRZ_SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)


@pytest.fixture
def convoy(services, fixed_now):  # type: ignore[no-untyped-def]
    with services.db.write() as session:
        create_post(session, DEMO_POST, now=fixed_now)
    return services.convoys.create(
        ConvoyDraft(arrival_at=ARRIVAL, depot=Depot.SEMUJA, kjri_letter_number="1/KCH"),
        officer_id=None,
    )


@pytest.fixture
def dialog(qtbot, services, convoy):  # type: ignore[no-untyped-def]
    dlg = RegistrationDialog(services, convoy)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _people(services) -> list[Person]:  # type: ignore[no-untyped-def]
    with services.db.read() as session:
        return list(session.exec(select(Person).order_by(Person.created_at)).all())


def test_every_input_has_a_label_with_its_buddy(dialog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    form = dialog.form
    for field in (
        form.full_name,
        form.sex,
        form.birth_date,
        form.nik,
        form.document_type,
        form.origin,
        form.guardian,
        form.mrz,
        dialog.pick,
    ):
        assert field in buddies, field.accessibleName()
        assert field.accessibleName()


def test_keyboard_only_registration_enter_saves_and_starts_next(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    form = dialog.form
    form.focus_first()
    qtbot.keyClicks(form.full_name, "Siti Nur'aini binti Ahmad")
    qtbot.keyClick(form.full_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "P")  # sex combo: type the letter
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "17-05-1990")
    form.reason_boxes["overstay"].setFocus()
    qtbot.keyClick(form.reason_boxes["overstay"], Qt.Key.Key_Space)
    _type(qtbot, form.full_name, "")
    qtbot.keyClick(form.full_name, Qt.Key.Key_Return)

    people = _people(services)
    assert [p.full_name for p in people] == ["Siti Nur'aini binti Ahmad"]
    assert people[0].sex == Sex.FEMALE and str(people[0].birth_date) == "1990-05-17"
    # The next person starts empty, with the common answers carried over.
    assert form.full_name.text() == "" and form.birth_date.text() == ""
    assert form.reason_boxes["overstay"].isChecked()
    # The document type starts afresh, so no "number missing" warning greets the next person.
    assert form.document_type.currentData() == "none"
    assert not form.notes_by_field["document_number"].isVisible()
    assert dialog.saved_list.count() == 1


def test_missing_name_and_sex_block_with_indonesian_messages(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    dialog.form.focus_first()
    qtbot.keyClick(dialog.form.full_name, Qt.Key.Key_Return)
    notes = dialog.form.notes_by_field
    assert notes["full_name"].text() == "Nama wajib diisi."
    assert "jenis kelamin" in notes["sex"].text()
    assert _people(services) == []


def test_future_birth_date_and_bad_nik_are_shown_inline(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    form = dialog.form
    _type(qtbot, form.full_name, "Budi")
    form.sex.setCurrentIndex(1)
    _type(qtbot, form.birth_date, "06-02-2026")
    assert "setelah tanggal kedatangan" in form.notes_by_field["birth_date"].text()
    form.birth_date.clear()
    _type(qtbot, form.birth_date, "31-02-1990")
    assert "tidak dikenali" in form.notes_by_field["birth_date"].text()
    form.birth_date.clear()
    _type(qtbot, form.nik, "6103211705901")
    assert form.notes_by_field["nik"].text() == "NIK harus 16 angka."
    qtbot.keyClick(form.nik, Qt.Key.Key_Return)
    assert _people(services) == []


def test_nik_of_a_woman_typed_for_a_man_warns_but_saves(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    form = dialog.form
    _type(qtbot, form.full_name, "Budi")
    form.sex.setCurrentIndex(1)  # L
    _type(qtbot, form.birth_date, "17-05-1990")
    _type(qtbot, form.nik, "6103215705900001")  # day 57 = 17 + 40: a woman
    assert "jenis kelaminnya lain" in form.notes_by_field["nik"].text()
    qtbot.keyClick(form.nik, Qt.Key.Key_Return)
    assert [p.nik for p in _people(services)] == ["6103215705900001"]


def test_mrz_fills_the_passport_fields(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    form = dialog.form
    form.mrz.setFocus()
    form.mrz.setPlainText(MRZ_SPECIMEN)
    assert form.full_name.text() == "Anna Maria Eriksson"
    assert form.sex.currentData() == Sex.FEMALE
    assert form.birth_date.text() == "12-08-1974"
    assert form.document_number.text() == "L898902C3"
    assert "terbaca" in form.notes_by_field["mrz"].text()


def test_mrz_with_a_wrong_check_digit_says_which(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.form.mrz.setPlainText(MRZ_SPECIMEN.replace("L898902C36", "L898902C35"))
    assert "nomor paspor" in dialog.form.notes_by_field["mrz"].text()


def test_minor_shows_badge_and_parent_then_child_by_keyboard(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    form = dialog.form
    _type(qtbot, form.full_name, "Maria Goreti")
    form.sex.setCurrentIndex(2)
    _type(qtbot, form.birth_date, "01-01-1990")
    qtbot.keyClick(form.full_name, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    (mother,) = _people(services)
    # The child form is prefilled: same family, guardian = the mother, relationship ibu.
    assert form.guardian.currentData() == str(mother.id)
    assert form.guardian_relationship.currentData() == "ibu"
    _type(qtbot, form.full_name, "Yosef")
    form.sex.setCurrentIndex(1)
    _type(qtbot, form.birth_date, "2015")
    assert form.badge.text() == "Anak"
    qtbot.keyClick(form.full_name, Qt.Key.Key_Return)
    child = next(p for p in _people(services) if p.full_name == "Yosef")
    assert child.is_minor and not child.unaccompanied
    assert child.guardian_id == mother.id and child.family_id == mother.family_id is not None


def test_unaccompanied_minor_is_flagged_in_form_and_record(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    form = dialog.form
    _type(qtbot, form.full_name, "Andi")
    form.sex.setCurrentIndex(1)
    form.estimated_age.setValue(15)
    assert form.badge.text() == "ANAK TANPA PENDAMPING"
    assert "UPTD PPA" in form.notes_by_field["guardian"].text()
    qtbot.keyClick(form.full_name, Qt.Key.Key_Return)
    assert _people(services)[0].unaccompanied
    assert dialog.saved_list.item(0).text() == "ANAK TANPA PENDAMPING: Andi"


def test_editing_a_person_is_audited(qtbot, services, convoy) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services.people import PersonDraft

    saved = services.people.register(
        PersonDraft(convoy_id=convoy, full_name="Yohanes Lake", sex=Sex.MALE), officer_id=None
    )
    dlg = RegistrationDialog(services, convoy, person_id=saved.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.form.full_name.text() == "Yohanes Lake"
    dlg.form.full_name.setFocus()
    dlg.form.full_name.selectAll()
    qtbot.keyClicks(dlg.form.full_name, "Yohanes Laka")
    qtbot.keyClick(dlg.form.full_name, Qt.Key.Key_Return)
    assert services.people.get(saved.id).full_name == "Yohanes Laka"
    with services.db.read() as session:
        audit = session.exec(select(AuditEntry).where(AuditEntry.action == "person.update")).one()
    assert audit.detail["changed"]["full_name"] == ["Yohanes Lake", "Yohanes Laka"]


def test_messages_of_codes_sharing_a_value_stay_apart() -> None:
    from intake_app.domain.mrz import MrzProblem
    from intake_app.domain.nik import NikProblem
    from intake_app.ui.form_messages import message

    assert message(NikProblem.WRONG_LENGTH) == "NIK harus 16 angka."
    assert message(MrzProblem.WRONG_LENGTH).startswith("MRZ harus 2 baris")


def test_opening_a_childs_or_trafficking_record_is_audited_an_adults_is_not(
    qtbot, services, convoy
) -> None:  # type: ignore[no-untyped-def]
    from intake_app.services.people import PersonDraft

    def register(name: str, **fields) -> object:  # type: ignore[no-untyped-def]
        draft = PersonDraft(convoy_id=convoy, full_name=name, sex=Sex.FEMALE, **fields)
        return services.people.register(draft, officer_id=None).id

    child = register("Putri", estimated_age=9)
    case = register("Rina", estimated_age=24, trafficking_suspected=True)
    adult = register("Sari", estimated_age=30)
    for person_id in (child, case, adult):
        dlg = RegistrationDialog(services, convoy, person_id=person_id)
        qtbot.addWidget(dlg)
        dlg.close()

    with services.db.read() as session:
        views = session.exec(select(AuditEntry).where(AuditEntry.action == "view")).all()
    seen = {entry.record_id: entry.detail["sensitive"] for entry in views}
    assert seen == {child: "minor", case: "trafficking"}
