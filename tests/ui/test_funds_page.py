"""The Funds page on the demo year: the locked fall run and its total, a preview adjusted with a
reason and approved, a locked run that the window cannot change, a reversal, a payroll workbook
and stipend requests read back, and a ledger entry that moves the budget."""

from __future__ import annotations

import csv
import datetime as dt
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator.db.engine import Database
from coordinator.db.models import PayLine, Program, ProgramYear, RulePack
from coordinator.db.opening import open_database
from coordinator.demo import build_demo
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.pay import runs
from coordinator.services.pay.exports import save_profile
from coordinator.services.pay.money import money, plain
from coordinator.ui.dialogs.ledger_entry_dialog import LedgerEntryDialog
from coordinator.ui.dialogs.pay_dialogs import AdjustLineDialog, NewPreviewDialog
from coordinator.ui.pages.funds_page import FundsPage
from pay_world import _world

from .conftest import WindowFactory

TODAY = dt.date(2026, 5, 20)


def funds(window: object) -> FundsPage:
    page = window.show_page("Funds")  # type: ignore[attr-defined]
    assert isinstance(page, FundsPage)
    page.today = TODAY
    return page


def shown(page: FundsPage) -> list[list[str]]:
    """The runs list as a person reads it."""
    model = page.runs_model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def choose_run(page: FundsPage, status_start: str) -> int:
    row = next(n for n, r in enumerate(page.runs_model.rows()) if r.status.startswith(status_start))
    page.runs.selectRow(row)
    return row


def press_ok(dialog: object) -> None:
    box = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    box.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, scale="small")
    return db


def test_the_demo_year_shows_its_locked_fall_run_and_total(
    main_window: WindowFactory, demo: Database
) -> None:
    window = main_window(demo)
    window.resize(1366, 768)
    page = funds(window)
    with demo.reading() as s:
        fall = runs.run_view(s, 1)
    rows = shown(page)
    assert rows[0][:5] == [
        "1",
        "Fall 2025-26",
        "Approved, locked",
        str(fall.people),
        money(fall.total_cents),
    ]
    assert rows[1][1:3] == ["Spring 2025-26", "Preview, 1 adjustment"]
    choose_run(page, "Approved")
    assert page.lines_model.rowCount() == len(fall.lines)
    assert money(fall.total_cents) in page.run_heading.text()
    assert "never changes" in page.run_heading.text()
    page.lines.selectRow(0)
    for action in (page.adjust_action, page.approve_action):
        assert not action.isEnabled()
        assert not page._buttons[action].isEnabled()
    assert "approved and locked" in page._buttons[page.adjust_action].toolTip()
    assert page.export_action.isEnabled()
    assert page.reverse_action.isEnabled()
    assert page.preview_action.shortcut().toString() == "Ctrl+N"
    assert page.rules.text().startswith("<b>Pay rules:</b> $500.00 per mentee")


def test_preview_adjust_approve_and_the_locked_run_cannot_change(
    qtbot: QtBot, main_window: WindowFactory, demo: Database
) -> None:
    window = main_window(demo)
    page = funds(window)
    window.sidebar.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New preview…
    dialog = page.dialog
    assert isinstance(dialog, NewPreviewDialog)
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("spring"))
    press_ok(dialog)
    qtbot.keyRelease(window, Qt.Key.Key_Control)  # the dialog took Ctrl's release with it
    run = page.current_run()
    assert run is not None
    assert run.key == "preview:spring"
    line = page.current_line()  # the first line is chosen, so Ctrl+J acts at once
    assert line == page.lines_model.row_at(0)
    assert line is not None
    assert page._buttons[page.adjust_action].isEnabled()
    assert page._buttons[page.approve_action].isEnabled()
    assert page.adjust_action.toolTip() == "Adjust line (Ctrl+J)"
    adjust = page.ask_adjust()
    assert isinstance(adjust, AdjustLineDialog)
    qtbot.keyClicks(adjust.amount_edit, "1,234.50")
    press_ok(adjust)  # no reason: refused, the dialog stays open
    assert adjust.isVisible()
    assert "Say why the amount changes" in adjust.problem.text()
    qtbot.keyClicks(adjust.reason_edit, "Led the campus mentor meeting")
    press_ok(adjust)
    assert not adjust.isVisible()
    assert page.current_run().status == "Preview, 2 adjustments"  # type: ignore[union-attr]
    paid = sum(x.amount_cents for x in page.lines_model.rows() if x.person_id == line.person_id)
    assert paid == 123450
    assert "Led the campus mentor meeting" in " ".join(x.reason for x in page.lines_model.rows())

    total = page.run_view.total_cents  # type: ignore[union-attr]
    box = page.ask_approve()
    assert box is not None
    assert "cannot be changed" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    locked = page.current_run()
    assert locked is not None
    assert locked.locked
    assert locked.status == "Approved, locked"
    assert shown(page)[-1][4] == money(total)
    assert "Approved and locked run" in page.status.text()

    page.lines.selectRow(0)
    assert not page._buttons[page.adjust_action].isEnabled()
    assert not page._buttons[page.approve_action].isEnabled()
    assert page.adjust_action.toolTip().startswith(f"Run {locked.run_id} is approved and locked")
    with demo.reading() as s:
        before = s.scalar(select(func.count()).where(PayLine.run_id == locked.run_id))
    assert not page.adjust(line.person_id, 5000, "Typed anyway")  # the service refuses
    assert page.status.text().startswith(
        f"Run {locked.run_id} is approved and locked: it never changes"
    )
    adjust = page.ask_adjust()  # a dialog opened anyway says why and offers no OK
    assert adjust is not None
    assert not adjust.ok_button.isEnabled()
    assert "never changes" in adjust.problem.text()
    adjust.reject()
    with demo.reading() as s:
        assert s.scalar(select(func.count()).where(PayLine.run_id == locked.run_id)) == before


