"""The mentee timeline's table: each check-in the mentee was part of, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.db.models import CHECKIN_KIND_LABELS
from coordinator.services.checkins.timeline import TimelineEntry
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_date

DATE, KIND, MINUTES, ATTENDED, MENTOR, TOPICS, NEXT_STEPS = range(7)


def _attended(e: TimelineEntry) -> str:
    if not e.present:
        return QCoreApplication.translate("TimelineTableModel", "absent")
    if e.group_size == 1:
        return QCoreApplication.translate("TimelineTableModel", "yes")
    return QCoreApplication.translate("TimelineTableModel", "yes (group of {n})").format(
        n=e.group_size
    )


COLUMNS: list[Column[TimelineEntry]] = [
    Column(
        QT_TRANSLATE_NOOP("TimelineTableModel", "Date"),
        lambda e: format_date(e.occurred_on),
        lambda e: (e.occurred_on, e.checkin_id),
    ),
    Column(
        QT_TRANSLATE_NOOP("TimelineTableModel", "Kind"),
        lambda e: shown(CHECKIN_KIND_LABELS[e.kind]),
    ),
    Column(
        QT_TRANSLATE_NOOP("TimelineTableModel", "Minutes"),
        lambda e: str(e.minutes),
        lambda e: e.minutes,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("TimelineTableModel", "Attended"), _attended),
    Column(QT_TRANSLATE_NOOP("TimelineTableModel", "Mentor"), lambda e: e.mentor),
    Column(
        QT_TRANSLATE_NOOP("TimelineTableModel", "Topics"),
        lambda e: "; ".join(e.topics),
        tooltip=lambda e: "\n".join(e.topics),
    ),
    Column(
        QT_TRANSLATE_NOOP("TimelineTableModel", "Next steps"),
        lambda e: e.next_steps,
        tooltip=lambda e: e.next_steps,
    ),
]


class TimelineTableModel(RowsModel[TimelineEntry]):
    COLUMNS = COLUMNS

    def row_id(self, row: TimelineEntry) -> int:
        return row.checkin_id
