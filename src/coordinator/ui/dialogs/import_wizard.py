"""The roster import wizard: file -> sheet and preview -> mapping -> plan -> apply -> summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coordinator.errors import CoordinatorError
from coordinator.importing.apply import ApplyResult
from coordinator.importing.plan import ImportPlan
from coordinator.importing.roster import PreparedImport, RosterSheet, read_roster
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.import_wizard_pages import MappingPage, SheetPage
from coordinator.ui.dialogs.import_wizard_plan import PlanPage, SummaryPage

FILE_FILTER = (
    "Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Excel (*.xlsx *.xlsm *.xls);;"
    "OpenDocument (*.ods);;Text (*.csv *.txt);;All files (*)"
)


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


def message_label() -> QLabel:
    """A label for what went wrong, selectable so it can be copied."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ImportWizard(QWizard):
    """Holds what the pages share: the file read, the mapping chosen, the plan, the result."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.source: RosterSheet | None = None
        self.prepared: PreparedImport | None = None
        self.plan: ImportPlan | None = None
        self.result: ApplyResult | None = None
        self.setWindowTitle("Import roster")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setAcceptDrops(True)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.plan_page = PlanPage(self)
        self.summary_page = SummaryPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.plan_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.resize(900, 620)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_file(event) is not None and self.result is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = dropped_file(event)
        if path is None or self.result is not None:
            return
        event.acceptProposedAction()
        self.open_dropped(path)

    def open_dropped(self, path: Path) -> None:
        """A file dropped anywhere on the wizard starts over with that file."""
        while self.currentId() > 0:
            self.back()
        self.file_page.path_edit.setText(str(path))
        self.next()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Choose the roster file")
        self.setSubTitle(
            "The spreadsheet HR sent: .xlsx, .xlsm, .xls, .ods, .csv or .txt. You can also drop "
            "the file on this window. Nothing changes until you press Apply."
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("Roster file")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton("&Browse...")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.error = message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        name, _filter = QFileDialog.getOpenFileName(self, "Choose the roster", start, FILE_FILTER)
        if name:
            self.path_edit.setText(name)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = Path(self.path_edit.text().strip())
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._wizard.source = read_roster(path)
        except CoordinatorError as exc:
            show_message(self.error, str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        show_message(self.error, "")
        return True
