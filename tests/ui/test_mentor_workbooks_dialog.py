"""Mentor workbooks from the Check-ins page: a campus's mentors into a folder, then again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.models import Campus, Person
from coordinator.importing.checkins.workbook_format import LISTS, SHEET
from coordinator.importing.checkins.workbook_reader import import_checkin_workbook
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.mentor_workbooks_dialog import MentorWorkbooksDialog
from coordinator.ui.pages.checkins_page import CheckinsPage
from district import District, build_district
from hosting import host


class OpenedUrls(QObject):
    """Where "Open folder" goes: Qt hands file URLs to this instead of the file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def two_campuses(db: Database, d: District) -> None:
    with db.transaction() as s:
        north, south = Campus(name="North High"), Campus(name="South Middle")
        s.add_all([north, south])
        s.flush()
        for mentor_id, campus in zip(d.mentor_ids, (north, south, north), strict=True):
            person = s.get(Person, mentor_id)
            assert person is not None
            person.campus_id = campus.id


def open_dialog(qtbot: QtBot, page: CheckinsPage) -> MentorWorkbooksDialog:
    qtbot.mouseClick(page.workbook_button, Qt.MouseButton.LeftButton)
    dialog = page.workbooks_dialog
    qtbot.waitExposed(dialog)
    return dialog


def type_folder(qtbot: QtBot, dialog: MentorWorkbooksDialog, folder: Path) -> None:
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(folder))


def write_and_wait(qtbot: QtBot, dialog: MentorWorkbooksDialog) -> None:
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.worker is None)


def test_a_campus_s_workbooks_then_keeping_the_ones_already_there(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    d = build_district(db, mentees_per_mentor=(2, 1, 3))
    two_campuses(db, d)
    context = AppContext(db)
    context.set_program_year(d.year_id)
    page = CheckinsPage(context)
    _window = host(qtbot, page)  # kept alive: the page lives in it
    folder = tmp_path / "North High logs"

    dialog = open_dialog(qtbot, page)
    assert dialog.everyone_choice.isChecked()  # no mentor chosen in the filter
    assert dialog.everyone_choice.text() == "&Every mentor of the year (3 workbooks)"
    qtbot.mouseClick(dialog.campus_choice, Qt.MouseButton.LeftButton)
    assert dialog.campus_combo.currentText() == "North High (2 mentors)"
    assert dialog.summary.text().startswith("Writes 2 workbooks, one per mentor, named like")
    type_folder(qtbot, dialog, folder)
    write_and_wait(qtbot, dialog)
    assert dialog.outcome.text() == f"Wrote 2 workbooks to {folder}."
    assert dialog.outcome.isVisible()
    assert dialog.open_button.isVisible()
    assert not dialog.write_button.isVisible()
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "Number1, Mentor (M001) - check-in log Texas MPA 2025-26.xlsx",
        "Number3, Mentor (M003) - check-in log Texas MPA 2025-26.xlsx",
    ]

    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened.urls] == [folder]
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The first mentor fills their log in; writing the campus again must not lose it.
    book = folder / names[0]
    wb = openpyxl.load_workbook(book)
    label = wb[LISTS]["A3"].value
    for column, value in enumerate((dt.date(2025, 9, 4), label, "Phone", 25), start=1):
        wb[SHEET].cell(row=2, column=column, value=value)
    wb.save(book)
    filled = book.read_bytes()

    again = open_dialog(qtbot, page)
    qtbot.mouseClick(again.campus_choice, Qt.MouseButton.LeftButton)
    type_folder(qtbot, again, folder)
    qtbot.mouseClick(again.write_button, Qt.MouseButton.LeftButton)
    question = again.question
    assert question is not None
    qtbot.waitExposed(question)
    assert question.text().startswith(f"2 workbooks of these are already in {folder}.")
    assert names[0] in question.informativeText()
    keep = next(b for b in question.buttons() if b.text() == "&Keep them, write the others")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.written is not None, timeout=30_000)
    assert again.outcome.text() == (
        f"Wrote 0 workbooks to {folder}. Kept 2 files already there (they were not replaced)."
    )
    assert book.read_bytes() == filled
    result = import_checkin_workbook(db, book)
    assert (result.counts["new"], result.problems) == (1, [])


def test_the_mentor_chosen_in_the_filter_is_the_one_offered(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    d = build_district(db, mentees_per_mentor=(2, 0))
    context = AppContext(db)
    context.set_program_year(d.year_id)
    page = CheckinsPage(context)
    _window = host(qtbot, page)  # kept alive: the page lives in it
    page.mentor_filter.choose(d.mentor_ids[1])
    dialog = open_dialog(qtbot, page)
    assert dialog.one_choice.isChecked()
    assert dialog.mentor_combo.currentText() == "Mentor Number2"
    assert dialog.summary.text() == (
        "1 mentor without mentees this year gets no workbook: assign mentees first."
    )
    assert not dialog.write_button.isEnabled()
    assert not dialog.campus_choice.isEnabled()  # nobody has a campus on this roster
    dialog.mentor_combo.setCurrentIndex(dialog.mentor_combo.findData(d.mentor_ids[0]))
    assert dialog.write_button.isEnabled()
    assert dialog.summary.text() == (
        "Writes 1 workbook: “Number1, Mentor (M001) - check-in log Texas MPA 2025-26.xlsx”."
    )
    a_file = tmp_path / "a file"
    a_file.write_text("not a folder")
    type_folder(qtbot, dialog, a_file)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == f"{a_file} is a file."
    assert dialog.worker is None
    assert dialog.question is None  # nothing was asked: nothing was going to be written


def test_workbooks_in_spanish_when_chosen_in_the_dialog(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    """Settings say English; Español chosen here writes the Spanish workbooks, named in Spanish."""
    d = build_district(db, mentees_per_mentor=(2, 1, 3))
    context = AppContext(db)
    context.set_program_year(d.year_id)
    page = CheckinsPage(context)
    _window = host(qtbot, page)
    dialog = open_dialog(qtbot, page)
    assert dialog.language_combo.currentText() == "English"  # the tests' system language
    assert "check-in log" in dialog.summary.text()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert "registro de reuniones" in dialog.summary.text()
    folder = tmp_path / "logs"
    type_folder(qtbot, dialog, folder)
    write_and_wait(qtbot, dialog)
    written = sorted(folder.iterdir())
    assert len(written) == 3
    assert all("registro de reuniones" in p.name for p in written)
    book = openpyxl.load_workbook(written[0])
    assert "Reuniones" in book.sheetnames
    assert "Instrucciones" in book.sheetnames
