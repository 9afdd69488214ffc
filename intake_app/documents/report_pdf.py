"""The statistical report as PDF: the letter's page furniture, count tables and charts."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from intake_app.documents.blocks import COUNT_CELL, COUNT_HEADER, GRID, HEADER_FILL
from intake_app.documents.fonts import SANS, SANS_BOLD, register_fonts
from intake_app.documents.page import (
    BODY_LEFT,
    CAPTION,
    FRAME_WIDTH,
    HEADING,
    build_pdf,
    letterhead,
    text,
    title_block,
)
from intake_app.domain.report_tables import (
    SMALL_CELL_LIMIT,
    SUPPRESSED_TEXT,
    Cell,
    ReleasedTable,
    StatReport,
)

# Which breakdowns get a picture: shares of a whole as a pie, long category lists as bars.
PIE_TABLES = frozenset({"sex_age", "travel_document", "depot", "children"})
BAR_TABLES = frozenset(
    {"post", "province", "regency", "reason", "sector", "disposition", "vulnerable"}
)
MAX_BARS = 12
PALETTE = [
    colors.HexColor(code)
    for code in ("#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2e75b6", "#a5a5a5")
]
RELEASE_RULE = (
    "Dokumen untuk pihak luar: angka 1 dan 2 ditampilkan sebagai \u201c<3\u201d; angka lain "
    "pada baris atau kolom yang sama yang ikut disamarkan agar angka kecil tidak dapat "
    "dihitung kembali dari jumlahnya ditampilkan sebagai \u201cx\u201d. Grafik tabel yang "
    "memuat angka tersamar tidak ditampilkan."
)
INTERNAL_RULE = "Dokumen internal: semua angka ditampilkan apa adanya. Tidak untuk disebarluaskan."


def render_report(report: StatReport) -> bytes:
    register_fonts()  # Paragraphs resolve their fonts when built, before build_pdf runs
    story: list[Flowable] = [*letterhead(report.letterhead), *title_block(report.title.upper())]
    facts = [("Pos", f"{report.post_name} ({report.post_code})")]
    if report.posts:  # head office: the posts counted
        facts = [("Pos", "; ".join(report.posts))]
    facts.append(("Periode", report.period_label))
    if report.convoy_label:
        facts.append(("Kedatangan", report.convoy_label))
    facts += [
        ("Jumlah kedatangan", str(report.convoys)),
        (
            "Jumlah deportan",
            _figure(_headline(report)),
        ),
        ("Dibuat", report.generated_label),
    ]
    story.append(_facts_table(facts))
    story.append(Spacer(1, 2 * mm))
    story.append(text(RELEASE_RULE if report.for_release else INTERNAL_RULE, BODY_LEFT))
    for number, released in enumerate(report.tables, start=1):
        story.extend(_section(number, released))
    footer = "Laporan statistik" + (" - untuk rilis" if report.for_release else " - internal")
    return build_pdf(story, title=report.title, footer_label=footer)


def _facts_table(rows: list[tuple[str, str]]) -> Table:
    data = [[text(label, BODY_LEFT), ":", text(value, BODY_LEFT)] for label, value in rows]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), BODY_LEFT.fontName, BODY_LEFT.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )
    widths = [36 * mm, 4 * mm, FRAME_WIDTH - 40 * mm]
    return Table(data, colWidths=widths, style=style, hAlign="LEFT")


def _section(number: int, released: ReleasedTable) -> list[Flowable]:
    table = released.table
    head: list[Flowable] = [
        CondPageBreak(45 * mm),
        Spacer(1, 3 * mm),
        text(f"{number}. {table.title}", HEADING),
        Spacer(1, 1.5 * mm),
    ]
    body: list[Flowable] = [_count_table(released)]
    if table.note:
        body += [Spacer(1, 1 * mm), text(table.note, CAPTION)]
    chart = _chart(released)
    if chart is not None:
        body += [Spacer(1, 2 * mm), chart]
    # Heading and table stay together unless the table alone is longer than a page.
    if len(table.row_labels) <= 25:
        return [KeepTogether(head + body)]
    return head + body


def _count_table(released: ReleasedTable) -> Table:
    table = released.table
    labels = list(table.row_labels) + (["Jumlah"] if table.exclusive else [])
    data: list[list[object]] = [
        [text(label, COUNT_HEADER) for label in ("Uraian", "L", "P", "Jumlah")]
    ]
    data += [
        [text(label, COUNT_CELL), *(_figure(value) for value in line)]
        for label, line in zip(labels, released.grid, strict=True)
    ]
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, COUNT_CELL.fontSize),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("RIGHTPADDING", (1, 1), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("FONT", (-1, 1), (-1, -1), SANS_BOLD, COUNT_CELL.fontSize),
    ]
    if table.exclusive:
        data[-1][0] = text("Jumlah", COUNT_CELL, bold=True)
        commands.append(("FONT", (1, -1), (-1, -1), SANS_BOLD, COUNT_CELL.fontSize))
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.95, 0.95, 0.95)))
    widths = [95 * mm, 20 * mm, 20 * mm, 25 * mm]
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")


def _figure(value: Cell) -> str:
    return value if isinstance(value, str) else f"{value:,}".replace(",", ".")


def _headline(report: StatReport) -> Cell:
    small = 0 < report.persons < SMALL_CELL_LIMIT
    return SUPPRESSED_TEXT if report.for_release and small else report.persons


def _chart(released: ReleasedTable) -> Drawing | None:
    """A picture of the "Jumlah" column; none when a figure is hidden (its bar would tell)."""
    table = released.table
    rows = [(label, line[-1]) for label, line in zip(table.row_labels, released.grid, strict=False)]
    if any(isinstance(value, str) for _, value in rows) or not any(value for _, value in rows):
        return None
    shown = [(label, int(value)) for label, value in rows if value]  # type: ignore[arg-type]
    if table.key in PIE_TABLES:
        return _pie(shown)
    if table.key in BAR_TABLES:
        return _bars(shown[:MAX_BARS] if table.key == "regency" else shown)
    return None


def _drawing(height: float) -> Drawing:
    drawing = Drawing(FRAME_WIDTH, height)
    # The renderer starts each drawing in this font; left alone it is Helvetica, a base-14
    # font that would then be referenced (unembedded) in the file.
    drawing.initialFontName = SANS
    return drawing


def _pie(rows: list[tuple[str, int]]) -> Drawing:
    drawing = _drawing(42 * mm)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 8 * mm, 3 * mm, 36 * mm, 36 * mm
    pie.data = [value for _, value in rows]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.6
    for index in range(len(rows)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    total = sum(pie.data)
    for index, (label, value) in enumerate(rows):
        y = 36 * mm - index * 6 * mm
        drawing.add(_swatch(56 * mm, y, PALETTE[index % len(PALETTE)]))
        share = f"{label}: {value} ({100 * value / total:.0f}%)"
        drawing.add(String(61 * mm, y, share, fontName=SANS, fontSize=7.5))
    return drawing


def _swatch(x: float, y: float, colour: colors.Color) -> Flowable:
    from reportlab.graphics.shapes import Rect

    return Rect(x, y - 0.5 * mm, 3 * mm, 3 * mm, fillColor=colour, strokeColor=None)


def _bars(rows: list[tuple[str, int]]) -> Drawing:
    bar_height = 5 * mm
    height = len(rows) * bar_height + 10 * mm
    drawing = _drawing(height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 6 * mm
    chart.width, chart.height = FRAME_WIDTH - 72 * mm, len(rows) * bar_height
    # The chart draws its first category at the bottom; reverse so it reads like the table.
    chart.data = [[value for _, value in reversed(rows)]]
    chart.categoryAxis.categoryNames = [_short(label) for label, _ in reversed(rows)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def _short(label: str, limit: int = 38) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "\u2026"
