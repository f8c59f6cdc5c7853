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
        self.table.setAccessibleName("Imports")
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
        self.import_button = QPushButton("&Import roster...")
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.import_button.clicked.connect(self.open_wizard)
        self.undo_button = QPushButton("&Undo import...")
        self.undo_button.clicked.connect(self.ask_undo)
        writer_guard(context).hold(self.import_button, self.undo_button)
        self.status = StatusLine()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        title = QLabel("<h2>Imports</h2>")
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
            "A merge is taken back (the merged person and their records return); a person "
            "Keep both added is removed. The pair is listed for review again."
            if batch.file_name == REVIEW_FILE_NAME
            else "People it added are removed (or archived if other records point to them) and "
            "every field it changed goes back to its earlier value."
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Undo import",
            f"Undo import {batch.id} ({batch.file_name})?\n\n{what}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText("&Undo import")
        box.finished.connect(lambda code: self._confirmed(batch.id, code))
        self.confirm_box = box
        box.open()

    def _confirmed(self, batch_id: int, code: int) -> None:
        self.confirm_box = None
        if code != QMessageBox.StandardButton.Yes:
            return
        self.undo(batch_id)

    def undo(self, batch_id: int) -> None:
        db = self.context.db

        def work(progress: Progress) -> UndoResult:
            return undo_batch(db, batch_id, progress)

        self.status.setText("")
        self.worker = run_with_progress(
            self, "Undoing the import...", work, self._undone, self._failed
        )
        self.worker.finished.connect(self._worker_done)
        self._update_buttons()

    def _worker_done(self) -> None:
        self.worker = None
        self._update_buttons()

    def _undone(self, result: UndoResult) -> None:
        text = (
            f"Import {result.batch_id} undone: {local_figure(result.restored)} restored, "
            f"{local_figure(result.removed)} removed, {local_figure(result.archived)} archived."
        )
        if result.message:  # a merge or keep-both from the duplicate review
            text = f"{result.message}."
        elif result.edited_since:
            text += (
                f" {local_figure(result.edited_since)} of them had been edited since the "
                "import; those edits "
                "were kept."
            )
        self.status.setText(text)
        self.context.notify("people")
        self.context.notify("imports")

    def _failed(self, message: str) -> None:
        self.status.setText(message)
