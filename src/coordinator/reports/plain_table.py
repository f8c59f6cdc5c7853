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

import functools
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Table

_CACHE_ATTRIBUTE = "_coordinator_plain_text"


def _text_cache(canvas: Any) -> dict[tuple[str, str, float], str | None]:
    """The formatted strings of one PDF document (font subsets are numbered per document)."""
    doc = canvas._doc
    cache: dict[tuple[str, str, float], str | None] | None = getattr(doc, _CACHE_ATTRIBUTE, None)
    if cache is None:
        cache = {}
        setattr(doc, _CACHE_ATTRIBUTE, cache)
    return cache


def _formatted(
    canvas: Any,
    cache: dict[tuple[str, str, float], str | None],
    text: str,
    font_name: str,
    size: float,
) -> str | None:
    """The PDF operators that show `text` (after its position); None for a font this fast
    path does not handle (reportlab's built-in Type 1 fonts)."""
    key = (text, font_name, size)
    try:
        return cache[key]
    except KeyError:
        pass
    font = pdfmetrics.getFont(font_name)
    if not getattr(font, "_dynamicFont", False):
        cache[key] = None
        return None
    doc = canvas._doc
    parts = []
    for subset, chunk in font.splitString(text, doc):
        name = font.getSubsetInternalName(subset, doc)
        parts.append(f"{name} {size:g} Tf ({canvas._escape(chunk)}) Tj")
    found = " ".join(parts)
    cache[key] = found
    return found


@functools.lru_cache(maxsize=65_536)
def _width(text: str, font_name: str, size: float) -> float:
    """A string's width, measured only for a right-aligned cell (a left one needs none)."""
    return float(pdfmetrics.getFont(font_name).stringWidth(text, size))


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
        cache = _text_cache(canvas)
        font, font_size = style.fontname, style.fontsize
        texts = text.split("\n") if "\n" in text else (text,)
        lines = [_formatted(canvas, cache, line, font, font_size) for line in texts]
        if None in lines:
            return False
        fill = canvas._fillColorObj
        if fill is not style.color and fill != style.color:  # comparing colours is slow
            canvas.setFillColor(style.color)
        self._curcellstyle = None  # the font changed: reportlab's own cells set theirs again
        colpos, rowpos = pos
        colwidth, rowheight = size
        y = rowpos + rowheight - style.topPadding - font_size
        code = canvas._code
        left = style.alignment == "LEFT"
        for line, operators in zip(texts, lines, strict=True):
            if left:
                x = colpos + style.leftPadding
            else:
                x = colpos + colwidth - style.rightPadding - _width(line, font, font_size)
            code.append(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm {operators} ET")
            y -= style.leading
        return True
