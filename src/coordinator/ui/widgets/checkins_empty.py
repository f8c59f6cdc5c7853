"""What the Check-ins page shows instead of an empty table: how to fill it, with the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

NOTHING_LOGGED = QT_TRANSLATE_NOOP(
    "CheckinsEmptyState",
    "No check-ins in {year} yet. Log one with New check-in (Ctrl+N), or import a mentor's "
    "returned workbook or a survey-form export with Import check-ins.",
)
NOTHING_MATCHES = QT_TRANSLATE_NOOP(
    "CheckinsEmptyState",
    "No check-in of {year} matches these filters. Change them, or clear them to see all "
    "{count} check-ins.",
)


class CheckinsEmptyState(QWidget):
    """A sentence and the buttons that act on it; the page connects the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("New check-in"))
        self.import_button = QPushButton(self.tr("Import check-ins..."))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.import_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def nothing_logged(self, year: str) -> None:
        self.message.setText(self.tr(NOTHING_LOGGED).format(year=year))
        self.clear_button.hide()
        self.new_button.show()
        self.import_button.show()

    def nothing_matches(self, year: str, in_year: int) -> None:
        self.message.setText(self.tr(NOTHING_MATCHES).format(year=year, count=f"{in_year:,}"))
        self.clear_button.show()
        self.new_button.hide()
        self.import_button.hide()
