"""The Reports page: choose a report and its scope, generate it, preview, save, print, export."""

from __future__ import annotations

import shutil
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.models import Role
from coordinator.errors import CoordinatorError
from coordinator.progress import Progress
from coordinator.reports.jobs import REPORT_TITLES, ReportKind, ReportRequest
from coordinator.services.reporting.data import ReportScope
from coordinator.tools.os_words import failure_words
from coordinator.tools.translations import LANGUAGES
from coordinator.ui.app_settings import output_language
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.export_dialog import EXPORT_TITLES, ask_export_path, start_export
from coordinator.ui.figures import counted
from coordinator.ui.widgets.pdf_preview import PdfPreview, print_pdf
from coordinator.ui.widgets.status_line import StatusLine
from coordinator.ui.widgets.word_completer import make_searchable
from coordinator.ui.workers import (
    ListLoader,
    Work,
    Worker,
    no_collections_while_loading,
    run_with_progress,
)
from coordinator.ui.writer_guard import private_notes, writer_guard

SHOWN_KINDS = ("people", "assignments", "checkins", "programs", "settings")
BACKGROUND_FROM_PEOPLE = 5_000


def add_choices(combo: QComboBox, choices: list[tuple[str, object]]) -> None:
    """Append thousands of (text, data) choices in one insertion, not one signal per name."""
    model = combo.model()
    assert isinstance(model, QStandardItemModel)  # a QComboBox's own model
    items = []
    for text, data in choices:
        item = QStandardItem(text)
        item.setData(data, Qt.ItemDataRole.UserRole)
        items.append(item)
    model.invisibleRootItem().appendRows(items)


