"""A paragraph of plain text in any script: wrapped at spaces, each line laid out by text_layout.

reportlab's Paragraph draws one font per run and neither reorders right-to-left text nor shapes
it, so a text that needs more than DejaVu (font_faces.needs_layout) is set by this flowable:
the same style (font, size, leading, colour, alignment, spacing, keep-with-next) as a Paragraph.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from coordinator.reports.font_faces import is_joiner
from coordinator.reports.text_layout import draw_runs, layout, string_width


def _break_word(word: str, font: str, size: float, avail: float) -> list[str]:
    """A word too wide for a line, cut into pieces that fit (never before a mark)."""
    pieces: list[str] = []
    while len(word) > 1 and string_width(word, font, size) > avail:
        cut = len(word) - 1
        while cut > 1 and (string_width(word[:cut], font, size) > avail or is_joiner(word[cut])):
            cut -= 1
        pieces.append(word[:cut])
        word = word[cut:]
    pieces.append(word)
    return pieces


def wrap_lines(text: str, font: str, size: float, avail: float) -> list[str]:
    """The lines `text` takes in a column `avail` points wide (breaking at spaces)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if string_width(paragraph, font, size) <= avail:
            lines.append(paragraph)
            continue
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if string_width(candidate, font, size) <= avail:
                line = candidate
                continue
            if line:
                lines.append(line)
            *whole, line = _break_word(word, font, size, avail)
            lines.extend(whole)
        lines.append(line)
    return lines


class ScriptParagraph(Flowable):  # type: ignore[misc]
    """Plain text (not markup) in a paragraph style, drawn line by line in every script."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.lines = lines
        self._avail = 0.0

    def __repr__(self) -> str:  # reportlab prints flowables in its layout errors
        return f"ScriptParagraph({len(self.text)} characters)"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.lines is None or avail_width != self._avail:
            style = self.style
            usable = avail_width - style.leftIndent - style.rightIndent
            self.lines = wrap_lines(self.text, style.fontName, style.fontSize, max(usable, 1.0))
            self._avail = avail_width
        self.width = avail_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self.lines is not None
        fits = int(avail_height // self.style.leading)
        if fits < 1 or fits >= len(self.lines):
            return [] if fits < 1 else [self]
        first, rest = self.lines[:fits], self.lines[fits:]
        head = ScriptParagraph("\n".join(first), self.style, first)
        tail = ScriptParagraph("\n".join(rest), self.style, rest)
        head._avail = tail._avail = avail_width
        entry = getattr(self, "contents_entry", None)
        if entry is not None:  # a heading's contents entry stays with its first line
            head.contents_entry = entry
        return [head, tail]

    def draw(self) -> None:
        style = self.style
        canvas: Any = self.canv
        assert self.lines is not None
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize
        for line in self.lines:
            runs = layout(line, style.fontName)
            width = sum(run.advance for run in runs) * style.fontSize / 1000
            x = float(style.leftIndent)
            if style.alignment == TA_CENTER:
                x = (self.width - width) / 2
            elif style.alignment == TA_RIGHT:
                x = self.width - style.rightIndent - width
            draw_runs(canvas, x, y, runs, style.fontSize)
            y -= style.leading
        canvas.restoreState()
