"""The window a viewer opens on a shared server: every page, no writer's button to press."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.shared.team_server import TeamServer, team_server

from coordinator.cli import main
from coordinator.db.models import ProgramYear
from coordinator.db.opening import open_database
from coordinator.db.server_roles import PRIVATE_NOTES_REFUSAL, VIEWER_REFUSAL
from coordinator.ui import app_settings
from coordinator.ui.context import AppContext
from coordinator.ui.main_window import MainWindow
from coordinator.ui.pages.checkins_page import CheckinsPage
from coordinator.ui.pages.reports_page import ReportsPage

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[TeamServer]:
    app_settings.use_settings_folder(tmp_path / "config")  # never the user's own settings
    with team_server(tmp_path) as team:
        assert main(["server", "setup", team.url]) == 0
        assert main(["--db", team.url, "demo", "--scale", "small"]) == 0
        capsys.readouterr()
        yield team


def _window(qtbot: QtBot, url: str) -> MainWindow:
    db = open_database(url)
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
    with db.reading() as session:
        year_id = session.scalars(select(ProgramYear.id).order_by(ProgramYear.id)).first()
    window.context.set_program_year(year_id)
    return window


def _check_ins(window: MainWindow) -> CheckinsPage:
    page = window.show_page("Check-ins")
    assert isinstance(page, CheckinsPage)
    return page


def test_a_viewers_window_has_new_check_in_disabled_and_says_why(
    qtbot: QtBot, server: TeamServer, tmp_path: Path
) -> None:
    viewer = server.login("viewer")
    window = _window(qtbot, server.url_for(viewer))
    try:
        page = _check_ins(window)
        assert page.model.rowCount() > 0  # a viewer reads every check-in
        assert not page.new_button.isEnabled()
        assert page.new_button.toolTip() == VIEWER_REFUSAL
        for button in (page.import_button, page.workbook_button, page.delete_button):
            assert not button.isEnabled()
        page.refresh()  # the page enables its buttons when a year is chosen: still held
        assert not page.new_button.isEnabled()
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert page.last_dialog is None  # Ctrl+N opens nothing either
        assert not window.file_menu.new_person_action.isEnabled()
        reports = window.show_page("Reports")
        assert isinstance(reports, ReportsPage)
        assert not reports.private_notes.isEnabled()  # a viewer never reads them
        assert reports.private_notes.toolTip() == PRIVATE_NOTES_REFUSAL
        window.show_page("Check-ins")
        assert f"signed in as {viewer} (viewer)" in window.database_label.text()
        window.grab().save(str(tmp_path / "viewer-checkins.png"))
    finally:
        window.close()
        window.context.db.dispose()


def test_a_coordinators_window_keeps_new_check_in(qtbot: QtBot, server: TeamServer) -> None:
    coordinator = server.login("coordinator")
    window = _window(qtbot, server.url_for(coordinator))
    try:
        page = _check_ins(window)
        assert page.new_button.isEnabled()
        assert page.new_button.toolTip() == "Log a check-in (Ctrl+N)"
        assert window.file_menu.new_person_action.isEnabled()
        reports = window.show_page("Reports")
        assert isinstance(reports, ReportsPage)
        assert reports.private_notes.toolTip().startswith("Private notes belong to the mentoring")
    finally:
        window.close()
        window.context.db.dispose()
