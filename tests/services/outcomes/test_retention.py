"""Retention from real rosters of two and three years, imported through the roster importer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.outcome_years import OutcomeDistrict, build_outcome_district

from coordinator.db.engine import Database
from coordinator.db.models import RosterEntry, RosterSnapshot
from coordinator.importing.roster.undo import undo_batch
from coordinator.services.outcomes import suppression
from coordinator.services.outcomes.retention import Outcome, role_kind
from coordinator.services.outcomes.summary import OutcomesSummary, build_outcomes


@pytest.fixture
def district(db: Database, tmp_path: Path) -> OutcomeDistrict:
    return build_outcome_district(db, tmp_path)


def outcomes(district: OutcomeDistrict, **kwargs: object) -> OutcomesSummary:
    with district.db.reading() as session:
        return build_outcomes(session, district.year_id, **kwargs)  # type: ignore[arg-type]


def by_employee(summary: OutcomesSummary) -> dict[str, Outcome]:
    return {row.employee_id: row.outcome for row in summary.mentee_rows}


def test_each_import_keeps_who_it_listed_with_campus_and_position(
    district: OutcomeDistrict,
) -> None:
    batch = district.year_two()
    with district.db.reading() as session:
        snap = session.get(RosterSnapshot, batch)
        assert snap is not None
        assert snap.as_of == dt.date(2026, 8, 10)
        assert snap.people == 15  # 7 mentees, 2 mentors, 2 comparison, 3 veterans, 1 new hire
        listed = {
            e.person_id: (e.campus_id, e.position)
            for e in session.scalars(select(RosterEntry).where(RosterEntry.batch_id == batch))
        }
    assert district.ids["N07"] not in listed
    assert listed[district.ids["N05"]][1] == "Instructional Coach"
    assert district.ids["V1"] in listed  # unchanged rows are kept too


def test_before_a_later_roster_every_outcome_is_unknown(district: OutcomeDistrict) -> None:
    summary = outcomes(district)
    assert summary.roster is None
    assert summary.mentees.tally.line() == "stayed=0 moved=0 changed_role=0 left=0 unknown=12"
    assert not summary.has_later_roster


def test_the_next_years_roster_says_who_stayed_moved_changed_role_or_left(
    district: OutcomeDistrict,
) -> None:
    district.year_two()
    summary = outcomes(district)
    assert summary.as_of == dt.date(2026, 8, 11)  # the first day of the next program year
    assert summary.roster is not None
    assert summary.roster.file_name == "roster-2026-27.xlsx"
    assert summary.mentees.tally.line() == "stayed=5 moved=1 changed_role=1 left=5 unknown=0"
    seen = by_employee(summary)
    assert seen["N04"] == Outcome.MOVED
    assert seen["N05"] == Outcome.CHANGED_ROLE
    assert {e for e, o in seen.items() if o == Outcome.LEFT} == {"N07", "N08", "N09", "N10", "N12"}
    assert summary.mentees.tally.kept_percent == Decimal(58)  # 7 of 12
    # Mentors: M01 stayed, M02 moved: two people, so the group is hidden.
    assert summary.mentors.tally.line() == "stayed=1 moved=1 changed_role=0 left=0 unknown=0"
    assert not summary.mentors.shown
    # New hires in no program: six, shown.
    assert summary.comparison.tally.line() == "stayed=2 moved=0 changed_role=0 left=4 unknown=0"
    assert summary.comparison.shown


def test_a_date_before_any_later_roster_is_unknown_and_an_undone_roster_does_not_count(
    district: OutcomeDistrict,
) -> None:
    batch = district.year_two()
    early = outcomes(district, as_of=dt.date(2026, 7, 1))
    assert early.mentees.tally.unknown == 12
    undo_batch(district.db, batch)
    assert outcomes(district).mentees.tally.unknown == 12


def test_the_cohort_is_followed_into_year_two_and_year_three(district: OutcomeDistrict) -> None:
    district.year_two()
    district.year_three()
    summary = outcomes(district)
    year2, year3 = summary.follow_ups
    assert (year2.label, year2.on) == ("Start of year 2", dt.date(2026, 8, 11))
    assert year2.mentees.tally.line() == "stayed=5 moved=1 changed_role=1 left=5 unknown=0"
    assert (year3.label, year3.on) == ("Start of year 3", dt.date(2027, 8, 11))
    assert year3.roster is not None
    assert year3.roster.file_name == "roster-2027-28.csv"
    assert year3.mentees.tally.line() == "stayed=3 moved=1 changed_role=1 left=7 unknown=0"
    # Asked at year 3's date, the main figures read the third roster.
    later = outcomes(district, as_of=dt.date(2027, 9, 1))
    assert later.mentees.tally.left == 7


def test_the_dose_tables_band_mentees_and_hide_small_groups(district: OutcomeDistrict) -> None:
    district.year_two()
    tables = {t.key: t for t in outcomes(district).dose_tables}
    hours = {g.label: g for g in tables["hours"].rows}
    assert hours["24 hours or more"].tally.line() == (
        "stayed=4 moved=1 changed_role=1 left=0 unknown=0"
    )
    assert hours["Under 6 hours"].tally.line() == "stayed=1 moved=0 changed_role=0 left=5 unknown=0"
    assert hours["Under 6 hours"].shown
    assert hours["6 to under 12 hours"].size == 0
    days = {g.label: g for g in tables["days_to_mentor"].rows}
    assert days["More than 60 days"].size == 1
    assert not days["More than 60 days"].shown
    # Only one band hidden: the next smallest is hidden too, or the total would give it away.
    assert days["Within 30 days"].size == 11
    assert not days["Within 30 days"].shown
    contacts = {g.label: g.size for g in tables["contacts"].rows}
    assert contacts == {
        "Under 1 a month": 6,
        "1 to under 2 a month": 6,
        "2 to under 4 a month": 0,
        "4 or more a month": 0,
    }
    caseload = {g.label: (g.size, g.shown) for g in tables["caseload"].rows}
    assert caseload["10 or more mentees"] == (10, False)
    assert caseload["2 mentees"] == (2, False)
    levels = {g.label: (g.size, g.shown) for g in tables["campus_level"].rows}
    assert levels["Elementary"] == (6, True)
    assert levels["Middle"] == (4, False)
    assert levels["High"] == (2, False)


def test_the_small_group_threshold_is_a_setting(district: OutcomeDistrict) -> None:
    district.year_two()
    with district.db.transaction() as session:
        suppression.set_threshold(session, 2)
    summary = outcomes(district)
    assert summary.threshold == 2
    assert summary.hidden == "fewer than 2"
    assert summary.mentors.shown
    tables = {t.key: t for t in summary.dose_tables}
    levels = {g.label: g.shown for g in tables["campus_level"].rows}
    assert levels["High"]
    assert levels["Middle"]
    with district.db.transaction() as session, pytest.raises(Exception, match="between 1 and"):
        suppression.set_threshold(session, 0)


def test_campuses_and_the_survey_change_given_by_the_surveys(district: OutcomeDistrict) -> None:
    district.year_two()
    ids = district.ids
    changes = {ids[f"N{n:02d}"]: Decimal("0.5") for n in range(1, 7)}
    summary = outcomes(district, survey_change=changes)
    campuses = {c.campus: c.mentees for c in summary.campuses}
    assert campuses["Lamar Elementary"].size == 6
    assert campuses["Lamar Elementary"].shown
    assert not campuses["Crockett High"].shown
    assert summary.survey is not None
    assert summary.survey.average_change == Decimal("0.50")
    rows = {r.employee_id: r for r in summary.mentee_rows}
    assert rows["N01"].survey_change == Decimal("0.5")
    assert rows["N07"].survey_change is None
    assert rows["N01"].hours == Decimal("26.0")
    assert rows["N12"].hours == Decimal("2.0")
    assert rows["N12"].assigned_on == dt.date(2025, 12, 15)
    assert rows["N04"].campus == "Lamar Elementary"  # the campus during the year


@pytest.mark.parametrize(
    ("position", "kind"),
    [
        ("Teacher", "teaching"),
        ("Special Education Teacher", "teaching"),
        ("Assistant Principal", "administration"),
        ("School Librarian", "library"),
        ("Instructional Coach", "coaching"),
        ("", None),
    ],
)
def test_the_kind_of_a_position(position: str, kind: str | None) -> None:
    assert role_kind(position) == kind
