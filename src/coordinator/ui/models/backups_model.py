"""The backups table: when each backup was made, why, its size and what it holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coordinator.services.backups import BackupInfo

MADE, REASON, SIZE, PEOPLE, CHECKINS = range(5)
HEADERS = ("Made", "Why", "Size", "People", "Check-ins")

REASON_LABELS = {
    "manual": "Backed up by you",
    "back-up-now": "Backed up by you",
    "periodic": "While you worked",
    "on-close": "On closing",
    "before-import": "Before an import",
    "before-restore": "Before a restore",
    "before-bulk-delete": "Before a bulk delete",
    "before-migration": "Before an upgrade",
    "copy": "Copied in",
}

AnyIndex = QModelIndex | QPersistentModelIndex


def reason_label(reason: str) -> str:
    return REASON_LABELS.get(reason, reason.replace("-", " ").capitalize())


def size_label(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class BackupsModel(QAbstractTableModel):
    """Rows are `BackupInfo`s, newest first as the service lists them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
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
        info = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SIZE, PEOPLE, CHECKINS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.problem or str(info.path)
        return None

    @staticmethod
    def _text(info: BackupInfo, column: int) -> str | None:
        if column == MADE:
            return f"{info.made_at:%a %d %b %Y, %H:%M}"
        if column == REASON:
            return reason_label(info.reason) if info.readable else "Unreadable"
        if column == SIZE:
            return size_label(info.size)
        if column == PEOPLE:
            return "?" if info.people is None else f"{info.people:,}"
        if column == CHECKINS:
            return "?" if info.checkins is None else f"{info.checkins:,}"
        return None
