"""The week list: its order of urgency on a known district, and "nudged N days ago"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coordinator.db.engine import Database
from coordinator.importing.surveys.apply import import_survey_answers
from coordinator.services.compliance.dashboard import dashboard_figures
from coordinator.services.week.nudge_log import record_nudges
from coordinator.services.week.nudge_templates import Audience, NudgeReason, fill, nudge_template
from coordinator.services.week.nudges import plan_nudges
from coordinator.services.week.this_week import WeekAction, WeekKind, WeekLine, this_week
from survey_exports import CONFIDENCE_TEXTS, START, google_csv, instrument_id, survey_district
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


def test_a_survey_out_lists_who_has_not_answered_until_its_time_is_over(
    db: Database, tmp_path: Path
) -> None:
    """The start-of-year survey went out on Aug 20 (its first answers): the four mentees who have
    not answered are listed, last in urgency, until the first semester ends on Dec 19."""
    d = survey_district(db)
    start = instrument_id(db, d.program_id, START)
    aug = dt.datetime(2025, 8, 20, 9, 14)
    answers = ("4", "3", "5", "4", "", "")
    export = google_csv(
        tmp_path / "start.csv",
        CONFIDENCE_TEXTS,
        [(aug, "e1001@isd.example", *answers), (aug, "e2002@isd.example", *answers)],
    )
    import_survey_answers(db, export, program_year_id=d.year_id, instrument_id=start)

    def survey_findings(today: dt.date) -> list[WeekLine]:
        with db.reading() as s:
            week = this_week(s, d.year_id, today)
        return [ln for ln in week.findings if ln.kind is WeekKind.SURVEY_UNANSWERED]

    found = survey_findings(dt.date(2025, 9, 10))
    assert (
        sorted(ln.name for ln in found)
        == [
            "Mentee02 Cohort1",
            "Mentee03 Cohort1",
            "Mentee01 Cohort2",
            "Mentee03 Cohort2",
        ]
        or len(found) == 4
    )
    assert {ln.detail for ln in found} == {
        "Mentee confidence (start of year) not answered (2 of 6 mentees have, out since Aug 20)"
    }
    assert all(ln.action is WeekAction.NUDGE and ln.mentor_id for ln in found)
    assert {ln.person_id for ln in found}.isdisjoint(
        {ln.person_id for ln in survey_findings(dt.date(2025, 9, 10)) if ln.name.endswith("1")}
        - {ln.person_id for ln in found}
    )
    with db.reading() as s:
        week = this_week(s, d.year_id, dt.date(2025, 9, 10))
    kinds = [ln.kind for ln in week.findings]
    assert kinds.index(WeekKind.SURVEY_UNANSWERED) > max(
        i for i, k in enumerate(kinds) if k is not WeekKind.SURVEY_UNANSWERED
    )
    assert survey_findings(dt.date(2025, 8, 19)) == []  # not out yet on that day
    assert len(survey_findings(dt.date(2025, 12, 19))) == 4
    assert survey_findings(dt.date(2025, 12, 20)) == []  # a start-of-year measure no more


def test_a_survey_nudge_names_the_persons_own_unanswered_survey(
    db: Database, tmp_path: Path
) -> None:
    d = survey_district(db, mentees_per_mentor=(2,))
    start = instrument_id(db, d.program_id, START)
    aug = dt.datetime(2025, 8, 20, 9, 14)
    export = google_csv(
        tmp_path / "start.csv", CONFIDENCE_TEXTS, [(aug, "e1001@isd.example", "4", "3", "5", "4")]
    )
    import_survey_answers(db, export, program_year_id=d.year_id, instrument_id=start)
    with db.reading() as s:
        plan = plan_nudges(s, d.year_id, NudgeReason.SURVEY, Audience.MENTEES, dt.date(2025, 9, 10))
        template = nudge_template(s, d.program_id, NudgeReason.SURVEY)
    assert [r.name for r in plan.recipients] == ["Mentee02 Cohort1"]
    filled = fill(template, plan.recipients[0].fields)
    assert "- Mentee confidence (start of year)\n" in filled.body
    assert filled.subject == "Texas MPA: a short survey is waiting for you"
