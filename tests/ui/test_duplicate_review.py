"""The Imports page's duplicate review: pairs side by side, merge and keep both by keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.duplicate_world import history_of_twins, second_import, seed_people

from coordinator.db.engine import Database
from coordinator.db.models import Person, PersonStatus
from coordinator.ui.context import AppContext
from coordinator.ui.models.duplicate_models import ComparedFieldsModel, DuplicatePairsModel
from coordinator.ui.pages.imports_page import ImportsPage

SHOTS = Path("/tmp/dupes")


def _cells(model: Any, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_review_lists_pairs_and_keeps_both_then_merges(
    qtbot: QtBot, qtmodeltester: Any, db: Database, tmp_path: Path
) -> None:
    seed_people(db, tmp_path)
    history_of_twins(db)
    second_import(db, tmp_path)
    page = ImportsPage(AppContext(db))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    review = page.review
    qtmodeltester.check(review.pairs_model)
    qtmodeltester.check(review.fields_model)
    assert isinstance(review.pairs_model, DuplicatePairsModel)
    assert isinstance(review.fields_model, ComparedFieldsModel)
    assert "3 held by imports, waiting for you" in review.heading.text()
    assert _cells(review.pairs_model, 1) == [
        "october.csv, row 3",
        "same name and hire date under another ID",
        "Jo Smith (115839)",
        "Jo Smith (999003) (only in the file)",
        "Name, Hire date, Position",
    ]
    review.pairs.selectRow(1)
    assert _cells(review.fields_model, 4) == [
        "Campus",
        "Travis Middle",
        "Lamar Elementary",
        "differs",
    ]
    assert review.merge_button.text() == "&Merge into Jo Smith..."
    assert review.merge_button.accessibleName() == "Merge Jo Smith into Jo Smith"
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "imports-duplicate-review.png"))

    page.activateWindow()
    review.pairs.setFocus()
    qtbot.waitUntil(review.pairs.hasFocus)
    qtbot.keyClick(review.pairs, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "&Keep both"
    qtbot.waitUntil(lambda: review.status.text().startswith("Kept both"), timeout=20_000)
    assert review.status.text().startswith(
        "Kept both: added Jo Smith (999003) from row 3 of october.csv. To undo it, select import"
    )
    assert review.pairs_model.rowCount() == 2
    assert "2 held by imports" in review.heading.text()


def test_merge_of_two_people_from_the_page(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    seed_people(db, tmp_path)
    _year, _a, b_id = history_of_twins(db)
    # the file's row names 777001 with 090011's e-mail: held, both are in the database
    from tests.importing.corpus import HEADERS_MONTH_1, write_csv

    from coordinator.importing.roster.pipeline import apply_import, prepare_import

    row = ["777001", "Nguyen", "Mai", "MAI.NGUYEN@district.org", "", "Librarian", ""]
    path = write_csv(tmp_path / "twins.csv", HEADERS_MONTH_1, [row])
    apply_import(db, prepare_import(db, path))
    page = ImportsPage(AppContext(db))
    qtbot.addWidget(page)
    page.show()
    review = page.review
    assert review.pairs_model.rowCount() == 1
    assert _cells(review.pairs_model, 0)[2:4] == ["Thị Mai Nguyễn (090011)", "Mai Nguyen (777001)"]
    review.ask_merge()
    box = review.confirm_box
    assert box is not None
    assert box.text().startswith("Everything Mai Nguyen (777001) has — enrollments, assignments")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.status.text().startswith("Merged"), timeout=20_000)
    with db.reading() as session:
        b = session.get(Person, b_id)
        assert b is not None
        assert b.status == PersonStatus.ARCHIVED
        assert session.scalar(select(Person.id).where(Person.employee_id == "090011"))
    assert review.pairs_model.rowCount() == 0
    assert "None waiting" in review.heading.text()


def test_a_merge_is_undone_from_the_imports_list(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from coordinator.services.duplicates.merge import merge_people

    seed_people(db, tmp_path)
    _year, _a, b_id = history_of_twins(db)
    result = merge_people(db, "090011", "777001")
    page = ImportsPage(AppContext(db))
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    batch = page.selected_batch()
    assert batch is not None
    assert batch.id == result.batch_id
    page.ask_undo()
    box = page.confirm_box
    assert box is not None
    assert "A merge is taken back" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "the merge is undone" in page.status.text(), timeout=20_000)
    assert page.status.text() == (
        f"Undid batch {result.batch_id}: the merge is undone, Mai Nguyen is back."
    )
    with db.reading() as session:
        b = session.get(Person, b_id)
        assert b is not None
        assert b.status == PersonStatus.ACTIVE
