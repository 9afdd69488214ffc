"""Afternoon at the post: a refused handover, the allowed ones, and their letters on paper."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QInputDialog, QLineEdit

from intake_app.domain.enums import Disposition
from intake_app.ui.handover_dialog import HandoverDialog
from intake_app.ui.pdf_preview import PdfPreviewDialog
from tests.e2e.day_driver import WAIT_MS, Modals, choose, click, go_to, key, type_into
from tests.e2e.day_intake import CHILD_1, CHILD_2, MOTHER, TEEN, Arrival

FAMILY_OK = "Serah terima dapat dilakukan."


@dataclass
class Paper:
    """Where the printer hook and the save hook put the letters."""

    folder: Path
    printed: list[Path] = field(default_factory=list)
    saved: list[Path] = field(default_factory=list)

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"cetak-{len(self.printed) + 1}.pdf"
        printer.setOutputFileName(str(path))
        self.printed.append(path)
        return printer

    def save_path(self, suggested: str) -> Path:
        path = self.folder / suggested
        self.saved.append(path)
        return path


def install_paper(monkeypatch: Any, folder: Path) -> Paper:
    """The print dialog and the save dialog are native: their hooks answer instead."""
    folder.mkdir()
    paper = Paper(folder)
    monkeypatch.setattr(
        PdfPreviewDialog, "ask_printer", classmethod(lambda cls, parent: paper.printer())
    )
    monkeypatch.setattr(
        PdfPreviewDialog,
        "ask_save_path",
        classmethod(lambda cls, parent, suggested: paper.save_path(suggested)),
    )
    return paper


def check_person(qtbot: Any, dialog: HandoverDialog, person: Arrival, *, family: bool) -> None:
    """Search the picker, highlight the first hit; Space checks it, or pick the family."""
    picker = dialog.picker
    type_into(qtbot, picker.search, person.name.split()[0].lower())
    qtbot.waitUntil(lambda: picker.proxy.rowCount() >= 1, timeout=WAIT_MS)
    picker.view.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, picker.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    if family:
        click(qtbot, picker.family_button)
    else:
        key(qtbot, picker.view, Qt.Key.Key_Space)


def rules_say(qtbot: Any, dialog: HandoverDialog, text: str) -> None:
    qtbot.waitUntil(lambda: text in dialog.rules_text.text(), timeout=WAIT_MS)
    assert dialog.rules_text.isVisible()


def fill_family(qtbot: Any, dialog: HandoverDialog, *, witness: bool) -> None:
    parties = dialog.parties
    choose(qtbot, parties.recipient_type, Disposition.FAMILY)
    type_into(qtbot, parties.name, "Rahmat bin Sulaiman")
    type_into(qtbot, parties.id_number, "6103211705880002")
    type_into(qtbot, parties.relationship, "suami / ayah kandung")
    type_into(qtbot, parties.address, "Dusun Entikong, Kec. Entikong, Kab. Sanggau")
    if witness:
        fill_witness(qtbot, dialog, "Yustinus Aloy", "Kepala Desa", "Pemerintah Desa Entikong")


def fill_witness(qtbot: Any, dialog: HandoverDialog, name: str, position: str, office: str) -> None:
    for edit, text in zip(dialog.parties.witnesses[0], (name, position, office), strict=True):
        type_into(qtbot, edit, text)


def refused_handover(modals: Modals, qtbot: Any, window: Any) -> None:
    """The boy alone to family, no witness: explained, and the letter cannot be issued."""

    def attempt(dialog: HandoverDialog) -> None:
        check_person(qtbot, dialog, TEEN, family=False)
        assert dialog.picker.checked_ids() and "1 orang dipilih, 1 anak" in (
            dialog.picker.count_label.text()
        )
        fill_family(qtbot, dialog, witness=False)
        rules_say(qtbot, dialog, "anak tanpa pendamping: hanya boleh diserahkan kepada UPTD PPA")
        rules_say(qtbot, dialog, "wajib disaksikan")
        assert "Serah terima belum dapat dilakukan" in dialog.rules_text.text()
        assert not dialog.issue_button.isEnabled()
        click(qtbot, dialog.issue_button)  # a disabled button: nothing happens
        assert dialog.isVisible() and dialog.letter is None
        key(qtbot, dialog.picker.search, Qt.Key.Key_Escape)

    go_to(qtbot, window, 3)
    page = window.handover_page
    modals.expect(HandoverDialog, attempt)
    click(qtbot, page.new_button)
    modals.check()
    assert page.model.rowCount() == 0


def print_and_save(modals: Modals, qtbot: Any) -> None:
    """Schedule what the officer does in the letter preview: print, save a PDF, close."""

    def on_paper(preview: PdfPreviewDialog) -> None:
        assert preview.page_count >= 1
        click(qtbot, preview.print_button)
        click(qtbot, preview.save_button)
        click(qtbot, preview.close_button)

    modals.expect(PdfPreviewDialog, on_paper, timeout_ms=30_000)


def issue(modals: Modals, qtbot: Any, dialog: HandoverDialog) -> None:
    rules_say(qtbot, dialog, FAMILY_OK)
    qtbot.waitUntil(dialog.issue_button.isEnabled, timeout=WAIT_MS)
    print_and_save(modals, qtbot)
    click(qtbot, dialog.issue_button)


def family_handover(modals: Modals, qtbot: Any, window: Any) -> None:
    """Mother and both children to the husband, with identity, relationship and a witness."""

    def hand_over(dialog: HandoverDialog) -> None:
        check_person(qtbot, dialog, MOTHER, family=True)
        assert "3 orang dipilih, 2 anak" in dialog.picker.count_label.text()
        fill_family(qtbot, dialog, witness=True)
        issue(modals, qtbot, dialog)

    page = window.handover_page
    modals.expect(HandoverDialog, hand_over, timeout_ms=30_000)
    click(qtbot, page.new_button)
    modals.check()
    assert page.model.rowCount() == 1


def child_protection_handover(modals: Modals, qtbot: Any, window: Any) -> None:
    """The boy to UPTD PPA: the referral is noted first, a witness signs."""

    def note_referral(box: QInputDialog) -> None:
        edit = box.findChild(QLineEdit)
        qtbot.keyClicks(edit, "LP/0217/II/2026/Reskrim")
        key(qtbot, edit, Qt.Key.Key_Return)

    def hand_over(dialog: HandoverDialog) -> None:
        check_person(qtbot, dialog, TEEN, family=False)
        parties = dialog.parties
        choose(qtbot, parties.recipient_type, Disposition.CHILD_PROTECTION)
        type_into(qtbot, parties.name, "Maria Goreti, S.Sos")
        type_into(qtbot, parties.id_number, "198705122010012003")
        type_into(qtbot, parties.position, "Pekerja Sosial")
        type_into(qtbot, parties.institution, "UPTD PPA Kabupaten Sanggau")
        fill_witness(qtbot, dialog, "Bripka Hendra", "Kanit PPA", "Polres Sanggau")
        rules_say(qtbot, dialog, "wajib dirujuk lebih dulu")
        modals.expect(QInputDialog, note_referral)
        click(qtbot, dialog.referral_button)
        issue(modals, qtbot, dialog)

    page = window.handover_page
    modals.expect(HandoverDialog, hand_over, timeout_ms=30_000)
    click(qtbot, page.new_button)
    modals.check()
    assert page.model.rowCount() == 2


def check_letters(paper: Paper) -> None:
    """Two letters printed (pages drawn into PDF files) and saved; the saved text names everyone."""
    assert len(paper.printed) == len(paper.saved) == 2
    for path in paper.printed:  # drawn as images at printer resolution: big, no text
        assert len(PdfReader(path).pages) >= 1 and path.stat().st_size > 10_000
    family, child = (pdf_text(path) for path in paper.saved)
    for person in (MOTHER, CHILD_1, CHILD_2):
        assert person.name.casefold() in family, person.name
    assert "rahmat bin sulaiman" in family
    assert TEEN.name.casefold() in child and "uptd ppa kabupaten sanggau" in child


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(text.split()).casefold()
