"""The backups table: when each backup was made, why, its size and what it holds."""

from __future__ import annotations

from coordinator.services.safety.backups import BackupInfo
from coordinator.ui.figures import local_figure
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.widgets.date_field import format_moment

MADE, REASON, SIZE, PEOPLE, CHECKINS = range(5)

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


def reason_label(reason: str) -> str:
    return REASON_LABELS.get(reason, reason.replace("-", " ").capitalize())


def size_label(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _count(value: int | None) -> str:
    return "?" if value is None else local_figure(value)


class BackupsModel(RowsModel[BackupInfo]):
    """Rows are `BackupInfo`s, newest first as the service lists them."""

    COLUMNS = (
        Column("Made", lambda b: format_moment(b.made_at), lambda b: b.made_at),
        Column(
            "Why",
            lambda b: reason_label(b.reason) if b.readable else "Unreadable",
            tooltip=lambda b: b.problem or str(b.path),
        ),
        Column("Size", lambda b: size_label(b.size), lambda b: b.size, align_right=True),
        Column("People", lambda b: _count(b.people), lambda b: b.people or 0, align_right=True),
        Column(
            "Check-ins", lambda b: _count(b.checkins), lambda b: b.checkins or 0, align_right=True
        ),
    )

    def row_id(self, row: BackupInfo) -> int:
        return hash(str(row.path))
