"""The week list: its order of urgency on a known district, and "nudged N days ago"."""

from __future__ import annotations

import datetime as dt

from coordinator.db.engine import Database
from coordinator.services.compliance.dashboard import dashboard_figures
from coordinator.services.week.nudge_log import record_nudges
from coordinator.services.week.this_week import WeekAction, WeekKind, this_week
from week_district import TODAY, build_week_district


def test_the_week_list_comes_in_order_of_urgency_one_line_a_person(db: Database) -> None:
    district = build_week_district(db)
    with db.reading() as s:
        week = this_week(s, district.year_id, TODAY)
    shown = [(line.kind, line.name) for line in week.lines]
    assert shown == [
        (WeekKind.NO_CONTACT_LONG, "Mentee02 Cohort2"),  # no contact yet, 56 days
        (WeekKind.NO_CONTACT_LONG, "Mentee03 Cohort1"),
        (WeekKind.NO_CONTACT_LONG, "Mentee02 Cohort1"),  # 35 days since Sep 1
        (WeekKind.NO_CONTACT, "Mentee01 Cohort2"),  # 21 days
        (WeekKind.NOT_LOGGED, "Mentor Number2"),
        (WeekKind.UNASSIGNED, "Newhire Unassigned"),
        (WeekKind.BEHIND, "Mentee01 Cohort1"),  # the only one not already listed
    ]
    assert [line.action for line in week.lines] == [
        WeekAction.LOG,
        WeekAction.LOG,
        WeekAction.LOG,
        WeekAction.LOG,
        WeekAction.NUDGE,
        WeekAction.ASSIGN,
        WeekAction.NUDGE,
    ]
    # The rule pack's own words, not worked out again here.
    assert week.lines[2].detail == "No contact for 35 days (warning at 28 days)"
    assert week.lines[5].detail == "No mentor assigned, 36 days after hire (limit 30)"
    assert week.lines[6].detail.startswith("1 of 12 hours this semester")
    # Every finding is kept for the nudges: a mentee out of touch is also behind on hours.
    behind = [line.name for line in week.findings if line.kind is WeekKind.BEHIND]
    assert "Mentee03 Cohort1" in behind
    assert "Newhire Unassigned" in behind
    lines, more = week.top(3)
    assert len(lines) == 3
    assert more == 4


def test_a_mentor_who_logged_lately_is_not_listed_and_the_days_are_a_setting(db: Database) -> None:
    district = build_week_district(db)
    with db.reading() as s:
        strict = this_week(s, district.year_id, TODAY, not_logged_days=6)
        loose = this_week(s, district.year_id, TODAY, not_logged_days=30)
    assert [ln.name for ln in strict.findings if ln.kind is WeekKind.NOT_LOGGED] == [
        "Mentor Number2"  # Number1 logged on Oct 1, 5 days ago: under 6
    ]
    strict_days = {ln.name: ln.detail for ln in strict.findings if ln.is_mentor}
    assert strict_days == {"Mentor Number2": "no check-in logged for 21 days"}
    assert not [ln for ln in loose.findings if ln.kind is WeekKind.NOT_LOGGED]


def test_the_list_says_when_a_person_or_their_mentor_was_nudged(db: Database) -> None:
    district = build_week_district(db)
    second = district.mentor_ids[1]
    with db.transaction() as s:
        record_nudges(
            s,
            district.year_id,
            why="not-logged",
            audience="mentors",
            person_ids=[second],
            template="not-logged",
            today=TODAY - dt.timedelta(days=3),
        )
    with db.reading() as s:
        week = this_week(s, district.year_id, TODAY)
    words = {line.name: line.nudged_words(TODAY) for line in week.lines}
    assert words["Mentor Number2"] == "nudged 3 days ago"
    assert words["Mentee01 Cohort2"] == "nudged 3 days ago"  # their mentor was nudged
    assert words["Mentee03 Cohort1"] == ""
    assert week.lines[0].nudged_words(TODAY) == "nudged 3 days ago"  # Mentee02 Cohort2


def test_the_dashboards_evaluation_gives_the_same_week(db: Database) -> None:
    district = build_week_district(db)
    with db.reading() as s:
        stage = dashboard_figures(s, district.year_id, as_of=TODAY)
        reused = this_week(s, district.year_id, TODAY, evaluated=stage.mentees)
        fresh = this_week(s, district.year_id, TODAY)
    assert reused.findings == fresh.findings
    assert len(fresh.findings) == 12  # 4 no contact, 1 not logged, 1 no mentor, 6 behind
