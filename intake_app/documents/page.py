"""The page all documents share: A4 frame, styles, letterhead, "Halaman x dari y", marks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from intake_app import __version__
from intake_app.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
# Tata naskah dinas margins: a wider left margin leaves room for binding into the post's file.
LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 12 * mm
BOTTOM_MARGIN = 17 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
FOOTER_Y = 9 * mm

BODY_SIZE = 9.5
BODY_LEADING = 12.6


def _style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)


BODY = _style("body", SERIF, BODY_SIZE, BODY_LEADING, alignment=TA_JUSTIFY)
BODY_LEFT = _style("body-left", SERIF, BODY_SIZE, BODY_LEADING, alignment=TA_LEFT)
BODY_INDENTED = _style("body-indented", SERIF, BODY_SIZE, BODY_LEADING, leftIndent=7 * mm)
BODY_CENTER = _style("body-center", SERIF, BODY_SIZE, BODY_LEADING, alignment=TA_CENTER)
TITLE = _style("title", SERIF_BOLD, 12.5, 16, alignment=TA_CENTER)
HEADING = _style("heading", SERIF_BOLD, BODY_SIZE, BODY_LEADING, alignment=TA_LEFT, spaceBefore=4)
LETTERHEAD_MAIN = _style("lh-main", SANS_BOLD, 11, 13, alignment=TA_CENTER)
LETTERHEAD_SUB = _style("lh-sub", SANS, 8, 10, alignment=TA_CENTER)
CELL = _style("cell", SANS, 7.5, 9, alignment=TA_LEFT)
CELL_CENTER = _style("cell-center", SANS, 7.5, 9, alignment=TA_CENTER)
CELL_HEADER = _style("cell-header", SANS_BOLD, 7.5, 9, alignment=TA_CENTER)
CAPTION = _style("caption", SANS, 6, 7.5, alignment=TA_CENTER)

FOOTER_FONT = (SANS, 7.5)
STAMP_COLOURS = {"copy": colors.Color(0.15, 0.15, 0.45), "void": colors.Color(0.75, 0.05, 0.05)}


def text(value: str, style: ParagraphStyle = BODY, *, bold: bool = False) -> Paragraph:
    """A Paragraph of caller text: escaped, since names may contain "&" or "<"."""
    escaped = escape(value) if value else "-"
    return Paragraph(f"<b>{escaped}</b>" if bold else escaped, style)


def markup(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A Paragraph of our own fixed wording, which may carry <b>/<u> tags."""
    return Paragraph(value, style)


def letterhead(lines: Sequence[str]) -> list[Flowable]:
    """Kop surat: the leading ALL-CAPS lines (office names) bold, the rest (address) small.

    The post's settings give plain lines; telling names from address by case keeps the model
    free of layout flags and matches how every Indonesian letterhead is written.
    """
    flowables: list[Flowable] = []
    in_names = True
    for line in lines:
        in_names = in_names and line == line.upper()
        flowables.append(text(line, LETTERHEAD_MAIN if in_names else LETTERHEAD_SUB))
    # The customary double rule under a kop surat: thick then thin.
    flowables.append(Spacer(1, 1.5 * mm))
    flowables.append(HRFlowable(width="100%", thickness=1.8, color=colors.black, spaceAfter=1))
    flowables.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceAfter=0))
    flowables.append(Spacer(1, 3.5 * mm))
    return flowables


def title_block(title: str, number: str = "") -> list[Flowable]:
    """The underlined title and, when there is one, "Nomor: ..." under it."""
    flowables: list[Flowable] = [markup(f"<u>{escape(title)}</u>", TITLE)]
    if number:
        flowables.append(text(f"Nomor: {number}", BODY_CENTER))
    flowables.append(Spacer(1, 4 * mm))
    return flowables


def _draw_marks(canv: Canvas, marks: Sequence[tuple[str, str]]) -> None:
    """Diagonal SALINAN / BATAL across the page, translucent so the text below stays legible."""
    for index, (kind, mark) in enumerate(marks):
        canv.saveState()
        canv.setFillColor(STAMP_COLOURS[kind])
        canv.setFillAlpha(0.16)
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2 - index * 70 * mm)
        canv.rotate(45)
        width_at_1pt = stringWidth(mark, SANS_BOLD, 1)
        # Half the diagonal: longer words would run off the narrow corners of the page.
        size = min(110.0, 0.5 * (PAGE_HEIGHT**2 + PAGE_WIDTH**2) ** 0.5 / width_at_1pt)
        canv.setFont(SANS_BOLD, size)
        canv.drawCentredString(0, -size / 3, mark)
        canv.restoreState()


def _numbered_canvas(footer_label: str) -> Callable[..., Canvas]:
    """A canvas that holds pages back until the end so each footer can say "dari y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
            self.setLineWidth(0.4)
            self.line(LEFT_MARGIN, FOOTER_Y + 9, PAGE_WIDTH - RIGHT_MARGIN, FOOTER_Y + 9)
            self.setFont(*FOOTER_FONT)
            self.setFillColor(colors.Color(0.25, 0.25, 0.25))
            label = f"{footer_label} — " if footer_label else ""
            self.drawCentredString(
                PAGE_WIDTH / 2, FOOTER_Y, f"{label}Halaman {number} dari {total}"
            )
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    footer_label: str,
    copy_mark: str | None = None,
    void_mark: str | None = None,
) -> bytes:
    """Lay the story out on A4 pages with footer and marks; return the PDF bytes.

    Metadata holds the title and number only, never a person's name: PDF properties are shown
    by file managers and indexed by desktop search.
    """
    register_fonts()
    marks = [(kind, mark) for kind, mark in (("copy", copy_mark), ("void", void_mark)) if mark]
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author="",
        subject="",
        creator=f"Entikong Intake {__version__}",
        # The canvas names an initial font on every page; left at its default that is
        # Helvetica, a base-14 font we never want in the file.
        initialFontName=SANS,
        # Same input, same bytes: re-rendering an issued letter must not look like a change.
        invariant=True,
    )
    frame = Frame(
        LEFT_MARGIN, BOTTOM_MARGIN, FRAME_WIDTH, PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN, id="body"
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPageEnd=lambda c, _d: _draw_marks(c, marks))]
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer_label))
    return buffer.getvalue()
