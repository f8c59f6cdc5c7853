"""The line where a page or dialog says what just happened, told to a screen reader as it changes.

WCAG 2.1, 4.1.3 Status messages: "Assigned Ana Ruiz to Li Wei.", "Wrote funds.xlsx in …" appear
without taking the focus, so a screen-reader user would hear them only on reaching the line.
Each new text is also posted as a polite accessibility announcement (Qt 6.8's
QAccessibleAnnouncementEvent), which the platform's screen reader reads out when it is free.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget


def plain_words(text: str, shown_as: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a screen reader should say for a label's text: rich text without its markup.

    Rich or not is decided as the label decides it ("Minutes <= 0" is plain text)."""
    rich = shown_as == Qt.TextFormat.RichText or (
        shown_as == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        return QTextDocumentFragment.fromHtml(text).toPlainText().strip()
    return text.strip()


class StatusLine(QLabel):
    """A QLabel whose every new, non-empty text is announced; `announced` carries the words."""

    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        changed = text != self.text()
        super().setText(text)
        words = plain_words(text, self.textFormat())
        if not (changed and words):
            return
        event = QAccessibleAnnouncementEvent(self, words)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(words)
