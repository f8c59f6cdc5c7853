"""A mentor's cohort: the mentees assigned now; rows can be dragged onto another mentor."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coordinator.services.cohorts.caseloads import MenteeRow
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_day

MENTEE_MIME = "application/x-coordinator-mentee-ids"
NAME, EMPLOYEE_ID, CAMPUS, POSITION, SINCE = range(5)

AnyIndex = QModelIndex | QPersistentModelIndex


def mentee_mime(ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    data.setData(MENTEE_MIME, QByteArray(json.dumps(list(ids)).encode()))
    return data


def mentee_ids_from(data: QMimeData) -> list[int]:
    try:
        ids = json.loads(bytes(data.data(MENTEE_MIME).data()).decode())
    except ValueError:
        return []
    return [int(i) for i in ids] if isinstance(ids, list) else []


def _sorted_day(day: dt.date | None) -> dt.date:
    """Shown in the locale's format, sorted as a date; a missing day sorts first."""
    return day or dt.date.min


def mentee_words(m: MenteeRow) -> tuple[str, ...]:
    """What a mentee is found by in a filter box (`tools.word_search`)."""
    return (m.name, m.employee_id or "", m.campus or "", m.position or "")


class CohortModel(RowsModel[MenteeRow]):
    COLUMNS = (
        Column[MenteeRow](
            QT_TRANSLATE_NOOP("CohortModel", "Mentee"), lambda m: m.name, lambda m: m.sort_key
        ),
        Column[MenteeRow](
            QT_TRANSLATE_NOOP("CohortModel", "Employee ID"), lambda m: m.employee_id or ""
        ),
        Column[MenteeRow](QT_TRANSLATE_NOOP("CohortModel", "Campus"), lambda m: m.campus or ""),
        Column[MenteeRow](QT_TRANSLATE_NOOP("CohortModel", "Position"), lambda m: m.position or ""),
        Column[MenteeRow](
            QT_TRANSLATE_NOOP("CohortModel", "Since"),
            lambda m: format_day(m.assigned_since),
            lambda m: _sorted_day(m.assigned_since),
        ),
    )

    def row_id(self, row: MenteeRow) -> int:
        return row.person_id

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MENTEE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return mentee_mime([self.row_id(self._rows[r]) for r in rows if r < len(self._rows)])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction


class UnassignedModel(CohortModel):
    """Mentees waiting for a mentor; dragging one onto a mentor assigns them."""

    COLUMNS = (
        Column[MenteeRow](
            QT_TRANSLATE_NOOP("UnassignedModel", "Mentee"), lambda m: m.name, lambda m: m.sort_key
        ),
        Column[MenteeRow](
            QT_TRANSLATE_NOOP("UnassignedModel", "Employee ID"), lambda m: m.employee_id or ""
        ),
        Column[MenteeRow](QT_TRANSLATE_NOOP("UnassignedModel", "Campus"), lambda m: m.campus or ""),
        Column[MenteeRow](
            QT_TRANSLATE_NOOP("UnassignedModel", "Position"), lambda m: m.position or ""
        ),
        Column[MenteeRow](
            QT_TRANSLATE_NOOP("UnassignedModel", "Hired"),
            lambda m: format_day(m.hire_date),
            lambda m: _sorted_day(m.hire_date),
        ),
    )
