"""The Settings page: the open database and its health, and where logs and data are kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator import paths
from coordinator.progress import Progress
from coordinator.services.safety.database_info import database_info, readable_size
from coordinator.services.safety.integrity import CheckReport, check_database
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.rule_packs_dialog import RulePacksDialog
from coordinator.ui.pages.district_box import DistrictBox
from coordinator.ui.pages.language_box import LanguageBox
from coordinator.ui.safety import SafetyTools
from coordinator.ui.workers import Worker, run_with_progress


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    """Facts and the actions that go with them; nothing here pretends to be a setting it is not."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.worker: Worker | None = None
        self.location_label = _value_label()
        self.kind_label = _value_label()
        self.size_label = _value_label()
        self.revision_label = _value_label()
        self.check_button = QPushButton(self.tr("&Check database"))
        self.check_button.setToolTip(
            self.tr("Look for damage in the database (it changes nothing)")
        )
        self.check_button.clicked.connect(self.check)
        self.check_result = _value_label()
        database_box = QGroupBox(self.tr("Database"))
        form = QFormLayout(database_box)
        form.addRow(self.tr("Location"), self.location_label)
        form.addRow(self.tr("Kind"), self.kind_label)
        form.addRow(self.tr("Size"), self.size_label)
        form.addRow(self.tr("Schema revision"), self.revision_label)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_result, 1)
        form.addRow(check_row)
        programs_box = QGroupBox(self.tr("Programs"))
        programs_row = QHBoxLayout(programs_box)
        self.rule_packs_button = QPushButton(self.tr("&Rule packs…"))
        self.rule_packs_button.setToolTip(
            self.tr(
                "View and edit the rules each program is held to (hours, deadlines, caps, topics)"
            )
        )
        self.rule_packs_button.clicked.connect(self.open_rule_packs)
        programs_row.addWidget(self.rule_packs_button)
        programs_row.addStretch(1)
        self.safety_box = QGroupBox(self.tr("Backups and audit"))
        safety_row = QHBoxLayout(self.safety_box)
        self.backups_button = QPushButton(self.tr("&Backups…"))
        self.backups_button.setToolTip(
            self.tr("Back up now, copy a backup elsewhere, or restore one")
        )
        self.backups_button.clicked.connect(self.open_backups)
        self.audit_button = QPushButton(self.tr("&Audit log…"))
        self.audit_button.setToolTip(self.tr("Every change: who, when, what, before and after"))
        self.audit_button.clicked.connect(self.open_audit)
        safety_row.addWidget(self.backups_button)
        safety_row.addWidget(self.audit_button)
        safety_row.addStretch(1)
        self.dialog: QDialog | None = None
        folders_box = QGroupBox(self.tr("Folders"))
        folders = QFormLayout(folders_box)
        self.log_folder_label = self._folder_row(folders, self.tr("Log files"), paths.log_dir())
        self.data_folder_label = self._folder_row(
            folders, self.tr("Data and backups"), paths.data_dir()
        )
        self.district_box = DistrictBox(context)
        self.language_box = LanguageBox()
        layout = QVBoxLayout(self)
        layout.addWidget(database_box)
        layout.addWidget(self.district_box)
        layout.addWidget(self.language_box)
        layout.addWidget(programs_box)
        layout.addWidget(self.safety_box)
        layout.addWidget(folders_box)
        layout.addStretch(1)
        context.database_changed.connect(self.refresh)
        context.data_changed.connect(self._data_changed)
        self.refresh()

    def _safety_tools(self) -> SafetyTools | None:
        """The window's backups and audit tools (absent in a window built without them)."""
        return self.window().findChild(SafetyTools)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.safety_box.setVisible(self._safety_tools() is not None)
        super().showEvent(event)

    def open_backups(self) -> None:
        tools = self._safety_tools()
        if tools is not None:
            tools.open_backups()

    def open_audit(self) -> None:
        tools = self._safety_tools()
        if tools is not None:
            tools.open_audit()

    def open_rule_packs(self) -> None:
        self.dialog = RulePacksDialog(self._context, self)
        self.dialog.open()

    def _folder_row(self, form: QFormLayout, title: str, folder: Path) -> QLabel:
        label = _value_label()
        label.setText(str(folder))
        button = QPushButton(self.tr("Open folder"))
        button.setToolTip(self.tr("Show this folder in your file manager: {}").format(title))
        button.clicked.connect(lambda: open_folder(folder))
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(button)
        form.addRow(title, row)
        return label

    def refresh(self) -> None:
        self.district_box.refresh()
        info = database_info(self._context.db)
        self.location_label.setText(info.location)
        self.kind_label.setText(info.kind)
        self.size_label.setText(
            readable_size(info.size_bytes)
            if info.size_bytes is not None
            else self.tr("kept by the server")
        )
        if info.revision == info.app_revision:
            self.revision_label.setText(self.tr("{} (up to date)").format(info.revision))
        else:
            self.revision_label.setText(
                self.tr("{} (this Coordinator: {})").format(info.revision, info.app_revision)
            )
        self.check_result.clear()

    def _data_changed(self, kind: str) -> None:
        if kind in ("people", "imports"):
            self.refresh()

    def check(self) -> None:
        """Run the integrity check in a worker; the window stays responsive."""
        db = self._context.db
        self.check_button.setEnabled(False)
        self.check_result.setText(self.tr("Checking…"))

        def work(_progress: Progress) -> CheckReport:
            return check_database(db)

        self.worker = run_with_progress(
            self, self.tr("Checking the database…"), work, self._checked, self._check_failed
        )

    def _checked(self, report: object) -> None:
        self.check_button.setEnabled(True)
        assert isinstance(report, CheckReport)
        if report.ok:
            self.check_result.setText(self.tr("No damage found."))
        else:
            problems = "\n".join(report.problems)
            self.check_result.setText(
                self.tr("The database is damaged; restore a recent backup.") + f"\n{problems}"
            )

    def _check_failed(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self.check_result.setText(message)


def open_folder(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
