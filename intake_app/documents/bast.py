"""The handover letter (Berita Acara Serah Terima) with its attached list of persons."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from intake_app.documents.blocks import (
    label_value_table,
    numbered_paragraphs,
    party_rows,
    person_table,
)
from intake_app.documents.fonts import register_fonts
from intake_app.documents.model import HandoverLetter, LetterParty
from intake_app.documents.page import (
    BODY,
    BODY_CENTER,
    BODY_INDENTED,
    FRAME_WIDTH,
    build_pdf,
    letterhead,
    markup,
    text,
    title_block,
)
from intake_app.documents.signatures import qr_block, signature_cell, signature_row, witness_rows

# Fixed wording the renderer owns; everything dated, counted or named comes from the caller.
HANDOVER = (
    "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA Warga Negara Indonesia {count}, "
    "dengan identitas sebagaimana tercantum dalam Lampiran Berita Acara ini, "
    "dan PIHAK KEDUA menyatakan telah menerimanya."
)
CLOSING = (
    "Demikian Berita Acara Serah Terima ini dibuat dengan sebenar-benarnya dalam rangkap "
    "secukupnya untuk dipergunakan sebagaimana mestinya."
)


def render_handover_letter(letter: HandoverLetter) -> bytes:
    """The whole letter as PDF bytes: body and signatures, then the attached list."""
    register_fonts()
    story: list[Flowable] = [*letterhead(letter.letterhead_lines)]
    story += title_block(letter.title, letter.number)
    story += [text(letter.opening, BODY), Spacer(1, 2 * mm)]
    story += _party(1, letter.first_party, "PIHAK PERTAMA")
    story += _party(2, letter.recipient, "PIHAK KEDUA", with_contact=True)
    story += [numbered_paragraphs(_clauses(letter)), Spacer(1, 1 * mm)]
    if letter.override_note:
        story += [_note(letter.override_note), Spacer(1, 3 * mm)]
    story.append(_signatures(letter))
    if letter.persons:
        story += [PageBreak(), *_attachment_heading(letter), person_table(letter.persons)]
    return build_pdf(
        story,
        title=f"{letter.title} {letter.number}",
        footer_label=letter.number,
        copy_mark=letter.copy_mark,
        void_mark=letter.void_mark,
    )


def _party(
    number: int, party: LetterParty, called: str, *, with_contact: bool = False
) -> list[Flowable]:
    rows = party_rows(party, with_contact=with_contact)
    table = label_value_table(rows, marker=f"{number}.")
    called_line = markup(f"selanjutnya disebut <b>{called}</b>.", BODY_INDENTED)
    return [KeepTogether([table, called_line]), Spacer(1, 2 * mm)]


def _clauses(letter: HandoverLetter) -> list[Paragraph]:
    handover = HANDOVER.format(count=escape(letter.count_sentence))
    if letter.basis:
        handover = f"Berdasarkan {escape(letter.basis)}, {handover}"
    clauses = [markup(handover, BODY)]
    if letter.statement:
        clauses.append(text(letter.statement, BODY))
    if letter.condition:
        clauses.append(markup(f"Kondisi pada saat serah terima: {escape(letter.condition)}", BODY))
    if letter.items:
        clauses.append(markup(f"Barang/dokumen yang diserahkan: {escape(letter.items)}", BODY))
    return clauses


def _note(note: str) -> Table:
    """A supervisor's override, boxed so that a reader cannot miss it."""
    paragraph = markup(f"<b>Catatan:</b> {escape(note)}", BODY)
    table = Table([[paragraph]], colWidths=[FRAME_WIDTH])
    table.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return table


def _signatures(letter: HandoverLetter) -> Flowable:
    row = signature_row(
        signature_cell("PIHAK KEDUA", "Yang Menerima,", letter.recipient),
        signature_cell("PIHAK PERTAMA", "Yang Menyerahkan,", letter.first_party),
        middle=qr_block(letter.qr_payload),
        place_and_date=letter.place_and_date,
    )
    # The closing, signatures, witnesses and QR never split over pages: a signature alone on a
    # page proves nothing, and a closing sentence without them looks unfinished.
    closing = [text(CLOSING, BODY), Spacer(1, 4 * mm)]
    return KeepTogether([*closing, row, *witness_rows(letter.witnesses)])


def _attachment_heading(letter: HandoverLetter) -> list[Flowable]:
    heading = label_value_table(
        [
            ("Lampiran", letter.title.title()),
            ("Nomor", letter.number),
            ("Tempat, tanggal", letter.place_and_date),
        ],
        indent=0,
        label_width=30 * mm,
    )
    return [
        heading,
        Spacer(1, 5 * mm),
        markup("<b>DAFTAR NAMA</b>", BODY_CENTER),
        Spacer(1, 3 * mm),
    ]
