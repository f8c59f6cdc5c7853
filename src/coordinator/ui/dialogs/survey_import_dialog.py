"""The preview of a survey import: what each row of the export will do, then Import or Cancel.

The dialog opens on a dry run of the file (nothing is written): the counts in words, the columns
left aside, the questions the form did not have, every row's outcome (new, already imported,
an earlier submission left aside, unmatched, with a problem) and the problems themselves.
Import answers writes the same thing for real, as one import batch that can be undone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coordinator.importing.surveys.apply import SurveyImportResult, import_survey_answers
from coordinator.progress import Progress
from coordinator.ui.context import AppContext
from coordinator.ui.models.survey_models import OutcomeRowsModel
from coordinator.ui.widgets.problem_text import problems_html
from coordinator.ui.widgets.row_tables import table, wrap_column
from coordinator.ui.widgets.sizes import readable_by_keyboard, text_lines
from coordinator.ui.workers import Worker, run_with_progress


class SurveyImportDialog(QDialog):
    """Preview, then import, one export's answers to one instrument in one program year."""

    def __init__(
        self,
        context: AppContext,
        path: Path,
        *,
        program_year_id: int,
        instrument_id: int,
        instrument: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.program_year_id = program_year_id
        self.instrument_id = instrument_id
        self.worker: Worker | None = None
        self.result_shown: SurveyImportResult | None = None
        self.imported: SurveyImportResult | None = None
        self.setWindowTitle(self.tr("Import answers: {instrument}").format(instrument=instrument))
        self.resize(900, 600)
        self.summary = QLabel(self.tr("Reading {name}...").format(name=path.name))
        self.summary.setWordWrap(True)
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        self.model = OutcomeRowsModel(self)
        self.rows = table(self.model, stretch=3)
        self.rows.setAccessibleName(self.tr("What each row of the file does"))
        wrap_column(self.rows, 3)
        self.problems = QTextBrowser()
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        readable_by_keyboard(self.problems)
        self.problems.setMaximumHeight(text_lines(self.problems, 9))
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import answers"))
        self.import_button.setAccessibleName(self.tr("Import answers"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def start_preview(self) -> None:
        self._run(True, self.tr("Checking the answers..."))

    def start_import(self) -> None:
        self.import_button.setEnabled(False)
        self._run(False, self.tr("Importing the answers..."))

    def _run(self, dry_run: bool, label: str) -> None:
        db, path = self.context.db, self.path
        year, instrument = self.program_year_id, self.instrument_id

        def work(_progress: Progress) -> SurveyImportResult:
            return import_survey_answers(
                db, path, program_year_id=year, instrument_id=instrument, dry_run=dry_run
            )

        self.worker = run_with_progress(self, label, work, self._done, self._failed)
        self.worker.finished.connect(self._worker_done)

    def _worker_done(self) -> None:
        self.worker = None

    def _done(self, result: SurveyImportResult) -> None:
        self.show_result(result)
        if not result.dry_run:
            self.imported = result
            self.context.notify("surveys")
            self.accept()

    def show_result(self, result: SurveyImportResult) -> None:
        self.result_shown = result
        self.summary.setText(f"{self.path.name}: {result.words()}")
        notes = [
            self.tr("Column {letter} ‘{header}’ is ignored: {why}.").format(
                letter=c.letter, header=c.header, why=c.why
            )
            for c in result.ignored
        ]
        if result.missing_questions:
            notes.append(
                self.tr("The form did not ask: ")
                + "; ".join(result.missing_questions)
                + self.tr(" (no answers).")
            )
        self.columns.setText("\n".join(notes))
        self.columns.setVisible(bool(notes))
        self.model.set_rows(result.outcomes)
        self.rows.resizeColumnsToContents()
        listed = sorted([*result.problems, *result.duplicates], key=lambda p: p.row or 0)
        self.problems.setHtml(problems_html(self.tr("Rows to look at:"), listed) if listed else "")
        self.problems.setVisible(bool(listed))
        self.import_button.setEnabled(result.dry_run and result.counts["new"] > 0)

    def _failed(self, message: str) -> None:
        self.summary.setText(message)
        self.import_button.setEnabled(False)

    def open(self) -> None:
        super().open()
        self.start_preview()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self.worker is not None:
            event.ignore()
            return
        super().closeEvent(event)
