"""The audit table: every change with who, when, what, and the values before and after."""

from __future__ import annotations

from coordinator.services.audit_view import AuditLine
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.widgets.date_field import format_moment, local_dates

WHEN, WHO, WHAT, PERSON, BEFORE, AFTER = range(6)


def _what(line: AuditLine) -> str:
    what = f"{line.what} (in {line.batch})" if line.batch else line.what
    return local_dates(what)  # "Changed a check-in of 2026-01-15" as the window writes dates


class AuditModel(RowsModel[AuditLine]):
    """Rows are `AuditLine`s, newest first."""

    COLUMNS = (
        Column("When", lambda a: format_moment(a.at), lambda a: a.at),
        Column("Who", lambda a: a.actor),
        Column("What", _what),
        Column("Person", lambda a: a.person_name or ""),
        Column("Before", lambda a: local_dates(a.before)),
        Column("After", lambda a: local_dates(a.after)),
    )

    def row_id(self, row: AuditLine) -> int:
        return row.id
