"""The manifest import dialog: mapping, preview, refusal of bad files, import."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake_app.domain.enums import Depot
from intake_app.paths import resource
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.manifest_import import ManifestImporter
from intake_app.ui.import_dialog import ImportDialog
from intake_app.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
ARRIVAL = datetime(2026, 2, 5, 3, 30, tzinfo=UTC)


@pytest.fixture
def convoy_id(services):  # type: ignore[no-untyped-def]
    return services.convoys.create(
        ConvoyDraft(arrival_at=ARRIVAL, depot=Depot.SEMUJA), officer_id=None
    )


def _dialog(qtbot, services, convoy_id, name: str) -> ImportDialog:  # type: ignore[no-untyped-def]
    importer = ManifestImporter(services.db, now=services.now)
    dialog = ImportDialog(importer, convoy_id, resource("samples", name))
    qtbot.addWidget(dialog)
    return dialog


def test_bad_rows_are_listed_and_nothing_can_be_imported(qtbot, services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, convoy_id, "manifest_bad_rows.csv")
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert lines[0].startswith("Baris 4: nama kosong")
    assert any(line.startswith("Baris 6: jenis kelamin bukan L/P") for line in lines)
    assert any(line.startswith("Baris 8: tanggal lahir tidak valid") for line in lines)
    assert not dialog.import_button.isEnabled()
    assert "3 baris bermasalah" in dialog.summary.text()


def test_mapping_a_column_away_and_back(qtbot, services, convoy_id) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services, convoy_id, "manifest_semuja_malay.csv")
    name_column = next(
        c for c, combo in dialog.combos.items() if combo.currentData() == "full_name"
    )
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith("25 orang siap diimpor")
    dialog.combos[name_column].setCurrentIndex(0)  # "- abaikan -"
    assert "Pilih kolom untuk: Nama" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.combos[name_column].setCurrentIndex(dialog.combos[name_column].findData("full_name"))
    dialog.import_button.click()
    assert dialog.result_ is not None and dialog.result_.imported == 25
    assert services.summary().expected == 25
    again = _dialog(qtbot, services, convoy_id, "manifest_semuja_malay.csv")
    assert "0 orang siap diimpor; 25 sudah ada" in again.summary.text()
    assert not again.import_button.isEnabled()


def test_convoy_page_imports_into_the_selected_convoy(
    qtbot, monkeypatch, services, convoy_id
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        ImportDialog,
        "choose_file",
        classmethod(lambda cls, parent: resource("samples", "manifest_semuja_malay.csv")),
    )
    monkeypatch.setattr(ImportDialog, "exec", lambda self: (self.run_import(), self.result())[1])
    window.convoys_page.view.selectRow(0)
    window.convoys_page.import_button.click()
    assert services.summary().expected == 25
    assert "25" in window.convoys_page.model.index(0, 3).data()


def test_unreadable_file_says_so(qtbot, services, convoy_id, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    legacy = tmp_path / "daftar.xls"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    importer = ManifestImporter(services.db, now=services.now)
    dialog = ImportDialog(importer, convoy_id, legacy)
    qtbot.addWidget(dialog)
    assert ".xlsx" in dialog.summary.text() and not dialog.import_button.isEnabled()
