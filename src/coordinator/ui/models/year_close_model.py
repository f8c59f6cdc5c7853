"""The Close year dialog's table: each mentee's outcome, rules not met, certificate, reason."""

from __future__ import annotations

from coordinator.services.compliance.year_close import OutcomeLine
from coordinator.ui.figures import local_hours
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.widgets.date_field import local_dates

NAME, EMPLOYEE_ID, CAMPUS, OUTCOME, HOURS, CERTIFICATE, REASON = range(7)


def certificate_words(line: OutcomeLine) -> str:
    if line.certificate is None:
        return "Yes" if line.gets_certificate else "No"
    return ("Yes" if line.certificate else "No") + " (chosen)"


COLUMNS: list[Column[OutcomeLine]] = [
    Column("Mentee", lambda r: r.name),
    Column("Employee ID", lambda r: r.employee_id),
    Column("Campus", lambda r: r.campus),
    Column(
        "Outcome",
        lambda r: local_dates(r.description),
        lambda r: (r.outcome.value, r.name),
        tooltip=lambda r: local_dates(r.description).replace("; ", "\n"),
    ),
    Column("Hours", lambda r: local_hours(r.minutes), lambda r: r.minutes, align_right=True),
    Column("Certificate", certificate_words),
    Column("Reason for a change", lambda r: r.certificate_reason or r.reason),
]


class YearCloseTableModel(RowsModel[OutcomeLine]):
    COLUMNS = COLUMNS

    def row_id(self, row: OutcomeLine) -> int:
        return row.person_id
