"""The audit table: every change with who, when, what, and the values before and after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.services.audit_view import AuditLine
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_moment, local_dates

WHEN, WHO, WHAT, PERSON, BEFORE, AFTER = range(6)


def _what(line: AuditLine) -> str:
    what = line.what
    if line.batch:
        what = QCoreApplication.translate("AuditModel", "{what} (in {batch})").format(
            what=line.what, batch=line.batch
        )
    return local_dates(what)  # "Changed a check-in of 2026-01-15" as the window writes dates


class AuditModel(RowsModel[AuditLine]):
    """Rows are `AuditLine`s, newest first."""

    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AuditModel", "When"), lambda a: format_moment(a.at), lambda a: a.at
        ),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Who"), lambda a: a.actor),
        Column(QT_TRANSLATE_NOOP("AuditModel", "What"), _what),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Person"), lambda a: a.person_name or ""),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Before"), lambda a: local_dates(a.before)),
        Column(QT_TRANSLATE_NOOP("AuditModel", "After"), lambda a: local_dates(a.after)),
    )

    def row_id(self, row: AuditLine) -> int:
        return row.id
