"""The Surveys page: pick an instrument, write its form, import answers through the preview,
see the chase list shrink, undo the import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.survey_import_dialog import SurveyImportDialog
from coordinator.ui.pages.surveys_page import SurveysPage
from hosting import host
from survey_exports import CONFIDENCE_TEXTS, google_csv, pdf_text, survey_district

AUG = dt.datetime(2025, 8, 20, 9, 0)


def _column(model: object, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "does not support grabbing the keyboard"
)
def test_pick_write_import_chase_and_undo(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    d = survey_district(db, mentees_per_mentor=(2, 1))
    context = AppContext(db)
    context.set_program_year(d.year_id)
    page = SurveysPage(context)
    window = host(qtbot, page, 1366, 768)
    assert page.instrument_combo.count() == 4
    field = page.instrument_combo.lineEdit()
    assert field is not None
    field.clear()
    qtbot.keyClicks(field, "satisfaction program")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.instrument_combo.currentText() == "Mentor satisfaction with the program"
    assert "0 of 2 people answered" in page.about.text()
    page.instrument_combo.setCurrentIndex(0)
    assert page.instrument_combo.currentText() == "Mentee confidence (start of year)"
    assert _column(page.questions_model, 0)[:2] == list(CONFIDENCE_TEXTS[:2])
    assert _column(page.chase_model, 0) == [
        "Mentee01 Cohort1",
        "Mentee02 Cohort1",
        "Mentee01 Cohort2",
    ]

    form = tmp_path / "start.pdf"
    page.write_form(form)
    qtbot.waitUntil(lambda: page.worker is None, timeout=20_000)
    assert page.status.text() == f"Wrote start.pdf in {tmp_path}."
    assert "I am confident managing my classroom." in pdf_text(form)

    export = google_csv(
        tmp_path / "answers.csv",
        [*CONFIDENCE_TEXTS[:4], "Favourite colour"],
        [
            (AUG, "e1001@isd.example", 4, 4, 4, 4, "blue"),
            (AUG, "e1001@isd.example", 5, 4, 4, 4, "blue"),
            (AUG, "stranger@isd.example", 4, 4, 4, 4, ""),
            (AUG, "e2001@isd.example", 9, 4, 4, 4, ""),
        ],
    )
    page.import_answers(export)
    dialog = page.dialog
    assert isinstance(dialog, SurveyImportDialog)
    qtbot.waitUntil(lambda: dialog.result_shown is not None, timeout=20_000)
    assert dialog.summary.text() == (
        "answers.csv: Dry run (nothing changed): 1 new answer, 2 rows matched to people, "
        "1 unmatched, 1 with problems, 1 earlier submission left aside."
    )
    assert "Column G ‘Favourite colour’ is ignored" in dialog.columns.text()
    assert _column(dialog.model, 1) == ["Duplicate", "New", "Unmatched", "Invalid"]
    problems = dialog.problems.toPlainText()
    assert "row 3" in problems
    assert "row 4, column 'Email Address'" in problems
    assert "9" in problems
    assert "1 to 5" in problems
    dialog.grab().save(str(tmp_path / "preview.png"))
    assert _column(page.chase_model, 0) == [
        "Mentee01 Cohort1",
        "Mentee02 Cohort1",
        "Mentee01 Cohort2",
    ]  # the preview wrote nothing
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.worker is None and dialog.imported is not None, timeout=20_000)
    qtbot.waitUntil(lambda: page.chase_model.rowCount() == 2)
    assert _column(page.chase_model, 0) == ["Mentee02 Cohort1", "Mentee01 Cohort2"]
    assert "1 of 3 people answered (33%)" in page.about.text()
    assert page.status.text().startswith("Imported answers.csv: 1 new answer")
    assert _column(page.batches_model, 4) == ["new=1 matched=2 unmatched=1 invalid=1"]
    window.grab().save(str(tmp_path / "page.png"))

    page.batches.selectRow(0)
    assert page.undo_button.isEnabled()
    page.ask_undo()
    box = page.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.chase_model.rowCount() == 3, timeout=20_000)
    assert (
        page.status.text() == f"Survey import {page.batches_model.row_at(0).id} undone: "
        "1 answer removed."
    )  # type: ignore[union-attr]
    assert _column(page.batches_model, 5) == ["Undone"]


def test_a_printed_form_in_the_language_chosen_in_settings(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from coordinator.ui.app_settings import choose_language

    d = survey_district(db, mentees_per_mentor=(2, 1))
    context = AppContext(db)
    context.set_program_year(d.year_id)
    choose_language("es")
    page = SurveysPage(context)
    _window = host(qtbot, page, 1366, 768)
    page.instrument_combo.setCurrentIndex(0)
    form = tmp_path / "inicio.pdf"
    page.write_form(form)
    qtbot.waitUntil(lambda: page.worker is None, timeout=20_000)
    text = pdf_text(form)
    assert "Me siento seguro(a) al manejar mi salón de clases." in text
    assert "Marque una casilla." in text
