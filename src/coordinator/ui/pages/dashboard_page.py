"""The Dashboard: the program year's figures, who is at risk and why, and three charts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.progress import Progress
from coordinator.services.compliance.dashboard import (
    Dashboard,
    FiguresStage,
    dashboard_figures,
    finish_dashboard,
)
from coordinator.services.compliance.evaluate import MenteeStatus
from coordinator.services.programs.first_steps import StepKind, first_step
from coordinator.services.week.this_week import Week, this_week
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted, local_figure
from coordinator.ui.layout_memory import LayoutMemory
from coordinator.ui.models.at_risk_model import STATE, AtRiskTableModel
from coordinator.ui.pages.dashboard_outcomes import OutcomesPanel
from coordinator.ui.pages.dashboard_week import WeekActions
from coordinator.ui.service_reasons import said
from coordinator.ui.widgets.dashboard_charts import BarListView, MonthChartView
from coordinator.ui.widgets.date_field import format_date
from coordinator.ui.widgets.row_tables import compact_rows
from coordinator.ui.widgets.setup_guide import SetupGuide
from coordinator.ui.widgets.survey_outcomes import SurveyOutcomesView
from coordinator.ui.widgets.week_list import WeekList
from coordinator.ui.workers import Worker

if TYPE_CHECKING:
    from coordinator.ui.dialogs.year_close_dialog import YearCloseDialog

SHOWN_KINDS = ("checkins", "people", "assignments", "programs", "imports", "settings")


class FigureTile(QFrame):
    """One big number with its caption and a smaller detail line."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.detail = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class DashboardPage(QWidget):
    """Double-clicking (or Enter on) an at-risk mentee emits `open_person(person_id)`."""

    open_person = Signal(int)
    figures_shown = Signal()  # the figure tiles are up to date; the table and charts follow
    loaded = Signal()  # everything on screen is up to date, this week's list included
    _figures_ready = Signal(object)  # a FiguresStage, emitted from the evaluating thread

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stale = True
        self._again = False
        self._worker: Worker | None = None
        self._week_worker: Worker | None = None
        self._week_again: tuple[int, dt.date, list[MenteeStatus] | None] | None = None
        self._stage: FiguresStage | None = None  # its evaluated mentees make the week list
        self._outcomes_due: int | None = None  # the year whose outcomes follow the figures
        self.dashboard: Dashboard | None = None
        self.as_of: dt.date | None = None  # the day shown; None is today (tests pin a day)
        self.model = AtRiskTableModel(self)
        self._build()
        self._figures_ready.connect(self._figures_evaluated)
        context.data_changed.connect(self._on_data_changed)
        context.database_changed.connect(self._mark_stale)
        context.program_year_changed.connect(lambda _id: self._mark_stale())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait_until_evaluated)

    def _build(self) -> None:
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a program's name shows as typed
        self.tiles = {
            key: FigureTile(caption)
            for key, caption in (
                ("mentees", self.tr("Mentees")),
                ("mentors", self.tr("Mentors")),
                ("month", self.tr("Check-ins this month")),
                ("year", self.tr("Check-ins this year")),
                ("on_track", self.tr("On track")),
                ("at_risk", self.tr("At risk")),
                ("out", self.tr("Out of compliance")),
            )
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Mentees needing attention"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several at a time: the selected mentees' mentors can be nudged together.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._open)
        open_mentee = QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            lambda: self._open(self.table.currentIndex()),
        )
        open_mentee.setContext(Qt.ShortcutContext.WidgetShortcut)
        open_mentee.setWhatsThis(self.tr("Open the selected mentee"))
        self.at_risk_label = QLabel()
        self.week_list = WeekList()
        self.week_actions = WeekActions(self._context, self.week_list, self.selected_at_risk, self)
        self.week_actions.open_person.connect(self.open_person)
        self.table.selectionModel().selectionChanged.connect(self.week_actions.button_state)
        self.per_month = MonthChartView(self.tr("Check-ins per month"))
        self.by_mentor = BarListView(self.tr("Hours by mentor"))
        self.topics = BarListView(
            self.tr("Topics covered (mentees)"),
            value_text=lambda n: local_figure(round(n)),
            labels_above=True,
        )
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.per_month, 0, 0)
        grid.addWidget(self.by_mentor, 0, 1)
        self.surveys = SurveyOutcomesView()  # response rates and start → end shifts
        # Topics and surveys share the third column (as tabs): with four charts abreast at
        # 1366x768 the months no longer lie flat.
        self.topic_survey_tabs = QTabWidget()
        self.topic_survey_tabs.setAccessibleName(self.tr("Topics covered, and surveys"))
        self.topic_survey_tabs.setTabPosition(QTabWidget.TabPosition.East)  # no height taken
        self.topic_survey_tabs.setDocumentMode(True)
        self.topic_survey_tabs.addTab(self.topics, self.tr("Topics"))
        self.topic_survey_tabs.addTab(self.surveys, self.tr("Surveys"))
        grid.addWidget(self.topic_survey_tabs, 0, 2)
        for column, share in enumerate((5, 3, 4)):  # a year of months wants room to lie flat
            grid.setColumnStretch(column, share)
        risk = QWidget()
        risk_layout = QVBoxLayout(risk)
        risk_layout.setContentsMargins(0, 0, 0, 0)
        risk_layout.addWidget(self.at_risk_label)
        risk_layout.addWidget(self.table)
        # This week's to-do lines beside the at-risk list: the top of the page, and at 1366x768
        # the list still has room for ten mentees and the charts for their labels.
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(self.week_list)
        top.addWidget(risk)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(charts)
        self.splitter.setStretchFactor(0, 3)  # the list of who needs attention comes first
        self.splitter.setStretchFactor(1, 2)
        self.layout_memory = LayoutMemory("dashboard", self)
        self.layout_memory.splitter("splitter", self.splitter, default=(55, 45))
        self.layout_memory.splitter("week", top, default=(40, 60))
        self.layout_memory.table("at_risk", self.table)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(tiles)
        content_layout.addWidget(self.splitter, 1)
        self.guide = SetupGuide(self._context)  # no year to show: what to do, not empty axes
        self.views = QStackedWidget()
        self.views.addWidget(self.guide)
        self.views.addWidget(content)
        self.close_year_button = QPushButton(self.tr("Close year…"))
        self.close_year_button.setAccessibleName(self.tr("Close year"))
        self.close_year_button.setToolTip(
            self.tr(
                "The last semester has ended: record each mentee's outcome (completed or not, "
                "withdrawn, left) and who gets a certificate"
            )
        )
        self.close_year_button.clicked.connect(self.close_year)
        self.close_year_button.hide()
        self.outcomes = OutcomesPanel(self._context)  # shown once a later roster exists
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.outcomes)
        heading.addWidget(self.close_year_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.views, 1)

    # --- refreshing only when seen: the large demo's evaluation is not free --------------------

    def _on_data_changed(self, kind: str) -> None:
        if kind in SHOWN_KINDS:
            self._mark_stale()
        elif kind == "nudges" and (week := self.week_list.week) is not None:
            self._refresh_week(week.program_year_id, week.today)  # "nudged today"

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        year_id = self._context.program_year_id
        self.views.setCurrentIndex(0 if year_id is None else 1)
        if year_id is None:
            self.dashboard = None
            with self._context.db.reading() as s:
                step = first_step(s)
            choose = step.kind is StepKind.CHOOSE_YEAR
            self.title.setText(
                self.tr("No program year chosen") if choose else self.tr("Getting started")
            )
            self.guide.show_step(step)
            self.model.set_rows([])
            self.week_list.set_week(None)
            self.outcomes.refresh(None)
            return
        if self._worker is not None:
            self._again = True  # evaluate once more when the running evaluation finishes
            return
        shown = self.dashboard.title if self.dashboard else self.tr("Dashboard")
        self.title.setText(self.tr("{title}: evaluating the rules...").format(title=shown))
        db = self._context.db
        as_of = self.as_of

        def evaluate(_progress: Progress) -> Dashboard:
            with db.reading() as s:
                stage = dashboard_figures(s, year_id, as_of=as_of)
                # The tiles are painted now, while the at-risk list and charts are derived.
                self._figures_ready.emit(stage)
                return finish_dashboard(s, stage)

        # Off the GUI thread: the large demo takes about a second and the window stays live.
        worker = Worker(evaluate, self)
        worker.succeeded.connect(self._evaluated)
        worker.failed.connect(self._evaluation_failed)
        worker.finished.connect(self._worker_done)
        self._worker = worker
        worker.start()

    def wait_until_evaluated(self) -> None:
        """Block until a running evaluation has finished (closing, tests, benchmarks)."""
        # The week list is evaluated after the rest: wait for that one too once it has started.
        while (worker := self._worker or self._week_worker) is not None:
            worker.wait()
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        self._refresh_outcomes()  # when its turn after the figures has not come yet
        self.outcomes.wait()

    def _figures_evaluated(self, stage: FiguresStage) -> None:
        if self._context.program_year_id != stage.program_year_id:
            return
        self._show_figures(stage)
        self._stage = stage
        if self.dashboard is None:  # a refresh keeps the previous list until the new one is in
            self.at_risk_label.setText(self.tr("Listing the mentees needing attention..."))
        self.figures_shown.emit()
        # The outcomes panel's own evaluation follows the figures, once they are painted:
        # started beside them, it held the interpreter the figures needed.
        self._outcomes_due = stage.program_year_id
        QTimer.singleShot(0, self._refresh_outcomes)

    def _refresh_outcomes(self) -> None:
        due, self._outcomes_due = self._outcomes_due, None
        if due is not None:
            self.outcomes.refresh(due)

    def _evaluated(self, dashboard: Dashboard) -> None:
        if self._context.program_year_id != dashboard.program_year_id:
            self._again = True
            return
        self.dashboard = dashboard
        self._show(dashboard)
        # The week list last (it takes about as long again); `loaded` follows it.
        stage, self._stage = self._stage, None
        same = stage is not None and stage.program_year_id == dashboard.program_year_id
        mentees = stage.mentees if stage is not None and same else None
        self._refresh_week(dashboard.program_year_id, dashboard.as_of, mentees)

    def _failed(self, message: str) -> None:
        self.title.setText(message)

    def _evaluation_failed(self, message: str) -> None:
        self._failed(message)
        if self._stage is None:  # the figures never came: the outcomes are still looked at
            self._outcomes_due = self._context.program_year_id
            self._refresh_outcomes()

    def _worker_done(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()
        if self._again:
            self._again = False
            self.refresh()

    def _show_figures(self, d: Dashboard | FiguresStage) -> None:
        f = d.figures
        self.title.setText(
            self.tr("{title}, as of {date}").format(title=d.title, date=format_date(d.as_of))
        )
        self.tiles["mentees"].show_figure(local_figure(f.mentees))
        over = (
            self.tr("{count} over the caseload cap").format(count=local_figure(f.mentors_over_cap))
            if f.mentors_over_cap
            else ""
        )
        self.tiles["mentors"].show_figure(local_figure(f.mentors), over)
        self.tiles["month"].show_figure(
            local_figure(f.checkins_this_month), self._hours(f.minutes_this_month)
        )
        self.tiles["year"].show_figure(
            local_figure(f.checkins_this_year), self._hours(f.minutes_this_year)
        )
        self.tiles["on_track"].show_figure(
            f"{f.share_on_track:.0%}", counted(f.on_track, self.tr("mentee"), self.tr("mentees"))
        )
        self.tiles["at_risk"].show_figure(
            local_figure(f.at_risk), self.tr("behind pace or out of touch")
        )
        self.tiles["out"].show_figure(
            local_figure(f.out_of_compliance), self.tr("a rule already missed")
        )
        self.per_month.set_values([(said(month), n) for month, n in d.checkins_per_month])

    def _show(self, d: Dashboard) -> None:
        self._show_figures(d)
        self._show_year_over(d)
        self.model.set_rows(d.at_risk)
        self.layout_memory.rows_shown("at_risk")
        self.at_risk_label.setText(
            self.tr("Mentees needing attention: {count} (double-click to open)").format(
                count=local_figure(len(d.at_risk))
            )
        )
        self.by_mentor.set_values(d.hours_by_mentor)  # as many as fit, the rest "N more…"
        self.topics.set_values(d.topics_covered)
        self.surveys.show_outcomes(d.surveys)

    def _show_year_over(self, d: Dashboard) -> None:
        """After the last semester: Met / Not met, no "At risk", and the year can be closed."""
        over = d.year_over
        self.tiles["on_track"].caption.setText(
            self.tr("Met the rules") if over else self.tr("On track")
        )
        self.tiles["out"].caption.setText(
            self.tr("Did not meet them") if over else self.tr("Out of compliance")
        )
        self.tiles["at_risk"].setVisible(not over)
        if over:
            f = d.figures
            self.tiles["out"].show_figure(
                local_figure(f.out_of_compliance), self.tr("a rule not met")
            )
            from coordinator.services.compliance.year_close import closed_on  # not for figures

            with self._context.db.reading() as s:
                closed = closed_on(s, d.program_year_id)
            self.close_year_button.setText(
                self.tr("Year outcomes…") if closed else self.tr("Close year…")
            )
        self.close_year_button.setVisible(over)

    def _hours(self, minutes: int | float) -> str:
        """ "1 hour", "7,947.5 hours" in the window's language."""
        return counted(round(minutes / 60, 1), self.tr("hour"), self.tr("hours"))

    def close_year(self) -> YearCloseDialog | None:
        """Open the Close year dialog for the year shown (tests drive the dialog returned)."""
        year_id = self._context.program_year_id
        if year_id is None:
            return None
        from coordinator.ui.dialogs.year_close_dialog import YearCloseDialog  # when opened

        dialog = YearCloseDialog(self._context, year_id, today=self.as_of, parent=self.window())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_person.emit(row.person_id)

    # --- this week: the to-do lines and the nudges ---------------------------------------------

    def _show_week(self, week: Week) -> None:
        if self._context.program_year_id == week.program_year_id:
            self.week_list.set_week(week)
            self.loaded.emit()

    def _refresh_week(
        self, year_id: int, today: dt.date, mentees: list[MenteeStatus] | None = None
    ) -> None:
        """The week list, in a worker of its own once the figures and list are up; from the
        mentees the figures evaluated when given."""
        if self._week_worker is not None:
            self._week_again = (year_id, today, mentees)
            return
        db = self._context.db

        def evaluate(_progress: Progress) -> Week:
            with db.reading() as s:
                return this_week(s, year_id, today, evaluated=mentees)

        worker = Worker(evaluate, self)
        worker.succeeded.connect(self._show_week)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._week_worker_done)
        self._week_worker = worker
        worker.start()

    def _week_worker_done(self) -> None:
        worker, self._week_worker = self._week_worker, None
        if worker is not None:
            worker.deleteLater()
        again, self._week_again = self._week_again, None
        if again is not None:
            self._refresh_week(*again)

    def selected_at_risk(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        found = [self.model.row_at(row) for row in sorted(rows)]
        return [r.person_id for r in found if r is not None]
