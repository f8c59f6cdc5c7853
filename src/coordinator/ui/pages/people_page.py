"""The People page: everyone in the database, filtered as you type, with a detail pane."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.models import Role
from coordinator.errors import NotFoundError
from coordinator.progress import Progress
from coordinator.services.people import count_people, list_people, person_detail
from coordinator.ui.context import AppContext
from coordinator.ui.demo_offer import demo_available
from coordinator.ui.dialogs.enroll_dialog import EnrollDialog
from coordinator.ui.dialogs.export_dialog import ExportDialog
from coordinator.ui.dialogs.person_dialog import PersonDialog
from coordinator.ui.models.people_model import NAME, PeopleModel, PreparedPeople, prepare_people
from coordinator.ui.pages.person_sections import PersonProgramSections
from coordinator.ui.widgets.availability import offer
from coordinator.ui.widgets.person_detail_pane import PersonDetailPane
from coordinator.ui.workers import ListLoader, no_collections_while_loading
from coordinator.ui.writer_guard import writer_guard

# The page's words kept as constants are shown through its self.tr (context PeoplePage).
EMPTY_TEXT = str(
    QT_TRANSLATE_NOOP(
        "PeoplePage",
        "<h3>Nobody is in this database yet</h3>"
        "<p>Import your district's HR roster (an Excel or CSV file) on the "
        "<b>Imports</b> page.</p>",
    )
)
DEMO_TEXT = str(
    QT_TRANSLATE_NOOP(
        "PeoplePage",
        "<p>Or choose <b>File &gt; Load demo district…</b> to explore a made-up district "
        "first.</p>",
    )
)


SELECT_FIRST = str(
    QT_TRANSLATE_NOOP("PeoplePage", "Select the people to enroll first (Shift or Ctrl + click).")
)
SELECT_ONE = str(QT_TRANSLATE_NOOP("PeoplePage", "Select the person to edit first."))
NEW_PERSON_KEYS = "Ctrl+Shift+A"  # File > New person… holds it, so it works from every page
LOADING = str(
    QT_TRANSLATE_NOOP("PeoplePage", "Loading people…")
)  # From this many people on, the list loads in a worker and shows when ready (a district office's
# 100,000 take over a second to read and key); a campus-sized list loads at once.
BACKGROUND_FROM = 5_000


class PeoplePage(QWidget):
    """Reloads when people or programs change, or another database or program year is chosen."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = PeopleModel(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, ID, campus, position…"))
        self.filter_edit.setAccessibleName(self.tr("Filter people"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.count_label = QLabel()
        self.table = self._build_table()
        self.table.setAccessibleName(self.tr("People"))
        self.detail_pane = PersonDetailPane()
        self.detail_pane.setAccessibleName(self.tr("The selected person"))
        self.sections = PersonProgramSections(context, self.detail_pane)
        self.dialog: QDialog | None = None
        self.today: dt.date | None = None  # None: the real today (tests pin it)
        self.background_from = BACKGROUND_FROM
        self.loader = ListLoader(self, self.refresh)  # a large list is read in a worker
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.detail_pane.setMinimumWidth(300)
        self.splitter.setChildrenCollapsible(False)
        self.empty_label = QLabel(
            self.tr(EMPTY_TEXT) + (self.tr(DEMO_TEXT) if demo_available() else "")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(40)
        list_view = QWidget()
        list_layout = QVBoxLayout(list_view)
        list_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        self.enroll_buttons = [
            self._button(self.tr("Enroll as &mentee…"), "Ctrl+E", self.enroll_mentees),
            self._button(self.tr("Enroll as me&ntor…"), "Ctrl+Shift+T", self.enroll_mentors),
        ]
        self.new_button = QPushButton(self.tr("New &person…"))
        self.new_button.setToolTip(
            self.tr("Add someone the roster does not have yet ({keys})").format(
                keys=NEW_PERSON_KEYS
            )
        )
        self.new_button.clicked.connect(self.new_person)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_person)
        for button in (self.new_button, self.edit_button, *self.enroll_buttons):
            top.addWidget(button)
        writer_guard(self._context).hold(self.new_button, self.edit_button, *self.enroll_buttons)
        top.addWidget(self._button(self.tr("E&xport…"), "Ctrl+Shift+X", self.export_people))
        list_layout.addLayout(top)
        list_layout.addWidget(self.splitter, 1)
        self.views = QStackedWidget()
        self.views.addWidget(list_view)
        self.views.addWidget(self.empty_label)
        QVBoxLayout(self).addWidget(self.views)
        find = QShortcut(QKeySequence.StandardKey.Find, self)  # live while the page is visible
        find.setWhatsThis(self.tr("Find a person"))
        find.activated.connect(self.focus_filter)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.setWhatsThis(self.tr("Clear the filter"))
        clear.activated.connect(self.filter_edit.clear)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            edit = QShortcut(QKeySequence(key), self.table)
            edit.setContext(Qt.ShortcutContext.WidgetShortcut)
            edit.setWhatsThis(self.tr("Edit the selected person"))
            edit.activated.connect(self.edit_person)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.detail_pane.edit_requested.connect(self.edit_person)
        self.sections.endings.message.connect(self.count_label.setText)
        context.database_changed.connect(self.refresh)
        context.program_year_changed.connect(self.refresh)
        context.data_changed.connect(self._data_changed)
        self.refresh()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 90, 130, 160, 95)):
            header.resizeSection(column, width)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.selectionModel().selectionChanged.connect(lambda *_: self._offer_enroll())
        return table

    def _button(self, text: str, shortcut: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setShortcut(QKeySequence(shortcut))
        button.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
        button.clicked.connect(slot)
        return button

    def _offer_enroll(self) -> None:
        why_not = None if self.selected_person_ids() else self.tr(SELECT_FIRST)
        for button in self.enroll_buttons:
            tip = f"{button.text().replace('&', '').rstrip('…')} ({button.shortcut().toString()})"
            offer(button, tip, why_not)
        edit_tip = self.tr("Change the selected person's details (Enter or double-click)")
        offer(self.edit_button, edit_tip, None if why_not is None else self.tr(SELECT_ONE))

    def new_person(self) -> PersonDialog:
        """Open New person (File > New person…, Ctrl+Shift+A); the new row is selected after."""
        return self._open_person_dialog(None)

    def edit_person(self) -> PersonDialog | None:
        """Edit the person shown in the detail pane (Enter, double-click, or Edit…)."""
        person_id = self.detail_pane.person_id
        if person_id is None:
            self.count_label.setText(self.tr(SELECT_ONE))
            return None
        return self._open_person_dialog(person_id)

    def _open_person_dialog(self, person_id: int | None) -> PersonDialog:
        dialog = PersonDialog(self._context, person_id, today=self.today, parent=self)
        dialog.accepted.connect(lambda: self._person_saved(dialog.saved_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _person_saved(self, person_id: int | None) -> None:
        if person_id is not None and not self.select_person(person_id):
            self.filter_edit.clear()  # the filter hid them: show everyone, then select them
            self.select_person(person_id)

    def selected_person_ids(self) -> list[int]:
        """Everyone whose row is selected, in the order shown."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [pid for pid in (self.model.person_id(row) for row in rows) if pid is not None]

    def enroll_mentees(self) -> None:
        self._enroll(Role.MENTEE)

    def enroll_mentors(self) -> None:
        self._enroll(Role.MENTOR)

    def _enroll(self, role: Role) -> None:
        people = self.selected_person_ids()
        if not people:
            self.count_label.setText(self.tr(SELECT_FIRST))
            return
        self.dialog = EnrollDialog(self._context, people, role=role, parent=self)
        self.dialog.open()

    def export_people(self) -> None:
        self.dialog = ExportDialog(self._context, "people", self)
        self.dialog.open()

    def refresh(self) -> None:
        """Reload everyone, keeping the filter, sort, scroll and the selected person.

        A large list is read and keyed in a worker: the rows shown stay usable meanwhile, and the
        new ones replace them when ready.
        """
        if self.loader.wait_turn():
            return
        db, year_id = self._context.db, self._context.program_year_id

        def load(_progress: Progress | None = None) -> PreparedPeople:
            with no_collections_while_loading(), db.reading() as session:
                return prepare_people(list_people(session, year_id))

        with db.reading() as session:
            large = count_people(session) >= self.background_from
        if not large:
            self._show_loaded(load())
            return
        if not self.model.total_count:
            self.count_label.setText(self.tr(LOADING))
        self.loader.start(load, self._show_loaded, self.count_label.setText)

    def is_loading(self) -> bool:
        """True while the worker reads the list (tests and the benchmark wait on it)."""
        return self.loader.busy

    def _show_loaded(self, prepared: PreparedPeople) -> None:
        if self.loader.stale:  # already out of date: the next read shows
            return
        chosen = self.detail_pane.person_id
        scroll = self.table.verticalScrollBar().value()
        self.model.set_prepared(prepared)
        self.views.setCurrentIndex(0 if prepared.rows else 1)
        self.table.verticalScrollBar().setValue(scroll)
        self.detail_pane.person_id = None  # what they show may have changed: read it again
        self._reselect(chosen)
        if self.detail_pane.person_id is None and self.table.currentIndex().isValid():
            self._current_changed(None, None)
        self._offer_enroll()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def select_person(self, person_id: int) -> bool:
        """Select a person's row (when the filter shows it) and show their details."""
        row = self.model.row_of(person_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, NAME))
        return True

    def _data_changed(self, kind: str) -> None:
        if kind in ("people", "programs", "assignments"):
            self.refresh()

    def _filter_changed(self, text: str) -> None:
        chosen = self.detail_pane.person_id
        self.model.set_filter(text)
        self._reselect(chosen)

    def _reselect(self, person_id: int | None) -> None:
        self._update_count()
        if person_id is None or not self.select_person(person_id):
            self.detail_pane.show_person(None)

    def _update_count(self) -> None:
        shown, total = self.model.visible_count, self.model.total_count
        if shown == total:
            text = self.tr("{total} person") if total == 1 else self.tr("{total} people")
        else:
            text = (
                self.tr("{shown} of {total} person")
                if total == 1
                else self.tr("{shown} of {total} people")
            )
        self.count_label.setText(text.format(shown=f"{shown:,}", total=f"{total:,}"))

    def _current_changed(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        person_id = self.model.person_id(row)
        if person_id is None:
            self.detail_pane.show_person(None)
            return
        if person_id == self.detail_pane.person_id:
            return
        try:
            with self._context.db.reading() as session:
                detail = person_detail(session, person_id)
        except NotFoundError:
            detail = None
        self.detail_pane.show_person(detail)
