"""The Imports page's review of possible duplicates: pairs side by side, Merge or Keep both."""

from __future__ import annotations

from typing import Any

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

from coordinator.progress import Progress
from coordinator.services.duplicates.merge import ReviewResult, keep_both, merge_people
from coordinator.services.duplicates.queue import DuplicatePair, review_queue
from coordinator.ui.context import AppContext
from coordinator.ui.figures import local_figure
from coordinator.ui.models.duplicate_models import (
    ComparedFieldsModel,
    DuplicatePairsModel,
    compared_fields,
)
from coordinator.ui.widgets.confirm_box import ask_before
from coordinator.ui.widgets.status_line import StatusLine
from coordinator.ui.workers import Worker, run_with_progress
from coordinator.ui.writer_guard import writer_guard


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DuplicateReview(QWidget):
    """Rows imports held as possible duplicates, waiting for a decision after the wizard closed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.worker: Worker | None = None
        self.confirm_box: QMessageBox | None = None
        self.heading = QLabel()
        self.pairs_model = DuplicatePairsModel(self)
        self.pairs = _table(self.tr("Possible duplicates"))
        self.pairs.setModel(self.pairs_model)
        self.pairs.selectionModel().selectionChanged.connect(self._chosen)
        self.fields_model = ComparedFieldsModel(self)
        self.fields = _table(self.tr("The pair side by side"))
        self.fields.setModel(self.fields_model)
        self.merge_button = QPushButton(self.tr("&Merge into A..."))
        self.merge_button.setAccessibleName(self.tr("Merge B into A"))
        self.merge_button.clicked.connect(self.ask_merge)
        self.keep_button = QPushButton(self.tr("&Keep both"))
        self.keep_button.setAccessibleName(self.tr("Keep both: they are different people"))
        self.keep_button.clicked.connect(self.keep_both)
        writer_guard(context).hold(self.merge_button, self.keep_button)
        self.status = StatusLine()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Duplicate review result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(self.pairs, 3)
        side_by_side.addWidget(self.fields, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(side_by_side, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        with self.context.db.reading() as session:
            pairs = review_queue(session)
        self.pairs_model.set_rows(pairs)
        count = len(pairs)
        self.heading.setText(
            self.tr("<h3>Possible duplicates to review</h3>")
            + (
                self.tr(
                    "{n} held by imports, waiting for you: merge B into A when "
                    "they are the same person, or keep both."
                ).format(n=local_figure(count))
                if count
                else self.tr(
                    "None waiting: every possible duplicate an import held has been decided."
                )
            )
        )
        self.pairs.resizeColumnsToContents()
        self.pairs.setColumnWidth(1, min(self.pairs.columnWidth(1), 280))  # the rest in a tooltip
        if count:
            self.pairs.selectRow(0)
        self._chosen()

    def chosen_pair(self) -> DuplicatePair | None:
        rows = self.pairs.selectionModel().selectedRows()
        return self.pairs_model.row_at(rows[0].row()) if rows else None

    def _chosen(self, *_args: Any) -> None:
        pair = self.chosen_pair()
        self.fields_model.set_rows(compared_fields(pair) if pair else [])
        self.fields.resizeColumnsToContents()
        idle = pair is not None and self.worker is None
        self.keep_button.setEnabled(idle)
        self.merge_button.setEnabled(idle)
        if pair is not None:
            self.merge_button.setText(self.tr("&Merge into {kept}...").format(kept=pair.kept.name))
            self.merge_button.setAccessibleName(
                self.tr("Merge {other} into {kept}").format(
                    other=pair.other.name, kept=pair.kept.name
                )
            )
        else:
            self.merge_button.setText(self.tr("&Merge into A..."))

    def ask_merge(self) -> None:
        pair = self.chosen_pair()
        if pair is None:
            return
        if pair.other.in_database:
            what = self.tr(
                "Everything {other} ({other_key}) has — enrollments, "
                "assignments, check-ins, trainings, survey answers — moves to "
                "{kept} ({kept_key}), and {other_key} is archived."
            ).format(
                other=pair.other.name,
                other_key=pair.other.key,
                kept=pair.kept.name,
                kept_key=pair.kept.key,
            )
        else:
            what = self.tr(
                "Row {row} of {file} is taken as {kept} ({kept_key}); nobody is added."
            ).format(row=pair.row, file=pair.file_name, kept=pair.kept.name, kept_key=pair.kept.key)
        self.confirm_box = ask_before(
            self,
            self.tr("Merge possible duplicates"),
            what + "\n\n" + self.tr("You can undo it from the list of imports above."),
            self.tr("&Merge"),
            lambda yes: self._confirmed(pair, yes),
        )

    def _confirmed(self, pair: DuplicatePair, yes: bool) -> None:
        self.confirm_box = None
        if yes:
            self.merge(pair)

    def merge(self, pair: DuplicatePair) -> None:
        db = self.context.db

        def work(_progress: Progress) -> ReviewResult:
            return merge_people(db, pair.kept.key, pair.other.key)

        self._run("Merging...", work)

    def keep_both(self) -> None:
        pair = self.chosen_pair()
        if pair is None:
            return
        db = self.context.db

        def work(_progress: Progress) -> ReviewResult:
            return keep_both(db, pair.kept.key, pair.other.key)

        self._run(self.tr("Keeping both..."), work)

    def _run(self, label: str, work: Any) -> None:
        self.status.setText("")
        self.worker = run_with_progress(self, label, work, self._done, self._failed)
        self.worker.finished.connect(self._worker_done)
        self._chosen()

    def _worker_done(self) -> None:
        self.worker = None
        self._chosen()

    def _done(self, result: ReviewResult) -> None:
        self.status.setText(
            self.tr(
                "{done} To undo it, select import {batch} above and press Undo import..."
            ).format(done=result.done, batch=result.batch_id)
        )
        self.context.notify("people")
        self.context.notify("imports")

    def _failed(self, message: str) -> None:
        self.status.setText(message)
