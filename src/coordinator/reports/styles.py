"""Shared look of every PDF: paragraph styles, table styles, and how a value becomes a cell."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, TableStyle

from coordinator.reports.fonts import BOLD, REGULAR, markup, needs_fallback, register_fonts

PAGE_SIZE = LETTER
MARGIN = 0.7 * inch
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN - 12  # a Frame pads 6 points each side
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa7b4")
SHADE = colors.HexColor("#eef2f6")
MUTED = colors.HexColor("#555555")
TABLE_FONT_SIZE = 8.5


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    figure: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=4)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=26, leading=32, alignment=TA_CENTER
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=14, leading=19, alignment=TA_CENTER, spaceAfter=8
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        cell=ParagraphStyle(
            "cell", parent=body, fontSize=TABLE_FONT_SIZE, leading=10.5, spaceAfter=0
        ),
        label=ParagraphStyle(
            "label", parent=body, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0
        ),
        figure=ParagraphStyle(
            "figure", parent=body, fontName=BOLD, fontSize=22, leading=26, textColor=ACCENT
        ),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped, so names with < & > print literally."""
    return Paragraph(markup(text), style)


def cell(value: Any, width: float | None = None) -> Any:
    """A table cell: a plain string (fast) unless the text must wrap or needs the CJK font."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return str(value)
    if needs_fallback(value) or "\n" in value:
        return para(value, styles().cell)
    # A TABLE_FONT_SIZE em is the widest a DejaVu glyph gets; shorter text always fits.
    if width is not None and len(value) * TABLE_FONT_SIZE * 0.62 > width - 6:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        if stringWidth(value, REGULAR, TABLE_FONT_SIZE) > width - 6:
            return para(value, styles().cell)
    return value


def data_table_style(numeric: tuple[int, int] | None = None) -> TableStyle:
    """A header row in the accent colour, light rules, shaded alternate rows."""
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, TABLE_FONT_SIZE),
        ("FONT", (0, 0), (-1, 0), BOLD, TABLE_FONT_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if numeric is not None:
        commands.append(("ALIGN", (numeric[0], 0), (numeric[1], -1), "RIGHT"))
    return TableStyle(commands)


def heading(text: str, style: ParagraphStyle, level: int | None = None) -> Paragraph:
    """A heading; with a level it also becomes a contents entry and a PDF bookmark."""
    paragraph = para(text, style)
    if level is not None:
        paragraph.contents_entry = (level, text)
    return paragraph
