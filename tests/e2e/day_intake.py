"""Morning at the post: log in, open the convoy, import its list of names, register arrivals."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_app.domain.enums import Depot
from intake_app.ui.convoy_dialog import ConvoyDialog
from intake_app.ui.convoy_table import OVERVIEW_ROLE
from intake_app.ui.import_dialog import ImportDialog
from intake_app.ui.login_dialog import LoginDialog
from intake_app.ui.person_table import ROW_ROLE, Column
from intake_app.ui.registration_dialog import RegistrationDialog
from tests.e2e.day_driver import WAIT_MS, Modals, choose, click, go_to, key, type_into

KJRI_LETTER = "0412/PK/B/SKEL/02/2026/KCH"


@dataclass(frozen=True)
class Arrival:
    name: str  # as registered; the depot's list writes it in capitals
    passport: str
    sex: str  # as the depot writes it: L or P
    born: str  # DD/MM/YYYY
    arrives: bool = True


MOTHER = Arrival("Siti Aminah binti Hasan", "C1234567", "P", "14/08/1990")
CHILD_1 = Arrival("Nur Aisyah binti Rahmat", "C2234567", "P", "02/03/2017")
CHILD_2 = Arrival("Muhammad Fikri bin Rahmat", "C3234567", "L", "21/11/2021")
TEEN = Arrival("Andreas Lake", "C4234567", "L", "10/06/2010")  # 15 on arrival, alone
WORKER = Arrival("Yohanes Boli", "C5234567", "L", "05/01/1985")
NO_SHOW = Arrival("Supardi bin Kasim", "C6234567", "L", "17/09/1979", arrives=False)
MANIFEST = (MOTHER, CHILD_1, CHILD_2, TEEN, WORKER, NO_SHOW)
ARRIVED = tuple(person for person in MANIFEST if person.arrives)


def write_manifest(folder: Path) -> Path:
    """The depot's list as KJRI Kuching sends it: Malay headers, dates DD/MM/YYYY."""
    path = folder / "senarai-tahanan-semuja.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["Bil", "Nama", "No. Pasport", "Jantina (L/P)", "Tarikh Lahir", "Kesalahan", "Depot"]
        )
        for number, person in enumerate(MANIFEST, start=1):
            writer.writerow(
                [
                    number,
                    person.name.upper(),
                    person.passport,
                    person.sex,
                    person.born,
                    "Seksyen 15(1)(c) Akta Imigresen 1959/63",
                    "DTI Semuja",
                ]
            )
    return path


