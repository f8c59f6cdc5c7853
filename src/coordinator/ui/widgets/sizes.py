"""Read-only text boxes and sizes in lines of the widget's own font: what the keyboard and a
larger system font need."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QWidget

FRAME_AND_MARGINS = 10  # a text box's frame and document margins, top and bottom, in pixels


def text_lines(widget: QWidget, lines: float) -> int:
    """The height of `lines` lines of text in the widget, with its frame."""
    return round(lines * widget.fontMetrics().lineSpacing()) + FRAME_AND_MARGINS


def text_chars(widget: QWidget, chars: float) -> int:
    """The width of `chars` average characters of the widget's font."""
    return round(chars * widget.fontMetrics().averageCharWidth())


def readable_by_keyboard(box: QPlainTextEdit | QTextBrowser) -> None:
    """A read-only text box shows a caret when it has the focus, and its text can be selected
    and copied with the keys (Shift+arrows, Ctrl+C); without this the focus is invisible in it."""
    flags = (
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    if isinstance(box, QTextBrowser):
        flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse
        flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    box.setTextInteractionFlags(flags)
