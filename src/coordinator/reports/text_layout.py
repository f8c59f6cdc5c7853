"""One line of text in any script, as the PDF draws it: font runs, bidi order, HarfBuzz shaping.

A line is split into runs of characters that share a font (font_faces.font_for) and a bidi
embedding level (the Unicode bidi algorithm, python-bidi); the runs are put in visual order
(rule L2) and each is shaped by HarfBuzz in its direction, so Arabic letters join, Devanagari
and Bengali conjuncts and vowel signs form, Thai marks stack, and a right-to-left name reads
right to left. Shaped runs are reportlab `ShapedStr`s: reportlab embeds (and subsets) exactly
the glyphs HarfBuzz chose and places them at HarfBuzz's offsets.

A text DejaVu prints plainly (font_faces.needs_layout is False) skips all of this: one run.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Any

import uharfbuzz
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas

from coordinator.reports.font_faces import (
    BOLD,
    MISSING,
    REGULAR,
    covered,
    font,
    font_for,
    is_joiner,
    needs_layout,
    needs_right_to_left,
)

# no Latin "ff"/"fi" ligatures: a name copied out of the PDF must read as typed (the joining
# and conjunct forms of Arabic and Indic scripts are required features, always on)
_FEATURES = {"kern": True, "liga": False}
_SKIN_TONES = frozenset(chr(code) for code in range(0x1F3FB, 0x1F400))
FAKE_BOLD_STROKE = 0.035  # of the font size: a regular-weight fallback run set in bold text


@dataclass(frozen=True)
class Run:
    """One visual run: text in `font` (a ShapedStr once shaped) and its advance in 1/1000 em."""

    font: str
    text: str
    advance: float
    fake_bold: bool = False
    actual: str | None = None  # the characters a glyph-only run stands for, for copy and search

    def width(self, size: float) -> float:
        return self.advance * size / 1000


def _fonts(text: str, main: str) -> tuple[str, list[str]]:
    """Each character's font (marks and joiners follow the character before them); characters
    no font has become MISSING in the main font. Emoji skin tones after an emoji are left
    out: the shipped emoji are black and white, a tone would print as a square beside it."""
    chars: list[str] = []
    fonts: list[str] = []
    for ch in text:
        if fonts and ch in _SKIN_TONES:
            continue
        if fonts and (ch.isspace() or is_joiner(ch)):
            before = fonts[-1]
            if ord(ch) in covered(before) or (is_joiner(ch) and _ignorable(ch)):
                chars.append(ch)
                fonts.append(before)  # HarfBuzz hides an ignorable joiner the font lacks
                continue
        name = font_for(ch, main)
        if name is None:
            ch, name = MISSING, main
        chars.append(ch)
        fonts.append(name)
    return "".join(chars), fonts


def _ignorable(ch: str) -> bool:
    """A default-ignorable joiner or selector (HarfBuzz draws nothing for it)."""
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F or ord(ch) >= 0xE0000


def _levels(text: str) -> list[int]:
    """The bidi embedding level of each character in a left-to-right line (all 0 unless it
    holds right-to-left letters or Arabic digits)."""
    if not needs_right_to_left(text):
        return [0] * len(text)
    storage = bidi_algorithm.get_empty_storage()
    # Reports are written in English: every line reads left to right, and a right-to-left name
    # in it is a run of its own (so "محمد عبد الله — Lincoln Elementary" keeps the campus
    # after the name, where its first strong letter would make the whole line right to left).
    base = 0
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    out: list[int] = []
    for level in levels:  # characters X9 removed (format controls) keep their neighbour's level
        out.append(level if level is not None else (out[-1] if out else base))
    # L1: white space at the end of the line takes the paragraph level
    i = len(text) - 1
    while i >= 0 and text[i].isspace():
        out[i] = base
        i -= 1
    return out


def _visual_order(levels: list[int]) -> list[int]:
    """Indexes of runs (with these levels) in visual order: rule L2 of the bidi algorithm."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


@functools.cache
def _hb_font(name: str) -> Any:
    return font(name).hbFont(1000)


