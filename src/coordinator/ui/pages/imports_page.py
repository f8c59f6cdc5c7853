"""The Imports page: every roster import (when, file, counts, status), a new import, and Undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.importing.roster.batches import BatchSummary, list_batches
from coordinator.importing.roster.undo import UndoResult, undo_batch
from coordinator.progress import Progress
from coordinator.services.duplicates.queue import REVIEW_FILE_NAME
from coordinator.ui.context import AppContext
from coordinator.ui.figures import local_figure
from coordinator.ui.models.import_models import BatchesModel
from coordinator.ui.widgets.confirm_box import ask_before
from coordinator.ui.widgets.duplicate_review import DuplicateReview
from coordinator.ui.widgets.status_line import StatusLine
from coordinator.ui.workers import Worker, run_with_progress
from coordinator.ui.writer_guard import writer_guard

SHOWN_KINDS = ("imports", "people")


class ImportsPage(QWidget):
    """Lists import batches; starts the import wizard; undoes a batch after confirmation."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.worker: Worker | None = None
        self.confirm_box: QMessageBox | None = None
        self.wizard: Any = None
        self.model = BatchesModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Imports"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.import_button = QPushButton(self.tr("&Import roster..."))
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.import_button.clicked.connect(self.open_wizard)
        self.undo_button = QPushButton(self.tr("&Undo import..."))
        self.undo_button.clicked.connect(self.ask_undo)
        writer_guard(context).hold(self.import_button, self.undo_button)
        self.status = StatusLine()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        title = QLabel(self.tr("<h2>Imports</h2>"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.review = DuplicateReview(context, self)
        layout.addWidget(self.review, 2)
        context.data_changed.connect(self._data_changed)
        context.database_changed.connect(self.refresh)
        context.program_year_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: Any) -> None:
        with self.context.db.reading() as session:
            batches = list_batches(session)
        self.model.set_rows(batches)
        self.table.resizeColumnsToContents()
        self._update_buttons()
        self.review.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def selected_batch(self) -> BatchSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None  # None when nothing chosen

    def _update_buttons(self, *_args: Any) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch.can_undo and self.worker is None)

    def open_wizard(self) -> None:
        from coordinator.ui.dialogs.import_wizard import ImportWizard

        self.wizard = ImportWizard(self.context, self)
        self.wizard.finished.connect(lambda _code: self.refresh())
        self.wizard.open()

    def ask_undo(self) -> None:
        batch = self.selected_batch()
        if batch is None or not batch.can_undo:
            return
        what = (
            self.tr(
                "A merge is taken back (the merged person and their records return); a person "
                "Keep both added is removed. The pair is listed for review again."
            )
            if batch.file_name == REVIEW_FILE_NAME
            else self.tr(
                "People it added are removed (or archived if other records point to them) and "
                "every field it changed goes back to its earlier value."
            )
        )
        self.confirm_box = ask_before(
            self,
            self.tr("Undo import"),
            self.tr("Undo import {batch} ({file})?").format(batch=batch.id, file=batch.file_name)
            + f"\n\n{what}",
            self.tr("&Undo import"),
            lambda yes: self._confirmed(batch.id, yes),
        )

    def _confirmed(self, batch_id: int, yes: bool) -> None:
        self.confirm_box = None
        if not yes:
            return
        self.undo(batch_id)

    def undo(self, batch_id: int) -> None:
        db = self.context.db

        def work(progress: Progress) -> UndoResult:
            return undo_batch(db, batch_id, progress)

        self.status.setText("")
        self.worker = run_with_progress(
            self, self.tr("Undoing the import..."), work, self._undone, self._failed
        )
        self.worker.finished.connect(self._worker_done)
        self._update_buttons()

    def _worker_done(self) -> None:
        self.worker = None
        self._update_buttons()

    def _undone(self, result: UndoResult) -> None:
        text = self.tr(
            "Import {batch} undone: {restored} restored, {removed} removed, {archived} archived."
        ).format(
            batch=result.batch_id,
            restored=local_figure(result.restored),
            removed=local_figure(result.removed),
            archived=local_figure(result.archived),
        )
        if result.message:  # a merge or keep-both from the duplicate review
            text = f"{result.message}."
        elif result.edited_since:
            text += self.tr(
                " {edited} of them had been edited since the import; those edits were kept."
            ).format(edited=local_figure(result.edited_since))
        self.status.setText(text)
        self.context.notify("people")
        self.context.notify("imports")

    def _failed(self, message: str) -> None:
        self.status.setText(message)
