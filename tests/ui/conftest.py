"""GUI fixtures: settings kept in tmp, a window factory, and a small district of people."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.models import (
    Campus,
    CampusLevel,
    Enrollment,
    Person,
    Program,
    ProgramYear,
    Role,
)
from coordinator.log import PrivateRotatingFileHandler, setup_logging
from coordinator.services.compliance.packs import ensure_builtin_packs
from coordinator.ui import app_settings
from coordinator.ui.context import AppContext
from coordinator.ui.focus_style import install_focus_ring
from coordinator.ui.main_window import MainWindow

FIRST_NAMES = ("Zoë", "Thị Lan", "Sean", "Maria", "José", "Aisha", "Wei", "Olga", "Kofi", "Ruth")
LAST_NAMES = ("Nguyễn", "O'Brien", "García", "Smith", "Müller", "Okafor", "Li", "Şahin", "Brown")
POSITIONS = ("Teacher", "Librarian", "Counselor")


@pytest.fixture(autouse=True)
def no_key_left_held(qapp: object) -> Iterator[None]:
    """A key pressed before a dialog took the focus is released after the test.

    A shortcut that opens a modal dialog takes the key's release with it, so Qt goes on believing
    Shift or Ctrl is held and the next test's `selectRow` extends a selection instead of making one.
    """
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    held = QApplication.keyboardModifiers()
    if held == Qt.KeyboardModifier.NoModifier:
        return
    spare = QWidget()
    for modifier, key in (
        (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
        (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
        (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
        (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta),
    ):
        if held & modifier:
            QtBot.keyRelease(spare, key)
    spare.deleteLater()


@pytest.fixture(scope="session", autouse=True)
def focus_ring(qapp: QApplication) -> None:
    """The window's style, as the app installs it: the focus ring on every control."""
    install_focus_ring(qapp)


@pytest.fixture(scope="session", autouse=True)
def session_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """QSettings never touch the real user's settings, in any test of this folder."""
    return app_settings.use_settings_folder(tmp_path_factory.mktemp("qsettings"))


@pytest.fixture(autouse=True)
def isolated_settings(coordinator_home: Path, session_settings: Path) -> Iterator[Path]:
    """Each test starts with its own empty settings file in its home folder."""
    folder = app_settings.use_settings_folder(coordinator_home / "config")
    yield folder
    app_settings.use_settings_folder(session_settings)


def add_people(db: Database, count: int = 50) -> dict[str, int]:
    """`count` people on three campuses, a program year, and some enrollments; returns ids."""
    with db.transaction() as s:
        pack = next(iter(ensure_builtin_packs(s).values()))
        s.flush()
        campuses = [
            Campus(name="Alamo Elementary", level=CampusLevel.ELEMENTARY),
            Campus(name="Bowie Middle", level=CampusLevel.MIDDLE),
            Campus(name="Crockett High", level=CampusLevel.HIGH),
        ]
        program = Program(name="Teacher Induction", rule_pack_id=pack.id)
        year = ProgramYear(
            program=program,
            label="2025-26",
            start_date=dt.date(2025, 8, 1),
            end_date=dt.date(2026, 6, 1),
        )
        s.add_all([*campuses, program, year])
        people = []
        for n in range(count):
            people.append(
                Person(
                    employee_id=f"E{n:04d}",
                    first_name=FIRST_NAMES[n % len(FIRST_NAMES)],
                    last_name=LAST_NAMES[n % len(LAST_NAMES)],
                    position=POSITIONS[n % len(POSITIONS)],
                    campus=campuses[n % len(campuses)],
                    hire_date=dt.date(2025, 8, 1),
                )
            )
        s.add_all(people)
        s.flush()
        for n, person in enumerate(people[:10]):
            role = Role.MENTOR if n < 3 else Role.MENTEE
            s.add(Enrollment(program_year_id=year.id, person_id=person.id, role=role))
        return {"year": year.id, "first": people[0].id, "count": count}


@pytest.fixture
def people_db(db: Database) -> Database:
    add_people(db)
    return db


WindowFactory = Callable[[Database], MainWindow]


@pytest.fixture
def main_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build a main window on a given database, shown offscreen, with no crash dialog.

    No crash handler is installed, so pytest-qt's own hook fails the test on any exception.
    """
    windows: list[MainWindow] = []

    def make(db: Database) -> MainWindow:
        window = MainWindow(AppContext(db))
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()  # waits for the pages' background work
        window.context.db.dispose()


@pytest.fixture
def log_path() -> Iterator[Path]:
    """The app's rotating log file, in this test's home folder."""
    root = logging.getLogger()
    earlier = [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]
    for handler in earlier:
        root.removeHandler(handler)
    path = setup_logging()
    yield path
    for handler in root.handlers[:]:
        if isinstance(handler, PrivateRotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    for handler in earlier:
        root.addHandler(handler)
