"""The Dashboard's survey outcomes: the chart and the same figures as a table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.importing.surveys.apply import import_survey_answers
from coordinator.services.surveys.shifts import survey_outcomes
from coordinator.ui.widgets.survey_outcomes import SurveyOutcomesView
from survey_exports import CONFIDENCE_TEXTS, END, START, google_csv, instrument_id, survey_district

IDS = ("1001", "1002", "1003", "2001", "2002")


def test_rates_and_shifts_in_the_chart_and_the_table(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    d = survey_district(db, mentees_per_mentor=(3, 3))
    for name, month, base in ((START, 8, 2), (END, 5, 4)):
        when = dt.datetime(2025 if month == 8 else 2026, month, 20, 9, 0)
        rows = [(when, f"e{i}@isd.example", base, 3, 3, 3) for i in IDS]
        import_survey_answers(
            db,
            google_csv(tmp_path / f"{month}.csv", CONFIDENCE_TEXTS[:4], rows),
            program_year_id=d.year_id,
            instrument_id=instrument_id(db, d.program_id, name),
        )
    view = SurveyOutcomesView()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.show()
    with db.reading() as session:
        view.show_outcomes(survey_outcomes(session, d.year_id))
    assert view.outcomes is not None
    table = [
        (view.table.item(r, 0).text(), view.table.item(r, 1).text())
        for r in range(view.table.rowCount())
    ]
    assert table[0] == ("Answered: Mentee confidence (start of year)", "5 of 6 (83%)")
    assert ("Answered: Mentor satisfaction with the program", "0 of 2 (0%)") in table
    assert (
        "I am confident managing my classroom. (start → end)",
        "2.00 → 4.00 (+2.00), 5 mentees",
    ) in table
    assert (
        "I feel that I belong on my campus. (start → end)",
        "3.00 → 3.00 (0.00), 5 mentees",
    ) in table
    image = view.chart.grab().toImage()
    accent = view.chart.palette().color(view.chart.palette().ColorRole.Highlight)
    drawn = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)) == accent
    )
    assert drawn > 50  # bars and dumbbells in the accent colour
    view.show_outcomes(None)
    assert view.table.rowCount() == 0
