"""The Dashboard's "This week" list: two mentors checked, nudges written, "nudged today" shown."""

from __future__ import annotations

import datetime as dt
import email
from email.policy import default
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.services.week.nudge_templates import NudgeReason
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.nudge_dialog import NudgeDialog
from coordinator.ui.pages.dashboard_page import DashboardPage
from hosting import host
from week_district import SECRET_NOTE, build_week_district

DAY = dt.date(2025, 10, 20)  # both mentors have logged nothing for 14 days or more


def shown_page(qtbot: QtBot, db: Database) -> tuple[DashboardPage, QWidget]:
    district = build_week_district(db)
    context = AppContext(db)
    context.set_program_year(district.year_id)
    page = DashboardPage(context)
    page.as_of = DAY
    with qtbot.waitSignal(page.loaded):
        window = host(qtbot, page, 1366, 768)  # kept: qtbot holds the window weakly
    page.wait_until_evaluated()
    return page, window


def box_for(page: DashboardPage, name: str) -> QCheckBox:
    (box,) = [b for b, line in page.week_list.checks if line.name == name]
    return box


def test_two_mentors_checked_get_nudges_and_the_list_says_nudged_today(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    page, _window = shown_page(qtbot, db)
    week = page.week_list
    assert len(week.checks) == 6
    assert week.more_button.text() == "2 more…"
    assert not week.nudge_button.isEnabled()
    qtbot.mouseClick(week.more_button, Qt.MouseButton.LeftButton)
    assert len(week.checks) == 8
    assert week.line_texts()[5] == "Mentor Number2: no check-in logged for 35 days"
    assert week.line_texts()[6] == "Mentor Number1: no check-in logged for 19 days"
    for name in ("Mentor Number1", "Mentor Number2"):
        box = box_for(page, name)
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)  # keyboard-reachable
    assert week.nudge_button.isEnabled()

    qtbot.mouseClick(week.nudge_button, Qt.MouseButton.LeftButton)
    dialog = page.week_actions.last_dialog
    assert isinstance(dialog, NudgeDialog)
    qtbot.waitExposed(dialog)
    assert dialog.reason_combo.currentText() == "Not logged"
    assert dialog.recipients.text() == "2 people: Mentor Number1, Mentor Number2"
    assert dialog.preview.toPlainText().startswith(
        "Subject: Texas MPA: please log your check-ins\n\nHello Mentor,"
    )
    folder = tmp_path / "nudges"
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(folder))
    qtbot.mouseClick(dialog.attach_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None)
    assert dialog.outcome.text().startswith(f"Wrote 2 drafts to {folder}.")
    drafts = sorted(folder.iterdir())
    assert [p.name for p in drafts] == [
        "Number1, Mentor (M001) - nudge not logged.eml",
        "Number2, Mentor (M002) - nudge not logged.eml",
    ]
    message = email.message_from_bytes(drafts[0].read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Mentor Number1 <m001@district.example>"
    assert len(list(message.iter_attachments())) == 1  # type: ignore[attr-defined]
    assert SECRET_NOTE.encode() not in drafts[0].read_bytes()

    qtbot.waitUntil(lambda: "— nudged today" in box_for(page, "Mentor Number1").text())
    assert box_for(page, "Mentor Number2").text() == (
        "Mentor Number2: no check-in logged for 35 days — nudged today"
    )
    assert box_for(page, "Mentor Number2").isChecked()  # a refresh keeps what was checked
    assert "nudged" not in box_for(page, "Newhire Unassigned").text()


def test_a_line_button_does_its_action_and_at_risk_rows_can_be_nudged(
    qtbot: QtBot, db: Database
) -> None:
    page, _window = shown_page(qtbot, db)
    week = page.week_list
    line_of = {line.name: n for n, (_box, line) in enumerate(week.checks)}
    assert week.buttons[0].text() == "Log a check-in"
    with qtbot.waitSignal(page.open_person) as opened:
        qtbot.mouseClick(week.more_button, Qt.MouseButton.LeftButton)
        line_of = {line.name: n for n, (_box, line) in enumerate(week.checks)}
        qtbot.mouseClick(week.buttons[line_of["Newhire Unassigned"]], Qt.MouseButton.LeftButton)
    assert week.buttons[line_of["Newhire Unassigned"]].text() == "Assign"
    assert opened.args is not None

    page.table.selectAll()
    assert week.nudge_button.isEnabled()
    qtbot.mouseClick(week.nudge_button, Qt.MouseButton.LeftButton)
    dialog = page.week_actions.last_dialog
    assert isinstance(dialog, NudgeDialog)
    # The selected mentees stand for their two mentors (the one with no mentor has none).
    assert dialog.recipients.text() == "2 people: Mentor Number1, Mentor Number2"
    dialog.audience_combo.setCurrentIndex(1)
    assert dialog.recipients.text().startswith("6 people: ")
    assert not dialog.attach_check.isEnabled()
    dialog.close()


class MailProgram(QObject):
    """Stands where the system's mail program would: Qt hands it the `mailto:` link."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(url)


def test_one_mentor_nudged_through_the_mail_program_with_an_edited_template(
    qtbot: QtBot, db: Database
) -> None:
    page, _window = shown_page(qtbot, db)
    line = next(ln for _box, ln in page.week_list.checks if ln.name == "Mentor Number2")
    button = page.week_list.buttons[[ln for _b, ln in page.week_list.checks].index(line)]
    assert button.text() == "Nudge"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.week_actions.last_dialog
    assert isinstance(dialog, NudgeDialog)
    dialog.subject_edit.selectAll()
    qtbot.keyClicks(dialog.subject_edit, "Logging, {first_name}?")
    assert dialog.preview.toPlainText().startswith("Subject: Logging, Mentor?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == "Saved the “not logged” template for this program."
    mail = MailProgram()
    QDesktopServices.setUrlHandler("mailto", mail, "open_url")
    try:
        qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    (url,) = mail.opened
    assert url.scheme() == "mailto"
    assert url.path() == "m002@district.example"
    assert "subject=Logging%2C%20Mentor%3F" in url.toString(
        QUrl.ComponentFormattingOption.FullyEncoded
    )
    qtbot.waitUntil(lambda: "— nudged today" in box_for(page, "Mentor Number2").text())
    dialog.close()
    again = NudgeDialog(
        page._context,
        line_year(page),
        [line.person_id],
        DAY,
        reason=NudgeReason.NOT_LOGGED,
    )
    qtbot.addWidget(again)
    assert again.subject_edit.text() == "Logging, {first_name}?"  # kept for the program


def line_year(page: DashboardPage) -> int:
    assert page.week_list.week is not None
    return page.week_list.week.program_year_id


def test_a_nudge_in_spanish(qtbot: QtBot, db: Database) -> None:
    district = build_week_district(db)
    context = AppContext(db)
    with db.reading() as s:
        from coordinator.db.models import Person

        mentor_ids = [p.id for p in s.query(Person).filter(Person.employee_id.like("M%"))]
    dialog = NudgeDialog(context, district.year_id, mentor_ids, DAY, reason=NudgeReason.NOT_LOGGED)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentText() == "English"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    preview = dialog.preview.toPlainText()
    assert preview.startswith("Subject: Texas MPA: por favor registre sus reuniones\n\nHola, ")
    assert "¡Muchas gracias!" in preview
    assert "Hello" not in preview
