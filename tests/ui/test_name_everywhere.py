"""One way to write a name: the People table, the cohort pane, a PDF report and an xlsx export.

"Thị Lan" who goes by "Lan" is "Lan Nguyễn" everywhere, never "Nguyễn, Thị Lan (Lan)" on one
page and "Nguyễn, Lan" on another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pypdf
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind
from coordinator.reports.excel import write_export
from coordinator.reports.jobs import ReportKind, ReportRequest, generate_report
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.reporting.exports import build_export
from coordinator.ui.main_window import MainWindow
from coordinator.ui.models.people_model import NAME, PERSON_ID_ROLE
from coordinator.ui.pages.cohorts_page import CohortsPage
from coordinator.ui.pages.people_page import PeoplePage
from name_search_district import build_search_district

WindowFactory = Callable[[Database], MainWindow]
LAN, BOB = "Lan Nguyễn", "Bob Ávila"
TURNED_ROUND = ("Nguyễn, ", "Ávila, ", "(Lan)", "Thị Lan")


def test_one_name_on_every_page_report_and_export(
    qtbot: QtBot, main_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    ids = build_search_district(db)
    with db.transaction() as s:
        visit = CheckinInput(ids["year"], ids["M3"], dt.date(2025, 9, 10), CheckinKind.PHONE, 30,
                             (ids["E3"],))  # fmt: skip
        add_checkin(s, visit)
    window = main_window(db)
    window.context.set_program_year(ids["year"])

    people = window.show_page("People")
    assert isinstance(people, PeoplePage)
    model = people.model
    shown = {
        model.index(r, NAME).data(PERSON_ID_ROLE): model.index(r, NAME).data()
        for r in range(model.rowCount())
    }
    assert (shown[ids["E3"]], shown[ids["M3"]]) == (LAN, BOB)
    people.select_person(ids["E3"])
    assert people.detail_pane.title.text() == LAN

    cohorts = window.show_page("Cohorts")
    assert isinstance(cohorts, CohortsPage)
    cohorts.select_mentor(ids["M3"])
    mentors = cohorts.mentor_model
    assert BOB in [mentors.index(r, 0).data() for r in range(mentors.rowCount())]
    assert [m.name for m in cohorts.cohort_model.rows()] == [LAN]

    request = ReportRequest(ReportKind.MENTEE_LOG, ids["year"], mentee_id=ids["E3"])
    pdf = generate_report(db, request, tmp_path / "log.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert f"Mentee log: {LAN}" in text
    assert BOB in text
    assert not [form for form in TURNED_ROUND if form in text]

    with db.reading() as s:
        table = build_export(s, ids["year"], "assignments")
    book = openpyxl.load_workbook(write_export(table, tmp_path / "assignments.xlsx"))
    rows = list(book.active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    cells = {str(v) for row in body for v in row if v is not None}
    assert {LAN, BOB} <= cells
    assert not [c for c in cells for form in TURNED_ROUND if form in c]
    assert "Mentee" in " ".join(str(h) for h in header)
