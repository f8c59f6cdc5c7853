"""The program year the window opens on: the one picked last time, else the busiest."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator.db.engine import Database
from coordinator.db.models import Enrollment, Program, ProgramYear, Role
from coordinator.ui.main_window import MainWindow

WindowFactory = Callable[[Database], MainWindow]


@pytest.fixture
def demo_db(db: Database) -> Database:
    from coordinator.demo import build_demo

    build_demo(db, scale="small")
    return db


def _mentees_by_program(db: Database) -> dict[str, int]:
    with db.reading() as s:
        rows = s.execute(
            select(Program.name, func.count(Enrollment.id))
            .join(ProgramYear, ProgramYear.program_id == Program.id)
            .join(Enrollment, Enrollment.program_year_id == ProgramYear.id)
            .where(Enrollment.role == Role.MENTEE)
            .group_by(Program.name)
        )
        return dict(rows.all())


def test_the_demo_opens_on_the_program_with_the_most_mentees(
    main_window: WindowFactory, demo_db: Database
) -> None:
    counts = _mentees_by_program(demo_db)
    assert counts["Teacher Induction"] > counts["New Librarians"]
    window = main_window(demo_db)
    assert window.year_chooser.itemText(0) == "New Librarians 2025-26"  # still listed by name
    assert window.year_chooser.currentText() == "Teacher Induction 2025-26"
    dashboard = window.show_page("Dashboard")
    dashboard.wait_until_evaluated()  # type: ignore[attr-defined]
    assert dashboard.title.text().startswith("Teacher Induction 2025-26")  # type: ignore[attr-defined]


def test_a_year_the_coordinator_picked_comes_back_next_time(
    qtbot: QtBot, main_window: WindowFactory, demo_db: Database
) -> None:
    window = main_window(demo_db)
    chooser = window.year_chooser
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_Up)  # the keyboard way to pick the year above
    assert chooser.currentText() == "New Librarians 2025-26"
    window.close()
    again = main_window(demo_db)
    assert again.year_chooser.currentText() == "New Librarians 2025-26"


def test_no_programs_means_no_year(main_window: WindowFactory, db: Database) -> None:
    window = main_window(db)
    assert window.year_chooser.currentIndex() == -1
    assert window.context.program_year_id is None
