"""Sizes in lines and characters of a widget's own font, so a larger system font gets room too."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FRAME_AND_MARGINS = 10  # a text box's frame and document margins, top and bottom, in pixels


def text_lines(widget: QWidget, lines: float) -> int:
    """The height of `lines` lines of text in the widget, with its frame."""
    return round(lines * widget.fontMetrics().lineSpacing()) + FRAME_AND_MARGINS


def text_chars(widget: QWidget, chars: float) -> int:
    """The width of `chars` average characters of the widget's font."""
    return round(chars * widget.fontMetrics().averageCharWidth())
