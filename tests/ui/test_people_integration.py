"""The People page brings the program together: history, eligibility, timeline, enrolling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import Assignment, Enrollment, Person, ProgramYear, Role
from coordinator.demo import build_demo
from coordinator.ui.dialogs.enroll_dialog import EnrollDialog
from coordinator.ui.dialogs.mentee_timeline_dialog import MenteeTimelineDialog
from coordinator.ui.dialogs.rule_packs_dialog import RulePacksDialog
from coordinator.ui.pages.people_page import PeoplePage

from .conftest import WindowFactory


def _demo_ids(db: Database) -> tuple[int, int, int]:
    """A librarian mentee with an assignment, their mentor, and the librarian year."""
    with db.reading() as s:
        year_id = s.scalars(
            select(ProgramYear.id).join(ProgramYear.program).where(ProgramYear.label == "2025-26")
        ).all()
        row = s.execute(
            select(Assignment.mentee_id, Assignment.mentor_id, Assignment.program_year_id)
            .where(Assignment.program_year_id.in_(year_id))
            .order_by(Assignment.id)
        ).first()
    assert row is not None
    return row[0], row[1], row[2]


def _people_page(window: object) -> PeoplePage:
    page = window.show_page("People")  # type: ignore[attr-defined]
    assert isinstance(page, PeoplePage)
    return page


def test_a_mentee_shows_history_and_opens_the_timeline(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    build_demo(db, scale="small")
    mentee_id, _mentor_id, year_id = _demo_ids(db)
    window = main_window(db)
    window.context.set_program_year(year_id)
    assert window.year_chooser.currentData() == year_id  # the toolbar follows
    page = _people_page(window)
    assert page.select_person(mentee_id)
    sections = page.sections
    assert not sections.history_box.isHidden()
    assert sections.history.model.rowCount() >= 1
    assert sections.eligibility_box.isHidden()  # a mentee has no mentor eligibility
    qtbot.mouseClick(sections.timeline_button, Qt.MouseButton.LeftButton)
    dialog = sections.dialog
    assert isinstance(dialog, MenteeTimelineDialog)
    qtbot.waitExposed(dialog)
    assert dialog.timeline.timeline is not None
    assert dialog.timeline.timeline.entries  # the mentee's check-ins are listed
    assert dialog.timeline.model.rowCount() == len(dialog.timeline.timeline.entries)
    dialog.close()


def test_a_mentor_shows_eligibility_not_history(main_window: WindowFactory, db: Database) -> None:
    build_demo(db, scale="small")
    _mentee_id, mentor_id, year_id = _demo_ids(db)
    window = main_window(db)
    window.context.set_program_year(year_id)
    page = _people_page(window)
    assert page.select_person(mentor_id)
    assert not page.sections.eligibility_box.isHidden()
    assert page.sections.history_box.isHidden()
    assert "eligible" in page.sections.eligibility.label.text().lower()


def test_dashboard_opens_the_mentee_on_the_people_page(
    main_window: WindowFactory, db: Database
) -> None:
    build_demo(db, scale="small")
    mentee_id, _mentor_id, _year = _demo_ids(db)
    window = main_window(db)
    people = _people_page(window)
    people.filter_edit.setText("zzzz-nobody")  # a filter that hides everyone
    window.show_page("Dashboard").open_person.emit(mentee_id)
    assert window.current_page_title() == "People"
    assert people.filter_edit.text() == ""
    assert people.detail_pane.person_id == mentee_id


def test_enroll_selected_people_as_mentees(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    build_demo(db, scale="small")
    with db.reading() as s:
        enrolled = set(s.scalars(select(Enrollment.person_id)))
        outsiders = s.scalars(
            select(Person.id).where(Person.id.not_in(enrolled)).order_by(Person.id).limit(2)
        ).all()
    window = main_window(db)
    page = _people_page(window)
    rows = [page.model.row_of(person) for person in outsiders]
    assert None not in rows
    selection = page.table.selectionModel()
    for row in rows:  # Ctrl+click on each row: both stay selected
        selection.select(
            page.model.index(row or 0, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    assert set(page.selected_person_ids()) == set(outsiders)
    page.enroll_mentees()
    dialog = page.dialog
    assert isinstance(dialog, EnrollDialog)
    qtbot.waitExposed(dialog)
    dialog.accept()
    with db.reading() as s:
        roles = set(s.scalars(select(Enrollment.role).where(Enrollment.person_id.in_(outsiders))))
    assert roles == {Role.MENTEE}


def test_settings_opens_the_rule_packs(main_window: WindowFactory, db: Database) -> None:
    build_demo(db, scale="small")
    window = main_window(db)
    settings = window.show_page("Settings")
    settings.rule_packs_button.click()
    assert isinstance(settings.dialog, RulePacksDialog)
    settings.dialog.close()


def test_the_window_names_a_program_year_one_way(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    """Toolbar, Cohorts title, Enroll dialog and import wizard all say "Program 2025-26"."""
    from coordinator.services.programs import year_choices
    from coordinator.ui.dialogs import import_wizard_plan
    from coordinator.ui.pages.cohorts_page import CohortsPage
    from coordinator.ui.widgets import program_year_chooser

    build_demo(db, scale="small")
    window = main_window(db)
    with db.reading() as s:
        year = s.get(ProgramYear, window.context.program_year_id)
        assert year is not None
        expected = f"{year.program.name} {year.label}"
        person_id = s.scalars(select(Person.id).order_by(Person.id)).first()
    assert window.year_chooser.currentText() == expected
    cohorts = window.show_page("Cohorts")
    assert isinstance(cohorts, CohortsPage)
    assert cohorts.title.text() == f"<b>{expected}</b>"
    dialog = EnrollDialog(window.context, [person_id or 0], parent=window)
    qtbot.addWidget(dialog)
    assert dialog.year.currentText() == expected
    labels = [dialog.year.itemText(i) for i in range(dialog.year.count())]
    assert labels == [window.year_chooser.itemText(i) for i in range(window.year_chooser.count())]
    for module in (program_year_chooser, import_wizard_plan):
        assert module.program_year_choices is year_choices.program_year_choices
