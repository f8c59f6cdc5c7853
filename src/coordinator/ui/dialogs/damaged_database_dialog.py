"""The dialog shown when the database opened is damaged: look read-only, or restore a backup."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.safety.open_checks import OpenAssessment
from coordinator.ui.widgets.sizes import readable_by_keyboard, text_lines


class DamagedChoice(enum.Enum):
    RESTORE = "restore"
    READ_ONLY = "read_only"
    QUIT = "quit"


class DamagedDatabaseDialog(QDialog):
    """Says what is wrong in words, shows SQLite's findings, and offers the newest good backup."""

    def __init__(self, assessment: OpenAssessment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.choice = DamagedChoice.QUIT
        layout = QVBoxLayout(self)
        self.message = QLabel(assessment.message)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        if assessment.problems:
            found = QLabel(self.tr("What the check found (for support):"))
            layout.addWidget(found)
            self.details = QPlainTextEdit("\n".join(assessment.problems))
            found.setBuddy(self.details)
            self.details.setReadOnly(True)
            readable_by_keyboard(self.details)
            self.details.setMaximumHeight(text_lines(self.details, 5.5))
            layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if assessment.can_restore:
            self.restore_button = buttons.addButton(
                self.tr("&Restore the backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.clicked.connect(lambda: self._choose(DamagedChoice.RESTORE))
            self.restore_button.setDefault(True)
        self.read_only_button: QPushButton | None = None
        if assessment.can_open:
            self.read_only_button = buttons.addButton(
                self.tr("&Open read-only"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.read_only_button.clicked.connect(lambda: self._choose(DamagedChoice.READ_ONLY))
        self.quit_button = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.clicked.connect(lambda: self._choose(DamagedChoice.QUIT))
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _choose(self, choice: DamagedChoice) -> None:
        self.choice = choice
        if choice is DamagedChoice.QUIT:
            self.reject()
        else:
            self.accept()
