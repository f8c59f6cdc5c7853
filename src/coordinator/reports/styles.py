"""Shared look of every PDF: paragraph styles, table styles, and how a value becomes a cell."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, TableStyle
from reportlab.platypus.tables import CellStyle

from coordinator.reports.fonts import BOLD, REGULAR, needs_layout, register_fonts
from coordinator.reports.script_paragraph import ScriptParagraph

PAGE_SIZE = LETTER
MARGIN = 0.7 * inch
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN - 12  # a Frame pads 6 points each side
WIDE_FRAME_WIDTH = PAGE_SIZE[1] - 2 * MARGIN - 12  # the same page in landscape
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa7b4")
SHADE = colors.HexColor("#eef2f6")
MUTED = colors.HexColor("#555555")
TABLE_FONT_SIZE = 8.0
CELL_PADDING = 3.0


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    title_cell: ParagraphStyle
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
        title_cell=ParagraphStyle(
            "title_cell",
            parent=body,
            fontName=BOLD,
            fontSize=TABLE_FONT_SIZE,
            leading=10,
            textColor=colors.white,
            spaceAfter=0,
        ),
        label=ParagraphStyle(
            "label", parent=body, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0
        ),
        figure=ParagraphStyle(
            "figure", parent=body, fontName=BOLD, fontSize=22, leading=26, textColor=ACCENT
        ),
    )


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain text: escaped, so names with < & > print literally; a text in
    another script than DejaVu's (or right to left, or shaped) is set by ScriptParagraph."""
    if needs_layout(text):
        return ScriptParagraph(text, style)
    return Paragraph(escape(text), style)


def cell(
    value: Any,
    width: float | None = None,
    font: str = REGULAR,
    style: ParagraphStyle | None = None,
) -> Any:
    """A table cell: a plain string (fast), wrapped onto lines to fit `width` if needed.

    Only text DejaVu cannot print plainly becomes a flowable, laid out in every script.
    """
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return str(value)
    if needs_layout(value):
        return para(value, style or styles().cell)
    if width is None:
        return value
    return wrap_plain(value, width - 2 * CELL_PADDING, font, TABLE_FONT_SIZE)


@functools.lru_cache(maxsize=65_536)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


@functools.lru_cache(maxsize=65_536)
def wrap_plain(text: str, avail: float, font: str, size: float) -> str:
    """Break text into lines (at spaces, or inside a word too long for a line) that fit.

    Remembered: a cohort table wraps the same campus names into the same column thousands of
    times on the `large` demo.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        # no DejaVu glyph is wider than 1 em: text this short always fits without measuring
        if len(paragraph) * size <= avail or _width(paragraph, font, size) <= avail:
            lines.append(paragraph)
            continue
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= avail:
                line = candidate
                continue
            if line:
                lines.append(line)
            while len(word) > 1 and stringWidth(word, font, size) > avail:
                cut = len(word) - 1
                while cut > 1 and stringWidth(word[:cut], font, size) > avail:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return "\n".join(lines)


def row_heights(rows: list[list[Any]], widths: list[float]) -> list[float]:
    """Each row's height as a table with `cell_style` cells would measure it, measured once.

    Handing a long table its row heights spares reportlab measuring every remaining row again
    each time it splits the table at a page end (quadratic on a table of thousands of rows).
    """
    leading = TABLE_FONT_SIZE * 1.2
    padding = 1.5 + 2.5  # the top and bottom padding of `cell_style`
    heights = []
    for row in rows:
        tallest = 0.0
        for value, width in zip(row, widths, strict=True):
            if isinstance(value, str):
                tall = leading * (value.count("\n") + 1)
            else:
                tall = float(value.wrap(width - 2 * CELL_PADDING, 1e6)[1])
            tallest = max(tallest, tall)
        heights.append(tallest + padding)
    return heights


def data_table_style(numeric: tuple[int, int] | None = None, header_rows: int = 1) -> TableStyle:
    """Header rows in the accent colour, shaded alternate rows, a rule under the table."""
    h = header_rows - 1
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, TABLE_FONT_SIZE),
        ("FONT", (0, 0), (-1, h), BOLD, TABLE_FONT_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, h), colors.white),
        ("BACKGROUND", (0, 0), (-1, h), ACCENT),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, SHADE]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if numeric is not None:
        commands.append(("ALIGN", (numeric[0], header_rows - 1), (numeric[1], -1), "RIGHT"))
    return TableStyle(commands)


def heading(text: str, style: ParagraphStyle, level: int | None = None) -> Flowable:
    """A heading; with a level it also becomes a contents entry and a PDF bookmark."""
    paragraph = para(text, style)
    if level is not None:
        paragraph.contents_entry = (level, text)
    return paragraph


@functools.cache
def cell_style(role: str, align: str = "LEFT") -> CellStyle:
    """A shared cell style: "body", "header", "title" or "total", aligned left or right.

    Handing a table ready-made cell styles instead of per-cell style commands makes building
    thousands of small cohort tables several times faster; the styles are never modified.
    """
    register_fonts()
    style = CellStyle(f"{role}-{align}")
    style.fontname = BOLD if role in ("header", "title", "total") else REGULAR
    style.fontsize = TABLE_FONT_SIZE
    style.leading = TABLE_FONT_SIZE * 1.2
    style.leftPadding = style.rightPadding = CELL_PADDING
    style.topPadding, style.bottomPadding = 1.5, 2.5
    style.valign = "TOP"
    style.alignment = align
    style.color = colors.white if role in ("header", "title") else colors.black
    return style


def cell_styles(
    rows: int, columns: int, numeric: tuple[int, int], header_rows: int, total_row: bool
) -> list[list[CellStyle]]:
    """The cell-style matrix of a data table: header rows, body rows and perhaps a total row."""

    def row(role: str) -> list[CellStyle]:
        return [
            cell_style(role, "RIGHT" if numeric[0] <= c <= numeric[1] else "LEFT")
            for c in range(columns)
        ]

    header, body, total = row("header"), row("body"), row("total")
    matrix = [header] * header_rows + [body] * (rows - header_rows)
    if total_row:
        matrix[-1] = total
    return matrix
