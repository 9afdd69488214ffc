"""Signature blocks of the parties and witnesses, and the verification QR code beside them."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from intake_app.documents.fonts import SERIF
from intake_app.documents.model import LetterParty
from intake_app.documents.page import BODY_CENTER, BODY_SIZE, CAPTION, FRAME_WIDTH, markup, text

QR_SIZE = 28 * mm
QR_COLUMN = 38 * mm
SIGN_SPACE = 16 * mm
WITNESS_SIGN_SPACE = 13 * mm
WITNESSES_PER_ROW = 3

SMALL_CENTER = ParagraphStyle("small-center", parent=BODY_CENTER, fontSize=8.5, leading=10.5)

_CELLS = [
    # Even an empty string cell sets the cell font; unset, that is Helvetica (base-14).
    ("FONT", (0, 0), (-1, -1), SERIF, BODY_SIZE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _name_lines(party: LetterParty, details: Sequence[str]) -> list[Flowable]:
    name = escape(party.name) if party.name else "-"
    lines: list[Flowable] = [markup(f"<b><u>{name}</u></b>", BODY_CENTER)]
    lines += [text(line, SMALL_CENTER) for line in details if line]
    return lines


def signature_cell(role: str, caption: str, party: LetterParty) -> list[Flowable]:
    """Role, room to sign and stamp, then the name underlined and the position under it."""
    return [
        markup(f"<b>{escape(role)}</b>", BODY_CENTER),
        # An empty caption still takes its line, so names on both sides stay level.
        text(caption, BODY_CENTER) if caption else markup("&nbsp;", BODY_CENTER),
        Spacer(1, SIGN_SPACE),
        *_name_lines(party, [party.position]),
    ]


def qr_block(payload: str) -> list[Flowable]:
    """The verification QR code and its caption; nothing when there is no payload."""
    if not payload:
        return []
    # Level M survives a smudged or creased printout better than ReportLab's default L.
    code = QrCode(payload, width=QR_SIZE, height=QR_SIZE, qrBorder=1, qrLevel="M")
    code.hAlign = "CENTER"
    return [code, Spacer(1, 0.5 * mm), text("Pindai untuk memeriksa keaslian", CAPTION)]


def signature_row(
    left: list[Flowable],
    right: list[Flowable],
    *,
    middle: list[Flowable] | None = None,
    place_and_date: str = "",
) -> Table:
    """Two signers side by side (the middle column holds the QR code, if any); the place and
    date sit above the right-hand signer, as is customary."""
    side = (FRAME_WIDTH - QR_COLUMN) / 2
    rows: list[list[object]] = []
    if place_and_date:
        rows.append(["", "", text(place_and_date, BODY_CENTER)])
    rows.append([left or "", middle or "", right or ""])
    style = TableStyle([*_CELLS, ("VALIGN", (1, -1), (1, -1), "MIDDLE")])
    return Table(rows, colWidths=[side, QR_COLUMN, side], style=style)


def witness_rows(witnesses: Sequence[LetterParty]) -> list[Flowable]:
    """Witnesses under the two signers, up to three per row, each signing over their name."""
    if not witnesses:
        return []
    several = len(witnesses) > 1
    cells = [
        [
            markup(f"<b>SAKSI {number}</b>" if several else "<b>SAKSI</b>", BODY_CENTER),
            Spacer(1, WITNESS_SIGN_SPACE),
            *_name_lines(witness, [witness.position, witness.institution]),
        ]
        for number, witness in enumerate(witnesses, start=1)
    ]
    per_row = min(WITNESSES_PER_ROW, len(cells))
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    style = TableStyle([*_CELLS, ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)])
    # Narrower columns than the page so a single witness sits centred under both signers.
    width = min(FRAME_WIDTH / per_row, 70 * mm)
    return [Spacer(1, 3 * mm), Table(rows, colWidths=[width] * per_row, style=style)]
