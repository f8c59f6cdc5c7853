"""The Reports page generates a report in a child process, previews it, saves and exports."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))
from report_fixtures import SECRET, build_program
from report_helpers import pdf_pages, pdf_text

from coordinator.db.engine import Database
from coordinator.reports.jobs import ReportKind
from coordinator.ui.context import AppContext
from coordinator.ui.pages.reports_page import ReportsPage
from coordinator.ui.widgets.pdf_preview import print_pdf

# the progress dialog on Qt's offscreen platform says so; a real screen does not; and the year
# these tests model (2025-26) is over on the day they run: its reports judge it as finished
pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.today("2026-07-15")]


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> ReportsPage:
    context = AppContext(db)
    program = build_program(db)
    widget = ReportsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    context.set_program_year(program.year_id)
    return widget


def _choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_page_offers_the_years_people(page: ReportsPage) -> None:
    assert page.scope_label.text() == "Texas MPA, 2025-26"
    assert page.mentor_combo.count() == 3  # "All mentors" and two mentors
    assert page.mentee_combo.findText("<b>Zoë</b> & O'Brien") >= 0
    _choose(page.kind_combo, ReportKind.YEAR_END)
    assert not page.private_notes.isEnabled()
    assert not page.save_button.isEnabled()
    _choose(page.kind_combo, ReportKind.MENTEE_LOG)
    assert page.private_notes.isEnabled()


def test_generate_preview_save_and_print(page: ReportsPage, qtbot: QtBot, tmp_path: Path) -> None:
    assert page.preview.layers.currentWidget() is page.preview.empty  # says what to do first
    _choose(page.kind_combo, ReportKind.YEAR_END)
    with qtbot.waitSignal(page.report_ready, timeout=60_000):
        page.generate_button.click()
    qtbot.waitUntil(lambda: page.save_button.isEnabled())
    pages = page.preview.page_count
    assert pages >= 5
    assert page.preview.layers.currentWidget() is page.preview.view
    assert page.message.text().startswith(f"{pages} pages")
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(1000)  # QPdfView renders pages in the background
    page.grab().save("/tmp/reports-page.png")

    saved = page.save_report_as(tmp_path / "saved.pdf")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert len(pdf_pages(saved)) == pages

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(page.preview.document, printer) == pages
    assert len(pdf_pages(tmp_path / "printed.pdf")) == pages


def test_mentee_log_with_private_notes_only_when_ticked(
    page: ReportsPage, qtbot: QtBot, tmp_path: Path
) -> None:
    _choose(page.kind_combo, ReportKind.MENTEE_LOG)
    page.mentee_combo.setCurrentIndex(page.mentee_combo.findText("Ana Lee"))
    with qtbot.waitSignal(page.report_ready, timeout=60_000) as blocker:
        page.generate_button.click()
    assert SECRET not in pdf_text(Path(blocker.args[0]))
    qtbot.waitUntil(lambda: page.generate_button.isEnabled())
    page.private_notes.setChecked(True)
    with qtbot.waitSignal(page.report_ready, timeout=60_000) as blocker:
        page.generate_button.click()
    assert SECRET in pdf_text(Path(blocker.args[0]))


def test_cohort_report_without_a_mentor_explains(page: ReportsPage, qtbot: QtBot) -> None:
    _choose(page.kind_combo, ReportKind.COHORT)
    page.mentor_combo.setCurrentIndex(0)  # "All mentors"
    page.generate_button.click()
    # the child process refuses with the service's message, shown on the page
    qtbot.waitUntil(lambda: "Choose the mentor" in page.message.text(), timeout=60_000)
    qtbot.waitUntil(lambda: page.generate_button.isEnabled())
    assert page.preview.page_count == 0
    assert not page.save_button.isEnabled()


def test_export_from_the_page(page: ReportsPage, qtbot: QtBot, tmp_path: Path) -> None:
    _choose(page.export_combo, "people")
    page.redact_contacts.setChecked(True)
    target = tmp_path / "people.xlsx"
    with qtbot.waitSignal(page.export_done, timeout=30_000):
        page.export_to(target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    assert "E-mail" not in [c.value for c in sheet[1]]
    assert "rows of people to people.xlsx." in page.message.text()


def test_export_dialog_for_other_pages(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    from coordinator.ui.dialogs.export_dialog import ExportDialog, export_file_name

    dialog = ExportDialog(page._context, "checkins", page)
    assert dialog.private_notes.isEnabled()
    dialog.private_notes.setChecked(True)
    target = tmp_path / "checkins.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_to(target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    assert sheet.cell(1, sheet.max_column).value == "Private notes"
    assert export_file_name("people", "/x/people", "CSV (*.csv)") == Path("/x/people.csv")
    assert export_file_name("people", "/x/p", "Excel workbook (*.xlsx)") == Path("/x/p.xlsx")


def test_checkins_page_exports_through_the_same_dialog(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    from coordinator.ui.dialogs.export_dialog import ExportDialog
    from coordinator.ui.pages.checkins_page import CheckinsPage

    checkins = CheckinsPage(page._context)
    qtbot.addWidget(checkins)
    checkins.excel_button.click()
    dialog = checkins.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.kind_combo.currentData() == "checkins"
    target = tmp_path / "checkins.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export_to(target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    assert sheet.cell(1, 1).value == "Check-in"


def test_a_spanish_mentee_log_from_the_page(
    page: ReportsPage, qtbot: QtBot, tmp_path: Path
) -> None:
    _choose(page.kind_combo, ReportKind.YEAR_END)
    assert not page.language_combo.isEnabled()  # the year-end report is the coordinator's own
    _choose(page.kind_combo, ReportKind.MENTEE_LOG)
    assert page.language_combo.currentText() == "English"  # the system's language in tests
    page.mentee_combo.setCurrentIndex(page.mentee_combo.findText("Ana Lee"))
    page.language_combo.setCurrentIndex(page.language_combo.findText("Español"))
    with qtbot.waitSignal(page.report_ready, timeout=60_000) as blocker:
        page.generate_button.click()
    text = pdf_text(Path(blocker.args[0]))
    assert "Registro del mentorado: Ana Lee" in text
    assert "Firma del mentorado" in text


def test_the_language_chosen_in_settings_is_the_default(qtbot: QtBot, db: Database) -> None:
    from coordinator.ui.app_settings import choose_language

    choose_language("es")
    widget = ReportsPage(AppContext(db))
    qtbot.addWidget(widget)
    assert widget.language_combo.currentData() == "es"
