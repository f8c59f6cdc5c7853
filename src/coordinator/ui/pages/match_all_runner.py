"""Match all on the Cohorts page: the draft worked out in a worker, reviewed, applied, undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from coordinator.errors import CoordinatorError
from coordinator.services.matching import apply, suggest
from coordinator.services.matching.suggest import MatchDraft
from coordinator.services.programs import programs
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.match_draft_dialog import MatchDraftDialog
from coordinator.ui.figures import counted, local_figure
from coordinator.ui.widgets.date_field import local_dates
from coordinator.ui.workers import Worker, run_with_progress
from coordinator.ui.writer_guard import writer_guard


class MatchAllRunner(QObject):
    """The page's Match all… and Undo Match all buttons and what they start."""

    def __init__(self, context: AppContext, page: QWidget, status: QLabel) -> None:
        super().__init__(page)
        self._context = context
        self._page = page
        self._status = status
        self._worker: Worker | None = None
        self.draft_dialog: MatchDraftDialog | None = None
        self.last_batch: int | None = None
        self.match_button = QPushButton(self.tr("Match all…"))
        self.undo_button = QPushButton(self.tr("Undo Match all"))
        self.undo_button.hide()
        self.match_button.clicked.connect(self.match_all)
        self.undo_button.clicked.connect(self.undo_last_match)
        writer_guard(context).hold(self.match_button, self.undo_button)

    def forget_last(self) -> None:
        """Another year is shown: its Match all is not the one to undo."""
        self.last_batch = None
        self.undo_button.hide()

    def match_all(self) -> None:
        """Compute the Match all draft in a worker, then open it for review (Ctrl+M)."""
        year_id = self._context.program_year_id
        if year_id is None or not self.match_button.isEnabled():
            return
        db = self._context.db

        def work(progress: Any) -> MatchDraft:
            with db.reading() as session:
                return suggest.draft_match(
                    session, programs.year_by_id(session, year_id), progress=progress
                )

        self.match_button.setEnabled(False)
        text = self.tr("Matching every unassigned mentee…")
        self._worker = run_with_progress(self._page, text, work, self._ready, self._failed)

    def _ready(self, draft: MatchDraft) -> None:
        self.show_draft(draft)

    def _failed(self, message: str) -> None:
        self.match_button.setEnabled(True)
        QMessageBox.warning(self._page, "Coordinator", message)  # untranslated: the app's name

    def show_draft(self, draft: MatchDraft) -> MatchDraftDialog | None:
        year_id = self._context.program_year_id
        self.match_button.setEnabled(True)
        if year_id is None or draft.program_year_id != year_id:
            return None
        dialog = MatchDraftDialog(self._context, year_id, draft, self._page)
        dialog.accepted.connect(lambda: self._applied(dialog))
        self.draft_dialog = dialog
        dialog.open()
        return dialog

    def _applied(self, dialog: MatchDraftDialog) -> None:
        if dialog.applied is None:
            return
        self.last_batch = dialog.applied.batch_id
        count = len(dialog.applied.assignment_ids)
        self._status.setText(
            self.tr("Match all applied {assignments}.").format(
                assignments=counted(count, self.tr("assignment"), self.tr("assignments"))
            )
        )
        self.undo_button.show()

    def undo_last_match(self) -> None:
        if self.last_batch is None:
            return
        try:
            with self._context.db.transaction() as session:
                undone = apply.undo_match(session, self.last_batch)
        except CoordinatorError as exc:
            QMessageBox.warning(
                self._page,
                "Coordinator",  # untranslated: the app's name
                local_dates(str(exc)),
            )
            return
        self.forget_last()
        self._status.setText(
            self.tr("Undid Match all: {undone}.").format(undone=undone.words(local_figure))
        )

        self._context.notify("assignments")
