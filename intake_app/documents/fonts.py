"""The embedded DejaVu TrueType fonts from resources/fonts, registered once with ReportLab."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from intake_app.paths import resource

# Names the styles use. Never one of ReportLab's 14 base fonts: those are not embedded and only
# cover Latin-1, so a name like "Nguyễn" would print wrong glyphs on another machine.
SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Load the TTFs into ReportLab's (process-wide) registry; later calls do nothing."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    # So that <b> inside a Paragraph picks the bold face; there is no italic face shipped, so
    # italic maps to the upright one rather than falling back to a base font.
    for regular, bold in ((SANS, SANS_BOLD), (SERIF, SERIF_BOLD)):
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)
        addMapping(bold, 0, 0, bold)
        addMapping(bold, 1, 0, bold)
        addMapping(bold, 0, 1, bold)
        addMapping(bold, 1, 1, bold)
