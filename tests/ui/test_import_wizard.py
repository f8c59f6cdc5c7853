"""The import wizard and the Imports page, driven the way a coordinator uses them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.importing.conftest import dump
from tests.importing.corpus import (
    HEADERS_MONTH_1,
    HEADERS_MONTH_2,
    MONTH_1,
    MONTH_2,
    TITLE_BLOCK,
    write_xlsx,
)

from coordinator.db.engine import Database
from coordinator.db.models import Person, PersonStatus
from coordinator.demo import build_demo
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.import_wizard import ImportWizard
from coordinator.ui.pages.imports_page import ImportsPage

SHOTS = Path("/tmp")


@pytest.fixture
def demo_context(db: Database) -> AppContext:
    build_demo(db, scale="small")
    with db.reading() as session:
        taken = set(session.scalars(select(Person.employee_id)))
    assert not taken & {"090011", "115838", "115839", "115840", "120001"}
    return AppContext(db)


def _next(qtbot: QtBot, wizard: ImportWizard, expected: object) -> None:
    """Press Next and wait for the background work (read, check, plan) to finish."""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.worker is None, timeout=90_000)  # generous: CI is shared
    assert wizard.currentPage() is expected, (
        wizard.file_page.error.text() or wizard.mapping_page.error.text()
    )


def _tab_texts(wizard: ImportWizard) -> list[str]:
    tabs = wizard.plan_page.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def _run_wizard(qtbot: QtBot, page: ImportsPage, path: Path, shots: str = "") -> ImportWizard:
    page.open_wizard()
    wizard = page.wizard
    assert isinstance(wizard, ImportWizard)
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    if shots:
        wizard.file_page.grab().save(str(SHOTS / f"import-{shots}-1-file.png"))
    _next(qtbot, wizard, wizard.sheet_page)
    if shots:
        wizard.grab().save(str(SHOTS / f"import-{shots}-2-sheet.png"))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    if shots:
        wizard.grab().save(str(SHOTS / f"import-{shots}-3-mapping.png"))
    _next(qtbot, wizard, wizard.plan_page)
    return wizard


def _apply(qtbot: QtBot, wizard: ImportWizard) -> None:
    apply_button = wizard.button(QWizard.WizardButton.NextButton)
    assert apply_button.text() == "&Apply"
    assert apply_button.isEnabled()
    qtbot.mouseClick(apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)


def test_two_month_sequence_then_undo_from_the_imports_page(
    qtbot: QtBot, demo_context: AppContext, db: Database, tmp_path: Path
) -> None:
    first = write_xlsx(tmp_path / "august.xlsx", HEADERS_MONTH_1, MONTH_1)
    second = write_xlsx(
        tmp_path / "september.xlsx",
        HEADERS_MONTH_2,
        MONTH_2,
        above=TITLE_BLOCK,
        extra_sheets=[("Instructions", "visible")],
    )
    page = ImportsPage(demo_context)
    qtbot.addWidget(page)
    page.resize(900, 360)
    page.show()
    with db.reading() as session:
        demo_people = session.scalar(
            select(func.count(Person.id)).where(Person.status == PersonStatus.ACTIVE)
        )
    assert demo_people

    wizard = _run_wizard(qtbot, page, first)
    assert _tab_texts(wizard)[:2] == ["New (4)", "Changed (0)"]
    _apply(qtbot, wizard)
    assert "Imported as batch 2." in wizard.summary_page.text.text()  # the demo's roster is 1
    wizard.accept()

    wizard = _run_wizard(qtbot, page, second, shots="m2")
    assert wizard.sheet_page.header_label.text().startswith("Headers found on row 4; 4 rows")
    assert wizard.sheet_page.sheet_combo.currentText() == "Roster"
    assert _tab_texts(wizard) == [
        "New (1)",
        "Changed (1)",
        "Unchanged (2)",
        f"Not in file ({demo_people + 1:,})",
        "Duplicates (0)",
        "Problems (0)",
    ]
    changed = wizard.plan_page.models["Changed"]
    cells = [changed.data(changed.index(0, c)) for c in range(changed.columnCount())]
    assert cells == ["6", "115838", "Seán O'Brien", "Campus", "Travis Middle", "Bowie Elementary"]
    qtbot.keyClicks(wizard.plan_page.find_rows, "sean obr")  # find a row in any tab by name
    assert _tab_texts(wizard)[:3] == ["New (0 of 1)", "Changed (1 of 1)", "Unchanged (0 of 2)"]
    assert changed.rowCount() == 1
    wizard.plan_page.find_rows.clear()
    assert _tab_texts(wizard)[:3] == ["New (1)", "Changed (1)", "Unchanged (2)"]
    wizard.plan_page.tabs.setCurrentIndex(1)
    wizard.grab().save(str(SHOTS / "import-m2-4-plan.png"))
    missing_view = wizard.plan_page.views["Not in file"]
    missing = wizard.plan_page.models["Not in file"]
    smith = next(r for r in range(missing.rowCount()) if missing.rows()[r].employee_id == "115839")
    missing_view.selectionModel().select(
        missing.index(smith, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    wizard.plan_page.mark_left.setChecked(True)
    departed = missing.row_at(smith)
    assert departed is not None
    missing.sort(1, Qt.SortOrder.DescendingOrder)  # the selection follows the person, not the row
    assert wizard.plan_page.people_marked_left() == [departed.person_id]
    wizard.plan_page.tabs.setCurrentIndex(3)
    wizard.grab().save(str(SHOTS / "import-m2-4b-missing.png"))
    before_second = {t: dump(db, t) for t in ("person", "campus", "enrollment")}
    _apply(qtbot, wizard)
    wizard.grab().save(str(SHOTS / "import-m2-5-summary.png"))
    assert "New people: 1" in wizard.summary_page.text.text()
    assert "Marked as having left: 1" in wizard.summary_page.text.text()
    with db.reading() as session:
        left = session.scalars(select(Person.employee_id).where(Person.status == "left")).all()
    assert "115839" in left
    wizard.accept()

    assert page.model.rowCount() == 3  # and the demo's 2026-27 roster
    page.table.selectionModel().select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.selected_batch() is not None
    assert page.undo_button.isEnabled()
    page.grab().save(str(SHOTS / "import-page.png"))
    page.ask_undo()
    box = page.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Import 3 undone"), timeout=20_000)
    assert page.status.text() == "Import 3 undone: 2 restored, 1 removed, 0 archived."
    assert {t: dump(db, t) for t in ("person", "campus", "enrollment")} == before_second
    statuses = [page.model.data(page.model.index(r, 10)) for r in range(3)]
    assert statuses == ["Undone", "Applied", "Applied"]


def test_bad_file_stays_on_the_first_page_with_the_message(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "report.xls"
    bad.write_text("<html><body><table><tr><td>x</td></tr></table></body></html>")
    wizard = ImportWizard(AppContext(db))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(bad))
    _next(qtbot, wizard, wizard.file_page)
    assert wizard.file_page.error.text().startswith("report.xls: this is a web page")


def test_problems_block_apply_until_valid_rows_only_is_chosen(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    rows = [*MONTH_1, ["115841", "", "", "bad-email", "", "", "13/45/2025"]]
    path = write_xlsx(tmp_path / "mixed.xlsx", HEADERS_MONTH_1, rows)
    wizard = ImportWizard(AppContext(db))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    _next(qtbot, wizard, wizard.sheet_page)
    _next(qtbot, wizard, wizard.mapping_page)
    _next(qtbot, wizard, wizard.plan_page)
    assert _tab_texts(wizard)[5] == "Problems (2)"
    apply_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not apply_button.isEnabled()
    wizard.grab().save(str(SHOTS / "import-problems.png"))
    out = tmp_path / "problems.xlsx"
    wizard.plan_page.save_problems_to(out)
    assert out.stat().st_mode & 0o777 == 0o600
    import openpyxl

    saved = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert saved[0] == (
        "File",
        "Sheet",
        "Row",
        "Column",
        "Value",
        "Problem and how to fix it",
        "Code",
    )
    assert saved[1][:5] == ("mixed.xlsx", "Roster", 6, "Email", "bad-email")
    assert saved[1][5:] == (
        "This is not an e-mail address: write the e-mail as name@district.org.",
        "BAD_EMAIL",
    )
    wizard.plan_page.skip_invalid.setChecked(True)
    assert apply_button.isEnabled()
    _apply(qtbot, wizard)
    assert "Rows with problems (skipped): 1" in wizard.summary_page.text.text()


def test_mapping_editor_saves_a_profile_that_comes_back(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    headers = ["Staff Ref", "Surname", "Forename", "Mail", "Site"]
    path = write_xlsx(
        tmp_path / "odd.xlsx",
        headers,
        [["7", "Kim", "Ana", "ana.kim@district.org", "Lamar Elementary"]],
    )
    wizard = ImportWizard(AppContext(db))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    _next(qtbot, wizard, wizard.sheet_page)
    _next(qtbot, wizard, wizard.mapping_page)
    mapping_page = wizard.mapping_page
    assert mapping_page.mapping() == [None, "last_name", "first_name", "email", "campus"]
    mapping_page.set_field(3, None)  # no ID and no e-mail: the wizard says so and stays
    _next(qtbot, wizard, wizard.mapping_page)
    assert mapping_page.error.text().startswith("No column is mapped to Employee ID (or E-mail)")
    mapping_page.set_field(3, "email")
    mapping_page.set_field(0, "employee_id")
    mapping_page.date_order.setCurrentIndex(mapping_page.date_order.findData("dmy"))
    mapping_page.save_profile_as("Payroll export")
    _next(qtbot, wizard, wizard.plan_page)
    assert wizard.prepared is not None
    assert wizard.prepared.checked.records[0].values["employee_id"] == "7"

    again = ImportWizard(AppContext(db))
    qtbot.addWidget(again)
    again.show()
    again.file_page.path_edit.setText(str(path))
    _next(qtbot, again, again.sheet_page)
    _next(qtbot, again, again.mapping_page)
    assert again.mapping_page.profile_combo.currentText() == "Payroll export"
    assert again.mapping_page.mapping()[0] == "employee_id"
    # the date order saved with the profile is chosen again (issue 11: it was forgotten)
    assert again.mapping_page.date_order.currentData() == "dmy"


def test_a_file_dropped_on_the_wizard_is_opened(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = write_xlsx(tmp_path / "dropped.xlsx", HEADERS_MONTH_1, MONTH_1)
    wizard = ImportWizard(AppContext(db))
    qtbot.addWidget(wizard)
    wizard.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    wizard.dropEvent(event)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.sheet_page, timeout=20_000)
    assert wizard.sheet_page.file_label.text().startswith("dropped.xlsx")


def test_models_pass_the_model_tester(qtmodeltester: Any, db: Database, tmp_path: Path) -> None:
    from coordinator.importing.roster.pipeline import apply_import, plan_import, prepare_import
    from coordinator.ui.models.import_models import (
        ChangedPeopleModel,
        NewPeopleModel,
        PreviewModel,
    )

    first = write_xlsx(tmp_path / "a.xlsx", HEADERS_MONTH_1, MONTH_1)
    apply_import(db, prepare_import(db, first))
    second = write_xlsx(tmp_path / "b.xlsx", HEADERS_MONTH_2, MONTH_2, above=TITLE_BLOCK)
    prepared = prepare_import(db, second, keep_cells=True)
    plan = plan_import(db, prepared)
    new = NewPeopleModel()
    new.set_rows(plan.new)
    qtmodeltester.check(new)
    changed = ChangedPeopleModel()
    changed.set_people(plan.changed)
    changed.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(changed)
    preview = PreviewModel()
    preview.set_rows(prepared.source.headers, prepared.source.preview(), 5)
    qtmodeltester.check(preview)


def test_choosing_another_sheet_reads_it_and_a_bad_one_is_explained(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "two.xlsx",
        HEADERS_MONTH_2,
        MONTH_2,
        above=TITLE_BLOCK,
        extra_sheets=[("Instructions", "visible")],
    )
    wizard = ImportWizard(AppContext(db))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    _next(qtbot, wizard, wizard.sheet_page)
    page = wizard.sheet_page
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Roster",
        "Instructions",
    ]
    page.sheet_combo.setCurrentIndex(1)
    page.sheet_combo.activated.emit(1)
    qtbot.waitUntil(lambda: page.worker is None and page.error.isVisible(), timeout=20_000)
    assert "sheet 'Instructions': there are column headers but no rows of people" in (
        page.error.text()
    )
    assert page.sheet_combo.currentText() == "Roster"
    assert wizard.source is not None
    assert wizard.source.sheet.name == "Roster"
