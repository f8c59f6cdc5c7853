"""The Backups window: the list of backups, Restore, Back up now, and Back up to another disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.opening import open_database
from coordinator.progress import Progress
from coordinator.services.safety import backups
from coordinator.services.safety.backup_schedule import BackupScheduler
from coordinator.services.safety.backups import BackupInfo
from coordinator.services.safety.restore import RestoreResult, copy_backup_to, restore
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted
from coordinator.ui.models.backups_model import REASON, BackupsModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_moment
from coordinator.ui.widgets.status_line import StatusLine
from coordinator.ui.workers import run_with_progress

REMINDER = QT_TRANSLATE_NOOP(
    "BackupsDialog",
    "Backups are kept on this computer, so they are lost with it. Now and then, use "
    "“Back up to…” to put a copy on a USB stick or another disk.",
)


def preferred_row(rows: list[BackupInfo], today: dt.date) -> int:
    """The row selected on opening: the newest backup from before today (yesterday's state)."""
    for i, info in enumerate(rows):
        if info.made_at.date() < today and info.readable:
            return i
    return 0


class BackupsDialog(QDialog):
    """Restoring yesterday's state takes two clicks here: Restore, then Yes."""

    restored = Signal(object)  # the RestoreResult

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        scheduler: BackupScheduler | None = None,
        can_restore: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.context = context
        self.scheduler = scheduler
        self.can_restore = can_restore  # False while another Coordinator has the database open
        self.confirmation: QMessageBox | None = None
        self.folder_dialog: QFileDialog | None = None
        self.model = BackupsModel(self)
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.reminder = QLabel(self.tr(REMINDER))
        self.reminder.setWordWrap(True)
        layout.addWidget(self.reminder)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.ask_to_restore())
        layout.addWidget(self.table)
        self.status = StatusLine()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Put the selected backup in place of the database"))
        self.restore_button.clicked.connect(self.ask_to_restore)
        self.restore_button.setDefault(True)  # Enter on the list restores (after the question)
        self.backup_now_button = QPushButton(self.tr("Back up &now"))
        self.backup_now_button.clicked.connect(self.back_up_now)
        self.copy_button = QPushButton(self.tr("Back up &to…"))
        self.copy_button.setToolTip(self.tr("Back up now and put a copy in a folder you choose"))
        self.copy_button.clicked.connect(self.choose_copy_folder)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)
        for button in (self.restore_button, self.backup_now_button, self.copy_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close_button)
        layout.addLayout(row)
        self.resize(640, 420)

    # --- the list -------------------------------------------------------------------------------

    @property
    def db_path(self) -> Path | None:
        db = self.context.db
        return db.path if db.is_sqlite else None

    def refresh(self) -> None:
        path = self.db_path
        if path is None:
            self.model.set_rows([])
            self.status.setText(
                self.tr("This database is on a PostgreSQL server; its server makes the backups.")
            )
            for button in (self.restore_button, self.backup_now_button, self.copy_button):
                button.setEnabled(False)
            return
        rows = backups.list_backups(path)
        self.model.set_rows(rows)
        self.restore_button.setEnabled(bool(rows) and self.can_restore)
        if not self.can_restore:
            self.restore_button.setToolTip(
                self.tr(
                    "This database is open in another Coordinator (or read-only here): "
                    "restore it from there."
                )
            )
        if rows:
            self.table.selectRow(preferred_row(rows, dt.date.today()))
        else:
            self.status.setText(self.tr("No backups yet. “Back up now” makes the first one."))

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # --- restoring ------------------------------------------------------------------------------

    def ask_to_restore(self) -> None:
        info = self.selected_backup()
        if info is None or self.db_path is None or not self.can_restore:
            return
        if not info.readable:
            self.status.setText(self.tr("That backup cannot be read; choose another one."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr("Restore the backup made {made_at}, with {people} and {checkins}?").format(
                made_at=format_moment(info.made_at),
                people=counted(info.people or 0, self.tr("person"), self.tr("people")),
                checkins=counted(info.checkins or 0, self.tr("check-in"), self.tr("check-ins")),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr("What the database holds now is backed up first, so you can come back to it.")
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: self._confirmed(box, button, info))
        self.confirmation = box
        box.open()

    def _confirmed(self, box: QMessageBox, button: QAbstractButton, info: BackupInfo) -> None:
        if box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        path = self.db_path
        assert path is not None
        db = self.context.db

        def work(_progress: Progress) -> RestoreResult:
            return restore(path, info.path, db=db)

        run_with_progress(
            self, self.tr("Restoring the backup…"), work, self._restored, self._failed
        )

    def _restored(self, result: Any) -> None:
        assert isinstance(result, RestoreResult)
        path = self.db_path
        assert path is not None
        reopened = open_database(path)
        self.context.replace_database(reopened)
        if self.scheduler is not None:
            self.scheduler.set_database(reopened)
        self.refresh()
        self.status.setText(
            self.tr(
                "Restored: {people} and {checkins}. What was there before is kept as a "
                "backup “Before a restore”."
            ).format(
                people=counted(result.restored.people or 0, self.tr("person"), self.tr("people")),
                checkins=counted(
                    result.restored.checkins or 0, self.tr("check-in"), self.tr("check-ins")
                ),
            )
        )
        self.restored.emit(result)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.refresh_keep_status()

    def refresh_keep_status(self) -> None:
        text = self.status.text()
        self.refresh()
        self.status.setText(text)

    # --- backing up -----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        db = self.context.db

        def work(_progress: Progress) -> BackupInfo:
            return backups.make_backup(db, "manual")

        run_with_progress(self, self.tr("Backing up…"), work, self._backed_up, self._failed)

    def _backed_up(self, info: Any) -> None:
        assert isinstance(info, BackupInfo)
        self.refresh()
        self.status.setText(
            self.tr("Backed up {people} and {checkins} ({made_at}).").format(
                people=counted(info.people or 0, self.tr("person"), self.tr("people")),
                checkins=counted(info.checkins or 0, self.tr("check-in"), self.tr("check-ins")),
                made_at=format_moment(info.made_at),
            )
        )

    def choose_copy_folder(self) -> None:
        chooser = QFileDialog(
            self, self.tr("Choose where to put the copy (a USB stick, another disk)")
        )
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        chooser.fileSelected.connect(lambda folder: self.copy_to(Path(folder)))
        self.folder_dialog = chooser
        chooser.open()

    def copy_to(self, folder: Path) -> None:
        db = self.context.db

        def work(_progress: Progress) -> Path:
            info = backups.make_backup(db, "manual")
            return copy_backup_to(info.path, folder)

        run_with_progress(self, self.tr("Backing up…"), work, self._copied, self._failed)

    def _copied(self, destination: Any) -> None:
        self.refresh()
        self.status.setText(
            self.tr("Backed up and copied to {destination}.").format(destination=destination)
        )
