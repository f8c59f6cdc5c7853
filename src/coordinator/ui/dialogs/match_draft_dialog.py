"""The Match all draft: review each proposed pair, accept or reject it, then apply them at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.services.matching import apply as match_apply
from coordinator.services.matching.apply import AppliedMatch
from coordinator.services.matching.suggest import MatchDraft, score_summary
from coordinator.services.programs import programs
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted
from coordinator.ui.models.match_draft_model import ACCEPT, WHY, MatchDraftModel
from coordinator.ui.service_reasons import said
from coordinator.ui.widgets.date_field import DateField, local_dates
from coordinator.ui.widgets.sizes import text_lines


class MatchDraftDialog(QDialog):
    """Space toggles the current pair; Apply writes the accepted pairs in one undoable batch."""

    def __init__(
        self,
        context: AppContext,
        year_id: int,
        draft: MatchDraft,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._year_id = year_id
        self.draft = draft
        self.applied: AppliedMatch | None = None
        self.setWindowTitle(self.tr("Match all: review the draft"))
        self.resize(900, 560)
        with context.db.reading() as session:
            year = programs.year_by_id(session, year_id)
            start = match_apply.default_start(year, today or dt.date.today())
            first, last, label = year.start_date, year.end_date, year.label

        self.summary = QLabel(self._summary_text())
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # names and "&" shown as they are
        self.summary.setWordWrap(True)
        self.model = MatchDraftModel(self)
        self.model.set_rows(draft.pairs)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Suggested matches"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        # Keep the solver's order until the coordinator clicks a header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.model.dataChanged.connect(lambda *_: self._update_apply())

        self.unmatched_label = QLabel(
            self.tr("No mentor for {count}:").format(
                count=counted(len(draft.unmatched), self.tr("mentee"), self.tr("mentees"))
            )
        )
        self.unmatched = QListWidget()
        for left in draft.unmatched:
            ident = f" ({left.mentee.employee_id})" if left.mentee.employee_id else ""
            self.unmatched.addItem(f"{left.mentee.name}{ident}: {local_dates(said(left.reason))}")
        self.unmatched.setMaximumHeight(text_lines(self.unmatched, 8))
        self.unmatched_label.setVisible(bool(draft.unmatched))
        self.unmatched.setVisible(bool(draft.unmatched))

        # What is typed stays: a day outside the program year is refused, never moved into it.
        self.start = DateField(start, label=self.tr("Start date"))
        self.start.set_range(first, last, self.tr("the program year {label}").format(label=label))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.hide()

        self.accept_all = QPushButton(self.tr("Accept &all"))
        self.reject_all = QPushButton(self.tr("&Reject all"))
        self.accept_all.clicked.connect(lambda: self.model.set_all(True))
        self.reject_all.clicked.connect(lambda: self.model.set_all(False))
        for button in (self.accept_all, self.reject_all):
            button.setAutoDefault(False)  # Enter applies, also after typing the start date
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        starts = QHBoxLayout()
        starts_label = QLabel(self.tr("Assignments &start on:"))
        starts_label.setBuddy(self.start)
        starts.addWidget(starts_label)
        starts.addWidget(self.start)
        starts.addStretch(1)
        starts.addWidget(self.accept_all)
        starts.addWidget(self.reject_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmatched_label)
        layout.addWidget(self.unmatched)
        layout.addLayout(starts)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_apply()
        # Only once the button is inside the dialog does the dialog keep it as its default.
        self.apply_button.setDefault(True)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, ACCEPT))
        self.table.setFocus()

    def _summary_text(self) -> str:
        return self.tr(
            "{summary} Each row says why. Uncheck a pair (Space) to leave that mentee unassigned."
        ).format(summary=said(score_summary(self.draft)))

    def _update_apply(self) -> None:
        count = len(self.model.accepted_mentee_ids())
        self.apply_button.setText(
            self.tr("Apply {count}").format(count=counted(count, self.tr("pair"), self.tr("pairs")))
        )
        self.apply_button.setEnabled(count > 0)

    def accept(self) -> None:
        accepted = self.model.accepted_mentee_ids()
        day = self.start.date()
        if day is None:
            self.error.setText(self.start.problem() or self.tr("Type the start date."))
            self.error.show()
            self.start.setFocus()
            return
        try:
            with self._context.db.transaction() as session:
                year = programs.year_by_id(session, self._year_id)
                self.applied = match_apply.apply_draft(
                    session, year, self.draft, accepted=accepted, start=day
                )
        except CoordinatorError as exc:
            self.error.setText(local_dates(str(exc)))
            self.error.show()
            return
        self._context.notify("assignments")
        super().accept()
