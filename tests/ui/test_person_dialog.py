"""New person and Edit person on the People page, typed and clicked the way a coordinator does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, Person
from coordinator.services.audit_view import AuditFilter, audit_lines
from coordinator.ui.dialogs.person_dialog import PersonDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.models.people_model import NAME
from coordinator.ui.pages.people_page import PeoplePage

WindowFactory = Callable[[Database], MainWindow]
TODAY = dt.date(2025, 10, 14)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def people_page(window: MainWindow) -> PeoplePage:
    page = window.show_page("People")
    assert isinstance(page, PeoplePage)
    page.today = TODAY
    return page


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Unicode included, the way a keyboard does (keyClicks is ASCII-only)."""
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def open_dialog(qtbot: QtBot, page: PeoplePage) -> PersonDialog:
    qtbot.waitUntil(lambda: isinstance(page.dialog, PersonDialog) and page.dialog.isVisible())
    assert isinstance(page.dialog, PersonDialog)
    return page.dialog


def shown_names(page: PeoplePage) -> list[str]:
    return [page.model.index(row, NAME).data() for row in range(page.model.rowCount())]


def test_add_a_person_by_typing_and_see_them_in_the_list(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    page = people_page(window)
    qtbot.keyClicks(page.filter_edit, "zz")  # a filter that would hide the new person
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)  # File > New person…
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "New person"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.first_name.hasFocus)  # typing starts with the first name
    type_text(dialog.first_name, "Thị Lan")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Nguyễn")
    assert dialog.last_name.text() == "Nguyễn"
    qtbot.keyClicks(dialog.employee_id, "E7777")
    qtbot.keyClicks(dialog.email, "lan.nguyen@district.example")
    dialog.campus.setCurrentIndex(dialog.campus.findText("Bowie Middle"))
    qtbot.keyClicks(dialog.position, "Teacher")
    qtbot.keyClicks(dialog.grade, "7")
    qtbot.keyClicks(dialog.hire_date.line_edit, "2025-09-29")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.grade, Qt.Key.Key_Return)
    assert dialog.saved_id is not None
    assert page.filter_edit.text() == ""  # cleared, so the new person shows
    assert "Thị Lan Nguyễn" in shown_names(page)
    assert page.detail_pane.person_id == dialog.saved_id
    assert page.detail_pane.field_text("Campus") == "Bowie Middle"
    assert page.detail_pane.field_text("Hire date") == "2025-09-29"
    assert page.count_label.text() == "51 people"
    with people_db.reading() as session:
        (line,) = audit_lines(session, AuditFilter(person_id=dialog.saved_id))
    assert line.what == "Added Thị Lan Nguyễn by hand"


def test_edit_an_e_mail_with_enter_and_see_it(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    page = people_page(main_window(people_db))
    page.table.setFocus()
    page.table.selectRow(0)
    person_id = page.detail_pane.person_id
    assert person_id is not None
    assert page.detail_pane.field_text("E-mail") is None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "Edit person"
    qtbot.keyClicks(dialog.email, "new.address@district.example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.detail_pane.person_id == person_id
    assert page.detail_pane.field_text("E-mail") == "new.address@district.example"
    with people_db.reading() as session:
        line = audit_lines(session, AuditFilter(person_id=person_id))[0]
    assert line.what == "Changed the e-mail"
    assert (line.before, line.after) == ("E-mail: —", "E-mail: new.address@district.example")


def test_a_duplicate_employee_id_is_refused_naming_the_field_with_the_text_kept(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    page = people_page(main_window(people_db))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.first_name, "Sean")
    qtbot.keyClicks(dialog.last_name, "Okafor")
    qtbot.keyClicks(dialog.employee_id, "E0003")  # someone else's
    qtbot.keyClicks(dialog.email, "sean.okafor@district.example")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Another person already has the employee ID E0003")
    assert dialog.focusWidget() is dialog.employee_id
    texts = [w.text() for w in (dialog.first_name, dialog.last_name, dialog.employee_id)]
    assert texts == ["Sean", "Okafor", "E0003"]
    assert dialog.email.text() == "sean.okafor@district.example"
    dialog.employee_id.selectAll()
    qtbot.keyClicks(dialog.employee_id, "E0999")
    qtbot.keyClick(dialog.employee_id, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "Sean Okafor" in shown_names(page)


def test_a_typed_hire_date_that_is_not_a_date_is_refused_in_words(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    page = people_page(main_window(people_db))
    dialog = page.new_person()
    qtbot.keyClicks(dialog.first_name, "Ruth")
    qtbot.keyClicks(dialog.last_name, "Brown")
    qtbot.keyClicks(dialog.hire_date.line_edit, "2025-02-30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "2025-02-30 is not a date in the calendar."
    assert dialog.focusWidget() is dialog.hire_date.line_edit
    assert dialog.hire_date.text() == "2025-02-30"


def test_a_stale_edit_is_refused_and_what_was_typed_stays(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    page = people_page(main_window(people_db))
    row = page.table.visualRect(page.model.index(1, NAME)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    dialog = open_dialog(qtbot, page)
    person_id = page.detail_pane.person_id
    with people_db.transaction() as session:  # a colleague changes the same person meanwhile
        person = session.get(Person, person_id)
        assert person is not None
        person.grade = "5"
    dialog.position.selectAll()
    qtbot.keyClicks(dialog.position, "Instructional Coach")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.stale.message.text() == (
        "Changed by someone else since you opened it: the grade level."
    )
    assert dialog.position.text() == "Instructional Coach"
    with people_db.reading() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert (person.position, person.grade) != ("Instructional Coach", None)
        assert person.grade == "5"
        stored_position = person.position or ""
    qtbot.mouseClick(dialog.stale.reload_button, Qt.MouseButton.LeftButton)
    assert (dialog.grade.text(), dialog.position.text()) == ("5", stored_position)
    assert not dialog.stale.isVisible()
    with people_db.transaction() as session:  # and again, while they look at it
        changed = session.get(Person, person_id)
        assert changed is not None
        changed.grade = "6"
    dialog.position.selectAll()
    qtbot.keyClicks(dialog.position, "Instructional Coach")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.stale.isVisible()
    qtbot.mouseClick(dialog.stale.overwrite_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with people_db.reading() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert (person.position, person.grade) == ("Instructional Coach", "5")  # mine, whole
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "person").order_by(AuditEntry.id)
        ).all()
    assert list(actions)[-2:] == ["overwrite", "edit"]


def test_the_detail_pane_edit_button_opens_the_person(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    page = people_page(main_window(people_db))
    assert not page.edit_button.isEnabled()
    assert page.edit_button.toolTip() == "Select the person to edit first."
    page.table.selectRow(2)
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.detail_pane.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page)
    assert dialog.first_name.text() == page.detail_pane.detail.first_name  # type: ignore[union-attr]
    dialog.reject()
