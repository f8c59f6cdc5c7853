"""The Cohorts page: mentors with their load, a mentor's cohort, the unassigned queue, Match all."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import CoordinatorError
from coordinator.progress import Progress
from coordinator.services.cohorts import assignments as cohorts, caseloads
from coordinator.services.cohorts.caseloads import MenteeRow, MentorLoad
from coordinator.services.matching import suggest
from coordinator.services.matching.suggest import ProposedPair
from coordinator.services.people import count_people
from coordinator.services.programs import programs
from coordinator.services.programs.first_steps import first_step
from coordinator.services.programs.year_choices import year_label_of
from coordinator.tools.word_search import RowFinder
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.match_draft_dialog import MatchDraftDialog
from coordinator.ui.dialogs.reassign_dialog import ReassignDialog, open_reassign
from coordinator.ui.layout_memory import LayoutMemory
from coordinator.ui.models.cohort_model import CohortModel, UnassignedModel, mentee_words
from coordinator.ui.models.mentor_load_model import (
    LOAD,
    WARNINGS,
    MentorLoadModel,
    mentor_words,
    warnings_text,
)
from coordinator.ui.models.suggestion_model import WHY, SuggestionModel
from coordinator.ui.pages.cohort_panes import (
    PANE_SHARES,
    accept_drops_on_rows,
    add_page_actions,
    cohort_panes,
)
from coordinator.ui.pages.cohorts_hints import NO_MENTORS, NO_SELECTION, why_no_assign, why_no_match
from coordinator.ui.pages.match_all_runner import MatchAllRunner
from coordinator.ui.pages.program_toolbar import ProgramToolbar
from coordinator.ui.widgets.availability import offer
from coordinator.ui.widgets.date_field import local_dates
from coordinator.ui.widgets.filter_box import filter_box
from coordinator.ui.widgets.load_bar_delegate import LoadBarDelegate
from coordinator.ui.widgets.mentee_ending_buttons import MenteeEndingButtons
from coordinator.ui.widgets.row_tables import (
    current_row,
    select_quietly,
    table,
    titled,
    wrap_column,
)
from coordinator.ui.widgets.setup_guide import SetupGuide
from coordinator.ui.widgets.status_line import StatusLine
from coordinator.ui.workers import ListLoader, Worker, no_collections_while_loading
from coordinator.ui.writer_guard import writer_guard

SHOWN_KINDS = {"assignments", "people", "programs", "mentors", "imports"}
BACKGROUND_FROM = 2_000
BACKGROUND_FROM_PEOPLE = 5_000
Loaded = tuple[str, RowFinder[MentorLoad], RowFinder[MenteeRow]]
FINDING = str(QT_TRANSLATE_NOOP("CohortsPage", "Finding mentors for {name}…"))


class CohortsPage(QWidget):
    """Who mentors whom in the chosen program year, and the tools to change it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loads: list[MentorLoad] = []
        self._mentors = RowFinder(self._loads, mentor_words)
        self._waiting: RowFinder[MenteeRow] = RowFinder([], mentee_words)
        # From this many mentors and waiting mentees on, suggestions are worked out in a worker
        # (a district's pool takes a second to read) and shown when ready.
        self.background_from = BACKGROUND_FROM
        self._suggester: Worker | None = None
        # From this many people in the database on, the year's lists load in a worker.
        self.background_from_people = BACKGROUND_FROM_PEOPLE
        self.loader = ListLoader(self, self.refresh)  # a large year's lists in a worker
        self._suggest_again = False  # another mentee was chosen while the worker ran
        self._build()
        context.data_changed.connect(self._data_changed)
        context.database_changed.connect(self.refresh)
        context.program_year_changed.connect(self._year_changed)
        self.refresh()

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.status = StatusLine()
        self.reassign_button = QPushButton(self.tr("Reassign…"))
        self.matching = MatchAllRunner(self._context, self, self.status)
        self.match_button, self.undo_button = self.matching.match_button, self.matching.undo_button
        self.reassign_button.clicked.connect(self.reassign_selected)
        add_page_actions(
            self,
            (
                (self.tr("Reassign…"), "Ctrl+R", self.reassign_selected),
                (self.tr("Match all…"), "Ctrl+M", self.matching.match_all),
                (self.tr("Find mentor"), "Ctrl+F", lambda: self.mentor_filter.setFocus()),
            ),
        )

        self.mentor_model = MentorLoadModel(self)
        self.mentor_model.mentees_dropped.connect(self.mentees_dropped)
        self.mentor_table = table(self.mentor_model, stretch=WARNINGS)
        self.mentor_table.setAccessibleName(self.tr("Mentors"))
        self.mentor_table.setItemDelegateForColumn(LOAD, LoadBarDelegate(self.mentor_table))
        wrap_column(self.mentor_table, WARNINGS)
        accept_drops_on_rows(self.mentor_table)
        self.mentor_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_cohort())
        self.mentor_filter = filter_box(self.tr("Filter mentors"), lambda _t: self._show_mentors())

        self.cohort_title = QLabel(self.tr("Select a mentor to see their cohort."))
        self.cohort_model = CohortModel(self)
        self.cohort_table = table(self.cohort_model, drag=True)
        self.cohort_table.setAccessibleName(self.tr("The mentor's cohort"))
        self.cohort_table.doubleClicked.connect(lambda _i: self.reassign_selected())
        self.cohort_table.selectionModel().selectionChanged.connect(
            lambda *_: self._offer_reassign()
        )
        self.endings = MenteeEndingButtons(self._context, self.selected_cohort_members, keys=True)
        self.endings.message.connect(self.status.setText)
        add_page_actions(self, self.endings.page_actions())

        self.unassigned_title = QLabel()
        self.unassigned_filter = filter_box(
            self.tr("Filter unassigned mentees"), self._show_unassigned
        )
        self.unassigned_model = UnassignedModel(self)
        self.unassigned_table = table(self.unassigned_model, drag=True)
        self.unassigned_table.setAccessibleName(self.tr("Unassigned mentees"))
        self.unassigned_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_suggestions()
        )
        self.suggestion_title = QLabel(self.tr("Suggested mentors"))
        self.suggestion_model = SuggestionModel(self)
        self.suggestion_table = table(self.suggestion_model, stretch=WHY, sort_by=-1)
        self.suggestion_table.setAccessibleName(self.tr("Suggested mentors"))
        wrap_column(self.suggestion_table, WHY)
        self.assign_button = QPushButton(self.tr("&Assign to suggested mentor"))
        self.assign_button.clicked.connect(self.assign_suggested)
        self.suggestion_table.doubleClicked.connect(lambda _i: self.assign_suggested())

        self.splitters = cohort_panes(
            titled(QLabel(self.tr("<b>Mentors</b>")), self.mentor_filter, self.mentor_table),
            titled(self.cohort_title, self.cohort_table, self.endings),
            titled(self.unassigned_title, self.unassigned_filter, self.unassigned_table),
            titled(self.suggestion_title, self.suggestion_table, self.assign_button),
        )
        self.layout_memory = LayoutMemory("cohorts", self)
        for name, splitter in self.splitters.items():
            self.layout_memory.splitter(name, splitter, default=PANE_SHARES[name])
        for name, view in self._tables().items():
            self.layout_memory.table(name, view)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for widget in (self.status, self.undo_button, self.reassign_button, self.match_button):
            top.addWidget(widget)
        working = QWidget()
        inner = QVBoxLayout(working)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addWidget(self.splitters["rows"], 1)
        self.guide = SetupGuide(self._context)  # no year: the next setup step, with its button
        self.stack = QStackedWidget()
        self.stack.addWidget(self.guide)
        self.stack.addWidget(working)
        self.setup_bar = ProgramToolbar(self._context, self.selected_mentor_id, self)
        self.setup_bar.message.connect(self.status.setText)
        self.addActions(self.setup_bar.actions_for_page())
        writer_guard(self._context).hold(
            self.reassign_button, self.assign_button, *self.setup_bar.actions_for_page()
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_bar)
        layout.addWidget(self.stack)

    def _tables(self) -> dict[str, QTableView]:
        return {
            "mentors": self.mentor_table,
            "cohort": self.cohort_table,
            "unassigned": self.unassigned_table,
            "suggestions": self.suggestion_table,
        }

    # --- loading --------------------------------------------------------------------------------

    def _year_changed(self, _year_id: object) -> None:
        self.matching.forget_last()
        self.status.setText("")
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def refresh(self) -> None:
        """Reload mentors, the selected cohort and the unassigned queue from the database."""
        year_id = self._context.program_year_id
        self.stack.setCurrentIndex(0 if year_id is None else 1)
        if year_id is None:
            self._loads, self._mentors = [], RowFinder([], mentor_words)
            with self._context.db.reading() as session:
                self.guide.show_step(first_step(session))
            self.setup_bar.update_actions()
            return
        if self.loader.wait_turn():
            return
        db = self._context.db

        def load(_progress: Progress | None = None) -> Loaded:
            with no_collections_while_loading(), db.reading() as session:
                year = programs.year_by_id(session, year_id)
                loads = caseloads.mentor_loads(session, year)
                waiting = caseloads.unassigned_mentees(session, year)
                # Search keys are worked out here, once per refresh, not on every keystroke.
                return (
                    year_label_of(year),
                    RowFinder(loads, mentor_words),
                    RowFinder(waiting, mentee_words),
                )

        with db.reading() as session:
            large = count_people(session) >= self.background_from_people
        if not large:
            self._show_loaded(load())
            return
        self.loader.start(load, self._show_loaded, self.status.setText)

    def _show_loaded(self, loaded: Loaded) -> None:
        if self.loader.stale or self._context.program_year_id is None:
            return  # out of date already: the next read shows
        label, self._mentors, self._waiting = loaded
        keep_mentor = self.selected_mentor_id()
        keep_mentee = current_row(self.unassigned_table, self.unassigned_model)
        self.title.setText(f"<b>{escape(label)}</b>")
        self._loads = list(self._mentors.rows)
        self._show_mentors(keep_mentor)
        self._show_unassigned(keep=keep_mentee.person_id if keep_mentee else None)
        no_match = why_no_match(len(self._loads), len(self._waiting))
        offer(
            self.match_button,
            self.tr("Propose a mentor for every unassigned mentee (Ctrl+M)"),
            no_match,
        )
        if not len(self._waiting):
            self.suggestion_title.setText(self.tr("Nobody is waiting for a mentor."))

    def _show_mentors(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.selected_mentor_id()
        shown = self._mentors.shown(self.mentor_filter.text())
        self.mentor_model.set_rows(shown)
        self.layout_memory.rows_shown("mentors")
        row = self.mentor_model.row_of(keep) if keep is not None else None
        if row is None and shown:
            row = 0
        if row is not None:
            select_quietly(self.mentor_table, row)
        self.show_cohort()

    def _show_unassigned(self, _text: str = "", keep: int | None = None) -> None:
        """The unassigned mentees the filter lets through, keeping the selected one if shown."""
        if keep is None:
            selected = current_row(self.unassigned_table, self.unassigned_model)
            keep = selected.person_id if selected is not None else None
        shown = self._waiting.shown(self.unassigned_filter.text())
        self.unassigned_model.set_rows(shown)
        self.layout_memory.rows_shown("unassigned")
        if self.unassigned_filter.text():
            count = self.tr("{shown} of {all}").format(shown=len(shown), all=len(self._waiting))
        else:
            count = str(len(shown))
        self.unassigned_title.setText(self.tr("<b>Unassigned</b> ({count})").format(count=count))
        row = self.unassigned_model.row_of(keep) if keep is not None else None
        if row is None and shown:
            row = 0
        if row is not None:
            select_quietly(self.unassigned_table, row)
        self.show_suggestions()

    def selected_mentor_id(self) -> int | None:
        mentor: MentorLoad | None = current_row(self.mentor_table, self.mentor_model)
        return mentor.person_id if mentor is not None else None

    def select_mentor(self, mentor_id: int) -> None:
        row = self.mentor_model.row_of(mentor_id)
        if row is not None:
            self.mentor_table.selectRow(row)

    def show_cohort(self) -> None:
        mentor = current_row(self.mentor_table, self.mentor_model)
        year_id = self._context.program_year_id
        self.setup_bar.update_actions()
        if mentor is None or year_id is None:
            self.cohort_model.set_rows([])
            self.cohort_title.setText(
                self.tr("Select a mentor to see their cohort.")
                if self._loads
                else self.tr(NO_MENTORS)
            )
            self._offer_reassign()
            return
        with self._context.db.reading() as session:
            members = caseloads.cohort(
                session, programs.year_by_id(session, year_id), mentor.person_id
            )
        self.cohort_model.set_rows(members)
        self.layout_memory.rows_shown("cohort")
        warn = f" — {escape(warnings_text(mentor))}" if mentor.reasons else ""
        self.cohort_title.setText(
            self.tr("<b>Cohort of {name}</b> ({load})").format(
                name=escape(mentor.name), load=escape(mentor.load_text)
            )
            + warn
        )
        self._offer_reassign()

    def _offer_reassign(self) -> None:
        why_not = None if self.selected_cohort_members() else self.tr(NO_SELECTION)
        offer(
            self.reassign_button,
            self.tr("Move the selected mentees to another mentor (Ctrl+R)"),
            why_not,
        )
        self.endings.update_offer(why_not)

    def show_suggestions(self) -> None:
        mentee = current_row(self.unassigned_table, self.unassigned_model)
        year_id = self._context.program_year_id
        rows: list[ProposedPair] = []
        if mentee is not None and year_id is not None:
            if len(self._loads) + len(self._waiting) >= self.background_from:
                self._suggest_in_background(mentee, year_id)
                return
            with self._context.db.reading() as session:
                year = programs.year_by_id(session, year_id)
                rows = suggest.suggest_mentors(session, year, mentee.person_id)
        self._show_suggestion_rows(mentee, rows)

    def is_loading(self) -> bool:
        """True while a worker reads the lists or suggestions (tests and the benchmark wait)."""
        return self.loader.busy or self._suggester is not None

    def _suggest_in_background(self, mentee: MenteeRow, year_id: int) -> None:
        if self._suggester is not None:
            self._suggest_again = True
            return
        self.suggestion_model.set_rows([])  # nobody is assigned a mentor meant for another
        self.suggestion_title.setText(self.tr(FINDING).format(name=mentee.name))
        offer(
            self.assign_button,
            self.tr("Assign the mentee to the selected suggestion"),
            self.tr("Just a moment…"),
        )
        db, mentee_id = self._context.db, mentee.person_id

        def work(_progress: Progress) -> list[ProposedPair]:
            with db.reading() as session:
                return suggest.suggest_mentors(
                    session, programs.year_by_id(session, year_id), mentee_id
                )

        def done(rows: list[ProposedPair]) -> None:
            shown = current_row(self.unassigned_table, self.unassigned_model)
            if not self._suggest_again and shown is not None and shown.person_id == mentee_id:
                self._show_suggestion_rows(shown, rows)

        self._suggester = Worker(work, self)
        self._suggester.succeeded.connect(done)
        self._suggester.failed.connect(self.suggestion_title.setText)
        self._suggester.finished.connect(self._suggester_finished)
        self._suggester.start()

    def _suggester_finished(self) -> None:
        if self._suggester is not None:
            self._suggester.deleteLater()
        self._suggester = None
        if self._suggest_again:
            self._suggest_again = False
            self.show_suggestions()

    def _show_suggestion_rows(self, mentee: MenteeRow | None, rows: list[ProposedPair]) -> None:
        self.suggestion_model.set_rows(rows)
        self.layout_memory.rows_shown("suggestions")
        name = mentee.name if mentee is not None else self.tr("the selected mentee")
        self.suggestion_title.setText(self.tr("Suggested mentors for {name}").format(name=name))
        if rows:
            self.suggestion_table.selectRow(0)
        no_assign = why_no_assign(mentee.name if mentee else None, len(rows))
        offer(
            self.assign_button, self.tr("Assign the mentee to the selected suggestion"), no_assign
        )

    # --- changes --------------------------------------------------------------------------------

    def selected_cohort_members(self) -> list[MenteeRow]:
        rows = sorted({i.row() for i in self.cohort_table.selectionModel().selectedRows()})
        members = [self.cohort_model.row_at(r) for r in rows]
        return [m for m in members if m is not None]

    def reassign_selected(self, target_mentor_id: int | None = None) -> ReassignDialog | None:
        """Open the Reassign dialog for the selected cohort members (keyboard: Ctrl+R)."""
        members = self.selected_cohort_members()
        year_id, current = self._context.program_year_id, self.selected_mentor_id()
        if not members or year_id is None or current is None:
            self.status.setText(self.tr(NO_SELECTION))

            return None
        return open_reassign(self._context, self, year_id, members, current, target_mentor_id)

    def mentees_dropped(self, mentor_id: int, mentee_ids: list[int]) -> ReassignDialog | None:
        """Mentees dragged onto a mentor: confirm the date and reason in the dialog."""
        year_id = self._context.program_year_id
        if year_id is None:
            return None
        waiting = {m.person_id: m for m in self._waiting.rows}
        if all(i in waiting for i in mentee_ids):
            mentees, current = [waiting[i] for i in mentee_ids], None
        else:
            members = {m.person_id: m for m in self.cohort_model.rows()}
            mentees = [members[i] for i in mentee_ids if i in members]
            current = self.selected_mentor_id()
            if not mentees or current == mentor_id:
                return None
        return open_reassign(self._context, self, year_id, mentees, current, mentor_id)

    def assign_suggested(self) -> None:
        mentee = current_row(self.unassigned_table, self.unassigned_model)
        pair = current_row(self.suggestion_table, self.suggestion_model)
        year_id = self._context.program_year_id
        if mentee is None or pair is None or year_id is None:
            return
        try:
            with self._context.db.transaction() as session:
                year = programs.year_by_id(session, year_id)
                cohorts.assign(
                    session, year, mentee.person_id, pair.mentor.id,
                    match_reasons=pair.explanation,
                )  # fmt: skip
        except CoordinatorError as exc:
            QMessageBox.warning(
                self,
                "Coordinator",  # untranslated: the app's name
                local_dates(str(exc)),
            )
            return
        self.status.setText(
            self.tr("Assigned {mentee} to {mentor}.").format(
                mentee=mentee.name, mentor=pair.mentor.name
            )
        )
        self._context.notify("assignments")

    @property
    def draft_dialog(self) -> MatchDraftDialog | None:
        return self.matching.draft_dialog

    def match_all(self) -> None:
        """Compute the Match all draft in a worker, then open it for review (Ctrl+M)."""
        self.matching.match_all()
