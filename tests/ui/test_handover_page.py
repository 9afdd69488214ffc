"""The Serah Terima page and the PDF preview: real letters previewed, printed, saved, reprinted
and voided; the convoy summary from the convoy page."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlmodel import select

from intake_app.services.demo_letters import issue_demo_letters
from intake_app.services.handovers import ORIGINAL_PRINT_ACTION, PRINT_ACTION
from intake_app.storage.models import AuditEntry
from intake_app.ui.handover_page import HandoverPage, VoidDialog
from intake_app.ui.letter_table import Column
from intake_app.ui.main_window import MainWindow, Page
from intake_app.ui.pdf_preview import PdfPreviewDialog

pytestmark = pytest.mark.gui


def _text(pdf: bytes | Path) -> str:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(source).pages))


def _qpdf_ok(path: Path) -> None:
    qpdf = shutil.which("qpdf")
    assert qpdf, "qpdf is not installed (apt-get install qpdf)"
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def letters(demo_services, fixed_now):  # type: ignore[no-untyped-def]
    return issue_demo_letters(demo_services.db, demo_services.data_dir, now=fixed_now)


@pytest.fixture
def page(qtbot, demo_services, letters, monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(HandoverPage, "show_dialog", lambda self, dialog: shown.append(dialog))
    widget = HandoverPage(demo_services)
    widget.shown = shown  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    for dialog in shown:
        dialog.reject()  # closes its pdfium document


def _select(page, letter) -> None:  # type: ignore[no-untyped-def]
    page.select_letter(letter.handover_id)
    assert page.selected().handover_id == letter.handover_id


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_page_lists_issued_letters_with_counts(page, letters) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    assert model.rowCount() == len(letters) == 4
    rows = {model.index(r, Column.NUMBER).data(): r for r in range(model.rowCount())}
    family = letters[0]
    row = rows[family.number]
    assert model.index(row, Column.RECIPIENT_TYPE).data() == "Keluarga / kuasanya"
    assert model.index(row, Column.PERSONS).data() == "3"
    assert model.index(row, Column.MINORS).data() == "2"
    assert model.index(row, Column.STATE).data() == "berlaku"
    assert page.count_label.text() == "4 surat"


def test_main_window_shows_the_handover_page(qtbot, demo_services, letters) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(Page.HANDOVER)
    assert window.pages.currentIndex() == Page.HANDOVER
    assert window.pages.currentWidget() is window.handover_page
    assert window.handover_page.model.rowCount() == 4


def test_preview_shows_every_page_of_a_real_letter(qtbot, page, letters) -> None:  # type: ignore[no-untyped-def]
    transport = letters[1]
    _select(page, transport)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)

    dialog = page.shown[-1]
    qtbot.addWidget(dialog)
    expected = len(PdfReader(transport.pdf_path).pages)
    assert expected >= 2
    assert dialog.page_count == expected
    assert dialog.page_count_label.text() == f"dari {expected}"
    first = dialog.shown_size()
    # A4 at 96 dpi: 794 x 1123 pixels.
    assert abs(first.width() - 794) <= 2 and abs(first.height() - 1123) <= 2
    assert not dialog.previous_button.isEnabled()
    dialog.show()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page == 2
    assert dialog.previous_button.isEnabled()
    dialog.page_spin.setValue(expected)
    assert not dialog.next_button.isEnabled()
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData(150))
    assert dialog.shown_size().width() > first.width() * 1.4


def test_print_paints_every_page_onto_the_printer(
    qtbot, page, letters, tmp_path, monkeypatch, demo_services
) -> None:  # type: ignore[no-untyped-def]
    transport = letters[1]
    _select(page, transport)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    dialog = page.shown[-1]
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(
        PdfPreviewDialog, "ask_printer", classmethod(lambda cls, parent: _pdf_printer(out))
    )

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    assert len(PdfReader(out).pages) == dialog.page_count
    _qpdf_ok(out)
    # Drawn on the whole sheet: A4 stays A4 (595 x 842 points), not shrunk into margins.
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)

    # The page's own Cetak button prints the original the same way.
    direct = tmp_path / "direct.pdf"
    monkeypatch.setattr(
        PdfPreviewDialog, "ask_printer", classmethod(lambda cls, parent: _pdf_printer(direct))
    )
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(direct).pages) == len(PdfReader(transport.pdf_path).pages)

    # Both prints of the original are on record, and neither counts as a SALINAN.
    with demo_services.db.read() as session:
        actions = session.exec(
            select(AuditEntry.action).where(AuditEntry.record_id == transport.handover_id)
        ).all()
    assert actions.count(ORIGINAL_PRINT_ACTION) == 2 and PRINT_ACTION not in actions


def test_save_as_pdf_copies_the_original(qtbot, page, letters, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "salinan-saya"
    monkeypatch.setattr(
        PdfPreviewDialog,
        "ask_save_path",
        classmethod(lambda cls, parent, name: target.with_suffix(".pdf")),
    )
    _select(page, letters[0])
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert target.with_suffix(".pdf").read_bytes() == letters[0].pdf_path.read_bytes()


def test_reprint_is_marked_salinan_and_counted(qtbot, page, letters, demo_services) -> None:  # type: ignore[no-untyped-def]
    family = letters[0]
    _select(page, family)
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)

    dialog = page.shown[-1]
    qtbot.addWidget(dialog)
    copy = dialog.pages.data
    assert "SALINAN" in _text(copy)
    assert "SALINAN" not in _text(family.pdf_path)
    assert family.number in _text(copy)
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.letter(r).handover_id == family.handover_id
    )
    assert "1x dicetak ulang (SALINAN)" in page.model.index(row, Column.STATE).data()


def test_void_needs_a_reason_and_keeps_the_number(
    qtbot, page, letters, demo_services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    family = letters[0]
    _select(page, family)
    monkeypatch.setattr(VoidDialog, "ask", classmethod(lambda cls, parent, info: None))
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert not demo_services.handovers.find_by_number(family.number).voided

    monkeypatch.setattr(VoidDialog, "ask", classmethod(lambda cls, parent, info: "Penerima keliru"))
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)

    info = demo_services.handovers.find_by_number(family.number)
    assert info.voided and info.void_reason == "Penerima keliru"
    assert info.reference == family.number
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.letter(r).handover_id == family.handover_id
    )
    assert page.model.index(row, Column.STATE).data().startswith("BATAL")
    assert page.model.index(row, Column.NUMBER).data() == family.number
    # Its persons may be handed over again by a new letter.
    convoy = demo_services.convoys.overview()[0].id
    reopened = {c.id for c in demo_services.handovers.candidates(convoy) if not c.closed}
    listed = {
        p.id for p in demo_services.people_query.page(_convoy_filter(convoy), offset=0, limit=500)
    }
    assert reopened <= listed
    assert "BATAL" in _text(family.pdf_path)


def test_void_dialog_accepts_only_with_a_reason(qtbot, letters, demo_services) -> None:  # type: ignore[no-untyped-def]
    info = demo_services.handovers.letters()[0]
    dialog = VoidDialog(info)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Salah tanggal")
    assert dialog.ok.isEnabled()


def test_convoy_page_prints_the_summary_sheet(
    qtbot, demo_services, letters, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    captured: list[bytes] = []
    monkeypatch.setattr(
        PdfPreviewDialog,
        "show_pdf",
        classmethod(lambda cls, parent, pdf, **kw: captured.append(pdf)),
    )
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    convoys = window.convoys_page
    convoys.view.selectRow(0)
    qtbot.mouseClick(convoys.summary_button, Qt.MouseButton.LeftButton)

    assert len(captured) == 1
    text = _text(captured[0])
    assert "REKAPITULASI KEDATANGAN WNI DEPORTAN" in text
    assert "Dijemput keluarga" in text and "Penyedia angkutan" in text
    out = tmp_path / "rekap.pdf"
    out.write_bytes(captured[0])
    _qpdf_ok(out)


def _convoy_filter(convoy_id):  # type: ignore[no-untyped-def]
    from intake_app.services.people_query import PersonFilter

    return PersonFilter(convoy_id=convoy_id)


def test_refresh_keeps_the_chosen_convoy(page, demo_services) -> None:  # type: ignore[no-untyped-def]
    newest = demo_services.convoys.overview()[0].id
    assert page.convoy.currentData() == newest
    page.convoy.setCurrentIndex(0)  # all convoys
    page.convoy.setCurrentIndex(1)
    page.refresh()
    assert page.convoy.currentData() == newest
    assert page.officer.currentData() == demo_services.handovers.officers()[0].id


def test_new_handover_from_the_page_is_listed_and_previewed(
    qtbot, page, demo_services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from intake_app.domain.enums import Disposition
    from intake_app.ui.handover_dialog import HandoverDialog

    def fill_and_issue(dialog) -> int:  # type: ignore[no-untyped-def]
        adult = next(r for r in dialog.picker.model.rows if not r.is_minor and not r.closed)
        dialog.picker.model.set_checked({adult.id})
        dialog.parties.set_kind(Disposition.SELF_RETURN)
        dialog.issue()
        return dialog.result()

    monkeypatch.setattr(HandoverDialog, "exec", fill_and_issue)
    before = page.model.rowCount()
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    assert page.model.rowCount() == before + 1
    info = page.selected()
    assert info.reference.startswith("PM-") and info.persons == 1
    preview = page.shown[-1]
    assert "SURAT PERNYATAAN PULANG MANDIRI" in _text(preview.pages.data)
