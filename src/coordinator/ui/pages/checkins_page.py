"""The Check-ins page: the year's check-ins with filters, fast entry, and the mentor workbooks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.models import CHECKIN_KIND_LABELS
from coordinator.errors import CoordinatorError
from coordinator.importing.checkins.result import CheckinImportResult
from coordinator.progress import Progress
from coordinator.services.checkins.calendar import export_follow_ups
from coordinator.services.checkins.entry import delete_checkin, get_checkin
from coordinator.services.checkins.listing import CheckinRow, ListOrder
from coordinator.tools.private_files import refuse_overwriting
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.checkin_dialog import CheckinDialog
from coordinator.ui.figures import counted, local_figure
from coordinator.ui.models.checkin_table_model import DATE, CheckinTableModel
from coordinator.ui.widgets.checkin_filters import CheckinFilterBar
from coordinator.ui.widgets.checkins_empty import CheckinsEmptyState
from coordinator.ui.widgets.date_field import format_date, local_dates
from coordinator.ui.widgets.hours_bar import SemesterHoursStrip
from coordinator.ui.widgets.problem_text import problems_html
from coordinator.ui.widgets.row_tables import compact_rows
from coordinator.ui.widgets.status_line import StatusLine
from coordinator.ui.workers import Worker, run_with_progress
from coordinator.ui.writer_guard import writer_guard

SHOWN_KINDS = ("checkins", "people", "assignments", "programs", "imports")
NO_YEAR_FOR_IMPORT = str(
    QT_TRANSLATE_NOOP(
        "CheckinsPage",
        "Choose a program year first: check-ins are imported into the program year chosen at the "
        "top of the window.",
    )
)


def showing_text(matching: int, in_year: int, narrowed: bool) -> str:
    """ "Showing 1,234 of 222,000 check-ins." or "Showing 2 check-ins."; "1 check-in"."""
    if in_year == 1:
        if narrowed:
            return QCoreApplication.translate(
                "CheckinsPage", "Showing {matching} of {in_year} check-in."
            ).format(matching=f"{matching:,}", in_year=f"{in_year:,}")
        return QCoreApplication.translate("CheckinsPage", "Showing {in_year} check-in.").format(
            in_year=f"{in_year:,}"
        )
    if narrowed:
        return QCoreApplication.translate(
            "CheckinsPage", "Showing {matching} of {in_year} check-ins."
        ).format(matching=f"{matching:,}", in_year=f"{in_year:,}")
    return QCoreApplication.translate("CheckinsPage", "Showing {in_year} check-ins.").format(
        in_year=f"{in_year:,}"
    )


class CheckinsPage(QWidget):
    """List, filter, add (Ctrl+N), edit (Enter), delete (Del) check-ins; mentor workbooks.

    Every check-in of the year is reachable: the table fetches a page at a time as it scrolls.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.last_dialog: CheckinDialog | None = None
        self.last_message: QMessageBox | None = None
        self.worker: Worker | None = None
        self.model = CheckinTableModel(context, self)
        self.model.fetch_failed.connect(self._more_not_read)
        self._build()
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self.refresh)
        context.program_year_changed.connect(lambda _id: self.refresh())
        self.refresh()

    def _build(self) -> None:
        self.filters = CheckinFilterBar()
        self.filters.changed.connect(self._load_rows)
        self.mentor_filter = self.filters.mentor  # the workbook and New check-in read it
        self.mentee_filter = self.filters.mentee
        self.kind_filter = self.filters.kind
        self.new_button = QPushButton(self.tr("&New check-in"))
        self.new_button.setToolTip(self.tr("Log a check-in (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.delete_button = QPushButton(self.tr("&Delete..."))
        self.workbook_button = QPushButton(self.tr("Mentor &workbooks..."))
        self.workbook_button.setToolTip(
            self.tr(
                "Check-in log workbooks to send to one mentor, a campus's mentors or every mentor"
            )
        )
        self.import_button = QPushButton(self.tr("&Import check-ins..."))
        self.import_button.setToolTip(
            self.tr(
                "A mentor's returned workbook, or a survey-form export (csv/xlsx) for this year"
            )
        )
        self.ics_button = QPushButton(self.tr("Export foll&ow-ups (.ics)..."))
        self.excel_button = QPushButton(self.tr("Export to E&xcel..."))
        self.excel_button.setToolTip(
            self.tr("This year's check-ins as .xlsx or .csv (Reports page too)")
        )
        self.excel_button.clicked.connect(self.open_export_dialog)
        self.new_button.clicked.connect(self.new_checkin)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.workbook_button.clicked.connect(self._choose_workbook_path)
        self.import_button.clicked.connect(self._choose_import_path)
        self.ics_button.clicked.connect(self._choose_ics_path)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_checkin).setWhatsThis(
            self.tr("New check-in")
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Check-ins"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._keep_sort_on_date)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        compact_rows(self.table)
        for column, width in enumerate((95, 170, 180, 70, 170, 330, 95)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        for keys, slot, what in (
            (Qt.Key.Key_Delete, self.delete_selected, self.tr("Delete the selected check-in")),
            (Qt.Key.Key_Return, self.edit_selected, self.tr("Edit the selected check-in")),
        ):
            on_table = QShortcut(QKeySequence(keys), self.table, slot)
            on_table.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing elsewhere
            on_table.setWhatsThis(what)
        self.empty = CheckinsEmptyState()
        self.empty.new_button.clicked.connect(self.new_checkin)
        self.empty.import_button.clicked.connect(self._choose_import_path)
        self.empty.clear_button.clicked.connect(self.filters.clear)
        writer_guard(self._context).hold(
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.workbook_button,
            self.import_button,
            self.empty.new_button,
            self.empty.import_button,
        )
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.empty)
        self.status = StatusLine()
        self.hours = SemesterHoursStrip()  # one mentee chosen: their hours against the target
        self.hours.hide()

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
        layout.addWidget(self.filters)
        layout.addWidget(self.hours)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.status)

    # --- data -----------------------------------------------------------------------------------

    def _on_data_changed(self, kind: str) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def refresh(self) -> None:
        """Reload the filter choices and the rows for the chosen program year."""
        year_id = self._context.program_year_id
        for widget in (
            self.new_button,
            self.workbook_button,
            self.import_button,
            self.table,
            self.filters,
        ):
            widget.setEnabled(year_id is not None)
        if year_id is None:
            self.model.set_filters(None)
            self.views.setCurrentWidget(self.table)
            self.status.setText(self.tr("Choose a program year to see its check-ins."))
            return
        self.filters.set_sources(
            lambda: self.model.mentees(year_id), lambda: self.model.mentors(year_id)
        )
        self._load_rows()

    def _more_not_read(self, words: str) -> None:
        """A further page could not be read (a disk or a lock): said, and the next drag retries."""
        self.status.setText(
            self.tr("More check-ins could not be read: {reason} Scroll down to try again.").format(
                reason=words
            )
        )

    def _keep_sort_on_date(self, column: int, order: Qt.SortOrder) -> None:
        """Only the date sorts (in SQL, at any size): a click elsewhere keeps the date order."""
        if column != DATE:
            newest = self.model.order is ListOrder.NEWEST_FIRST
            keep = Qt.SortOrder.DescendingOrder if newest else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(DATE, keep)

    def _load_rows(self) -> None:
        year_id = self._context.program_year_id
        if year_id is None:
            return
        wanted = self.filters.take_filter()
        self.model.set_filters(year_id, wanted)
        matching, in_year = self.model.matching, self.model.in_year
        self.status.setText(showing_text(matching, in_year, wanted.narrows))
        mentee = self.mentee_filter.currentData()
        if mentee is not None:
            year = self.model.mentee_hours(year_id, mentee)
            self.hours.show_semesters(year.name, year.semesters)
        self.hours.setVisible(mentee is not None)
        if matching:
            self.views.setCurrentWidget(self.table)
        elif in_year:
            self.empty.nothing_matches(self.model.year_label, in_year)
            self.views.setCurrentWidget(self.empty)
        else:
            self.empty.nothing_logged(self.model.year_label)
            self.views.setCurrentWidget(self.empty)

    def selected_row(self) -> CheckinRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_checkin(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    # --- actions --------------------------------------------------------------------------------

    def new_checkin(self) -> None:
        year_id = self._context.program_year_id
        if year_id is None or not self.new_button.isEnabled():  # Ctrl+N: a viewer's is held
            return
        self._open_dialog(
            CheckinDialog(self._context, year_id, self, mentor_id=self.mentor_filter.currentData())
        )

    def edit_selected(self) -> None:
        year_id = self._context.program_year_id
        checkin_id = self.selected_checkin()
        if year_id is None or checkin_id is None or not self.edit_button.isEnabled():
            return
        self._open_dialog(CheckinDialog(self._context, year_id, self, checkin_id=checkin_id))

    def _open_dialog(self, dialog: CheckinDialog) -> None:
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.delete_button.isEnabled():
            return
        checkin_id = row.id
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete check-in"),
            self.tr(
                "Delete the {kind} check-in of {date} ({minutes}, {mentees})? "
                "The audit log keeps a record of it."
            ).format(
                kind=CHECKIN_KIND_LABELS[row.kind].lower(),
                date=format_date(row.occurred_on),
                minutes=counted(row.minutes, self.tr("minute"), self.tr("minutes")),
                mentees=counted(row.invited, self.tr("mentee"), self.tr("mentees")),
            ),
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
            self._tell(self.tr("Delete check-in"), local_dates(str(exc)), QMessageBox.Icon.Warning)
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
        from coordinator.importing.checkins.workbook_format import write_checkin_workbook

        year_id, mentor = self._context.program_year_id, self.mentor_filter.currentData()
        if year_id is None or mentor is None:
            return
        try:
            refuse_overwriting(path, self._context.db.path)
            with self._context.db.reading() as s:
                count = write_checkin_workbook(s, year_id, int(mentor), path)
        except CoordinatorError as exc:
            self._tell(self.tr("Mentor workbook"), local_dates(str(exc)), QMessageBox.Icon.Warning)
            return
        self._tell(
            self.tr("Mentor workbook"),
            self.tr(
                "Saved {file} with {mentees} in its list. "
                "Send it to the mentor; import it here when it comes back."
            ).format(file=path.name, mentees=counted(count, self.tr("mentee"), self.tr("mentees"))),
            QMessageBox.Icon.Information,
        )

    def _choose_import_path(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import check-ins"),
            "",
            self.tr("Workbooks and survey exports (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)"),
        )
        if path:
            self.import_checkins(Path(path))

    def import_checkins(self, path: Path) -> None:
        """A returned mentor workbook, or a survey export into the chosen program year; the
        import runs in a worker with progress and Cancel, and says what it did when done."""
        from coordinator.importing.checkins.intake import import_checkin_file  # here, not in work

        year_id = self._context.program_year_id
        if year_id is None:
            self._tell(
                self.tr("Import check-ins"),
                self.tr(NO_YEAR_FOR_IMPORT),
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
            self.tr("Importing {file}...").format(file=path.name),
            work,
            self._imported,
            lambda message: self._tell(
                self.tr("Import check-ins"), message, QMessageBox.Icon.Warning
            ),
            lambda: self._tell(
                self.tr("Import check-ins"),
                self.tr("Cancelled; nothing was changed."),
                QMessageBox.Icon.Information,
            ),
        )
        self.worker.finished.connect(self._import_done)

    def _import_done(self) -> None:
        self.worker = None
        self.import_button.setEnabled(self._context.program_year_id is not None)

    def _imported(self, result: CheckinImportResult) -> None:
        first = " ".join([f"{result.file_name}: {result.words(local_figure)}", *result.notes])
        icon = QMessageBox.Icon.Warning if result.problems else QMessageBox.Icon.Information
        self._tell(self.tr("Import check-ins"), problems_html(first, result.problems), icon)
        self._context.notify("checkins")

    def _choose_ics_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export follow-ups"),
            "follow-ups.ics",
            self.tr("Calendar (*.ics)"),
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
            self._tell(
                self.tr("Export follow-ups"), local_dates(str(exc)), QMessageBox.Icon.Warning
            )
            return
        self._tell(
            self.tr("Export follow-ups"),
            self.tr("Saved {follow_ups} to {file}.").format(
                follow_ups=counted(
                    count, self.tr("upcoming follow-up"), self.tr("upcoming follow-ups")
                ),
                file=path.name,
            ),
            QMessageBox.Icon.Information,
        )
