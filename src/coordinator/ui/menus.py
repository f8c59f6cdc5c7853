"""The window's File and Help menus: new, open and recent databases, the demo, About."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from coordinator import APP_NAME, __version__
from coordinator.log import log_file
from coordinator.ui import app_settings
from coordinator.ui.context import AppContext
from coordinator.ui.demo_offer import demo_available, load_demo
from coordinator.ui.dialogs.database_problem_dialog import choose_database_file
from coordinator.ui.shortcut_map import collect_shortcuts
from coordinator.ui.writer_guard import writer_guard

if TYPE_CHECKING:  # the dialogs' modules are imported when one is opened
    from coordinator.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from coordinator.ui.dialogs.user_guide_dialog import UserGuideDialog


class MenuHost(Protocol):
    """What the menus ask of the window they sit in (the main window is one)."""

    context: AppContext
    people_total: int

    def open_database_at(self, target: str, *, create: bool = False) -> bool: ...

    def show_page(self, title: str) -> QWidget: ...

    def all_pages(self) -> dict[str, QWidget]: ...

    def current_guide_section(self) -> str: ...

    def close(self) -> bool: ...


class FileMenu(QMenu):
    """New database…, Open database…, Open Recent, Copy to server…, New person…, Load demo
    district…, Quit."""

    def __init__(self, host: MenuHost, window: QWidget) -> None:
        super().__init__(QCoreApplication.translate("FileMenu", "&File"), window)
        self._host = host
        self._window = window
        self.new_action = self.addAction(self.tr("&New database…"), self.new_database)
        # Ctrl+N belongs to the Check-ins page (New check-in), the thing done every day.
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.open_action = self.addAction(self.tr("&Open database…"), self.open_database)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = self.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.copy_to_server_action = self.addAction(
            self.tr("Copy to &server…"), self.copy_to_server
        )
        self.copy_to_server_action.setStatusTip(
            self.tr("Copy this database to your team's PostgreSQL server, checked table by table")
        )
        self.addSeparator()
        self.new_person_action = self.addAction(self.tr("New &person…"), self.new_person)
        self.new_person_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.new_person_action.setStatusTip(self.tr("Add someone the roster does not have yet"))
        self.demo_action: QAction | None = None
        if demo_available():
            self.addSeparator()
            self.demo_action = self.addAction(self.tr("Load &demo district…"), self.load_demo)
            self.demo_action.setStatusTip(
                self.tr(
                    "Fill this empty database with a made-up district to explore "
                    "(for a database that has people already, choose File > New database… first)"
                )
            )
            self.aboutToShow.connect(self.update_demo_action)
        writers = [self.new_person_action, *([self.demo_action] if self.demo_action else [])]
        writer_guard(host.context).hold(*writers)
        self.addSeparator()
        self.quit_action = self.addAction(self.tr("&Quit"), host.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.fill_recent()

    def new_database(self) -> None:
        target = choose_database_file(self._window, self.tr("New Coordinator database"), new=True)
        if target is None:
            return
        if Path(target).exists():
            QMessageBox.warning(
                self._window,
                self.tr("Coordinator: new database"),
                self.tr(
                    "{file} already exists. Use File > Open database… to open it, "
                    "or choose a new file name."
                ).format(file=target),
            )
            return
        self._host.open_database_at(target, create=True)

    def copy_to_server(self) -> None:
        from coordinator.ui.dialogs.copy_to_server_dialog import copy_to_server

        copy_to_server(self._host.context, self._window)

    def new_person(self) -> None:
        """Show the People page and open New person there (the new row is selected after)."""
        page = self._host.show_page("People")  # untranslated: the page's key (its English title)
        opener = getattr(page, "new_person", None)
        if opener is not None:
            opener()

    def open_database(self) -> None:
        target = choose_database_file(
            self._window, self.tr("Open a Coordinator database"), new=False
        )
        if target is not None:
            self._host.open_database_at(target)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = app_settings.recent_databases()
        for number, target in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {target}")
            action.setData(target)
            action.triggered.connect(
                lambda _checked=False, t=target: self._host.open_database_at(t)
            )
        self.recent_menu.setEnabled(bool(recent))

    def update_demo_action(self) -> None:
        """The demo only goes into an empty database."""
        if self.demo_action is not None:
            self.demo_action.setEnabled(self._host.people_total == 0)

    def load_demo(self) -> None:
        load_demo(self._window, self._host.context)


class HelpMenu(QMenu):
    """Keyboard shortcuts…, User guide…, and About: versions, where the database and log are."""

    def __init__(self, host: MenuHost, window: QWidget) -> None:
        super().__init__(QCoreApplication.translate("HelpMenu", "&Help"), window)
        self._host = host
        self._window = window
        self.page_help_action = self.addAction(self.tr("&Help for this page"), self.show_page_help)
        self.page_help_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.shortcuts_action = self.addAction(self.tr("&Keyboard shortcuts…"), self.show_shortcuts)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.guide_action = self.addAction(self.tr("&User guide…"), self.show_guide)
        self.guide_action.setShortcut(QKeySequence("Shift+F1"))
        self.guide_dialog: UserGuideDialog | None = None
        self.addSeparator()
        self.about_action = self.addAction(
            self.tr("&About {app}").format(app=APP_NAME), self.show_about
        )

    def show_shortcuts(self) -> ShortcutsDialog:
        """Built from the window's actions now, every page included, so the list is the truth."""
        from coordinator.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        entries = collect_shortcuts(self._window, self._host.all_pages())
        dialog = ShortcutsDialog(entries, self._window)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog

    def show_guide(self) -> UserGuideDialog:
        """The guide beside the window (not modal), the one already open brought forward."""
        dialog = self.guide_dialog
        if dialog is None:
            from coordinator.ui.dialogs.user_guide_dialog import UserGuideDialog

            dialog = self.guide_dialog = UserGuideDialog(self._window)
        if dialog.isVisible():
            dialog.raise_()
        dialog.show()
        dialog.activateWindow()
        return dialog

    def show_page_help(self) -> UserGuideDialog:
        """F1: the guide at the section about the page on screen."""
        dialog = self.show_guide()
        dialog.show_section(self._host.current_guide_section())
        return dialog

    def about_text(self) -> str:
        import PySide6
        import sqlalchemy
        from PySide6.QtCore import qVersion

        db = self._host.context.db
        qt = f"{qVersion()} (PySide6 {PySide6.__version__})"  # untranslated: version numbers
        python, sql = platform.python_version(), sqlalchemy.__version__
        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            + "<p>"
            + self.tr("A program manager for school-district mentoring programs.")
            + "</p><table>"
            + f"<tr><td>Python</td><td>{python}</td></tr>"  # untranslated: product names
            + f"<tr><td>Qt</td><td>{qt}</td></tr>"  # untranslated: product names
            + f"<tr><td>SQLAlchemy</td><td>{sql}</td></tr>"  # untranslated: product names
            + "<tr><td>"
            + self.tr("Database")
            + f"</td><td>{_escape(db.display_name)}</td></tr>"
            + "<tr><td>"
            + self.tr("Log file")
            + f"</td><td>{_escape(str(log_file()))}</td></tr>"
            + "</table>"
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self._window, self.tr("About {app}").format(app=APP_NAME), self.about_text()
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