def test_reversing_a_run_makes_a_reversal_run(
    qtbot: QtBot, main_window: WindowFactory, demo: Database
) -> None:
    page = funds(main_window(demo))
    choose_run(page, "Approved")
    fall = page.current_run()
    assert fall is not None
    dialog = page.ask_reverse()
    assert dialog is not None
    press_ok(dialog)
    assert "Say why the run is taken back" in dialog.problem.text()
    qtbot.keyClicks(dialog.reason_edit, "Paid from the wrong account")
    press_ok(dialog)
    rows = {r.run_id: r for r in page.runs_model.rows() if r.locked}
    back = next(r for r in rows.values() if r.status.startswith("Reversal"))
    assert rows[fall.run_id].status == f"Reversed by run {back.run_id}"
    assert back.total_cents == -fall.total_cents
    assert page.current_run() == back
    assert not page.reverse_action.isEnabled()
    assert "cannot be reversed again" in page.reverse_action.toolTip()
    assert f"reversed by run {back.run_id}" in page.status.text()


def test_export_for_payroll_and_stipend_requests_are_read_back(
    qtbot: QtBot, main_window: WindowFactory, demo: Database, tmp_path: Path
) -> None:
    page = funds(main_window(demo))
    choose_run(page, "Approved")
    run = page.current_run()
    assert run is not None
    dialog = page.ask_export()
    assert dialog is not None
    assert dialog.profile_combo.count() >= 1
    assert dialog.profile is None
    assert [dialog.format_combo.itemData(i) for i in range(2)] == [".xlsx", ".csv"]
    dialog.reject()
    target = tmp_path / "fall payroll.xlsx"
    page.export_payroll(target)
    qtbot.waitUntil(lambda: page.worker is None, timeout=10_000)
    assert page.status.text() == (
        f"Wrote {target.name} in {tmp_path}: {run.people} people, {money(run.total_cents)}."
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    sheet = load_workbook(target).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[0] == [
        "Employee ID",
        "Name",
        "Amount",
        "Account code",
        "Pay period",
        "Description",
    ]
    body, last = cells[1:-1], cells[-1]
    assert len(body) == run.people
    assert last[1] == "Total"
    assert round(Decimal(str(last[2])) * 100) == run.total_cents
    assert round(sum(Decimal(str(r[2])) for r in body) * 100) == run.total_cents

    pdf = tmp_path / "fall requests.pdf"
    page.write_requests(pdf)
    qtbot.waitUntil(lambda: page.worker is None, timeout=20_000)
    assert len(PdfReader(pdf).pages) == run.people
    assert f"{run.people} stipend requests" in page.status.text()
    by_campus = tmp_path / "fall requests by campus.pdf"
    page.write_requests(by_campus, per="campus")
    qtbot.waitUntil(lambda: page.worker is None, timeout=20_000)
    text = " ".join(p.extract_text() for p in PdfReader(by_campus).pages)
    with demo.reading() as s:
        paid = [x for x in runs.run_view(s, run.run_id).lines if x.amount_cents]
    campuses = {x.campus for x in paid}
    # A page per campus (this small demo's campuses fit a page each), each with its total.
    assert text.count("Campus stipend request") == len(campuses) == len(PdfReader(by_campus).pages)
    assert text.count("Amount requested for the campus") == len(campuses)

    with demo.transaction() as s:
        save_profile(s, "District payroll", [("employee_id", "Emp No"), ("amount", "Gross")])
    page.context.notify("pay")
    choose_run(page, "Approved")
    dialog = page.ask_export()
    assert dialog is not None
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findText("District payroll"))
    dialog.format_combo.setCurrentIndex(1)
    assert (dialog.profile, dialog.suffix) == ("District payroll", ".csv")
    dialog.reject()
    csv_file = tmp_path / "fall payroll.csv"
    page.export_payroll(csv_file, "District payroll")
    qtbot.waitUntil(lambda: page.worker is None, timeout=10_000)
    with csv_file.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Emp No", "Gross"]
    assert len(rows) == run.people + 2
    assert rows[-1] == ["Total", plain(run.total_cents)]

    choose_run(page, "Preview")
    assert not page.export_action.isEnabled()
    assert page.export_action.toolTip().startswith("Approve and lock the run first")


