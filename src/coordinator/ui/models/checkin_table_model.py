"""The Check-ins page's table: one line per check-in (a group meeting is one line)."""

from __future__ import annotations

from coordinator.db.models import CHECKIN_KIND_LABELS
from coordinator.services.checkins.listing import CheckinRow
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.widgets.date_field import format_date, format_day

DATE, MENTOR, KIND, MINUTES, MENTEES, TOPICS, FOLLOW_UP, SOURCE = range(8)

COLUMNS: list[Column[CheckinRow]] = [
    Column("Date", lambda r: format_date(r.occurred_on), lambda r: (r.occurred_on, r.id)),
    Column("Mentor", lambda r: r.mentor),
    Column("Kind", lambda r: CHECKIN_KIND_LABELS[r.kind]),
    Column("Minutes", lambda r: str(r.minutes), lambda r: r.minutes, align_right=True),
    Column("Mentees", lambda r: r.attendees, lambda r: (r.invited, r.attendees.lower())),
    Column("Topics", lambda r: r.topics, tooltip=lambda r: r.topics),
    Column(
        "Follow-up",
        lambda r: format_day(r.follow_up_on),
        lambda r: r.follow_up_on.isoformat() if r.follow_up_on else "",
    ),
    Column("Source", lambda r: r.source),
]


class CheckinTableModel(RowsModel[CheckinRow]):
    COLUMNS = COLUMNS

    def row_id(self, row: CheckinRow) -> int:
        return row.id
