"""The handover dialog: rules explained live, refusals, overrides, referrals, issued letters."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from intake_app.domain.enums import Disposition
from intake_app.ui.handover_dialog import HandoverDialog
from intake_app.ui.handover_people_picker import CANDIDATE_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def convoy_id(demo_services):  # type: ignore[no-untyped-def]
    return demo_services.convoys.overview()[0].id


@pytest.fixture
def dialog(qtbot, demo_services, convoy_id):  # type: ignore[no-untyped-def]
    officer = demo_services.handovers.officers()[0].id
    dlg = HandoverDialog(demo_services, convoy_id, officer_id=officer)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _person(dialog, **facts):  # type: ignore[no-untyped-def]
    matches = [
        r for r in dialog.picker.model.rows if all(getattr(r, k) == v for k, v in facts.items())
    ]
    assert matches, facts
    return matches[0]


def _tick(qtbot, dialog, person) -> None:  # type: ignore[no-untyped-def]
    """Highlight the person by typing their name, then tick them with the Space key."""
    dialog.picker.search.clear()
    qtbot.keyClicks(dialog.picker.search, person.full_name)
    view = dialog.picker.view
    view.setFocus()
    row = next(
        r
        for r in range(dialog.picker.proxy.rowCount())
        if dialog.picker.proxy.index(r, 0).data(CANDIDATE_ROLE).id == person.id
    )
    view.setCurrentIndex(dialog.picker.proxy.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert person.id in dialog.picker.checked_ids()
    dialog.picker.search.clear()


def _fill(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _family_recipient(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.parties.set_kind(Disposition.FAMILY)
    _fill(qtbot, dialog.parties.name, "Yohanes Ajun")
    _fill(qtbot, dialog.parties.id_number, "6103011201800001")
    _fill(qtbot, dialog.parties.relationship, "Paman")


def _witness(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    name, position, institution = dialog.parties.witnesses[0]
    _fill(qtbot, name, "Markus Dedi")
    _fill(qtbot, position, "Kepala Desa")
    _fill(qtbot, institution, "Pemerintah Desa Entikong")


def _rules(qtbot, dialog) -> str:  # type: ignore[no-untyped-def]
    dialog.check_now()
    return re.sub(r"<[^>]+>", " ", dialog.rules_text.text())


def test_every_input_has_a_buddy_label(dialog) -> None:  # type: ignore[no-untyped-def]
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    inputs = [
        w
        for w in dialog.findChildren(QWidget)
        if w.objectName()
        and w.metaObject().className()
        in {"QLineEdit", "QComboBox", "QPlainTextEdit", "QDateTimeEdit"}
        and not w.objectName().startswith("qt_")
    ]
    assert inputs
    assert [w.objectName() for w in inputs if w not in buddies] == []


def test_fifteen_year_old_unaccompanied_to_family_without_witness_is_refused(
    qtbot, dialog, demo_services
) -> None:  # type: ignore[no-untyped-def]
    child = _person(dialog, is_minor=True, unaccompanied=True, age=15)
    _tick(qtbot, dialog, child)
    _family_recipient(qtbot, dialog)

    text = _rules(qtbot, dialog)

    assert "Serah terima belum dapat dilakukan" in text
    assert f"{child.full_name} adalah anak tanpa pendamping" in text
    assert "UPTD PPA / DP3A atau Dinas Sosial" in text
    assert "wajib disaksikan" in text
    assert "tidak dapat dikecualikan" in text
    # A child's protection is not overridable: no override field is offered.
    assert not dialog.override_reason.isVisible()
    assert not dialog.issue_button.isEnabled()
    dialog.issue()
    assert demo_services.handovers.letters(convoy_id=dialog._convoy_id) == []
    assert dialog.isVisible()


def test_whole_family_picked_at_once_and_letter_issued(qtbot, dialog, demo_services) -> None:  # type: ignore[no-untyped-def]
    child = _person(
        dialog, is_minor=True, unaccompanied=False, family_label="Keluarga ibu dan dua anak"
    )
    dialog.picker.select_person(child.id)
    qtbot.mouseClick(dialog.picker.family_button, Qt.MouseButton.LeftButton)
    family = {r.id for r in dialog.picker.model.rows if r.family_label == child.family_label}
    assert set(dialog.picker.checked_ids()) == family and len(family) == 3
    assert "3 orang dipilih, 2 anak" in dialog.picker.count_label.text()
    _family_recipient(qtbot, dialog)
    _witness(qtbot, dialog)

    assert "Serah terima dapat dilakukan." in _rules(qtbot, dialog)
    assert dialog.issue_button.isEnabled()
    with qtbot.waitSignal(dialog.issued) as issued:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)

    letter = issued.args[0]
    assert letter.number == "B/1/BP3MI.KB/PB.05.03/II/2026"
    assert (letter.persons, letter.minors) == (3, 2)
    assert dialog.result() == HandoverDialog.DialogCode.Accepted
    text = " ".join(p.extract_text() for p in PdfReader(letter.pdf_path).pages)
    assert "Yohanes Ajun" in text and "Paman" in text and "Markus Dedi" in text
    assert child.full_name in text
    closed = {r.id for r in demo_services.handovers.candidates(dialog._convoy_id) if r.closed}
    assert family <= closed


def test_missing_witness_may_be_overridden_with_a_printed_reason(
    qtbot, dialog, demo_services
) -> None:  # type: ignore[no-untyped-def]
    adult = _person(dialog, is_minor=False, family_label=None)
    _tick(qtbot, dialog, adult)
    _family_recipient(qtbot, dialog)
    text = _rules(qtbot, dialog)
    assert "wajib disaksikan" in text and "Supervisor dapat menyetujui" in text
    assert dialog.override_reason.isVisible()
    assert not dialog.issue_button.isEnabled()

    _fill(qtbot, dialog.override_reason, "Kepala desa berhalangan hadir")
    assert "atas persetujuan supervisor" in _rules(qtbot, dialog)
    with qtbot.waitSignal(dialog.issued) as issued:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)

    letter = issued.args[0]
    assert letter.overridden
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(letter.pdf_path).pages))
    assert "Alasan: Kepala desa berhalangan hadir" in text


def test_minor_cannot_go_home_alone_and_dialog_says_what_to_do(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    child = _person(dialog, is_minor=True, unaccompanied=False)
    _tick(qtbot, dialog, child)
    dialog.parties.set_kind(Disposition.SELF_RETURN)
    text = _rules(qtbot, dialog)
    assert (
        f"{child.full_name} masih anak (di bawah 18 tahun) dan tidak boleh pulang mandiri" in text
    )
    assert not dialog.parties.recipient_box.isEnabled()
    assert not dialog.issue_button.isEnabled()


def test_unaccompanied_child_to_child_protection_after_referral(
    qtbot, dialog, demo_services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    child = _person(dialog, is_minor=True, unaccompanied=True, age=15)
    _tick(qtbot, dialog, child)
    dialog.parties.set_kind(Disposition.CHILD_PROTECTION)
    _fill(qtbot, dialog.parties.name, "Siti Rahmawati, S.Sos.")
    _fill(qtbot, dialog.parties.position, "Pekerja Sosial")
    _fill(qtbot, dialog.parties.institution, "UPTD PPA Kabupaten Sanggau")
    _witness(qtbot, dialog)
    text = _rules(qtbot, dialog)
    assert f"{child.full_name} wajib dirujuk lebih dulu" in text
    assert dialog.referral_button.isVisible()

    asked: list[str] = []
    monkeypatch.setattr(
        HandoverDialog,
        "ask_referral",
        classmethod(lambda cls, parent, name: asked.append(name) or "LP/12/II/2026"),
    )
    qtbot.mouseClick(dialog.referral_button, Qt.MouseButton.LeftButton)

    assert asked == [child.full_name]
    assert "Serah terima dapat dilakukan." in _rules(qtbot, dialog)
    with qtbot.waitSignal(dialog.issued) as issued:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert (issued.args[0].persons, issued.args[0].minors) == (1, 1)
