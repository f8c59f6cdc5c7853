"""A reportlab Table that prints its plain-string cells straight into the page's text stream.

reportlab draws every string cell through `canvas.drawString`: a fresh text object, the string
measured, split into font subsets, escaped and formatted anew, even when the same "13.5 h" or
campus name was printed a thousand times before. `PlainTable` lays out exactly as a `Table`
(same widths, heights, splits, backgrounds, lines); only when it draws a top-aligned, left- or
right-aligned string cell in an embedded TrueType font does it write the PDF text operators
itself, formatting each distinct string once per document. Every other cell (a Paragraph with
fallback-font runs, a centred cell) is drawn by reportlab as usual.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Table

_CACHE_ATTRIBUTE = "_coordinator_plain_text"


def _text_cache(canvas: Any) -> dict[tuple[str, str, float], tuple[str, float]]:
    """The formatted strings of one PDF document (font subsets are numbered per document)."""
    doc = canvas._doc
    cache: dict[tuple[str, str, float], tuple[str, float]] | None = getattr(
        doc, _CACHE_ATTRIBUTE, None
    )
    if cache is None:
        cache = {}
        setattr(doc, _CACHE_ATTRIBUTE, cache)
    return cache


def _formatted(canvas: Any, text: str, font_name: str, size: float) -> tuple[str, float] | None:
    """The PDF operators that show `text` (after its position), and its width; None for a font
    this fast path does not handle (reportlab's built-in Type 1 fonts)."""
    cache = _text_cache(canvas)
    key = (text, font_name, size)
    found = cache.get(key)
    if found is not None:
        return found
    font = pdfmetrics.getFont(font_name)
    if not getattr(font, "_dynamicFont", False):
        return None
    doc = canvas._doc
    parts = []
    for subset, chunk in font.splitString(text, doc):
        name = font.getSubsetInternalName(subset, doc)
        parts.append(f"{name} {size:g} Tf ({canvas._escape(chunk)}) Tj")
    found = (" ".join(parts), float(font.stringWidth(text, size)))
    cache[key] = found
    return found


class PlainTable(Table):  # type: ignore[misc]
    """A Table whose plain-string cells print fast; empty cells draw nothing at all."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802
        if cellval == "":
            return
        if (
            not isinstance(cellval, str)
            or cellstyle.valign != "TOP"
            or cellstyle.alignment not in ("LEFT", "RIGHT")
            or cellstyle.direction
            or cellstyle.shaping
            or cellstyle.href
            or cellstyle.destination
            or not self._draw_plain(cellval, cellstyle, pos, size)
        ):
            super()._drawCell(cellval, cellstyle, pos, size)

    def _draw_plain(self, text: str, style: Any, pos: Any, size: Any) -> bool:
        """Write a string cell's lines as PDF text; False if reportlab must draw it instead."""
        canvas = self.canv
        if "\n" in text:
            lines = [
                _formatted(canvas, line, style.fontname, style.fontsize)
                for line in text.split("\n")
            ]
        else:  # most cells: one line
            lines = [_formatted(canvas, text, style.fontname, style.fontsize)]
        if None in lines:
            return False
        fill = canvas._fillColorObj
        if fill is not style.color and fill != style.color:  # comparing colours is slow
            canvas.setFillColor(style.color)
        self._curcellstyle = None  # the font changed: reportlab's own cells set theirs again
        colpos, rowpos = pos
        colwidth, rowheight = size
        y = rowpos + rowheight - style.topPadding - style.fontsize
        code = canvas._code
        for found in lines:
            assert found is not None
            operators, width = found
            if style.alignment == "LEFT":
                x = colpos + style.leftPadding
            else:
                x = colpos + colwidth - style.rightPadding - width
            code.append(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm {operators} ET")
            y -= style.leading
        return True
