"""The fonts every PDF embeds: DejaVu Sans, and a CJK fallback chosen per run of text.

DejaVu Sans covers Latin (Vietnamese, Turkish, ...), Greek, Cyrillic and more; Droid Sans Fallback
covers Chinese, Japanese and Korean but not Latin. A name such as "Nguyễn Zoë Şahin 李" is split
into runs and each run printed in the font that has its characters.
"""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from coordinator.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallback"
FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}


def _register(name: str) -> TTFont:
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        font = TTFont(name, str(resource("fonts", FONT_FILES[name])))
        pdfmetrics.registerFont(font)
    assert isinstance(font, TTFont)
    return font


@functools.cache
def register_fonts() -> None:
    """Register the main fonts once per process; the fallback loads only when a text needs it."""
    _register(REGULAR)
    _register(BOLD)
    for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)


@functools.cache
def _covered(name: str) -> frozenset[int]:
    return frozenset(_register(name).face.charToGlyph)


@functools.cache
def _fallback_ready() -> bool:
    _register(FALLBACK)
    addMapping(FALLBACK, 0, 0, FALLBACK)
    addMapping(FALLBACK, 1, 0, FALLBACK)
    addMapping(FALLBACK, 0, 1, FALLBACK)
    addMapping(FALLBACK, 1, 1, FALLBACK)
    return True


def needs_fallback(text: str) -> bool:
    """True when some character of `text` is missing from DejaVu Sans."""
    if text.isascii():
        return False
    main = _covered(REGULAR)
    return any(ord(ch) not in main for ch in text if not ch.isspace())


def runs(text: str, main_font: str = REGULAR) -> list[tuple[str, str]]:
    """Split text into (font name, text) runs so every character has a font with its glyph."""
    if not needs_fallback(text):
        return [(main_font, text)]
    _fallback_ready()
    main = _covered(REGULAR)
    out: list[tuple[str, str]] = []
    for ch in text:
        font = main_font if ch.isspace() or ord(ch) in main else FALLBACK
        if out and (out[-1][0] == font or ch.isspace()):
            out[-1] = (out[-1][0], out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def markup(text: str) -> str:
    """Text escaped for reportlab paragraph markup, with fallback runs wrapped in <font>."""
    if not needs_fallback(text):
        return escape(text)
    return "".join(
        escape(part) if font == REGULAR else f'<font name="{font}">{escape(part)}</font>'
        for font, part in runs(text)
    )


def string_width(text: str, font: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(part, f, size) for f, part in runs(text, font)))


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw one line on a canvas run by run; `align` is left, centre or right of x."""
    parts = runs(text, font)
    width = sum(pdfmetrics.stringWidth(part, f, size) for f, part in parts)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    for f, part in parts:
        canvas.setFont(f, size)
        canvas.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, f, size)


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis if it is wider than `width` (for one-line headers)."""
    if len(text) * size <= width or string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
