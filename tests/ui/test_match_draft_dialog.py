"""The Match all dialog: a default start date that makes sense, and the score told in words."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cohort_builders import YEAR_END, YEAR_START, District, build_district
from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.services.matching import suggest
from coordinator.services.programs import programs
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.match_draft_dialog import MatchDraftDialog


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, texas_mentees=16)


def draft_dialog(
    qtbot: QtBot, db: Database, district: District, today: dt.date
) -> MatchDraftDialog:
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        draft = suggest.draft_match(session, year)
    dialog = MatchDraftDialog(AppContext(db), district.texas_year_id, draft, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_date(dialog: MatchDraftDialog) -> dt.date:
    day = dialog.start.date()
    assert day is not None
    return day


def test_assignments_start_today_while_the_year_runs(
    qtbot: QtBot, db: Database, district: District
) -> None:
    today = dt.date(2025, 10, 14)
    assert YEAR_START < today < YEAR_END
    assert shown_date(draft_dialog(qtbot, db, district, today)) == today


@pytest.mark.parametrize(
    "today", [YEAR_START - dt.timedelta(days=20), YEAR_END + dt.timedelta(days=3)]
)
def test_outside_the_year_they_start_on_its_first_day(
    qtbot: QtBot, db: Database, district: District, today: dt.date
) -> None:
    assert shown_date(draft_dialog(qtbot, db, district, today)) == YEAR_START


def test_the_score_is_explained_in_words(qtbot: QtBot, db: Database, district: District) -> None:
    dialog = draft_dialog(qtbot, db, district, dt.date(2025, 10, 14))
    pairs = dialog.draft.pairs
    # Count what the pairs share straight from the people, not from the draft's own words.
    with db.reading() as session:
        people = {
            row.id: (row.campus_id, row.subject)
            for row in session.execute(select(Person.id, Person.campus_id, Person.subject))
        }
    campus = sum(people[p.mentee.id][0] == people[p.mentor.id][0] for p in pairs)
    subject = sum(people[p.mentee.id][1] == people[p.mentor.id][1] for p in pairs)
    assert campus  # the small district has both kinds of pair
    assert subject
    text = dialog.summary.text()
    assert text.startswith(f"{len(pairs)} mentees matched, total preference score ")
    assert f"same campus for {campus} pair" in text
    assert f"same subject for {subject}" in text
    assert "Balanced caseloads add to the score too." in text
    assert "&" not in text
