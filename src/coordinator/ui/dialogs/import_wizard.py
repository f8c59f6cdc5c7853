"""The roster import wizard: file -> sheet and preview -> mapping -> plan -> apply -> summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coordinator.importing.roster.apply import ApplyResult
from coordinator.importing.roster.pipeline import PreparedImport, RosterSheet, read_roster
from coordinator.importing.roster.plan import ImportPlan
from coordinator.progress import Progress
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.import_wizard_pages import MappingPage, SheetPage
from coordinator.ui.dialogs.import_wizard_plan import PlanPage, SummaryPage
from coordinator.ui.dialogs.import_wizard_state import message_label, show_message
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.workers import Worker, run_with_progress

FILE_FILTER = QT_TRANSLATE_NOOP(
    "FilePage",
    "Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Excel (*.xlsx *.xlsm *.xls);;"
    "OpenDocument (*.ods);;Text (*.csv *.txt);;All files (*)",
)


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class ImportWizard(QWizard):
    """Holds what the pages share: the file read, the mapping chosen, the plan, the result."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.source: RosterSheet | None = None
        self.prepared: PreparedImport | None = None
        self.plan: ImportPlan | None = None
        self.applied: ApplyResult | None = None
        self.worker: Worker | None = None
        self._passing = False
        self.setWindowTitle(self.tr("Import roster"))
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

    def passing(self) -> bool:
        """True while the wizard moves on after background work finished (validatePage says yes)."""
        return self._passing

    def work_then_next(
        self,
        label: str,
        work: Callable[[Progress], Any],
        keep: Callable[[Any], bool],
        show_error: Callable[[str], None],
    ) -> None:
        """Run slow work off the GUI thread with progress and Cancel; `keep` stores the result
        and says whether to go on to the next page."""
        if self.worker is not None:
            return

        def succeeded(result: Any) -> None:
            if not keep(result):
                return
            self._passing = True
            try:
                self.next()
            finally:
                self._passing = False

        show_error("")
        self.worker = run_with_progress(
            self,
            label,
            work,
            succeeded,
            show_error,
            lambda: show_error(self.tr("Cancelled; nothing was changed.")),
        )
        self.worker.finished.connect(self._worker_finished)
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)

    def _worker_finished(self) -> None:
        self.worker = None
        page = self.currentPage()
        self.button(QWizard.WizardButton.NextButton).setEnabled(page is None or page.isComplete())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_file(event) is not None and self.applied is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = dropped_file(event)
        if path is None or self.applied is not None:
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
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(
            self.tr(
                "The spreadsheet HR sent: .xlsx, .xlsm, .xls, .ods, .csv or .txt. You can also "
                "drop the file on this window. Nothing changes until you press Apply."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Roster file"))
        self.path_edit.setAccessibleName(self.tr("Roster file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse..."))
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
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the roster"), start, self.tr(FILE_FILTER)
        )
        if name:
            self.path_edit.setText(name)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        if self._wizard.passing():
            return True
        path = Path(self.path_edit.text().strip())

        def keep(source: RosterSheet) -> bool:
            self._wizard.source = source
            return True

        def read(progress: Progress) -> RosterSheet:
            progress.step(0, 1, self.tr("Reading the roster"))
            source = read_roster(path)
            progress.step(1, 1, self.tr("Read"))  # Cancel pressed while reading takes effect here
            return source

        self._wizard.work_then_next(
            self.tr("Reading the roster..."),
            read,
            keep,
            lambda text: show_message(self.error, text),
        )
        return False
