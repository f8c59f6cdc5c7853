"""The main window: page shortcuts, the Settings page, About, and remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QTimer
from pytestqt.qtbot import QtBot

from coordinator import __version__
from coordinator.db.engine import Database
from coordinator.log import log_file
from coordinator.ui import app_settings
from coordinator.ui.main_window import MainWindow
from coordinator.ui.pages.settings_page import SettingsPage

WindowFactory = Callable[[Database], MainWindow]


def test_ctrl_number_switches_pages(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == "Settings"
    assert isinstance(window.current_page(), SettingsPage)
    assert window.current_page().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_title() == "People"
    assert window.sidebar.currentItem().text() == "People"


def test_settings_page_describes_and_checks_the_database(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    page = window.show_page("Settings")
    assert isinstance(page, SettingsPage)
    assert page.location_label.text() == str(people_db.path)
    assert page.kind_label.text() == "SQLite"
    assert page.revision_label.text().endswith("(up to date)")
    assert page.size_label.text().endswith(("KB", "MB"))
    assert page.log_folder_label.text() == str(log_file().parent)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.check_result.text() == "No damage found.", timeout=10_000)
    assert page.check_button.isEnabled()


def test_about_names_versions_and_locations(
    main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    text = window.help_menu.about_text()
    assert f"Coordinator {__version__}" in text
    for word in ("Python", "Qt", "PySide6", "SQLAlchemy", str(people_db.path), str(log_file())):
        assert word in text


def test_window_geometry_is_remembered(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    first = main_window(people_db)
    first.setGeometry(QRect(40, 50, 700, 500))
    first.close()
    second = MainWindow(first.context)
    qtbot.addWidget(second)
    assert second.size().width() == 700
    assert second.size().height() == 500


def test_file_menu_loads_the_demo_into_an_empty_database(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    window = main_window(db)
    action = window.file_menu.demo_action
    assert action is not None
    window.file_menu.update_demo_action()
    assert action.isEnabled()
    with qtbot.waitSignal(window.context.database_changed, timeout=120_000):
        action.trigger()
    assert window.people_total > 1000
    assert window.people_count_label.text() == f"{window.people_total:,} people"
    assert window.year_chooser.isEnabled()
    window.file_menu.update_demo_action()
    assert not action.isEnabled()


def test_a_missing_recent_database_is_forgotten_not_created(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    gone = str(tmp_path / "moved-away.sqlite")
    app_settings.remember_database(gone)
    window = main_window(people_db)
    window.file_menu.fill_recent()
    action = window.file_menu.recent_menu.actions()[0]
    assert action.data() == gone
    said: list[str] = []

    def close_warning() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close_warning)

    QTimer.singleShot(0, close_warning)
    action.trigger()
    assert not Path(gone).exists()
    assert "There is no database at" in said[0]
    assert gone not in app_settings.recent_databases()
    assert window.database_label.text() == f"Database: {people_db.path}"


def test_the_opening_window_shows_pages_only_once_its_database_is_attached(
    qtbot: QtBot, people_db: Database
) -> None:
    """While the database opens: the sidebar and an 'Opening …' line; Ctrl+2 or a click on the
    sidebar builds nothing. Attached, the window shows the page chosen meanwhile."""
    from coordinator.ui.context import AppContext

    assert people_db.path is not None
    window = MainWindow(opening=str(people_db.path))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.opening_label.text() == f"Opening {people_db.path.name}…"
    assert window.stack.currentWidget() is window.opening_label
    assert window.sidebar.item(0).text() == "Dashboard"
    assert [a.isEnabled() for a in window.menuBar().actions()] == [False, False]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.sidebar.setCurrentRow(window.page_titles().index("People"))
    assert window.stack.count() == 1  # no page was built
    window.attach(AppContext(people_db))
    try:
        assert window.current_page().isVisible()
        assert window.current_page_title() == "People"
        assert window.people_count_label.text() != ""
        assert window.menuBar().actions()[0].menu() is window.file_menu
        assert window.year_label.buddy() is window.year_chooser
    finally:
        window.close()
        window.context.db.dispose()
