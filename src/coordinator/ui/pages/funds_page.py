"""The Funds page: the program year's pay runs and previews, a run's lines with the reason for
each amount, adjusting, approving and locking, reversing, payroll exports and stipend requests;
and on its second tab the allotment budget and the ledger.

A locked run offers no way to change it: those actions are disabled with a tooltip saying why,
and should a change be attempted anyway the service's refusal is shown in words.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.progress import Progress
from coordinator.services.pay import runs
from coordinator.services.pay.money import money
from coordinator.services.pay.overview import FundsView, RunRow, funds_view, person_total
from coordinator.tools.file_names import portable_file_name
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.ledger_entry_dialog import LedgerEntryDialog
from coordinator.ui.dialogs.pay_dialogs import (
    AdjustLineDialog,
    NewPreviewDialog,
    PayrollExportDialog,
    ReverseRunDialog,
)
from coordinator.ui.figures import counted
from coordinator.ui.models.funds_models import LinesModel, RunsModel
from coordinator.ui.pages.funds_budget import FundsBudget
from coordinator.ui.pages.funds_words import (
    empty_words,
    line_words,
    rules_words,
    run_heading,
    why_not,
)
from coordinator.ui.widgets.availability import offer
from coordinator.ui.widgets.confirm_box import ask_before
from coordinator.ui.widgets.row_tables import table
from coordinator.ui.widgets.status_line import StatusLine
from coordinator.ui.workers import Worker, run_with_progress
from coordinator.ui.writer_guard import writer_guard

D = TypeVar("D", bound=QDialog)
SHOWN_KINDS = ("pay", "checkins", "assignments", "mentors", "programs", "people", "imports")
SHORTCUTS = {
    "preview": "Ctrl+N",
    "adjust": "Ctrl+J",
    "approve": "Ctrl+Shift+L",
    "reverse": "Ctrl+Shift+R",
    "export": "Ctrl+Shift+X",
    "requests": "Ctrl+P",
    "entry": "Ctrl+L",
}


class FundsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today: dt.date | None = None  # None: the real today (tests pin a day)
        self.view: FundsView | None = None
        self.run_view: runs.RunView | None = None
        self.previews: set[str] = set()  # periods previewed on this page
        self.worker: Worker | None = None
        self.dialog: Any = None
        self.confirm_box: QMessageBox | None = None
        self._tips: dict[QAction, str] = {}
        self._buttons: dict[QAction, QPushButton] = {}
        self._actions: dict[str, QAction] = {}
        self.title = QLabel(self.tr("<h2>Funds</h2>"))
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.preview_action = self._action(
            self.tr("&New preview…"), "preview", self.ask_new_preview
        )
        self.adjust_action = self._action(self.tr("&Adjust line…"), "adjust", self.ask_adjust)
        self.approve_action = self._action(
            self.tr("Appro&ve and lock…"), "approve", self.ask_approve
        )
        self.reverse_action = self._action(self.tr("&Reverse…"), "reverse", self.ask_reverse)
        self.export_action = self._action(
            self.tr("E&xport for payroll…"), "export", self.ask_export
        )
        self.requests_action = self._action(
            self.tr("Stipend re&quests PDF…"), "requests", self.ask_requests
        )
        self.entry_action = self._action(self.tr("Add &entry…"), "entry", self.ask_entry)
        self.runs_model = RunsModel(self)
        self.runs = table(self.runs_model, stretch=2, sort_by=-1)
        self.runs.setSortingEnabled(False)
        self.runs.setAccessibleName(self.tr("Pay runs of this year"))
        self.runs.selectionModel().selectionChanged.connect(self._run_chosen)
        self.runs_empty = QLabel()
        self.runs_empty.setWordWrap(True)
        self.run_heading = QLabel()
        self.run_heading.setWordWrap(True)
        self.lines_model = LinesModel(self)
        self.lines = table(self.lines_model, stretch=5)
        self.lines.setAccessibleName(self.tr("The run's lines: who is paid, how much and why"))
        self.lines.selectionModel().selectionChanged.connect(self._line_chosen)
        self.line_detail = QLabel()
        self.line_detail.setWordWrap(True)
        self.lines.doubleClicked.connect(lambda _index: self.adjust_action.trigger())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            on_line = QShortcut(QKeySequence(key), self.lines, self.adjust_action.trigger)
            on_line.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing elsewhere
            on_line.setWhatsThis(self.tr("Adjust the selected line"))
        for view, actions in (
            (self.runs, (self.preview_action, self.approve_action, self.reverse_action,
                         self.export_action, self.requests_action)),
            (self.lines, (self.adjust_action, self.approve_action)),
        ):  # fmt: skip
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions(list(actions))
        self.budget = FundsBudget(self._buttons[self.entry_action])
        self.status = StatusLine()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("What happened"))
        self._lay_out()
        writers = (self.preview_action, self.adjust_action, self.approve_action,
                   self.reverse_action, self.entry_action)  # fmt: skip
        writer_guard(context).hold(*writers, *(self._buttons[a] for a in writers))
        context.data_changed.connect(self._data_changed)
        context.database_changed.connect(self._database_changed)
        context.program_year_changed.connect(self._year_changed)
        self.refresh()

    def _action(self, text: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        keys = QKeySequence(SHORTCUTS[key])
        action.setShortcut(keys)  # window-wide: Qt matches it only while the page is visible
        native = keys.toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{text.replace('&', '').rstrip('…')} ({native})"
        action.setToolTip(tip)
        self._tips[action] = tip
        self._actions[key] = action
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        button = QPushButton(text)
        button.clicked.connect(action.trigger)
        self._buttons[action] = button
        return action

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for action in (
            self.preview_action, self.adjust_action, self.approve_action, self.reverse_action,
            self.export_action, self.requests_action,
        ):  # fmt: skip
            buttons.addWidget(self._buttons[action])
        buttons.addStretch(1)
        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.run_heading)
        lines_layout.addWidget(self.lines, 1)
        lines_layout.addWidget(self.line_detail)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.runs)
        split.addWidget(lines_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        pay_tab = QWidget()
        pay = QVBoxLayout(pay_tab)
        pay.addWidget(self.rules)
        pay.addLayout(buttons)
        pay.addWidget(self.runs_empty)
        pay.addWidget(split, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Pay runs, or the budget and ledger"))
        self.tabs.addTab(pay_tab, self.tr("&Pay runs"))
        self.tabs.addTab(self.budget, self.tr("&Budget and ledger"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        order = [self.tabs, *(self._buttons[a] for a in list(self._buttons)[:6]), self.runs,
                 self.lines]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- what is shown ------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _year_changed(self, *_args: Any) -> None:
        self.previews = set()
        self.refresh()

    def _database_changed(self) -> None:
        self.previews = set()
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def refresh(self, *_args: Any, select: str | None = None) -> None:
        """Read the year again and keep (or move to) the chosen run."""
        year_id = self.context.program_year_id
        current = self.current_run()
        keep = select or (current.key if current is not None else None)
        view = None
        if year_id is not None:
            try:
                with self.context.db.reading() as session:
                    view = funds_view(session, year_id, self.previews)
            except CoordinatorError as exc:
                self.status.setText(str(exc))
        self.view = view
        self.title.setText(
            self.tr("<h2>Funds · {title}</h2>").format(title=escape(view.title))
            if view
            else self.tr("<h2>Funds</h2>")
        )
        self.rules.setText(rules_words(view))
        self.runs_model.set_rows(list(view.runs) if view else [])
        self.runs.resizeColumnsToContents()
        self.runs_empty.setText(empty_words(view))
        self.runs_empty.setVisible(bool(self.runs_empty.text()))
        self.budget.show_view(view)
        rows = self.runs_model.rows()
        wanted = next((n for n, r in enumerate(rows) if r.key == keep), None)
        if wanted is None and rows:
            wanted = len(rows) - 1
        if wanted is not None:
            self.runs.selectRow(wanted)
        self._run_chosen()

    def current_run(self) -> RunRow | None:
        chosen = self.runs.selectionModel().selectedRows() if self.runs.selectionModel() else []
        return self.runs_model.row_at(chosen[0].row()) if chosen else None

    def current_line(self) -> runs.RunLine | None:
        chosen = self.lines.selectionModel().selectedRows()
        return self.lines_model.row_at(chosen[0].row()) if chosen else None

    def _run_chosen(self, *_args: Any) -> None:
        run, view = self.current_run(), self.view
        shown: runs.RunView | None = None
        if run is not None and view is not None:
            try:
                with self.context.db.reading() as session:
                    if run.locked and run.run_id is not None:
                        shown = runs.run_view(session, run.run_id)
                    else:
                        shown = runs.preview(session, view.program_year_id, run.period)
            except CoordinatorError as exc:
                self.status.setText(str(exc))
        self.run_view = shown
        self.lines_model.set_rows(list(shown.lines) if shown else [])
        self.lines.resizeColumnsToContents()
        for column, widest in ((2, 190), (6, 200)):  # campus and missing: the reason gets the room
            self.lines.setColumnWidth(column, min(self.lines.columnWidth(column), widest))
        self.run_heading.setText(run_heading(run, shown))
        if shown is not None and shown.lines:
            self.lines.selectRow(0)  # Ctrl+J and Enter act at once; the detail shows its reason
        self._line_chosen()

    def _line_chosen(self, *_args: Any) -> None:
        self.line_detail.setText(line_words(self.current_line()))
        self.update_actions()

    # --- what can be done ---------------------------------------------------------------------

    def update_actions(self, *_args: Any) -> None:
        """Each action enabled only when it can act; otherwise its tooltip says why not."""
        reasons = why_not(
            self.view, self.current_run(), self.current_line(), busy=self.worker is not None
        )
        for key, action in self._actions.items():
            offer(action, self._tips[action], reasons[key])
            button = self._buttons[action]
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())

    def _say(self, words: str) -> None:
        self.status.setText(words)

    def _changed(self, words: str, select: str | None = None) -> None:
        self.refresh(select=select)
        self._say(words)
        self.context.notify("pay")

    def _open(self, dialog: D, done: Callable[[], None]) -> D:
        self.dialog = dialog
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # --- previews, adjustments, approval, reversal --------------------------------------------

    def _people(self, count: int) -> str:
        return counted(count, self.tr("person"), self.tr("people"))

    def ask_new_preview(self) -> NewPreviewDialog | None:
        if self.view is None or not self.view.periods:
            return None
        dialog = NewPreviewDialog(self.view.periods, self.window())
        return self._open(dialog, lambda: self.new_preview(dialog.period))

    def new_preview(self, period: str) -> None:
        self.previews.add(period)
        self.refresh(select=f"preview:{period}")
        if self.run_view is not None:
            self._say(
                self.tr("{title}: {people}, {total}. Nothing is paid until you approve it.").format(
                    title=self.run_view.title,
                    people=self._people(self.run_view.people),
                    total=money(self.run_view.total_cents),
                )
            )

    def ask_adjust(self) -> AdjustLineDialog | None:
        run, line, view = self.current_run(), self.current_line(), self.view
        if run is None or line is None or view is None or self.run_view is None:
            return None
        current = person_total(self.run_view, line.person_id)
        dialog = AdjustLineDialog(
            self.context, view.program_year_id, run, line.person_id, line.name, current,
            self.window(),
        )  # fmt: skip

        def adjusted() -> None:
            self._changed(
                self.tr(
                    "{name} is now to be paid {amount} in {period}; "
                    "the reason is kept with the line."
                ).format(
                    name=line.name, amount=money(dialog.new_cents or 0), period=run.period_label
                ),
                select=f"preview:{run.period}",
            )

        return self._open(dialog, adjusted)

    def adjust(self, person_id: int, new_cents: int, reason: str) -> bool:
        """Adjust the chosen run's line for `person_id` as the dialog would; the service's
        refusal (a locked run, no reason) is shown in words. True when it was adjusted."""
        from coordinator.services.pay.overview import adjust_to

        run, view = self.current_run(), self.view
        if run is None or view is None:
            return False
        try:
            with self.context.db.transaction() as session:
                adjust_to(
                    session, view.program_year_id, run.period, person_id, new_cents, reason,
                    run_id=run.run_id if run.locked else None,
                )  # fmt: skip
        except CoordinatorError as exc:
            self._say(str(exc))
            return False
        self._changed(
            self.tr("Adjusted to {amount}.").format(amount=money(new_cents)),
            select=f"preview:{run.period}",
        )
        return True

    def ask_approve(self) -> QMessageBox | None:
        run, shown = self.current_run(), self.run_view
        if run is None or shown is None:
            return None
        if run.locked:
            self._say(run.why_locked)
            return None
        self.confirm_box = box = ask_before(
            self,
            self.tr("Approve and lock"),
            self.tr(
                "Approve and lock {title}: {people}, {total}?\n\nOnce approved the run cannot be "
                "changed. A check-in logged later, or a correction, goes into the next run as its "
                "own line; only a reversing run takes an approved run back."
            ).format(
                title=shown.title,
                people=self._people(shown.people),
                total=money(shown.total_cents),
            ),
            self.tr("&Approve and lock"),
            lambda yes: self._approve_answered(run.period, yes),
        )
        return box

    def _approve_answered(self, period: str, yes: bool) -> None:
        self.confirm_box = None
        if yes:
            self.approve(period)

    def approve(self, period: str) -> int | None:
        if self.view is None:
            return None
        try:
            with self.context.db.transaction() as session:
                run_id = runs.approve(
                    session, self.view.program_year_id, period, today=self._today()
                )
        except CoordinatorError as exc:
            self._say(str(exc))
            return None
        self.previews.discard(period)
        self._changed(
            self.tr(
                "Approved and locked run {run}: it cannot be changed now. Export it for payroll."
            ).format(run=run_id),
            select=f"run:{run_id}",
        )
        return run_id

    def ask_reverse(self) -> ReverseRunDialog | None:
        run = self.current_run()
        if run is None or not run.reversible:
            return None
        dialog = ReverseRunDialog(self.context, run, self._today(), self.window())

        def reversed_() -> None:
            self._changed(
                self.tr(
                    "Run {run} is reversed by run {reversal}; export that run for payroll too."
                ).format(run=run.run_id, reversal=dialog.reversal_id),
                select=f"run:{dialog.reversal_id}",
            )

        return self._open(dialog, reversed_)

    # --- exports, off the window's thread -----------------------------------------------------

    def _default_name(self, what: str, suffix: str) -> str:
        title = self.run_view.title if self.run_view else self.tr("pay run")
        return portable_file_name(f"{title} {what}", suffix)

    def ask_export(self) -> PayrollExportDialog | None:
        run, view = self.current_run(), self.view
        if run is None or view is None or not run.locked:
            return None
        dialog = PayrollExportDialog(run, view.profiles, self.window())

        def chosen() -> None:
            kind = (
                self.tr("Workbook (*.xlsx)") if dialog.suffix == ".xlsx" else self.tr("CSV (*.csv)")
            )
            name = self._default_name("payroll", dialog.suffix)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export for payroll"), name, kind)
            if path:
                self.export_payroll(Path(path), dialog.profile)

        return self._open(dialog, chosen)

    def export_payroll(self, path: Path, profile: str | None = None) -> None:
        """Write the chosen locked run as the file payroll loads, in a worker."""
        from coordinator.services.pay.exports import profile_columns, write_payroll

        run, db = self.current_run(), self.context.db
        if run is None or run.run_id is None:
            return
        run_id = run.run_id

        def work(_progress: Progress) -> tuple[Path, int, int]:
            with db.reading() as session:
                shown = runs.run_view(session, run_id)
                columns = profile_columns(session, profile)
            people, total = write_payroll(shown, path, columns)
            return path, people, total

        def done(result: tuple[Path, int, int]) -> None:
            written, people, total = result
            self._say(
                self.tr("Wrote {file} in {folder}: {people}, {total}.").format(
                    file=written.name,
                    folder=written.parent,
                    people=self._people(people),
                    total=money(total),
                )
            )

        self._start(self.tr("Writing the payroll file…"), work, done)

    def ask_requests(self) -> None:
        run = self.current_run()
        if run is None or not run.locked:
            return
        layouts = [
            self.tr("One page per mentor"),
            self.tr("One page per campus (a line per mentor)"),
        ]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Stipend requests"),
            self.tr("Stipend requests for principals to sign:"),
            layouts,
            0,
            False,
        )
        if not ok:
            return
        per = "campus" if chosen == layouts[1] else "mentor"
        name = self._default_name(self.tr("stipend requests"), ".pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Stipend requests"), name, self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_requests(Path(path), per=per)

    def write_requests(self, path: Path, *, per: str = "mentor") -> None:
        """Signed stipend requests for the people the chosen run pays, one page per mentor or
        per campus, in a worker."""
        from coordinator.reports.stipend_request import write_stipend_requests

        run, db = self.current_run(), self.context.db
        if run is None or run.run_id is None:
            return
        run_id = run.run_id
        if path.suffix.lower() != ".pdf":
            self._say(
                self.tr("Cannot write {file}: choose a name ending in .pdf.").format(file=path.name)
            )
            return

        def work(_progress: Progress) -> tuple[Path, int]:
            with db.reading() as session:
                shown = runs.run_view(session, run_id)
            write_stipend_requests(shown, path, per=per)
            return path, shown.people

        def done(result: tuple[Path, int]) -> None:
            written, people = result
            self._say(
                self.tr("Wrote {file} in {folder}: {requests}.").format(
                    file=written.name,
                    folder=written.parent,
                    requests=counted(
                        people, self.tr("stipend request"), self.tr("stipend requests")
                    ),
                )
            )

        self._start(self.tr("Writing the stipend requests…"), work, done)

    def _start(self, label: str, work: Any, done: Any) -> None:
        self._say("")
        self.worker = run_with_progress(self, label, work, done, self._say)
        self.worker.finished.connect(self._worker_done)
        self.update_actions()

    def _worker_done(self) -> None:
        self.worker = None
        self.update_actions()

    # --- the ledger ---------------------------------------------------------------------------

    def ask_entry(self) -> LedgerEntryDialog | None:
        if self.view is None:
            return None
        self.tabs.setCurrentWidget(self.budget)
        dialog = LedgerEntryDialog(self.context, self.view, self._today(), self.window())
        return self._open(
            dialog, lambda: self._changed(self.tr("Ledger entry added; the budget shows it."))
        )