def _shape(text: str, name: str, right_to_left: bool) -> tuple[str, float]:
    """HarfBuzz shapes `text` in font `name`; the glyphs (in visual order) as a ShapedStr."""
    ttf = font(name)
    hb_font = _hb_font(name)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.direction = "rtl" if right_to_left else "ltr"
    buf.guess_segment_properties()
    uharfbuzz.shape(hb_font, buf, _FEATURES)
    chars: list[str] = []
    data = []
    advance = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        known = ttf.face.glyphToChar.get(gid)
        typed = ord(text[info.cluster])
        if ttf.face.charToGlyph.get(typed) == gid:
            code = typed  # the glyph of the character as typed (not U+0000 sharing a space)
        elif known:
            code = max(known) if known[0] < 0x20 else known[0]
        else:
            code = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, 0)
        x_advance = ttf.pdfScale(pos.x_advance)
        if not known:  # a glyph with no character of its own (a ligature, a joined form)
            ttf.face.charWidths[code] = x_advance
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                ttf.pdfScale(pos.y_advance),
                ttf.pdfScale(pos.x_offset),
                ttf.pdfScale(pos.y_offset),
                ttf.face.charWidths.get(code, x_advance),
            )
        )
        advance += x_advance
    return ShapedStr("".join(chars), shapeData=data), advance


@functools.lru_cache(maxsize=32_768)
def layout(text: str, main: str = REGULAR) -> tuple[Run, ...]:
    """The runs that draw `text` (one line) set in `main`, left to right as they appear."""
    if not needs_layout(text):
        return (Run(main, text, pdfmetrics.stringWidth(text, main, 1000)),)
    text = unicodedata.normalize("NFC", text)
    text, fonts = _fonts(text, main)
    levels = _levels(text)
    spans: list[tuple[int, int]] = []  # [start, end) of each run in logical order
    for i in range(len(text)):
        first = spans[-1][0] if spans else 0
        # left to right, each word is a run of its own: its text (below) stays one word
        word = levels[i] % 2 == 1 or (text[i] != " " and text[i - 1] != " ")
        if spans and fonts[i] == fonts[first] and levels[i] == levels[first] and word:
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    runs = []
    for k in _visual_order([levels[start] for start, _ in spans]):
        start, end = spans[k]
        name = fonts[start]
        right_to_left = levels[start] % 2 == 1
        shaped, advance = _shape(text[start:end], name, right_to_left)
        # A conjunct or ligature glyph has no character of its own (reportlab gives it a
        # private-use one), a vowel sign may be drawn before its consonant, and reportlab's
        # character map cannot name a character past U+FFFF (emoji): a left-to-right run whose
        # glyphs do not read as its text also carries the text, for copy and search.
        segment = text[start:end]
        astral = any(ord(ch) > 0xFFFF for ch in segment)
        reads = str(shaped) == segment and not astral
        actual = None if right_to_left or reads else segment
        runs.append(Run(name, shaped, advance, main == BOLD and name != BOLD, actual))
    return tuple(runs)


def string_width(text: str, main: str, size: float) -> float:
    """The width of one line of `text` set in `main` at `size` points."""
    return sum(run.advance for run in layout(text, main)) * size / 1000


def draw_runs(canvas: Canvas, x: float, y: float, runs: tuple[Run, ...], size: float) -> None:
    """Draw laid-out runs from x along the baseline y in the canvas's fill colour, as one PDF
    text object (so a text extractor reads the line as one)."""
    text = canvas.beginText(x, y)
    heavy = False
    stroke = None
    for run in runs:
        text.setFont(run.font, size)
        if run.fake_bold != heavy:
            heavy = run.fake_bold
            if heavy:  # fill and stroke: a regular-weight font drawn heavier
                if stroke is None:
                    stroke = canvas._strokeColorObj
                    canvas.setStrokeColor(canvas._fillColorObj)
                text._code.append(f"{size * FAKE_BOLD_STROKE:.3f} w")
            text.setTextRenderMode(2 if heavy else 0)
        if run.actual is not None:  # a marked span whose ActualText extractors read instead
            code = run.actual.encode("utf-16-be").hex().upper()
            text._code.append(f"/Span <</ActualText <FEFF{code}>>> BDC")
            text.textOut(run.text)
            text._code.append("EMC")
        else:
            text.textOut(run.text)
    if heavy:
        text.setTextRenderMode(0)
    text._code.append("T*")  # ends the line, as canvas.drawString does: extractors see a line
    canvas.drawText(text)
    if stroke is not None:
        canvas.setStrokeColor(stroke)
        canvas.setLineWidth(canvas._lineWidth)


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, main: str, size: float, align: str = "left"
) -> None:
    """Draw one line on a canvas; `align` is left, centre or right of x."""
    runs = layout(text, main)
    width = sum(run.advance for run in runs) * size / 1000
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    draw_runs(canvas, x, y, runs, size)


def fit(text: str, main: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis if it is wider than `width` (for one-line headers)."""
    if len(text) * size <= width or string_width(text, main, size) <= width:
        return text
    while text and string_width(text + "…", main, size) > width:
        text = text[:-1]
        while text and is_joiner(text[-1]):  # never leave a mark without its letter
            text = text[:-1]
    return text + "…"
