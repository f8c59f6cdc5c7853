"""Rule evaluation on known data: the Texas numbers a coordinator reads on the dashboard."""

from __future__ import annotations

import datetime as dt

from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.compliance.evaluate import (
    ComplianceState,
    evaluate_mentors,
    evaluate_program_year,
)
from coordinator.services.compliance.packs import LOCAL_PROGRAM, TEXAS_REQUIRED_TOPICS
from district import FALL, YEAR_END, build_district


def log(
    db: Database,
    year_id: int,
    mentor: int,
    mentees: list[int],
    day: dt.date,
    minutes: int,
    kind: CheckinKind = CheckinKind.ONE_TO_ONE,
    absent: tuple[int, ...] = (),
    topics: tuple[int, ...] = (),
) -> int:
    with db.transaction() as s:
        return add_checkin(
            s,
            CheckinInput(
                year_id,
                mentor,
                day,
                kind,
                minutes,
                tuple(mentees),
                absent_ids=absent,
                topic_ids=topics,
            ),
        )


def test_texas_mentee_behind_pace_reads_7_5_of_12_hours_with_6_weeks_left(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    mentor = d.mentor_ids[0]
    behind, ahead = d.mentees[mentor]
    log(db, d.year_id, mentor, [behind], dt.date(2025, 9, 1), 240)
    log(db, d.year_id, mentor, [behind], dt.date(2025, 10, 1), 210)
    log(db, d.year_id, mentor, [ahead], dt.date(2025, 11, 1), 600)
    as_of = FALL[1] - dt.timedelta(days=42)
    with db.reading() as s:
        statuses = {m.person_id: m for m in evaluate_program_year(s, d.year_id, as_of=as_of)}
    late = statuses[behind]
    assert late.state is ComplianceState.AT_RISK
    assert late.minutes_by_semester == {"Fall 2025": 450}
    assert any(r.startswith("7.5 of 12 hours this semester, 6 weeks left") for r in late.reasons)
    assert any("No contact for 37 days" in r for r in late.reasons)
    assert late.last_contact == dt.date(2025, 10, 1)
    assert late.mentor_id == mentor
    assert statuses[ahead].state is ComplianceState.ON_TRACK, statuses[ahead].reasons


def test_semester_that_ended_short_is_out_of_compliance(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(1,))
    mentor = d.mentor_ids[0]
    (mentee,) = d.mentees[mentor]
    log(db, d.year_id, mentor, [mentee], dt.date(2025, 9, 1), 450)
    with db.reading() as s:
        (status,) = evaluate_program_year(s, d.year_id, as_of=dt.date(2026, 1, 10))
    assert status.state is ComplianceState.OUT_OF_COMPLIANCE
    assert "Fall 2025 ended with 7.5 of 12 hours" in status.reasons


def test_absent_group_members_and_uncounted_observations_get_no_minutes(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(3,))
    mentor = d.mentor_ids[0]
    a, b, c = d.mentees[mentor]
    log(db, d.year_id, mentor, [a, b, c], dt.date(2025, 9, 3), 60, CheckinKind.GROUP, absent=(c,))
    log(db, d.year_id, mentor, [a], dt.date(2025, 9, 4), 45, CheckinKind.OBSERVATION)
    with db.reading() as s:
        judged = evaluate_program_year(s, d.year_id, as_of=YEAR_END)
        minutes = {m.person_id: m.minutes_by_semester for m in judged}
    assert minutes[a] == {"Fall 2025": 105}
    assert minutes[b] == {"Fall 2025": 60}
    assert minutes[c] == {}


def test_full_year_with_required_topics_is_on_track(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(1,))
    mentor = d.mentor_ids[0]
    (mentee,) = d.mentees[mentor]
    topics = tuple(d.topic_ids[t] for t in TEXAS_REQUIRED_TOPICS)
    log(db, d.year_id, mentor, [mentee], dt.date(2025, 9, 1), 720, topics=topics[:3])
    log(db, d.year_id, mentor, [mentee], dt.date(2026, 2, 1), 720, topics=topics[3:4])
    with db.reading() as s:
        (status,) = evaluate_program_year(s, d.year_id, as_of=YEAR_END)
    assert status.state is ComplianceState.OUT_OF_COMPLIANCE
    assert status.reasons == ("4 of 5 required topics covered; missing: Professional expectations",)
    log(db, d.year_id, mentor, [mentee], dt.date(2026, 3, 1), 30, topics=topics[4:])
    with db.reading() as s:
        (status,) = evaluate_program_year(s, d.year_id, as_of=YEAR_END)
    assert status.state is ComplianceState.ON_TRACK
    assert status.minutes_by_semester == {"Fall 2025": 720, "Spring 2026": 750}


def test_late_assignment_is_reported_with_the_day_of_employment(db: Database) -> None:
    d = build_district(
        db, mentees_per_mentor=(1,), hire=dt.date(2025, 8, 1), assigned=dt.date(2025, 9, 15)
    )
    with db.reading() as s:
        (status,) = evaluate_program_year(s, d.year_id, as_of=dt.date(2025, 9, 20))
    assert "Mentor assigned on day 46 of employment (limit 30)" in status.reasons


def test_local_pack_monthly_target(db: Database) -> None:
    d = build_district(db, pack=LOCAL_PROGRAM, program="Librarians", mentees_per_mentor=(1,))
    mentor = d.mentor_ids[0]
    (mentee,) = d.mentees[mentor]
    log(db, d.year_id, mentor, [mentee], dt.date(2025, 8, 20), 30)
    log(db, d.year_id, mentor, [mentee], dt.date(2025, 10, 2), 30)
    with db.reading() as s:
        (status,) = evaluate_program_year(s, d.year_id, as_of=dt.date(2025, 11, 5))
    assert status.state is ComplianceState.AT_RISK
    assert status.reasons[0].startswith(
        "Below the monthly target (1 contact a month) in 1 of 3 months: Sep 2025"
    )


def test_mentor_over_the_texas_cap_is_out_of_compliance(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(5, 1))
    with db.reading() as s:
        mentors = {m.person_id: m for m in evaluate_mentors(s, d.year_id, as_of=FALL[1])}
    busy, calm = d.mentor_ids
    assert mentors[busy].state is ComplianceState.OUT_OF_COMPLIANCE
    assert mentors[busy].reasons == ("5 mentees, over the cap of 4",)
    assert (mentors[calm].load, mentors[calm].cap, mentors[calm].state) == (
        1,
        4,
        ComplianceState.ON_TRACK,
    )
