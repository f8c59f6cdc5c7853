"""The filter field above a list: type words to narrow it (tools.word_search), Escape clears it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit


def filter_box(placeholder: str, changed: Callable[[str], object]) -> QLineEdit:
    """A line edit that calls `changed(text)` on every keystroke; Escape empties it."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(placeholder)  # a screen reader says what the box filters
    edit.setClearButtonEnabled(True)
    edit.setToolTip(
        QCoreApplication.translate(
            "FilterBox", "Type any words of a name, campus or ID; accents and case do not matter"
        )
    )
    edit.textChanged.connect(changed)
    clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), edit)
    clear.setContext(Qt.ShortcutContext.WidgetShortcut)
    clear.setWhatsThis(QCoreApplication.translate("FilterBox", "Clear the filter"))
    clear.activated.connect(edit.clear)
    return edit
