"""The Match all draft: one row per proposed pair, each accepted or rejected by the coordinator."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coordinator.services.matching.suggest import ProposedPair
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_reasons import said
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

ACCEPT, MENTEE, MENTOR, SCORE, WHY = range(5)
AnyIndex = QModelIndex | QPersistentModelIndex


class MatchDraftModel(RowsModel[ProposedPair]):
    COLUMNS = (
        Column[ProposedPair](QT_TRANSLATE_NOOP("MatchDraftModel", "Accept"), lambda p: ""),
        Column[ProposedPair](
            QT_TRANSLATE_NOOP("MatchDraftModel", "Mentee"), lambda p: p.mentee.name
        ),
        Column[ProposedPair](
            QT_TRANSLATE_NOOP("MatchDraftModel", "Mentor"), lambda p: p.mentor.name
        ),
        Column[ProposedPair](
            QT_TRANSLATE_NOOP("MatchDraftModel", "Score"),
            lambda p: f"{p.score:g}",
            lambda p: p.score,
            None,
            True,
        ),
        Column[ProposedPair](
            QT_TRANSLATE_NOOP("MatchDraftModel", "Why"),
            lambda p: (
                QCoreApplication.translate("MatchDraftModel", "{why} (override)").format(
                    why=said(p.explanation)
                )
                if p.override_reason
                else said(p.explanation)
            ),
            None,
            lambda p: (
                said(p.explanation)
                + (
                    "\n"
                    + QCoreApplication.translate("MatchDraftModel", "Override: {reason}").format(
                        reason=p.override_reason
                    )
                    if p.override_reason
                    else ""
                )
            ),
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rejected: set[int] = set()

    def row_id(self, row: ProposedPair) -> int:
        return row.mentee.id

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == ACCEPT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def extra_data(self, row: ProposedPair, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == ACCEPT:
            rejected = row.mentee.id in self._rejected
            return Qt.CheckState.Unchecked if rejected else Qt.CheckState.Checked
        return None

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or index.column() != ACCEPT or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_accepted(row.mentee.id, checked)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_rows(self, rows: Any) -> None:
        self._rejected = set()
        super().set_rows(rows)

    def set_accepted(self, mentee_id: int, accepted: bool) -> None:
        if accepted:
            self._rejected.discard(mentee_id)
        else:
            self._rejected.add(mentee_id)

    def set_all(self, accepted: bool) -> None:
        self._rejected = set() if accepted else {r.mentee.id for r in self._rows}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, ACCEPT),
                self.index(len(self._rows) - 1, ACCEPT),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def accepted_mentee_ids(self) -> list[int]:
        return [r.mentee.id for r in self._rows if r.mentee.id not in self._rejected]
