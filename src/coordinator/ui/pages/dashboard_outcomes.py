"""The Dashboard's Outcomes line: who came back, once a roster dated after the year exists.

Beside the page's title it says how many mentees still work in the district; its button opens
the charts, and the same figures as a table one key away (ui/dialogs/outcomes_dialog.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from coordinator.progress import Progress
from coordinator.ui.context import AppContext
from coordinator.ui.figures import local_figure
from coordinator.ui.widgets.date_field import format_date
from coordinator.ui.workers import Worker

if TYPE_CHECKING:  # the outcomes' services are imported when a year is first looked at
    from coordinator.services.outcomes.summary import OutcomesSummary


def headline(summary: OutcomesSummary) -> str:
    tally = summary.mentees.tally
    on = format_date(summary.as_of)
    if not summary.mentees.shown:
        return QCoreApplication.translate(
            "OutcomesPanel", "Outcomes on {on}: mentees {hidden}, too few to show."
        ).format(on=on, hidden=summary.hidden)
    if tally.kept_percent is None:
        return QCoreApplication.translate(
            "OutcomesPanel", "Outcomes on {on}: no mentee's outcome is known yet."
        ).format(on=on)
    return QCoreApplication.translate(
        "OutcomesPanel",
        "Outcomes on {on}: {percent}% of {total} mentees still work in the district; {left} left.",
    ).format(
        on=on,
        percent=tally.kept_percent,
        total=local_figure(tally.total),
        left=local_figure(tally.left),
    )


class OutcomesPanel(QWidget):
    """Hidden until a roster dated after the program year has been imported."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._worker: Worker | None = None
        self._again: int | None = None
        self.summary: OutcomesSummary | None = None
        self.last_dialog: QDialog | None = None
        self.figure = QLabel()
        self.figure.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPushButton(self.tr("Outcome charts and table…"))
        self.details.setAccessibleName(self.tr("Outcome charts and table"))

        self.details.clicked.connect(self.open_details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.figure)
        layout.addWidget(self.details)
        self.setVisible(False)

    def refresh(self, program_year_id: int | None) -> None:
        if program_year_id is None:
            self.setVisible(False)
            return
        if self._worker is not None:
            self._again = program_year_id
            return
        db = self._context.db

        from coordinator.services.outcomes.summary import build_outcomes

        def work(_progress: Progress) -> OutcomesSummary:
            with db.reading() as session:
                return build_outcomes(session, program_year_id)

        worker = Worker(work, self)
        worker.succeeded.connect(self._show)
        worker.failed.connect(self.figure.setText)
        worker.finished.connect(self._done)
        self._worker = worker
        worker.start()

    def wait(self) -> None:
        """Block until a running refresh has finished (closing, tests)."""
        while (worker := self._worker) is not None:
            worker.wait()
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()

    def open_details(self) -> None:
        if self.summary is None:
            return
        from coordinator.ui.dialogs.outcomes_dialog import OutcomesDialog  # when opened

        dialog = OutcomesDialog(self.summary, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _show(self, summary: OutcomesSummary) -> None:
        self.summary = summary
        if summary.roster is not None:
            self.figure.setText(headline(summary))
        self.setVisible(summary.roster is not None)
        self.loaded.emit()

    def _done(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()
        again, self._again = self._again, None
        if again is not None:
            self.refresh(again)