def _searchable_combo(name: str) -> QComboBox:
    """A list of names the coordinator can also type into to find someone among thousands."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    make_searchable(combo)
    return combo


class ReportsPage(QWidget):
    """Reports are made in a separate process so the window never freezes while pages lay out."""

    report_ready = Signal(str)  # the generated file, for the preview
    export_done = Signal(str)
    message_shown = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._scope: ReportScope | None = None
        self.background_from_people = BACKGROUND_FROM_PEOPLE  # from here on, names load in a worker
        self.loader = ListLoader(self, self.refresh)  # a large year's names in a worker
        self._folder = Path(tempfile.mkdtemp(prefix="coordinator-reports-"))  # private (0700)
        weakref.finalize(self, shutil.rmtree, self._folder, ignore_errors=True)
        self._report: Path | None = None
        self.worker: Worker | None = None

        self.scope_label = QLabel()
        self.kind_combo = QComboBox()
        for kind in ReportKind:
            self.kind_combo.addItem(REPORT_TITLES[kind], kind)
        self.mentor_combo = _searchable_combo(self.tr("Mentor"))
        self.mentee_combo = _searchable_combo(self.tr("Mentee"))
        self.recipients_combo = QComboBox()
        self.recipients_combo.addItem(self.tr("Mentees"), Role.MENTEE)
        self.recipients_combo.addItem(self.tr("Mentors"), Role.MENTOR)
        self.language_combo = QComboBox()
        for code, language in LANGUAGES.items():
            self.language_combo.addItem(language, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(output_language()))
        self.language_combo.setAccessibleName(self.tr("Language of certificates and mentee logs"))
        self.language_combo.setToolTip(
            self.tr(
                "Certificates and mentee logs can be printed in English or Spanish; names and "
                "notes stay as written. The default is the language chosen in Settings."
            )
        )
        self.private_notes = QCheckBox(self.tr("Include private notes"))
        self.private_notes.setToolTip(
            self.tr(
                "Private notes belong to the mentoring relationship; "
                "they are left out unless ticked."
            )
        )
        writer_guard(context).hold(self.private_notes, reason=private_notes)
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setShortcut(QKeySequence("Ctrl+G"))
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.open_button = QPushButton(self.tr("Open in &viewer"))
        self.message = StatusLine()
        self.message.setWordWrap(True)
        self.preview = PdfPreview()

        self.export_combo = QComboBox()
        for key, title in EXPORT_TITLES.items():
            self.export_combo.addItem(QCoreApplication.translate("ExportDialog", title), key)
        self.redact_contacts = QCheckBox(self.tr("Leave out e-mail addresses and phone numbers"))
        self.export_notes = QCheckBox(self.tr("Include private notes (check-ins)"))
        self.export_button = QPushButton(self.tr("&Export…"))

        self._build_layout()
        self.kind_combo.currentIndexChanged.connect(self._update_controls)
        self.mentee_combo.currentIndexChanged.connect(self._update_controls)
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self._choose_save_path)
        self.print_button.clicked.connect(self._print)
        self.open_button.clicked.connect(self._open_in_viewer)
        self.export_button.clicked.connect(self._choose_export_path)
        self.message_shown.connect(self.message.setText)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.refresh)
        context.program_year_changed.connect(lambda _year: self.refresh())
        self.refresh()

    def _build_layout(self) -> None:
        report_box = QGroupBox(self.tr("Report"))
        form = QFormLayout(report_box)
        form.addRow(self.tr("Program year"), self.scope_label)
        form.addRow(self.tr("&Report"), self.kind_combo)
        form.addRow(self.tr("Men&tor"), self.mentor_combo)
        form.addRow(self.tr("Me&ntee"), self.mentee_combo)
        form.addRow(self.tr("Certificates f&or"), self.recipients_combo)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.private_notes)
        form.addRow(self.generate_button)
        actions = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.open_button):
            actions.addWidget(button)
        form.addRow(actions)
        export_box = QGroupBox(self.tr("Export to Excel or CSV"))
        export_form = QFormLayout(export_box)
        export_form.addRow(self.tr("E&xport"), self.export_combo)
        export_form.addRow(self.redact_contacts)
        export_form.addRow(self.export_notes)
        export_form.addRow(self.export_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(report_box)
        side_layout.addWidget(export_box)
        side_layout.addWidget(self.message)
        side_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- what the page shows ------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the year's mentors and mentees from the services (a large year in a worker)."""
        from coordinator.services.people import count_people
        from coordinator.services.reporting.year_end import report_scope

        if self.loader.wait_turn():
            return
        db, year_id = self._context.db, self._context.program_year_id
        if year_id is None:
            self._show_scope(None)
            return

        def load(_progress: Progress | None = None) -> ReportScope:
            with no_collections_while_loading(), db.reading() as session:
                return report_scope(session, year_id)

        with db.reading() as session:
            large = count_people(session) >= self.background_from_people
        if large:
            self.loader.start(load, self._show_scope, self.message_shown.emit)
            return
        try:
            scope = load()
        except CoordinatorError as exc:
            self.message_shown.emit(str(exc))
            scope = None
        self._show_scope(scope)

    def is_loading(self) -> bool:
        """True while a worker reads the year's names (tests and the benchmark wait on it)."""
        return self.loader.busy

    def _show_scope(self, scope: ReportScope | None) -> None:
        if self.loader.stale:
            return  # out of date already: the next read shows
        self._scope = scope
        self._fill_people()
        self._update_controls()

    def _on_data_changed(self, kind: str) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def _fill_people(self) -> None:
        scope = self._scope
        self.scope_label.setText(
            f"{scope.program}, {scope.year}" if scope else self.tr("Choose a program year first.")
        )
        for combo, people, blank in (
            (self.mentor_combo, scope.mentors if scope else (), self.tr("All mentors")),
            (self.mentee_combo, scope.mentees if scope else (), self.tr("No single mentee")),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, None)
            add_choices(combo, [(person.name, person.person_id) for person in people])
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _update_controls(self) -> None:
        kind = self.kind_combo.currentData()
        has_year = self._scope is not None
        self.mentor_combo.setEnabled(has_year and kind != ReportKind.YEAR_END)
        self.mentee_combo.setEnabled(
            has_year and kind in (ReportKind.MENTEE_LOG, ReportKind.CERTIFICATES)
        )
        self.recipients_combo.setEnabled(has_year and kind == ReportKind.CERTIFICATES)
        self.private_notes.setEnabled(kind == ReportKind.MENTEE_LOG)
        self.language_combo.setEnabled(kind in (ReportKind.MENTEE_LOG, ReportKind.CERTIFICATES))
        self.generate_button.setEnabled(has_year and self.worker is None)
        self.export_button.setEnabled(has_year and self.worker is None)
        has_report = self._report is not None
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(has_report)

    # -- generating -----------------------------------------------------------------------------

    def request(self) -> ReportRequest:
        """The report the controls describe."""
        year_id = self._context.program_year_id
        if year_id is None:
            raise CoordinatorError("Choose a program year first.")
        kind = ReportKind(self.kind_combo.currentData())
        mentee = self.mentee_combo.currentData() if self.mentee_combo.isEnabled() else None
        return ReportRequest(
            kind=kind,
            program_year_id=year_id,
            mentor_id=self.mentor_combo.currentData() if self.mentor_combo.isEnabled() else None,
            mentee_id=mentee,
            recipients=self.recipients_combo.currentData(),
            include_private_notes=kind == ReportKind.MENTEE_LOG and self.private_notes.isChecked(),
            language=str(self.language_combo.currentData()),
        )

    def generate(self) -> None:
        from coordinator.reports.jobs import ReportProcess

        try:
            request = self.request()
        except CoordinatorError as exc:
            self.message_shown.emit(str(exc))
            return
        db = self._context.db
        target = self._folder / f"{request.kind.value}.pdf"
        self.preview.clear()
        self._report = None

        try:
            process = ReportProcess(db, request, target)  # started here, on the GUI thread
        except OSError as exc:
            self.message_shown.emit(
                self.tr("The report could not be started: {why}.").format(why=exc.strerror)
            )
            return

        def work(progress: Progress) -> Path:
            return process.wait(progress)

        generating = self.tr("Generating the {report}…").format(
            report=REPORT_TITLES[request.kind].lower()
        )
        self.message_shown.emit(generating)
        self._start(generating, work, self._show)

    def _start(self, label: str, work: Work, on_success: Callable[[Any], None]) -> None:
        self.worker = run_with_progress(
            self, label, work, on_success, self._failed, self._cancelled
        )
        self.worker.finished.connect(self._worker_finished)
        self._update_controls()

    def _worker_finished(self) -> None:
        self.worker = None
        self._update_controls()

    def _show(self, path: Path) -> None:
        pages = self.preview.show_file(path)
        self._report = path
        self.message_shown.emit(
            self.tr("{pages}. Save or print it.").format(pages=self._pages(pages))
        )
        self._update_controls()
        self.report_ready.emit(str(path))

    def _pages(self, count: int) -> str:
        return counted(count, self.tr("page"), self.tr("pages"))

    def _failed(self, message: str) -> None:
        self.message_shown.emit(message)

    def _cancelled(self) -> None:
        self.message_shown.emit(self.tr("Cancelled; no report was made."))

    # -- saving, printing, exporting ----------------------------------------------------------

    def save_report_as(self, destination: Path) -> Path:
        from coordinator.tools.private_files import copy_private, refuse_overwriting

        if self._report is None:
            raise CoordinatorError("Generate a report first.")
        refuse_overwriting(destination, self._context.db.path)
        saved = copy_private(self._report, destination)
        self.message_shown.emit(self.tr("Saved {file}.").format(file=saved.name))
        return saved

    def _choose_save_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(Path.home() / "report.pdf"), self.tr("PDF (*.pdf)")
        )
        if name:
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
            try:
                self.save_report_as(path)
            except CoordinatorError as exc:
                self.message_shown.emit(self.tr("Could not save the report: {why}").format(why=exc))
            except OSError as exc:  # reading the generated report back
                self.message_shown.emit(
                    self.tr("Could not save the report: {why}").format(
                        why=failure_words(exc) or exc
                    )
                )

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                pages = print_pdf(self.preview.document, printer)
            except CoordinatorError as exc:
                self.message_shown.emit(str(exc))
            else:
                self.message_shown.emit(
                    self.tr("Sent {pages} to the printer.").format(pages=self._pages(pages))
                )

    def _open_in_viewer(self) -> None:
        if self._report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._report)))

    def export_to(self, path: Path) -> None:
        """Export the chosen table for the year to `path` (.xlsx or .csv) in a worker."""
        kind = str(self.export_combo.currentData())

        def done(written: Path) -> None:
            self.export_done.emit(str(written))

        worker = start_export(
            self,
            self._context,
            kind,
            path,
            redact_contacts=self.redact_contacts.isChecked(),
            include_private_notes=self.export_notes.isChecked(),
            on_done=done,
            on_message=self.message_shown.emit,
        )
        if worker is not None:
            self.worker = worker
            worker.finished.connect(self._worker_finished)
            self._update_controls()

    def _choose_export_path(self) -> None:
        path = ask_export_path(self, str(self.export_combo.currentData()))
        if path is not None:
            self.export_to(path)
