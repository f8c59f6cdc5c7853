"""The Surveys page: pick an instrument, write its form, import its answers, chase who has not.

For the chosen program year the page lists the program's instruments (the shipped ones are added
the first time a program is shown here). For the chosen instrument: its questions, how many of
the people asked have answered, and the chase list of those who have not; below, the survey
imports into the year, each of which can be undone. Free-text answers are never shown here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.importing.surveys.apply import SurveyUndoResult, undo_survey_import
from coordinator.progress import Progress
from coordinator.reports.survey_form_pdf import write_survey_form_pdf
from coordinator.reports.survey_form_sheet import write_survey_form_sheet
from coordinator.services.surveys.forms import survey_form
from coordinator.services.surveys.overview import (
    InstrumentView,
    SurveysView,
    add_default_instruments,
    needs_default_instruments,
    surveys_view,
)
from coordinator.tools.file_names import portable_file_name
from coordinator.ui.app_settings import output_language
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted, local_figure
from coordinator.ui.models.survey_models import ChaseModel, QuestionsModel, SurveyBatchesModel
from coordinator.ui.service_words import shown
from coordinator.ui.widgets.confirm_box import ask_before
from coordinator.ui.widgets.row_tables import table
from coordinator.ui.widgets.status_line import StatusLine
from coordinator.ui.widgets.word_completer import make_searchable
from coordinator.ui.workers import Worker, run_with_progress

SHOWN_KINDS = ("surveys", "people", "programs", "imports")


class SurveysPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: SurveysView | None = None
        self.worker: Worker | None = None
        self.dialog: Any = None
        self.confirm_box: QMessageBox | None = None
        self.title = QLabel(self.tr("<h2>Surveys</h2>"))
        self.instrument_combo = QComboBox()
        self.instrument_combo.setAccessibleName(self.tr("Survey instrument"))
        self.instrument_combo.setEditable(True)
        self.instrument_search = make_searchable(self.instrument_combo)
        self.instrument_combo.currentIndexChanged.connect(self._show_instrument)
        chooser_label = QLabel(self.tr("I&nstrument:"))
        chooser_label.setBuddy(self.instrument_combo)
        self.about = QLabel()
        self.pdf_button = QPushButton(self.tr("&Print form..."))
        self.pdf_button.setAccessibleName(self.tr("Write the printable form (PDF)"))
        self.pdf_button.clicked.connect(lambda: self.choose_form_file(".pdf"))
        self.sheet_button = QPushButton(self.tr("Form-tool &sheet..."))
        self.sheet_button.setAccessibleName(self.tr("Write the sheet for a form tool (xlsx)"))
        self.sheet_button.clicked.connect(lambda: self.choose_form_file(".xlsx"))
        self.import_button = QPushButton(self.tr("&Import answers..."))
        self.import_button.setAccessibleName(self.tr("Import answers from a form tool's export"))
        self.import_button.clicked.connect(self.choose_export)
        self.undo_button = QPushButton(self.tr("&Undo import..."))
        self.undo_button.setAccessibleName(self.tr("Undo the chosen survey import"))
        self.undo_button.clicked.connect(self.ask_undo)
        self.questions_model = QuestionsModel(self)
        self.questions = table(self.questions_model, stretch=0, sort_by=-1)
        self.questions.setSortingEnabled(False)
        self.questions.setAccessibleName(self.tr("The instrument's questions"))
        self.chase_model = ChaseModel(self)
        self.chase = table(self.chase_model)
        self.chase.setAccessibleName(self.tr("Who has not answered"))
        self.chase_title = QLabel()
        self.batches_model = SurveyBatchesModel(self)
        self.batches = table(self.batches_model, stretch=2, sort_by=-1)
        self.batches.setAccessibleName(self.tr("Survey imports into this year"))
        self.batches.selectionModel().selectionChanged.connect(self._update_buttons)
        self.status = StatusLine()
        self.status.setWordWrap(True)
        self._lay_out(chooser_label)
        context.data_changed.connect(self._data_changed)
        context.database_changed.connect(self.refresh)
        context.program_year_changed.connect(self.refresh)
        self.refresh()

    def _lay_out(self, chooser_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.instrument_combo, 1)
        top.addWidget(self.about, 2)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.sheet_button, self.import_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Questions</b>")), 0, 0)
        grid.addWidget(self.chase_title, 0, 1)
        grid.addWidget(self.questions, 1, 0)
        grid.addWidget(self.chase, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(grid, 3)
        layout.addWidget(QLabel(self.tr("<b>Survey imports</b>")))
        layout.addWidget(self.batches, 1)
        layout.addWidget(self.status)

    # --- what is shown ------------------------------------------------------------------------

    def refresh(self, *_args: Any) -> None:
        year_id = self.context.program_year_id
        db = self.context.db
        view = None
        if year_id is not None:
            with db.reading() as session:
                missing = needs_default_instruments(session, year_id)
            if missing and not db.read_only:
                with db.transaction() as session:
                    add_default_instruments(session, year_id)
            with db.reading() as session:
                view = surveys_view(session, year_id)
        self.view = view
        chosen = self.instrument_combo.currentData()
        self.instrument_combo.blockSignals(True)
        self.instrument_combo.clear()
        for instrument in view.instruments if view else ():
            self.instrument_combo.addItem(instrument.name, instrument.id)
        index = self.instrument_combo.findData(chosen)
        self.instrument_combo.setCurrentIndex(
            max(index, 0) if self.instrument_combo.count() else -1
        )
        self.instrument_combo.blockSignals(False)
        self.title.setText(
            self.tr("<h2>Surveys · {title}</h2>").format(title=view.title)
            if view
            else self.tr("<h2>Surveys</h2>")
        )
        self.batches_model.set_rows(list(view.batches) if view else [])
        self.batches.resizeColumnsToContents()
        self._show_instrument()

    def current_instrument(self) -> InstrumentView | None:
        if self.view is None:
            return None
        wanted = self.instrument_combo.currentData()
        return next((i for i in self.view.instruments if i.id == wanted), None)

    def _show_instrument(self, *_args: Any) -> None:
        instrument = self.current_instrument()
        if instrument is None:
            self.about.setText(self.tr("Choose a program year to see its surveys."))
            self.questions_model.set_rows([])
            self.chase_model.set_rows([])
            self.chase_title.setText("")
        else:
            chase = instrument.chase
            share = f" ({100 * chase.answered / chase.asked:.0f}%)" if chase.asked else ""
            self.about.setText(
                self.tr("For {respondent}s · {timing} · {answered} of {asked} answered").format(
                    respondent=instrument.respondent.lower(),
                    timing=shown(instrument.timing).lower(),
                    answered=local_figure(chase.answered),
                    asked=counted(chase.asked, self.tr("person"), self.tr("people")),
                )
                + share
            )
            self.questions_model.set_rows(list(instrument.questions))
            self.chase_model.set_rows(list(chase.missing))
            self.chase_title.setText(
                self.tr("<b>Not answered yet: {count}</b>").format(
                    count=local_figure(len(chase.missing))
                )
                if chase.missing
                else self.tr("<b>Everyone asked has answered</b>")
            )
        self.questions.resizeColumnsToContents()
        self.chase.resizeColumnsToContents()
        self._update_buttons()

    def _data_changed(self, kind: str) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def selected_batch_id(self) -> int | None:
        rows = self.batches.selectionModel().selectedRows()
        batch = self.batches_model.row_at(rows[0].row()) if rows else None
        return batch.id if batch is not None and batch.applied else None

    def _update_buttons(self, *_args: Any) -> None:
        ready = self.current_instrument() is not None and self.worker is None
        writable = ready and not self.context.db.read_only
        self.pdf_button.setEnabled(ready)
        self.sheet_button.setEnabled(ready)
        self.import_button.setEnabled(writable)
        self.undo_button.setEnabled(writable and self.selected_batch_id() is not None)

    # --- writing the form ---------------------------------------------------------------------

    def choose_form_file(self, suffix: str) -> None:
        instrument = self.current_instrument()
        if instrument is None:
            return
        kind = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write the survey form"),
            portable_file_name(instrument.name, suffix),
            kind,
        )
        if path:
            self.write_form(Path(path))

    def write_form(self, path: Path) -> None:
        """Write the chosen instrument as a printable PDF or a form-tool sheet (by the ending)."""
        instrument, view = self.current_instrument(), self.view
        if instrument is None or view is None:
            return
        db, year_id = self.context.db, view.program_year_id
        language = output_language()  # Settings › Language; the .xlsx sheet stays as imported

        def work(_progress: Progress) -> Path:
            with db.reading() as session:
                form = survey_form(session, year_id, instrument.id, today=dt.date.today())
            if path.suffix.lower() == ".pdf":
                return write_survey_form_pdf(form, path, language)
            if path.suffix.lower() == ".xlsx":
                return write_survey_form_sheet(form, path)
            raise CoordinatorError(f"Write the form as .pdf or .xlsx, not {path.suffix or 'so'}.")

        self._start(self.tr("Writing the form..."), work, self._written)

    def _written(self, path: Path) -> None:
        self.status.setText(
            self.tr("Wrote {file} in {folder}.").format(file=path.name, folder=path.parent)
        )

    # --- importing and undoing ----------------------------------------------------------------

    def choose_export(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import survey answers"), "", self.tr("Form exports (*.csv *.xlsx)")
        )
        if path:
            self.import_answers(Path(path))

    def import_answers(self, path: Path) -> None:
        """Open the preview of importing `path` into the chosen instrument."""
        from coordinator.ui.dialogs.survey_import_dialog import SurveyImportDialog

        instrument, view = self.current_instrument(), self.view
        if instrument is None or view is None:
            return
        self.dialog = SurveyImportDialog(
            self.context,
            path,
            program_year_id=view.program_year_id,
            instrument_id=instrument.id,
            instrument=instrument.name,
            parent=self,
        )
        self.dialog.accepted.connect(self._imported)
        self.dialog.open()

    def _imported(self) -> None:
        result = self.dialog.imported if self.dialog is not None else None
        if result is not None:
            self.status.setText(
                self.tr("Imported {file}: {what}").format(
                    file=result.file_name, what=result.words()
                )
            )

    def ask_undo(self) -> None:
        batch_id = self.selected_batch_id()
        if batch_id is None:
            return
        self.confirm_box = ask_before(
            self,
            self.tr("Undo survey import"),
            self.tr(
                "Undo survey import {batch}?\n\nEvery answer it added is removed; answers "
                "from other imports stay."
            ).format(batch=batch_id),
            self.tr("&Undo import"),
            lambda yes: self._confirmed(batch_id, yes),
        )

    def _confirmed(self, batch_id: int, yes: bool) -> None:
        self.confirm_box = None
        if yes:
            self.undo(batch_id)

    def undo(self, batch_id: int) -> None:
        db = self.context.db

        def work(_progress: Progress) -> SurveyUndoResult:
            return undo_survey_import(db, batch_id)

        self._start(self.tr("Undoing the survey import..."), work, self._undone)

    def _undone(self, result: SurveyUndoResult) -> None:
        self.status.setText(
            self.tr("Survey import {batch} undone: {answers} removed.").format(
                batch=result.batch_id,
                answers=counted(result.removed, self.tr("answer"), self.tr("answers")),
            )
        )
        self.context.notify("surveys")

    def _start(self, label: str, work: Any, done: Any) -> None:
        self.status.setText("")
        self.worker = run_with_progress(self, label, work, done, self.status.setText)
        self.worker.finished.connect(self._worker_done)
        self._update_buttons()

    def _worker_done(self) -> None:
        self.worker = None
        self._update_buttons()
