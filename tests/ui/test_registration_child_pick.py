"""A child started with Ctrl+K and then picked from the list of names keeps its mother."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from intake_app.domain.enums import Depot
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.demo import DEMO_POST
from intake_app.services.manifest_import import ManifestImporter, recognise_headers
from intake_app.services.posts import create_post
from intake_app.storage.models import Person
from intake_app.ui.registration_dialog import RegistrationDialog

pytestmark = pytest.mark.gui

ARRIVAL = datetime(2026, 2, 5, 3, 30, tzinfo=UTC)
LIST = (
    "Bil,Nama,No. Pasport,Jantina,Tarikh Lahir\n"
    "1,SITI AMINAH BINTI HASAN,C1234567,P,14/08/1990\n"
    "2,NUR AISYAH BINTI RAHMAT,C2234567,P,02/03/2017\n"
    "3,YOHANES BOLI,C5234567,L,05/01/1985\n"
)


@pytest.fixture
def dialog(qtbot, services, fixed_now, tmp_path: Path):  # type: ignore[no-untyped-def]
    with services.db.write() as session:
        create_post(session, DEMO_POST, now=fixed_now)
    convoy = services.convoys.create(
        ConvoyDraft(arrival_at=ARRIVAL, depot=Depot.SEMUJA), officer_id=None
    )
    path = tmp_path / "senarai.csv"
    path.write_text(LIST, encoding="utf-8")
    importer = ManifestImporter(services.db, now=services.now)
    table = importer.read(path)
    importer.import_table(
        convoy, table, recognise_headers(table), source_file=path.name, officer_id=None
    )
    dlg = RegistrationDialog(services, convoy)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _pick(dialog: RegistrationDialog, name: str) -> None:
    (label,) = [label for label in dialog._pending if name in label]
    dialog.pick_entry(label)


def _person(services, name: str) -> Person:  # type: ignore[no-untyped-def]
    with services.db.read() as session:
        return session.exec(select(Person).where(Person.full_name == name)).one()


def test_child_picked_after_ctrl_k_keeps_mother_and_family(qtbot, dialog, services) -> None:  # type: ignore[no-untyped-def]
    form = dialog.form
    _pick(dialog, "Siti Aminah")
    qtbot.keyClick(form.full_name, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    mother = _person(services, "Siti Aminah binti Hasan")
    _pick(dialog, "Nur Aisyah")
    assert form.full_name.text() == "Nur Aisyah binti Rahmat"
    assert form.guardian.currentData() == str(mother.id)
    assert form.guardian_relationship.currentData() == "ibu"
    assert form.badge.text() == "Anak"
    qtbot.keyClick(form.full_name, Qt.Key.Key_Return)
    child = _person(services, "Nur Aisyah binti Rahmat")
    assert child.guardian_id == mother.id and child.family_id == mother.family_id is not None
    assert child.is_minor and not child.unaccompanied
    assert "1 nama di daftar belum tiba" in dialog.pick_status.text()  # both marked arrived

    # The next person picked from the list starts without the family.
    _pick(dialog, "Yohanes")
    assert form.guardian.currentData() is None
    qtbot.keyClick(form.full_name, Qt.Key.Key_Return)
    worker = _person(services, "Yohanes Boli")
    assert worker.family_id is None and worker.guardian_id is None
