"""The backups table: when each backup was made, why, its size and what it holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.services.safety.backups import BackupInfo
from coordinator.ui.figures import local_figure
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_moment

MADE, REASON, SIZE, PEOPLE, CHECKINS = range(5)

REASON_LABELS = {
    "manual": QT_TRANSLATE_NOOP("BackupsModel", "Backed up by you"),
    "back-up-now": QT_TRANSLATE_NOOP("BackupsModel", "Backed up by you"),
    "periodic": QT_TRANSLATE_NOOP("BackupsModel", "While you worked"),
    "on-close": QT_TRANSLATE_NOOP("BackupsModel", "On closing"),
    "before-import": QT_TRANSLATE_NOOP("BackupsModel", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsModel", "Before a restore"),
    "before-bulk-delete": QT_TRANSLATE_NOOP("BackupsModel", "Before a bulk delete"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsModel", "Before an upgrade"),
    "copy": QT_TRANSLATE_NOOP("BackupsModel", "Copied in"),
}


def reason_label(reason: str) -> str:
    label = REASON_LABELS.get(reason)
    if label is None:
        return reason.replace("-", " ").capitalize()
    return QCoreApplication.translate("BackupsModel", label)


def size_label(size: int) -> str:
    if size < 1024 * 1024:
        return QCoreApplication.translate("BackupsModel", "{n} KB").format(n=max(size // 1024, 1))
    return QCoreApplication.translate("BackupsModel", "{n} MB").format(
        n=f"{size / (1024 * 1024):.1f}"
    )


def _count(value: int | None) -> str:
    return "?" if value is None else local_figure(value)


class BackupsModel(RowsModel[BackupInfo]):
    """Rows are `BackupInfo`s, newest first as the service lists them."""

    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("BackupsModel", "Made"),
            lambda b: format_moment(b.made_at),
            lambda b: b.made_at,
        ),
        Column(
            QT_TRANSLATE_NOOP("BackupsModel", "Why"),
            lambda b: (
                reason_label(b.reason)
                if b.readable
                else QCoreApplication.translate("BackupsModel", "Unreadable")
            ),
            tooltip=lambda b: b.problem or str(b.path),
        ),
        Column(
            QT_TRANSLATE_NOOP("BackupsModel", "Size"),
            lambda b: size_label(b.size),
            lambda b: b.size,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("BackupsModel", "People"),
            lambda b: _count(b.people),
            lambda b: b.people or 0,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("BackupsModel", "Check-ins"),
            lambda b: _count(b.checkins),
            lambda b: b.checkins or 0,
            align_right=True,
        ),
    )

    def row_id(self, row: BackupInfo) -> int:
        return hash(str(row.path))
