"""A mentee's assignment history: every mentor they had, with dates and reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.services.cohorts.caseloads import AssignmentRecord
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_date, format_day

YEAR, MENTOR, START, END, ENDED_BECAUSE, OVERRIDE, MATCHED_BECAUSE = range(7)


class AssignmentHistoryModel(RowsModel[AssignmentRecord]):
    COLUMNS = (
        Column[AssignmentRecord](
            QT_TRANSLATE_NOOP("AssignmentHistoryModel", "Year"), lambda a: a.program_year
        ),
        Column[AssignmentRecord](
            QT_TRANSLATE_NOOP("AssignmentHistoryModel", "Mentor"), lambda a: a.mentor_name
        ),
        Column[AssignmentRecord](
            QT_TRANSLATE_NOOP("AssignmentHistoryModel", "From"),
            lambda a: format_date(a.start_date),
            lambda a: a.start_date,
        ),
        Column[AssignmentRecord](
            QT_TRANSLATE_NOOP("AssignmentHistoryModel", "Until"),
            lambda a: format_day(
                a.end_date, QCoreApplication.translate("AssignmentHistoryModel", "now")
            ),
            lambda a: a.end_date.isoformat() if a.end_date else "9999",
        ),
        Column[AssignmentRecord](
            QT_TRANSLATE_NOOP("AssignmentHistoryModel", "Ended because"),
            lambda a: a.end_reason or "",
        ),
        Column[AssignmentRecord](
            QT_TRANSLATE_NOOP("AssignmentHistoryModel", "Override"),
            lambda a: a.override_reason or "",
        ),
        Column[AssignmentRecord](
            QT_TRANSLATE_NOOP("AssignmentHistoryModel", "Matched because"),
            lambda a: a.match_reasons or "",
        ),
    )

    def row_id(self, row: AssignmentRecord) -> int:
        return row.id