def test_a_ledger_entry_moves_the_budget_and_a_disallowed_one_warns(
    qtbot: QtBot, main_window: WindowFactory, demo: Database
) -> None:
    page = funds(main_window(demo))
    before = page.view.budget  # type: ignore[union-attr]
    release = next(x for x in before.lines if x.category == "release_time")
    dialog = page.ask_entry()
    assert isinstance(dialog, LedgerEntryDialog)
    assert page.tabs.currentWidget() is page.budget
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("release_time"))
    qtbot.keyClicks(dialog.amount_edit, "300")
    dialog.mentor_combo.setCurrentIndex(1)
    dialog.half_days.setValue(5)
    qtbot.keyClicks(dialog.description_edit, "Cover for two observations")
    press_ok(dialog)
    assert not dialog.isVisible()
    after = page.view.budget  # type: ignore[union-attr]
    assert next(x for x in after.lines if x.category == "release_time").spent_cents == (
        release.spent_cents + 30000
    )
    assert f"Spent {money(before.spent_cents + 30000)}" in page.budget.totals.text()
    top = page.budget.ledger_model.rows()
    assert any(
        r.description == "Cover for two observations" and r.release == "5 half days" for r in top
    )

    dialog = page.ask_entry()
    assert dialog is not None
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("travel"))
    assert "does not allow" in dialog.category_combo.currentText()
    qtbot.keyClicks(dialog.amount_edit, "12.345")
    press_ok(dialog)
    assert "not an amount" in dialog.problem.text()
    dialog.amount_edit.setText("50")
    press_ok(dialog)
    assert not page.budget.warnings.isHidden()
    assert "Travel: $50.00 is charged to a category the allotment does not allow" in (
        page.budget.warnings.text()
    )


def test_empty_states_say_what_to_do(
    qapp: QApplication, main_window: WindowFactory, db: Database
) -> None:
    w = _world(db, TEXAS_MPA)
    page = funds(main_window(db))
    assert page.runs_model.rowCount() == 0
    assert page.runs_empty.text() == "No pay runs for 2025-26 yet — New preview… works them out."
    assert page.preview_action.isEnabled()
    assert not page.export_action.isEnabled()
    with db.transaction() as s:
        pack = s.scalar(
            select(RulePack)
            .join(Program, Program.rule_pack_id == RulePack.id)
            .join(ProgramYear, ProgramYear.program_id == Program.id)
            .where(ProgramYear.id == w["year"])
        )
        assert pack is not None
        pack.rules = {k: v for k, v in pack.rules.items() if k != "pay"}
    page.context.notify("programs")
    assert page.runs_empty.text().startswith("This program's rule pack has no pay rules (")
    assert "Cohorts › Edit program…" in page.runs_empty.text()
    assert "Settings › Rule packs… › Copy as a new pack…" in page.runs_empty.text()
    assert not page.preview_action.isEnabled()
    assert "has no pay rules" in page.preview_action.toolTip()


def test_the_funds_dialogs_name_every_control(
    qtbot: QtBot, main_window: WindowFactory, demo: Database
) -> None:
    from .test_accessible_names import unnamed

    page = funds(main_window(demo))
    choose_run(page, "Preview")
    page.lines.selectRow(0)
    opened: list[object] = [page.ask_new_preview(), page.ask_adjust(), page.ask_entry()]
    page.tabs.setCurrentIndex(0)
    choose_run(page, "Approved")
    opened += [page.ask_export(), page.ask_reverse()]
    for dialog in opened:
        assert dialog is not None
        qtbot.waitExposed(dialog)  # type: ignore[arg-type]
        assert unnamed(dialog) == [], type(dialog).__name__  # type: ignore[arg-type]
        dialog.reject()  # type: ignore[attr-defined]


def test_a_read_only_database_offers_exports_but_no_changes(
    main_window: WindowFactory, demo: Database, db_path: Path
) -> None:
    demo.dispose()
    reader = open_database(db_path, read_only=True)
    page = funds(main_window(reader))
    choose_run(page, "Approved")
    for action in (page.preview_action, page.reverse_action, page.entry_action):
        assert not action.isEnabled()
        assert not page._buttons[action].isEnabled()
        assert action.toolTip() == reader.access.refusal
    assert page.export_action.isEnabled()
    assert page.requests_action.isEnabled()


def test_enter_on_a_preview_line_opens_its_adjustment(
    qtbot: QtBot, main_window: WindowFactory, demo: Database
) -> None:
    page = funds(main_window(demo))
    choose_run(page, "Preview")
    page.lines.setFocus()
    page.lines.selectRow(1)
    line = page.current_line()
    assert line is not None
    qtbot.keyClick(page.lines, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, AdjustLineDialog)
    assert dialog.windowTitle() == f"Adjust {line.name}"
    dialog.reject()
    qtbot.keyClick(page.window(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, AdjustLineDialog)
    assert page.dialog is not dialog
    page.dialog.reject()
