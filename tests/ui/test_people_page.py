"""The People page in a real window: filter by typing, sort by header, details of the selection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.opening import open_database
from coordinator.tools.text import fold
from coordinator.ui.main_window import MainWindow
from coordinator.ui.models.people_model import CAMPUS, NAME, PeopleModel
from coordinator.ui.pages.people_page import PeoplePage

WindowFactory = Callable[[Database], MainWindow]


def people_page(window: MainWindow) -> PeoplePage:
    page = window.show_page("People")
    assert isinstance(page, PeoplePage)
    return page


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Unicode included, the way a keyboard does (keyClicks is ASCII-only)."""
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def visible_names(model: PeopleModel) -> list[str]:
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_the_window_lists_the_pages_that_exist(
    main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    titles = window.page_titles()
    assert "People" in titles
    assert "Settings" in titles
    assert titles == [
        t
        for t in (
            "Dashboard",
            "People",
            "Cohorts",
            "Check-ins",
            "Imports",
            "Surveys",
            "Reports",
            "Funds",
            "Settings",
        )
        if t in titles
    ]
    assert window.year_chooser.currentText() == "Teacher Induction 2025-26"
    assert window.context.program_year_id is not None
    assert window.people_count_label.text() == "50 people"
    assert str(people_db.path) in window.database_label.text()


def test_typing_in_the_filter_narrows_the_list(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    page = people_page(main_window(people_db))
    page.filter_edit.setFocus()
    assert page.model.rowCount() == 50
    assert page.count_label.text() == "50 people"
    qtbot.keyClicks(page.filter_edit, "nguyen")
    names = visible_names(page.model)
    assert len(names) == 6
    assert all(name.endswith(" Nguyễn") for name in names)
    assert page.count_label.text() == "6 of 50 people"
    qtbot.keyClicks(page.filter_edit, " olga")
    assert visible_names(page.model) == ["Olga Nguyễn"]
    assert page.count_label.text() == "1 of 50 people"
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    assert page.filter_edit.text() == ""
    assert page.model.rowCount() == 50
    assert page.count_label.text() == "50 people"


def test_unicode_filter_and_apostrophes(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    page = people_page(main_window(people_db))
    page.filter_edit.setFocus()
    type_text(page.filter_edit, "Zoë")
    assert page.filter_edit.text() == "Zoë"
    assert page.model.rowCount() == 5
    assert all(name.startswith("Zoë ") for name in visible_names(page.model))
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "o'brien e0001")
    assert visible_names(page.model) == ["Thị Lan O'Brien"]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "nobody-like-this")
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 of 50 people"


def test_ctrl_f_focuses_the_filter(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    page = people_page(window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()


def test_clicking_a_header_sorts_and_keeps_the_selection(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    page = people_page(main_window(people_db))
    names = visible_names(page.model)
    # Shown "First Last", in last-name order, accents aside (every last name here is one word).
    assert names == sorted(names, key=lambda n: (fold(n.rsplit(" ", 1)[1]), fold(n)))
    assert names[:2] == ["Aisha Brown", "José Brown"]
    page.select_person(page.model.person_id(5) or 0)
    chosen = page.detail_pane.person_id
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(CAMPUS) + header.sectionSize(CAMPUS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    campuses = [page.model.index(r, CAMPUS).data() for r in range(page.model.rowCount())]
    assert campuses == sorted(campuses)
    assert campuses[0] == "Alamo Elementary"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    campuses = [page.model.index(r, CAMPUS).data() for r in range(page.model.rowCount())]
    assert campuses[0] == "Crockett High"
    selected = page.table.selectionModel().selectedRows()
    assert len(selected) == 1
    assert page.model.person_id(selected[0].row()) == chosen


def test_selecting_a_row_shows_the_person(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    from coordinator.services.compliance.mentee_eligibility import set_years_experience
    from coordinator.services.lookup import person_by_employee_id

    with people_db.transaction() as session:
        set_years_experience(session, person_by_employee_id(session, "E0001").id, 4)
    page = people_page(main_window(people_db))
    assert page.detail_pane.title.text() == "Select a person to see their details."
    qtbot.keyClicks(page.filter_edit, "E0001")
    rect = page.table.visualRect(page.model.index(0, NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = page.detail_pane
    assert pane.title.text() == "Thị Lan O'Brien"
    assert pane.field_text("Employee ID") == "E0001"
    assert pane.field_text("Campus") == "Bowie Middle"
    assert pane.field_text("Hire date") == "2025-08-01"
    assert pane.field_text("Years of experience") == "4"
    assert "Teacher Induction: Mentor" in pane.programs_label.text()


def test_detail_pane_takes_extra_sections(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    from PySide6.QtWidgets import QLabel

    page = people_page(main_window(people_db))
    shown: list[object] = []
    page.detail_pane.person_shown.connect(shown.append)
    box = page.detail_pane.add_section("Check-ins", QLabel("3 check-ins"))
    assert not box.isVisible()
    page.select_person(page.model.person_id(0) or 0)
    assert box.isVisible()
    assert shown == [page.model.person_id(0)]


def test_empty_database_says_how_to_get_people(main_window: WindowFactory, db: Database) -> None:
    window = main_window(db)
    page = people_page(window)
    assert page.views.currentWidget() is page.empty_label
    assert "Import your district's HR roster" in page.empty_label.text()
    assert window.people_count_label.text() == "0 people"
    assert window.year_chooser.currentIndex() == -1
    assert not window.year_chooser.isEnabled()


def test_opening_another_database_updates_the_window(
    main_window: WindowFactory, db: Database, people_db: Database, tmp_path: Path
) -> None:
    window = main_window(people_db)
    page = people_page(window)
    other = open_database(tmp_path / "other.sqlite")
    window.context.replace_database(other)
    assert str(tmp_path / "other.sqlite") in window.database_label.text()
    assert window.people_count_label.text() == "0 people"
    assert page.views.currentWidget() is page.empty_label
    assert window.context.program_year_id is None


def test_open_database_at_remembers_recent_files(
    main_window: WindowFactory, people_db: Database, tmp_path: Path
) -> None:
    window = main_window(people_db)
    target = str(tmp_path / "second.sqlite")
    assert window.open_database_at(target, create=True)
    assert window.database_label.text() == f"Database: {target}"
    actions = window.file_menu.recent_menu.actions()
    assert [a.data() for a in actions] == [target]


def test_filter_the_demo_district(qtbot: QtBot, main_window: WindowFactory, db: Database) -> None:
    from sqlalchemy import select

    from coordinator.db.models import Person
    from coordinator.demo import build_demo
    from coordinator.tools.text import fold

    build_demo(db)
    with db.reading() as s:
        people = s.execute(select(Person.first_name, Person.last_name, Person.preferred_name))
        names = [" ".join(filter(None, row)) for row in people]
    expected = sum("nguyen" in fold(name) for name in names)
    assert expected > 0
    window = main_window(db)
    page = people_page(window)
    assert window.year_chooser.currentText() == "Teacher Induction 2025-26"  # most mentees
    assert page.count_label.text() == f"{len(names):,} people"
    roles = {page.model.index(r, 4).data() for r in range(page.model.rowCount())}
    assert {"Mentor", "Mentee"} <= roles
    qtbot.keyClicks(page.filter_edit, "nguyen")
    assert page.model.rowCount() == expected
    assert page.count_label.text() == f"{expected:,} of {len(names):,} people"
    window.year_chooser.setCurrentIndex(window.year_chooser.findText("New Librarians 2025-26"))
    assert page.model.rowCount() == expected  # the filter stays when the year changes
