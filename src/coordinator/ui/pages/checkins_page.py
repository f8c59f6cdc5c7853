"""The Check-ins page: the year's check-ins with filters, fast entry, and the mentor workbooks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from coordinator.db.models import CHECKIN_KIND_LABELS, CheckinKind
from coordinator.errors import CoordinatorError
from coordinator.importing.checkins.intake import import_checkin_file
from coordinator.importing.checkins.result import CheckinImportResult
from coordinator.importing.checkins.workbook_format import write_checkin_workbook
from coordinator.progress import Progress
from coordinator.services.checkins.calendar import export_follow_ups
from coordinator.services.checkins.entry import (
    PersonChoice,
    checkin_form,
    delete_checkin,
    get_checkin,
)
from coordinator.services.checkins.listing import CheckinFilter, CheckinRow, list_checkins
from coordinator.tools.private_files import refuse_overwriting
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.checkin_dialog import CheckinDialog
from coordinator.ui.figures import counted, local_figure
from coordinator.ui.models.checkin_table_model import DATE, CheckinTableModel
from coordinator.ui.widgets.date_field import format_date
from coordinator.ui.widgets.problem_text import problems_html
from coordinator.ui.workers import Worker, run_with_progress

SHOWN = 2000
SHOWN_KINDS = ("checkins", "people", "assignments", "programs", "imports")
NO_YEAR_FOR_IMPORT = (
    "Choose a program year first: check-ins are imported into the program year chosen at the "
    "top of the window."
)


class CheckinsPage(QWidget):
    """List, filter, add (Ctrl+N), edit (Enter), delete (Del) check-ins; mentor workbooks."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.last_dialog: CheckinDialog | None = None
        self.last_message: QMessageBox | None = None
        self.worker: Worker | None = None
        self._filling = False
        self.model = CheckinTableModel(self)
        self._build()
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.refresh)
        context.program_year_changed.connect(lambda _id: self.refresh())
        self.refresh()

    def _build(self) -> None:
        self.mentor_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("All kinds", None)
        for kind, label in CHECKIN_KIND_LABELS.items():
            self.kind_filter.addItem(label, kind.value)
        self.month_filter = QComboBox()
        for combo in (self.mentor_filter, self.kind_filter, self.month_filter):
            combo.currentIndexChanged.connect(self._load_rows)
        self.new_button = QPushButton("&New check-in")
        self.new_button.setToolTip("Log a check-in (Ctrl+N)")
        self.edit_button = QPushButton("&Edit...")
        self.delete_button = QPushButton("&Delete...")
        self.workbook_button = QPushButton("Mentor &workbooks...")
        self.workbook_button.setToolTip(
            "Check-in log workbooks to send to one mentor, a campus's mentors or every mentor"
        )
        self.import_button = QPushButton("&Import check-ins...")
        self.import_button.setToolTip(
            "A mentor's returned workbook, or a survey-form export (csv/xlsx) for this year"
        )
        self.ics_button = QPushButton("Export foll&ow-ups (.ics)...")
        self.excel_button = QPushButton("Export to E&xcel...")
        self.excel_button.setToolTip("This year's check-ins as .xlsx or .csv (Reports page too)")
        self.excel_button.clicked.connect(self.open_export_dialog)
        self.new_button.clicked.connect(self.new_checkin)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.workbook_button.clicked.connect(self._choose_workbook_path)
        self.import_button.clicked.connect(self._choose_import_path)
        self.ics_button.clicked.connect(self._choose_ics_path)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_checkin).setWhatsThis("New check-in")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        for column, width in enumerate((95, 170, 180, 70, 170, 330, 95)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        for keys, slot, what in (
            (Qt.Key.Key_Delete, self.delete_selected, "Delete the selected check-in"),
            (Qt.Key.Key_Return, self.edit_selected, "Edit the selected check-in"),
        ):
            on_table = QShortcut(QKeySequence(keys), self.table, slot)
            on_table.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing elsewhere
            on_table.setWhatsThis(what)
        self.status = QLabel()

        filters = QHBoxLayout()
        for label, combo in (
            ("Mentor", self.mentor_filter),
            ("Kind", self.kind_filter),
            ("Month", self.month_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (
            self.workbook_button,
            self.import_button,
            self.ics_button,
            self.excel_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    # --- data -----------------------------------------------------------------------------------

    def _on_data_changed(self, kind: str) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def refresh(self) -> None:
        """Reload the filter choices and the rows for the chosen program year."""
        year_id = self._context.program_year_id
        for widget in (self.new_button, self.workbook_button, self.import_button, self.table):
            widget.setEnabled(year_id is not None)
        if year_id is None:
            self.model.set_rows([])
            self.status.setText("Choose a program year to see its check-ins.")
            return
        with self._context.db.reading() as s:
            form = checkin_form(s, year_id)
        self._fill_filters(form.mentors, form.start, form.end)
        self._load_rows()

    def _fill_filters(self, mentors: list[PersonChoice], start: dt.date, end: dt.date) -> None:
        self._filling = True
        keep_mentor = self.mentor_filter.currentData()
        keep_month = self.month_filter.currentData()
        self.mentor_filter.clear()
        self.mentor_filter.addItem("All mentors", None)
        for m in mentors:
            self.mentor_filter.addItem(m.name, m.person_id)
        self.month_filter.clear()
        self.month_filter.addItem("All months", None)
        day = start.replace(day=1)
        while day <= end:
            self.month_filter.addItem(day.strftime("%B %Y"), day.isoformat())
            day = (day + dt.timedelta(days=32)).replace(day=1)
        for combo, value in ((self.mentor_filter, keep_mentor), (self.month_filter, keep_month)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        self._filling = False

    def current_filter(self) -> CheckinFilter:
        kind = self.kind_filter.currentData()
        month = self.month_filter.currentData()
        since = until = None
        if month:
            since = dt.date.fromisoformat(month)
            until = (since + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return CheckinFilter(
            mentor_id=self.mentor_filter.currentData(),
            kind=CheckinKind(kind) if kind else None,
            since=since,
            until=until,
        )

    def _load_rows(self) -> None:
        year_id = self._context.program_year_id
        if year_id is None or self._filling:
            return
        with self._context.db.reading() as s:
            rows, total = list_checkins(s, year_id, self.current_filter(), limit=SHOWN)
        self.model.set_rows(rows)
        shown = f"the newest {len(rows):,} of {total:,}" if total > len(rows) else f"{total:,}"
        self.status.setText(f"Showing {shown} check-ins.")

    def selected_row(self) -> CheckinRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_checkin(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    # --- actions --------------------------------------------------------------------------------

    def new_checkin(self) -> None:
        year_id = self._context.program_year_id
        if year_id is None:
            return
        self._open_dialog(
            CheckinDialog(self._context, year_id, self, mentor_id=self.mentor_filter.currentData())
        )

    def edit_selected(self) -> None:
        year_id = self._context.program_year_id
        checkin_id = self.selected_checkin()
        if year_id is None or checkin_id is None:
            return
        self._open_dialog(CheckinDialog(self._context, year_id, self, checkin_id=checkin_id))

    def _open_dialog(self, dialog: CheckinDialog) -> None:
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        checkin_id = row.id
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete check-in",
            f"Delete the {CHECKIN_KIND_LABELS[row.kind].lower()} check-in of "
            f"{format_date(row.occurred_on)} ({counted(row.minutes, 'minute')}, "
            f"{counted(row.invited, 'mentee')})? The audit log keeps a record of it.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda result: (
                self._delete(checkin_id) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        self.last_message = box
        box.open()

    def _delete(self, checkin_id: int) -> None:
        try:
            with self._context.db.transaction() as s:
                version = get_checkin(s, checkin_id).version
                delete_checkin(s, checkin_id, expected_version=version)
        except CoordinatorError as exc:
            self._tell("Delete check-in", str(exc), QMessageBox.Icon.Warning)
            return
        self._context.notify("checkins")

    def _tell(self, title: str, text: str, icon: QMessageBox.Icon) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_message = box
        box.open()

    # --- files ----------------------------------------------------------------------------------

    def _choose_workbook_path(self) -> None:
        """Workbooks for the mentor chosen in the filter, a campus's mentors, or every mentor."""
        from coordinator.ui.dialogs.mentor_workbooks_dialog import MentorWorkbooksDialog

        year_id = self._context.program_year_id
        if year_id is None:
            return
        dialog = MentorWorkbooksDialog(
            self._context, year_id, self, mentor_id=self.mentor_filter.currentData()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workbooks_dialog = dialog
        dialog.open()

    def write_mentor_workbook(self, path: Path) -> None:
        year_id, mentor = self._context.program_year_id, self.mentor_filter.currentData()
        if year_id is None or mentor is None:
            return
        try:
            refuse_overwriting(path, self._context.db.path)
            with self._context.db.reading() as s:
                count = write_checkin_workbook(s, year_id, int(mentor), path)
        except CoordinatorError as exc:
            self._tell("Mentor workbook", str(exc), QMessageBox.Icon.Warning)
            return
        self._tell(
            "Mentor workbook",
            f"Saved {path.name} with {counted(count, 'mentee')} in its list. "
            "Send it to the mentor; import it here when it comes back.",
            QMessageBox.Icon.Information,
        )

    def _choose_import_path(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Import check-ins",
            "",
            "Workbooks and survey exports (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)",
        )
        if path:
            self.import_checkins(Path(path))

    def import_checkins(self, path: Path) -> None:
        """A returned mentor workbook, or a survey export into the chosen program year; the
        import runs in a worker with progress and Cancel, and says what it did when done."""
        year_id = self._context.program_year_id
        if year_id is None:
            self._tell(
                "Import check-ins",
                NO_YEAR_FOR_IMPORT,
                QMessageBox.Icon.Warning,
            )
            return
        if self.worker is not None:
            return
        db = self._context.db

        def work(progress: Progress) -> CheckinImportResult:
            return import_checkin_file(db, path, program_year_id=year_id, progress=progress)

        self.import_button.setEnabled(False)
        self.worker = run_with_progress(
            self,
            f"Importing {path.name}...",
            work,
            self._imported,
            lambda message: self._tell("Import check-ins", message, QMessageBox.Icon.Warning),
            lambda: self._tell(
                "Import check-ins", "Cancelled; nothing was changed.", QMessageBox.Icon.Information
            ),
        )
        self.worker.finished.connect(self._import_done)

    def _import_done(self) -> None:
        self.worker = None
        self.import_button.setEnabled(self._context.program_year_id is not None)

    def _imported(self, result: CheckinImportResult) -> None:
        first = f"{result.file_name}: {result.words(local_figure)}"
        if not result.problems:
            self._tell("Import check-ins", first, QMessageBox.Icon.Information)
        else:
            text = problems_html(first, result.problems)
            self._tell("Import check-ins", text, QMessageBox.Icon.Warning)
            assert self.last_message is not None
            self.last_message.setTextFormat(Qt.TextFormat.RichText)
        self._context.notify("checkins")

    def _choose_ics_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export follow-ups", "follow-ups.ics", "Calendar (*.ics)"
        )
        if path:
            self.export_follow_ups(Path(path))

    def open_export_dialog(self) -> None:
        from coordinator.ui.dialogs.export_dialog import ExportDialog

        ExportDialog(self._context, "checkins", self).open()

    def export_follow_ups(self, path: Path, *, since: dt.date | None = None) -> None:
        try:
            refuse_overwriting(path, self._context.db.path)
            with self._context.db.reading() as s:
                count = export_follow_ups(
                    s, path, since=since, program_year_id=self._context.program_year_id
                )
        except CoordinatorError as exc:
            self._tell("Export follow-ups", str(exc), QMessageBox.Icon.Warning)
            return
        self._tell(
            "Export follow-ups",
            f"Saved {counted(count, 'upcoming follow-up')} to {path.name}.",
            QMessageBox.Icon.Information,
        )
