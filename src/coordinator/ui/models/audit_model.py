"""The audit table: every change with who, when, what, and the values before and after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coordinator.services.audit_view import AuditLine

WHEN, WHO, WHAT, PERSON, BEFORE, AFTER = range(6)
HEADERS = ("When", "Who", "What", "Person", "Before", "After")

AnyIndex = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Rows are `AuditLine`s, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditLine] = []

    def set_rows(self, rows: list[AuditLine]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        line = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, index.column())
        return None

    @staticmethod
    def _text(line: AuditLine, column: int) -> str | None:
        if column == WHEN:
            return f"{line.at:%Y-%m-%d %H:%M}"
        if column == WHO:
            return line.actor
        if column == WHAT:
            batch = f" (import {line.batch_id})" if line.batch_id is not None else ""
            return line.what + batch
        if column == PERSON:
            return line.person_name or ""
        if column == BEFORE:
            return line.before
        if column == AFTER:
            return line.after
        return None
