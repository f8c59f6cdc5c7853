"""The Milestones dialog's table: one milestone for everyone it is about, where each one stands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.services.milestones.progress import MilestoneItem, MilestoneState
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_reasons import said
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_day, local_dates

WHO, SEMESTER, DUE, STATE, DETAIL = range(5)
URGENCY = {state: rank for rank, state in enumerate(MilestoneState)}  # overdue first

COLUMNS: list[Column[MilestoneItem]] = [
    Column(
        QT_TRANSLATE_NOOP("MilestoneTableModel", "Who"),
        lambda i: i.subject,
        lambda i: (i.sort_key, i.person_id or 0),
    ),
    Column(QT_TRANSLATE_NOOP("MilestoneTableModel", "Semester"), lambda i: i.semester or ""),
    Column(
        QT_TRANSLATE_NOOP("MilestoneTableModel", "Due"),
        lambda i: format_day(
            i.due_on, QCoreApplication.translate("MilestoneTableModel", "not dated yet")
        ),
        lambda i: i.due_on.isoformat() if i.due_on else "9999",
    ),
    Column(
        QT_TRANSLATE_NOOP("MilestoneTableModel", "State"),
        lambda i: shown(i.state.label),
        lambda i: (URGENCY[i.state], i.sort_key),
    ),
    Column(
        QT_TRANSLATE_NOOP("MilestoneTableModel", "Where it stands"),
        lambda i: local_dates(said(i.detail)),
    ),
]


class MilestoneTableModel(RowsModel[MilestoneItem]):
    COLUMNS = COLUMNS

    def row_id(self, row: MilestoneItem) -> int:
        # Unique within one milestone: a person or a campus, and a semester's instance of it.
        who = row.person_id if row.person_id is not None else -(row.campus_id or 0)
        return hash((who, row.semester))
