"""A mentee's check-in timeline for the chosen program year, opened from the People page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from coordinator.ui.context import AppContext
from coordinator.ui.widgets.mentee_timeline import MenteeTimelineWidget


class MenteeTimelineDialog(QDialog):
    """Hours per semester against the target, topics covered, mentors and every check-in."""

    def __init__(
        self,
        context: AppContext,
        program_year_id: int,
        mentee_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in timeline"))
        self.timeline = MenteeTimelineWidget(context, self)
        self.timeline.show_mentee(program_year_id, mentee_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(buttons)
        self.resize(960, 620)
