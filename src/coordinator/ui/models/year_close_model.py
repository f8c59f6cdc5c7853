"""The Close year dialog's table: each mentee's outcome, rules not met, certificate, reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.services.compliance.year_close import OutcomeLine
from coordinator.ui.figures import local_hours
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_reasons import said
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import local_dates

NAME, EMPLOYEE_ID, CAMPUS, OUTCOME, HOURS, CERTIFICATE, REASON = range(7)


_YES = QT_TRANSLATE_NOOP("YearCloseTableModel", "Yes")
_NO = QT_TRANSLATE_NOOP("YearCloseTableModel", "No")


def certificate_words(line: OutcomeLine) -> str:
    if line.certificate is None:
        return QCoreApplication.translate(
            "YearCloseTableModel", _YES if line.gets_certificate else _NO
        )
    if line.certificate:
        return QCoreApplication.translate("YearCloseTableModel", "Yes (chosen)")
    return QCoreApplication.translate("YearCloseTableModel", "No (chosen)")


COLUMNS: list[Column[OutcomeLine]] = [
    Column(QT_TRANSLATE_NOOP("YearCloseTableModel", "Mentee"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("YearCloseTableModel", "Employee ID"), lambda r: r.employee_id),
    Column(QT_TRANSLATE_NOOP("YearCloseTableModel", "Campus"), lambda r: r.campus),
    Column(
        QT_TRANSLATE_NOOP("YearCloseTableModel", "Outcome"),
        lambda r: local_dates(said(r.description)),
        lambda r: (r.outcome.value, r.name),
        tooltip=lambda r: local_dates(said(r.description)).replace("; ", "\n"),
    ),
    Column(
        QT_TRANSLATE_NOOP("YearCloseTableModel", "Hours"),
        lambda r: local_hours(r.minutes),
        lambda r: r.minutes,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("YearCloseTableModel", "Certificate"), certificate_words),
    Column(
        QT_TRANSLATE_NOOP("YearCloseTableModel", "Reason for a change"),
        lambda r: r.certificate_reason or r.reason,
    ),
]


class YearCloseTableModel(RowsModel[OutcomeLine]):
    COLUMNS = COLUMNS

    def row_id(self, row: OutcomeLine) -> int:
        return row.person_id
