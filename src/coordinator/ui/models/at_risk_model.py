"""The dashboard's at-risk table: mentees not on track, with the reasons and their numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.services.compliance.dashboard import AtRiskRow
from coordinator.services.compliance.evaluate import ComplianceState
from coordinator.services.shared.phrase import Joined
from coordinator.ui.figures import local_hours
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_reasons import said
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_day

NAME, MENTOR, STATE, HOURS, LAST_CONTACT, REASONS = range(6)
SEVERITY = {ComplianceState.OUT_OF_COMPLIANCE: 0, ComplianceState.AT_RISK: 1}


def reasons_of(row: AtRiskRow) -> tuple[str, ...]:
    """The row's reasons one by one (the tooltip's lines)."""
    reasons = row.reasons
    return reasons.parts if isinstance(reasons, Joined) else tuple(reasons.split("; "))


COLUMNS: list[Column[AtRiskRow]] = [
    Column(QT_TRANSLATE_NOOP("AtRiskTableModel", "Mentee"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("AtRiskTableModel", "Mentor"), lambda r: said(r.mentor)),
    Column(
        QT_TRANSLATE_NOOP("AtRiskTableModel", "State"),
        lambda r: shown(r.state_word),
        lambda r: (SEVERITY.get(r.state, 2), r.name),
    ),
    Column(
        QT_TRANSLATE_NOOP("AtRiskTableModel", "Hours this year"),
        lambda r: local_hours(r.minutes_this_year),
        lambda r: r.minutes_this_year,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("AtRiskTableModel", "Last contact"),
        lambda r: format_day(
            r.last_contact, QCoreApplication.translate("AtRiskTableModel", "never")
        ),
        lambda r: r.last_contact.isoformat() if r.last_contact else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("AtRiskTableModel", "Reasons"),
        lambda r: said(r.reasons),
        tooltip=lambda r: "\n".join(said(part) for part in reasons_of(r)),
    ),
]


class AtRiskTableModel(RowsModel[AtRiskRow]):
    COLUMNS = COLUMNS

    def row_id(self, row: AtRiskRow) -> int:
        return row.person_id
