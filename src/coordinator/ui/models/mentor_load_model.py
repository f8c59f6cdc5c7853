"""Mentors of a program year with their load against capacity; mentees can be dropped on them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from coordinator.services.cohorts.caseloads import MentorLoad
from coordinator.ui.models.cohort_model import MENTEE_MIME, mentee_ids_from
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_reasons import said
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import local_dates

MENTOR, LOAD, WARNINGS = range(3)
LOAD_ROLE = Qt.ItemDataRole.UserRole + 2  # (load, capacity or None, over the cap or ineligible)

AnyIndex = QModelIndex | QPersistentModelIndex


def mentor_words(m: MentorLoad) -> tuple[str, ...]:
    """What a mentor is found by in a filter box (`tools.word_search`)."""
    return (m.name, m.employee_id or "", m.campus or "", m.position or "")


def _load_key(m: MentorLoad) -> tuple[float, int]:
    return (m.load / m.capacity if m.capacity else 0.0, m.load)


def warnings_text(mentor: MentorLoad) -> str:
    """Why the mentor is not eligible, with its days as the window writes them."""
    return local_dates("; ".join(said(r) for r in mentor.reasons))


class MentorLoadModel(RowsModel[MentorLoad]):
    COLUMNS = (
        Column[MentorLoad](
            QT_TRANSLATE_NOOP("MentorLoadModel", "Mentor"), lambda m: m.name, lambda m: m.sort_key
        ),
        Column[MentorLoad](
            QT_TRANSLATE_NOOP("MentorLoadModel", "Load"), lambda m: m.load_text, _load_key
        ),
        Column[MentorLoad](
            QT_TRANSLATE_NOOP("MentorLoadModel", "Warnings"),
            warnings_text,
            lambda m: (not m.reasons, m.sort_key),
        ),
    )

    # Mentee ids dropped on a mentor: (mentor person id, mentee person ids).
    mentees_dropped = Signal(int, list)

    def row_id(self, row: MentorLoad) -> int:
        return row.person_id

    def extra_data(self, row: MentorLoad, column: int, role: int) -> Any:
        if role == LOAD_ROLE:
            return (row.load, row.capacity, row.over_cap)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MENTEE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(MENTEE_MIME) and parent.isValid()

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """A drop names the mentor under the cursor; the page decides what it means."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        mentor = self.row_at(parent.row())
        ids = mentee_ids_from(data)
        if mentor is None or not ids:
            return False
        self.mentees_dropped.emit(mentor.person_id, ids)
        return False  # nothing to remove from the source: the page reloads from the database

    def mentor_ids(self) -> Sequence[int]:
        return [m.person_id for m in self.rows()]
