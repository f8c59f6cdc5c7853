"""The choice a dialog offers when someone else saved the same record first: reload or overwrite.

It sits above the dialog's buttons, hidden until a save is refused as stale; the typed values stay
in the dialog until the coordinator chooses.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

RELOAD_TIP = QT_TRANSLATE_NOOP(
    "StaleEditBar", "Discard what you typed and show the record as it is saved now"
)
OVERWRITE_TIP = QT_TRANSLATE_NOOP(
    "StaleEditBar", "Save what you typed over the other change (the audit log records it)"
)


class StaleEditBar(QFrame):
    """ "Changed by someone else since you opened it: …" with Reload and Overwrite."""

    reload_chosen = Signal()
    overwrite_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("stale_edit")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(
            self.tr("Reload")
        )  # no Alt letter: its dialogs use them all
        self.reload_button.setToolTip(self.tr(RELOAD_TIP))
        self.overwrite_button = QPushButton(self.tr("Overwrite"))
        self.overwrite_button.setToolTip(self.tr(OVERWRITE_TIP))
        for button in (self.reload_button, self.overwrite_button):
            button.setAutoDefault(False)  # Enter must not choose for the coordinator
        self.reload_button.clicked.connect(self.reload_chosen)
        self.overwrite_button.clicked.connect(self.overwrite_chosen)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.overwrite_button)
        self.hide()

    def offer(self, message: str) -> None:
        """Show why the save was refused and wait for the coordinator's choice."""
        self.message.setText(message)
        self.show()
        self.reload_button.setFocus()
