"""Asking before an action that changes what was saved: the question, with Cancel as the default.

Enter or Esc leaves everything as it was; only the button named for the action (not a bare
"Yes") goes ahead. The box is window-modal and returns at once: `answered` is told True for the
action, False for Cancel, when the coordinator chooses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_before(
    parent: QWidget, title: str, question: str, action: str, answered: Callable[[bool], None]
) -> QMessageBox:
    """Open the question on `parent`; `action` ("&Undo import") is the button that goes ahead."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(action)
    box.finished.connect(lambda code: answered(code == QMessageBox.StandardButton.Yes))
    box.open()
    return box
