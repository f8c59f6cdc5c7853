"""Milestones…: where each milestone of the year stands, ticking documents, the year's calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.progress import Progress
from coordinator.services.checkins.calendar import export_follow_ups
from coordinator.services.milestones.calendar import milestone_events
from coordinator.services.milestones.definitions import MetBy, Milestone
from coordinator.services.milestones.documents import tick_received, untick
from coordinator.services.milestones.progress import (
    MilestoneBoard,
    MilestoneItem,
    MilestoneState,
    milestone_board,
)
from coordinator.tools.private_files import refuse_overwriting
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted
from coordinator.ui.models.milestone_model import SEMESTER, STATE, MilestoneTableModel
from coordinator.ui.service_words import shown
from coordinator.ui.widgets.date_field import DateField, local_dates
from coordinator.ui.widgets.row_tables import compact_rows
from coordinator.ui.workers import Worker


class MilestonesDialog(QDialog):
    """Choose a milestone, see everyone it is about; tick a document received for the selected."""

    def __init__(
        self,
        context: AppContext,
        program_year_id: int,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._year_id = program_year_id
        self._today = today
        self.board: MilestoneBoard | None = None
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Milestones"))
        self.milestone = QComboBox()
        self.milestone.setAccessibleName(self.tr("Milestone"))
        self.milestone.currentIndexChanged.connect(self._show_milestone)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.counts = QLabel()
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find a name…"))
        self.find_box.setAccessibleName(self.tr("Find in these rows"))
        self.find_box.setClearButtonEnabled(True)
        self.model = MilestoneTableModel(self)
        self.find_box.textChanged.connect(self.model.set_filter)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("Who the milestone is about"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._button_state)
        self.received_on = DateField(today, label=self.tr("Received on"))
        self.received_on.setAccessibleName(self.tr("Received on"))
        self.tick_button = QPushButton(self.tr("Mark &received"))
        self.tick_button.setToolTip(
            self.tr("The document came in on this day, for the selected rows")
        )
        self.tick_button.clicked.connect(self.tick_selected)
        self.untick_button = QPushButton(self.tr("&Take back"))
        self.untick_button.setToolTip(self.tr("Undo a tick made by mistake, for the selected rows"))
        self.untick_button.clicked.connect(self.untick_selected)
        self.calendar_button = QPushButton(self.tr("Export &calendar…"))
        self.calendar_button.setToolTip(
            self.tr("Every dated milestone and upcoming follow-up of the year as an .ics file")
        )
        self.calendar_button.clicked.connect(self._choose_calendar_path)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Milestone:"), self.milestone)
        ticking = QHBoxLayout()
        ticking.addWidget(QLabel(self.tr("Document received on:")))
        ticking.addWidget(self.received_on)
        ticking.addWidget(self.tick_button)
        ticking.addWidget(self.untick_button)
        ticking.addStretch(1)
        ticking.addWidget(self.calendar_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.counts)
        layout.addWidget(self.find_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(ticking)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 560)
        self._button_state()
        self.reload()

    # --- loading (off the GUI thread: the large demo has 10,000 mentees) --------------------------

    def reload(self) -> None:
        db, year_id, today = self._context.db, self._year_id, self._today

        def work(_progress: Progress) -> MilestoneBoard:
            with db.reading() as s:
                return milestone_board(s, year_id, today)

        self.counts.setText(self.tr("Loading the milestones…"))
        self.worker = Worker(work, self)
        self.worker.succeeded.connect(self._loaded)
        self.worker.failed.connect(self.message.setText)
        self.worker.start()

    def wait_until_loaded(self) -> None:
        if self.worker is not None:
            self.worker.wait()

    def _loaded(self, board: MilestoneBoard) -> None:
        self.board = board
        chosen = self.current_milestone()
        self.milestone.blockSignals(True)
        self.milestone.clear()
        for m in board.milestones:
            self.milestone.addItem(m.name, m.key)
        self.milestone.blockSignals(False)
        if not board.milestones:
            self.about.setText(
                self.tr(
                    "This program's rule pack has no milestones. Add them in Settings › Rule packs."
                )
            )
        index = self.milestone.findData(chosen.key) if chosen else 0
        self.milestone.setCurrentIndex(max(index, 0))
        self._show_milestone()

    def current_milestone(self) -> Milestone | None:
        if self.board is None:
            return None
        key = self.milestone.currentData()
        return next((m for m in self.board.milestones if m.key == key), None)

    def _show_milestone(self) -> None:
        milestone = self.current_milestone()
        if milestone is None or self.board is None:
            self.model.set_rows([])
            self.counts.clear()
            self._button_state()
            return
        self.about.setText(
            self.tr("{label}: {met_by}, due {due}.").format(
                label=shown(milestone.audience.label),
                met_by=milestone.met_by.phrase,
                due=milestone.due.phrase,
            )
        )
        counts = self.board.counts(milestone.key)
        self.counts.setText(
            "; ".join(
                f"{shown(state.label)}: {counts[state]}"
                for state in MilestoneState
                if counts[state]
            )
            or self.tr("Nobody in the program yet.")
        )
        items = self.board.of(milestone.key)
        self.model.set_rows(items)
        self.table.setColumnHidden(SEMESTER, not any(i.semester for i in items))
        self.table.resizeColumnsToContents()
        self._button_state()

    def selected_items(self) -> list[MilestoneItem]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [item for r in sorted(rows) if (item := self.model.row_at(r)) is not None]

    def _button_state(self) -> None:
        milestone = self.current_milestone()
        document = milestone is not None and milestone.met_by.kind is MetBy.DOCUMENT
        chosen = bool(self.selected_items())
        writable = not self._context.db.read_only
        for widget in (self.received_on, self.tick_button, self.untick_button):
            widget.setEnabled(document and writable)
        self.tick_button.setEnabled(document and writable and chosen)
        self.untick_button.setEnabled(document and writable and chosen)
        if milestone is not None and not document:
            tip = self.tr("Ticks itself when {phrase} is recorded").format(
                phrase=milestone.met_by.phrase
            )
        else:
            tip = self.tr("The document came in on this day, for the selected rows")
        self.tick_button.setToolTip(tip)

    # --- ticking ----------------------------------------------------------------------------------

    def _subjects(self) -> tuple[list[int], list[int]]:
        items = self.selected_items()
        people = [i.person_id for i in items if i.person_id is not None]
        campuses = [i.campus_id for i in items if i.person_id is None and i.campus_id is not None]
        return sorted(set(people)), sorted(set(campuses))

    def tick_selected(self) -> None:
        milestone = self.current_milestone()
        problem = self.received_on.problem()
        if problem:
            self.message.setText(problem)
            self.received_on.setFocus()
            return
        day = self.received_on.date()
        if milestone is None or day is None:
            return
        people, campuses = self._subjects()
        try:
            with self._context.db.transaction() as s:
                n = tick_received(s, self._year_id, milestone.key, received_on=day,
                                  person_ids=people, campus_ids=campuses)  # fmt: skip
        except CoordinatorError as exc:
            self.message.setText(local_dates(str(exc)))
            return
        self.message.setText(
            self.tr("Marked {n} received.").format(
                n=counted(n, self.tr("document"), self.tr("documents"))
            )
        )
        self._context.notify("milestones")
        self.reload()

    def untick_selected(self) -> None:
        milestone = self.current_milestone()
        if milestone is None:
            return
        people, campuses = self._subjects()
        try:
            with self._context.db.transaction() as s:
                n = untick(s, self._year_id, milestone.key, person_ids=people, campus_ids=campuses)
        except CoordinatorError as exc:
            self.message.setText(local_dates(str(exc)))
            return
        self.message.setText(
            self.tr("Took back {n}.").format(n=counted(n, self.tr("tick"), self.tr("ticks")))
        )
        self._context.notify("milestones")
        self.reload()

    # --- the calendar -----------------------------------------------------------------------------

    def _choose_calendar_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the year's calendar"),
            "milestones.ics",
            self.tr("Calendar (*.ics)"),
        )
        if path:
            self.export_calendar(Path(path))

    def export_calendar(self, path: Path) -> None:
        try:
            refuse_overwriting(path, self._context.db.path)
            with self._context.db.reading() as s:
                events = milestone_events(s, self._year_id, self._today)
                count = export_follow_ups(
                    s, path, since=self._today, program_year_id=self._year_id, also=events,
                    name=self.tr("Mentoring milestones and follow-ups"),
                )  # fmt: skip
        except (CoordinatorError, OSError) as exc:
            from coordinator.tools.os_words import failure_words

            words = failure_words(exc) if isinstance(exc, OSError) else str(exc)
            self.message.setText(local_dates(words or str(exc)))
            return
        self.message.setText(
            self.tr("Saved {count} to {name}.").format(
                count=counted(count, self.tr("calendar event"), self.tr("calendar events")),
                name=path.name,
            )
        )
