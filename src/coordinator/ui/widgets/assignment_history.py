"""A mentee's assignment history (mentor, dates, why it ended) for the People detail pane."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.cohorts.caseloads import assignment_history
from coordinator.ui.context import AppContext
from coordinator.ui.models.assignment_history_model import AssignmentHistoryModel


class AssignmentHistoryWidget(QWidget):
    """Shows every assignment of one person as a mentee, oldest first; `set_person()` to change."""

    def __init__(
        self, context: AppContext, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person_id = person_id
        self.model = AssignmentHistoryModel(self)
        self.heading = QLabel(self.tr("Assignment history"))
        self.empty = QLabel(self.tr("Never assigned a mentor."))
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        context.data_changed.connect(self._data_changed)
        context.database_changed.connect(self.refresh)
        self.refresh()

    def set_person(self, person_id: int | None) -> None:
        self._person_id = person_id
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in ("assignments", "people"):
            self.refresh()

    def refresh(self) -> None:
        rows = []
        if self._person_id is not None:
            with self._context.db.reading() as session:
                rows = assignment_history(session, self._person_id)
        self.model.set_rows(rows)
        self.empty.setVisible(self._person_id is not None and not rows)
        self.table.setVisible(bool(rows))
