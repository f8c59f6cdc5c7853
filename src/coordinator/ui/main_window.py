"""The main window: a sidebar of pages, the program-year chooser, menus and the status bar.

It paints before the database layer is imported: `MainWindow()` is the window "opening" a
database (its title, the sidebar, the toolbar, a line saying which file), and `attach` then gives
it the opened database. Nothing here imports SQLAlchemy at module level.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from coordinator import APP_NAME
from coordinator.errors import CoordinatorError, UnreadableInputError
from coordinator.ui import app_settings
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted_as
from coordinator.ui.fonts import install_fallback_fonts
from coordinator.ui.icons import page_icon, selected_variant_for, variant_for
from coordinator.ui.page_registry import PageSpec, available_pages
from coordinator.ui.workers import Worker

if TYPE_CHECKING:
    from coordinator.ui.live_view import LiveView
    from coordinator.ui.menus import FileMenu, HelpMenu
    from coordinator.ui.widgets.program_year_chooser import ProgramYearChooser

log = logging.getLogger(__name__)

MAX_WORKER_ROUNDS = 10


def opening_words(target: str) -> str:
    """What the window says while it opens `target`: the file's name, or the server's."""
    if "://" not in target:
        return QCoreApplication.translate("MainWindow", "Opening {file}…").format(
            file=Path(target).name
        )
    server = urlsplit(target).hostname or QCoreApplication.translate("MainWindow", "the server")
    # never the account or its password
    return QCoreApplication.translate("MainWindow", "Opening the database on {server}…").format(
        server=server
    )


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown, so start-up stays quick.

    `MainWindow(context)` is the window on an open database; `MainWindow()` the window still
    opening one, until `attach(context)`.
    """

    context: AppContext
    file_menu: FileMenu
    help_menu: HelpMenu
    year_chooser: ProgramYearChooser
    live_view: LiveView

    def __init__(
        self, context: AppContext | None = None, parent: QWidget | None = None, *, opening: str = ""
    ) -> None:
        super().__init__(parent)
        install_fallback_fonts()  # before any table paints a name
        self.attached = False
        self.setWindowTitle(APP_NAME)
        self.specs: list[PageSpec] = available_pages()
        self._pages: dict[str, QWidget] = {}
        self.people_total = 0
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        for spec in self.specs:
            item = QListWidgetItem(spec.shown_title)
            item.setToolTip(f"{spec.shown_title} ({spec.shortcut})")
            self.sidebar.addItem(item)
            shortcut = QShortcut(QKeySequence(spec.shortcut), self)
            shortcut.setWhatsThis(self.tr("Show the {page} page").format(page=spec.shown_title))
            shortcut.activated.connect(lambda title=spec.title: self._page_shortcut(title))
        self.icon_variant: tuple[str, str] | None = None
        self.show_icons()
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 40)
        self.sidebar.currentRowChanged.connect(self._row_chosen)
        self.opening_label = QLabel()
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening_label)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_toolbar()
        for title in (self.tr("&File"), self.tr("&Help")):  # the real menus come with the database
            self.menuBar().addMenu(title).setEnabled(False)
        self.database_label = QLabel()
        self.people_count_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.people_count_label)
        self._restore_geometry()
        if self.specs:
            self.sidebar.blockSignals(True)  # no page before the database is there
            self.sidebar.setCurrentRow(0)
            self.sidebar.blockSignals(False)
        if context is not None:
            self.attach(context)
        elif opening:
            self.show_opening(opening)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Program year"))
        self.toolbar.setObjectName("program_year_toolbar")
        self.toolbar.setMovable(False)
        self.year_label = QLabel(self.tr("Program year: "))
        self.year_waiting = QComboBox()  # until the database says which years there are
        self.year_waiting.setEnabled(False)
        self.year_waiting.setMinimumContentsLength(24)
        self.toolbar.addWidget(self.year_label)
        self._year_waiting_action = self.toolbar.addWidget(self.year_waiting)
        self.addToolBar(self.toolbar)

    def show_opening(self, target: str) -> None:
        """Say which database is being opened (another one when the first could not be)."""
        if not self.attached:
            self.opening_label.setText(opening_words(target))
            self.opening_label.repaint()

    def attach(self, context: AppContext) -> None:
        """Give the opening window its database: menus, the year chooser, the first page."""
        from coordinator.ui.live_view import LiveView
        from coordinator.ui.menus import FileMenu, HelpMenu
        from coordinator.ui.widgets.program_year_chooser import ProgramYearChooser

        self.context = context
        self.year_chooser = ProgramYearChooser(context)
        self.year_label.setBuddy(self.year_chooser)
        self.toolbar.insertWidget(self._year_waiting_action, self.year_chooser)
        self.toolbar.removeAction(self._year_waiting_action)
        self.year_waiting.deleteLater()
        self.menuBar().clear()
        self.file_menu = FileMenu(self, self)
        self.help_menu = HelpMenu(self, self)
        self.menuBar().addMenu(self.file_menu)
        self.menuBar().addMenu(self.help_menu)
        context.database_changed.connect(self.refresh_status)
        context.data_changed.connect(self._data_changed)
        self.refresh_status()
        self.live_view = LiveView(context, self)  # others' changes on a shared server
        self.attached = True
        self.stack.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        if self.specs:
            self._row_chosen(self.sidebar.currentRow())

    def show_icons(self) -> None:
        """The sidebar's icons in the ink that suits the window: dark on light, light on dark."""
        variant = variant_for(self.palette())
        selected = selected_variant_for(self.palette())
        if (variant, selected) == self.icon_variant:
            return
        self.icon_variant = (variant, selected)
        scale = self.devicePixelRatioF()
        for row, spec in enumerate(self.specs):
            self.sidebar.item(row).setIcon(page_icon(spec.icon, variant, scale, selected))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light/dark
            self.show_icons()

    # --- pages ----------------------------------------------------------------------------------

    def page_titles(self) -> list[str]:
        return [spec.title for spec in self.specs]

    def page(self, title: str) -> QWidget:
        """The page with this sidebar title, built now if it was not shown before."""
        if title not in self._pages:
            spec = next(s for s in self.specs if s.title == title)
            # A scroll area lets a page wider than a small screen still fit the window.
            holder = QScrollArea(self.stack)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            page = spec.create(self.context, holder)
            open_person = getattr(page, "open_person", None)
            if open_person is not None:  # the Dashboard's at-risk list opens a mentee
                open_person.connect(self.open_person)
            holder.setWidget(page)
            self._pages[title] = page
            self.stack.addWidget(holder)
        return self._pages[title]

    def all_pages(self) -> dict[str, QWidget]:
        """Every page by title, building the ones not shown yet."""
        return {title: self.page(title) for title in self.page_titles()}

    def current_page(self) -> QWidget:
        return self.page(self.current_page_title())

    def show_page(self, title: str) -> QWidget:
        row = self.page_titles().index(title)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        return self.page(title)

    def _page_shortcut(self, title: str) -> None:
        if self.attached:  # while the database opens, there are no pages to show yet
            self.show_page(title)

    def current_page_title(self) -> str:
        return self.specs[self.sidebar.currentRow()].title

    def current_guide_section(self) -> str:
        """The user guide's section about the page on screen (what F1 opens)."""
        return self.specs[self.sidebar.currentRow()].guide

    def _row_chosen(self, row: int) -> None:
        if row >= 0 and self.attached:
            page = self.page(self.specs[row].title)
            holder = page.parentWidget()
            while holder is not None and holder.parentWidget() is not self.stack:
                holder = holder.parentWidget()
            if holder is not None:
                self.stack.setCurrentWidget(holder)

    def open_person(self, person_id: int) -> None:
        """Show a person on the People page, clearing a filter that would hide them."""
        people = self.show_page("People")  # untranslated: the page's key (its English title)
        select = getattr(people, "select_person", None)
        if select is not None and not select(person_id):
            people.filter_edit.clear()  # type: ignore[attr-defined]
            select(person_id)

    # --- database -------------------------------------------------------------------------------

    def open_database_at(self, target: str, *, create: bool = False) -> bool:
        """Switch every page to another database; on failure say why and keep the current one.

        Only File > New database… creates a file: a stale recent entry is forgotten instead.
        """
        from coordinator.db.opening import open_database
        from coordinator.ui.database_opening import open_for_window, sqlite_path

        current = self.context.db.path
        if not create and current is not None and sqlite_path(target) == current:
            return True  # already open here: opening it again would look like a second writer
        try:
            if create:
                db = open_database(target, create=True)
            else:  # the lock, the quick check, and the coordinator's choice if it is damaged
                path = sqlite_path(target)
                if path is not None and not path.exists():
                    raise UnreadableInputError(f"There is no database at {path}.")
                chosen = open_for_window(target, self)
                if chosen is None:
                    return False
                db = chosen
        except CoordinatorError as exc:
            if not create:
                app_settings.forget_database(target)
                self.file_menu.fill_recent()
            QMessageBox.warning(self, self.tr("Coordinator: cannot open the database"), str(exc))
            return False
        self.context.replace_database(db)
        app_settings.remember_database(db.display_name)
        self.file_menu.fill_recent()
        return True

    def refresh_status(self) -> None:
        from coordinator.services.people import count_people

        db = self.context.db
        with db.reading() as session:
            people = count_people(session)
        self.people_total = people
        access = db.access
        shown = self.tr("Database: {name}").format(name=db.display_name)
        if access.role != "local":
            shown += self.tr("  ·  signed in as {who}").format(who=access.description)
        self.database_label.setText(shown)
        self.database_label.setToolTip(db.display_name)
        self.people_count_label.setText(
            counted_as(people, self.tr("{n} person"), self.tr("{n} people"))
        )

    def _data_changed(self, kind: str) -> None:
        if kind == "people":
            self.refresh_status()

    # --- geometry -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = app_settings.app_settings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            available = self.screen().availableGeometry()
            self.resize(
                min(1200, available.width() * 9 // 10), min(760, available.height() * 9 // 10)
            )
        state = settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        settings = app_settings.app_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.sync()

    def finish_background_work(self) -> None:
        """Cancel and wait for running workers: a thread must not outlive its page."""
        for _ in range(MAX_WORKER_ROUNDS):
            workers = [w for w in self.findChildren(Worker) if w.isRunning()]
            if not workers:
                return
            for worker in workers:
                worker.cancel()
            for worker in workers:
                worker.wait()
            # Deliver their "finished" now: a page may start one more round in response.
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_geometry()
        if self.attached:
            self.live_view.stop()
        self.finish_background_work()
        super().closeEvent(event)