def log_in(modals: Modals, qtbot: Any, username: str, password: str) -> None:
    """Schedule the login: username, Tab, password, Enter (the dialog is modal)."""

    def fill(dialog: LoginDialog) -> None:
        qtbot.keyClicks(dialog.username, username)
        key(qtbot, dialog.username, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.password
        qtbot.keyClicks(dialog.password, password)
        key(qtbot, dialog.password, Qt.Key.Key_Return)

    modals.expect(LoginDialog, fill)


def create_convoy(modals: Modals, qtbot: Any, window: Any) -> Any:
    """Kedatangan baru: depot, KJRI letter, head count; returns the convoy's id."""

    def fill(dialog: ConvoyDialog) -> None:
        choose(qtbot, dialog.depot, Depot.SEMUJA)
        type_into(qtbot, dialog.letter_number, KJRI_LETTER)
        type_into(qtbot, dialog.expected, str(len(MANIFEST)))
        assert dialog.expected.value() == len(MANIFEST)
        type_into(qtbot, dialog.vehicles, "Bus KB 7012 AB")
        key(qtbot, dialog.vehicles, Qt.Key.Key_Return)  # Simpan is the default button

    go_to(qtbot, window, 1)
    page = window.convoys_page
    modals.expect(ConvoyDialog, fill)
    click(qtbot, page.new_button)
    modals.check()
    assert page.model.rowCount() == 1
    overview = page.model.index(0, 0).data(OVERVIEW_ROLE)
    assert overview.kjri_letter_number == KJRI_LETTER
    return overview.id


def import_manifest(modals: Modals, qtbot: Any, window: Any, path: Path, monkeypatch: Any) -> None:
    """Impor daftar nama: the Malay headers are recognised; the preview shows every row."""
    monkeypatch.setattr(ImportDialog, "choose_file", classmethod(lambda cls, parent: path))

    def check_and_import(dialog: ImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT_MS)
        assert f"{len(MANIFEST)} orang siap diimpor" in dialog.summary.text()
        assert dialog.problems.count() == 0
        names = [
            dialog.preview_model.index(row, 1).data()
            for row in range(dialog.preview_model.rowCount())
        ]
        assert names == [person.name for person in MANIFEST], names
        click(qtbot, dialog.import_button)

    page = window.convoys_page
    modals.expect(ImportDialog, check_and_import)
    click(qtbot, page.import_button)
    modals.check()
    overview = page.model.index(0, 0).data(OVERVIEW_ROLE)
    counts = (overview.on_manifest, overview.not_arrived, overview.registered)
    assert counts == (len(MANIFEST), len(MANIFEST), 0), counts


def pick(qtbot: Any, dialog: RegistrationDialog, person: Arrival) -> None:
    """Type part of the name in "Cari di daftar nama", then Down and Enter in the list."""
    dialog.pick.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.keyClicks(dialog.pick, person.name.split()[0].lower())
    popup = dialog.pick.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    key(qtbot, popup, Qt.Key.Key_Down)
    key(qtbot, popup, Qt.Key.Key_Return)
    form = dialog.form
    qtbot.waitUntil(lambda: form.full_name.text() == person.name, timeout=WAIT_MS)
    assert form.sex.currentData() == person.sex


def register_arrivals(modals: Modals, qtbot: Any, window: Any) -> None:
    """The registration desk: mother, Ctrl+K, her two children, the boy alone, a worker."""

    def desk(dialog: RegistrationDialog) -> None:
        form = dialog.form
        pick(qtbot, dialog, MOTHER)
        key(qtbot, form.full_name, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: dialog.saved_list.count() == 1, timeout=WAIT_MS)
        mother_id = form.guardian.currentData()
        assert mother_id is not None, "Ctrl+K starts a child of the mother"
        for child, keys in ((CHILD_1, "ctrl+k"), (CHILD_2, "enter")):
            pick(qtbot, dialog, child)
            assert form.guardian.currentData() == mother_id, "the child keeps the mother"
            assert form.badge.text() == "Anak"
            before = dialog.saved_list.count()
            if keys == "ctrl+k":  # save and start a sibling
                key(qtbot, form.full_name, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
            else:
                key(qtbot, form.full_name, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda b=before: dialog.saved_list.count() == b + 1, timeout=WAIT_MS)
        pick(qtbot, dialog, TEEN)
        assert form.guardian.currentData() is None
        assert form.badge.text() == "ANAK TANPA PENDAMPING"
        assert "UPTD PPA" in form.notes_by_field["guardian"].text()
        key(qtbot, form.full_name, Qt.Key.Key_Return)
        pick(qtbot, dialog, WORKER)
        assert not form.badge.isVisible()
        key(qtbot, form.full_name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.saved_list.count() == 5, timeout=WAIT_MS)
        assert dialog.saved_list.item(1).text() == f"ANAK TANPA PENDAMPING: {TEEN.name}"
        assert "1 nama di daftar belum tiba" in dialog.pick_status.text()
        key(qtbot, dialog.pick, Qt.Key.Key_Escape)  # Tutup (Esc)

    page = window.convoys_page
    modals.expect(RegistrationDialog, desk, timeout_ms=30_000)
    click(qtbot, page.register_button)
    modals.check()
    overview = page.model.index(0, 0).data(OVERVIEW_ROLE)
    counts = (overview.registered, overview.not_arrived, overview.minors, overview.unaccompanied)
    assert counts == (5, 1, 3, 1), counts


def see_minors_flagged(qtbot: Any, window: Any) -> None:
    """Enter on the convoy lists its people; "Hanya anak" keeps the three children, flagged."""
    go_to(qtbot, window, 1)
    view = window.convoys_page.view
    view.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1, timeout=WAIT_MS)
    people = window.people_page
    assert people.model.total == len(ARRIVED), people.model.total
    status = window.statusBar().currentMessage()
    assert "5 deportan terdaftar, 3 anak (1 tanpa pendamping)" in status, status
    people.minors_only.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, people.minors_only, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: people.model.total == 3, timeout=WAIT_MS)
    shown = {
        people.model.index(row, 0).data(ROW_ROLE).full_name: (
            people.model.index(row, Column.PROTECTION).data(),
            people.model.index(row, Column.GUARDIAN).data() or "",
        )
        for row in range(people.model.rowCount())
    }
    assert shown == {
        CHILD_1.name: ("Anak", MOTHER.name),
        CHILD_2.name: ("Anak", MOTHER.name),
        TEEN.name: ("ANAK TANPA PENDAMPING", ""),
    }, shown
    key(qtbot, people.minors_only, Qt.Key.Key_Space)  # back to everyone
    qtbot.waitUntil(lambda: people.model.total == len(ARRIVED), timeout=WAIT_MS)
