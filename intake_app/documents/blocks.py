"""Tables shared by the letter and the forms: identity lines, numbered clauses, lists, counts."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from intake_app.documents.fonts import SANS, SANS_BOLD, SERIF
from intake_app.documents.model import CountRow, LetterParty, LetterPerson
from intake_app.documents.page import (
    BODY_LEFT,
    BODY_SIZE,
    CELL,
    CELL_CENTER,
    CELL_HEADER,
    FRAME_WIDTH,
    text,
)

GRID = colors.Color(0.2, 0.2, 0.2)
# Counts are few and read at a glance: a size up from the list of persons.
COUNT_CELL = ParagraphStyle("count-cell", parent=CELL, fontSize=9, leading=11)
COUNT_HEADER = ParagraphStyle("count-header", parent=CELL_HEADER, fontSize=9, leading=11)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)

PERSON_COLUMNS = ("No", "Nama", "L/P", "Umur/Tgl lahir", "Dokumen", "Asal", "Keterangan")
# Widths in mm summing to the frame width (165 mm); "SPLP 2026/KCH/00123" fits on one line.
_PERSON_WIDTHS = (8, 43, 7, 18, 33, 28, 28)
_CELL_PAD = 3

# No cell padding on label/value tables so their text lines up with the paragraphs around them.
_PLAIN = [
    ("FONT", (0, 0), (-1, -1), SERIF, BODY_SIZE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]


def label_value_table(
    rows: Sequence[tuple[str, str]],
    *,
    marker: str = "",
    indent: float = 7 * mm,
    label_width: float = 38 * mm,
) -> Table:
    """ "Nama   : value" lines with aligned colons; values wrap under themselves.

    `marker` ("1.") goes in the indent column of the first line, like a numbered list item.
    """
    data: list[list[object]] = [
        ["", text(label, BODY_LEFT), ":", text(value, BODY_LEFT)] for label, value in rows
    ]
    if marker and data:
        data[0][0] = text(marker, BODY_LEFT)
    widths = [indent, label_width, 4 * mm, FRAME_WIDTH - indent - label_width - 4 * mm]
    return Table(data, colWidths=widths, style=TableStyle(_PLAIN), hAlign="LEFT")


def numbered_paragraphs(items: Sequence[Paragraph], *, indent: float = 7 * mm) -> Table:
    """1. 2. 3. clauses with a hanging indent, as in the body of an official letter."""
    data = [[text(f"{n}.", BODY_LEFT), item] for n, item in enumerate(items, start=1)]
    style = TableStyle([*_PLAIN, ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)])
    return Table(data, colWidths=[indent, FRAME_WIDTH - indent], style=style, hAlign="LEFT")


def party_rows(party: LetterParty, *, with_contact: bool = False) -> list[tuple[str, str]]:
    """Identity lines of a party. Lines with nothing to say are left out rather than printed as
    "-", so that a family recipient's letter is not padded with empty "Jabatan"/"Instansi"."""
    rows = [
        ("Nama", party.name),
        ("NIK/NIP", party.id_number),
        ("Jabatan", party.position),
        ("Instansi", party.institution),
        ("Alamat", party.address),
    ]
    if with_contact:
        rows.append(("Telepon", party.phone))
    rows.append(("Hubungan", party.relationship))
    return [rows[0], *((label, value) for label, value in rows[1:] if value.strip("- "))]


def person_table(persons: Sequence[LetterPerson]) -> Table:
    """The attached list; its header row repeats at the top of every page it runs onto."""
    widths = [w * mm for w in _PERSON_WIDTHS]
    fits = [w - 2 * _CELL_PAD for w in widths]
    header = [text(label, CELL_HEADER) for label in PERSON_COLUMNS]
    data: list[list[object]] = [header]
    for p in persons:
        data.append(
            [
                str(p.number),
                _cell(p.full_name, fits[1]),
                p.sex,
                _cell(p.age_or_birth, fits[3], CELL_CENTER),
                _cell(p.document, fits[4]),
                _cell(p.origin, fits[5]),
                _cell(p.remark, fits[6]) if p.remark else "",
            ]
        )
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), SANS, CELL.fontSize, CELL.leading),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("ALIGN", (2, 1), (3, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
    )
    return Table(data, colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")


def _cell(value: str, fits: float, style: ParagraphStyle = CELL) -> str | Paragraph:
    """Text that fits on one line stays a plain string; only longer text becomes a wrapping
    Paragraph. Laying out a Paragraph per cell is most of what a 400-row list costs."""
    if stringWidth(value, SANS, style.fontSize) <= fits:
        return value or "-"
    return text(value, style)


def count_table(rows: Sequence[CountRow], *, first_header: str = "Uraian") -> Table:
    """Uraian | L | P | Jumlah; a last row labelled "Jumlah"/"Total" is the sum and set bold."""
    data: list[list[object]] = [
        [text(label, COUNT_HEADER) for label in (first_header, "L", "P", "Jumlah")]
    ]
    data += [[text(r.label, COUNT_CELL), r.male, r.female, r.total] for r in rows]
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, COUNT_CELL.fontSize),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("RIGHTPADDING", (1, 1), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if rows and rows[-1].label.strip().lower() in {"jumlah", "total"}:
        data[-1][0] = text(rows[-1].label, COUNT_CELL, bold=True)
        commands.append(("FONT", (1, -1), (-1, -1), SANS_BOLD, COUNT_CELL.fontSize))
    widths = [85 * mm, 22 * mm, 22 * mm, 26 * mm]
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")
