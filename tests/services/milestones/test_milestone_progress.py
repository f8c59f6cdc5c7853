"""Milestones tick themselves from the records that meet them, and are due on plain dates.

The district (tests/district.py): year 2025-08-01 to 2026-06-30, Fall 2025-08-11 to 12-19,
Spring 2026-01-06 to 05-29; mentees hired 2025-08-01 and assigned 2025-08-11.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.enums import CheckinKind
from coordinator.db.models import (
    Checkin,
    CheckinAttendee,
    Enrollment,
    MentorProfile,
    MentorTraining,
    Person,
    Program,
    Role,
    RulePack,
    Topic,
)
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.milestones.definitions import parse_due, read_milestones
from coordinator.services.milestones.documents import tick_received, untick
from coordinator.services.milestones.progress import (
    MilestoneState,
    fixed_day,
    milestone_board,
)
from district import District, build_district


def set_milestones(db: Database, district: District, milestones: list[dict[str, Any]]) -> None:
    with db.transaction() as s:
        program = s.get(Program, district.program_id)
        assert program is not None
        pack = s.get(RulePack, program.rule_pack_id)
        assert pack is not None
        pack.rules = {**pack.rules, "milestones": milestones}


def checkin(
    db: Database,
    district: District,
    mentee: int,
    day: dt.date,
    *,
    kind: CheckinKind = CheckinKind.ONE_TO_ONE,
    minutes: int = 60,
    topic: str | None = None,
    present: bool = True,
) -> None:
    mentor = next(m for m, ids in district.mentees.items() if mentee in ids)
    with db.transaction() as s:
        c = Checkin(
            program_year_id=district.year_id,
            mentor_id=mentor,
            occurred_on=day,
            kind=kind,
            minutes=minutes,
        )
        c.attendees.append(CheckinAttendee(mentee_id=mentee, present=present))
        if topic:
            c.topics.append(s.get(Topic, district.topic_ids[topic]))  # type: ignore[arg-type]
        s.add(c)


def board(db: Database, district: District, today: dt.date) -> Any:
    with db.session() as s:
        return milestone_board(s, district.year_id, today)


def states(found: Any, key: str) -> dict[int | None, MilestoneState]:
    return {i.person_id: i.state for i in found.of(key)}


def test_texas_milestones_tick_from_assignment_hours_and_topics(db: Database) -> None:
    district = build_district(db, mentees_per_mentor=(2,))
    first, second = district.mentee_ids
    for day in (dt.date(2025, 9, 1), dt.date(2025, 10, 1)):
        checkin(db, district, first, day, minutes=360)  # 12 hours in the fall
    found = board(db, district, dt.date(2025, 12, 10))
    assigned = {i.person_id: i for i in found.of("mentor-assigned")}
    assert assigned[first].state is MilestoneState.MET
    assert assigned[first].due_on == dt.date(2025, 8, 30)  # day 30 of employment
    assert assigned[first].met_on == dt.date(2025, 8, 11)
    hours = [i for i in found.of("semester-hours") if i.person_id == first]
    assert [(i.semester, i.state) for i in hours] == [
        ("Fall 2025", MilestoneState.MET),
        ("Spring 2026", MilestoneState.UPCOMING),
    ]
    behind = next(i for i in found.of("semester-hours") if i.person_id == second)
    assert behind.state is MilestoneState.DUE_SOON  # Dec 19 is 9 days off
    assert behind.detail == "due 2025-12-19, in 9 days (0 of 12 hours)"
    assert states(found, "required-topics") == {
        first: MilestoneState.UPCOMING,
        second: MilestoneState.UPCOMING,
    }
    later = board(db, district, dt.date(2025, 12, 22))
    late = next(i for i in later.of("semester-hours") if i.person_id == second)
    assert late.state is MilestoneState.OVERDUE
    assert late.detail == "due 2025-12-19, 3 days overdue (0 of 12 hours)"


def test_a_checkin_milestone_ticks_when_the_checkin_arrives_and_says_if_late(
    db: Database,
) -> None:
    district = build_district(db, mentees_per_mentor=(2,))
    first, second = district.mentee_ids
    set_milestones(
        db,
        district,
        [
            {
                "name": "First observation",
                "for": "pair",
                "due": {"after": "assignment", "days": 30},
                "met_by": {"kind": "checkin", "checkin_kind": "observation"},
            }
        ],
    )
    before = board(db, district, dt.date(2025, 8, 20))
    assert states(before, "first-observation") == {
        first: MilestoneState.UPCOMING,
        second: MilestoneState.UPCOMING,
    }
    checkin(db, district, first, dt.date(2025, 9, 3), kind=CheckinKind.ONE_TO_ONE)
    checkin(db, district, first, dt.date(2025, 9, 5), kind=CheckinKind.OBSERVATION)
    checkin(db, district, second, dt.date(2025, 9, 20), kind=CheckinKind.OBSERVATION,
            present=False)  # fmt: skip
    after = board(db, district, dt.date(2025, 9, 30))
    items = {i.person_id: i for i in after.of("first-observation")}
    assert items[first].state is MilestoneState.MET
    assert items[first].met_on == dt.date(2025, 9, 5)
    assert items[first].detail == "met on 2025-09-05"
    # Absent from the observation: not met; due Sep 9 (day 30 of the Aug 11 assignment).
    assert items[second].state is MilestoneState.OVERDUE
    assert items[second].due_on == dt.date(2025, 9, 9)
    assert items[second].mentor_id == district.mentor_ids[0]
    checkin(db, district, second, dt.date(2025, 10, 2), kind=CheckinKind.OBSERVATION)
    late = board(db, district, dt.date(2025, 10, 3))
    item = next(i for i in late.of("first-observation") if i.person_id == second)
    assert item.state is MilestoneState.MET_LATE
    assert item.detail == "met on 2025-10-02, after the due day 2025-09-09"


def test_a_topic_milestone_needs_that_topic(db: Database) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(2,))
    first, second = district.mentee_ids
    topic = next(iter(district.topic_ids))
    set_milestones(
        db,
        district,
        [
            {
                "name": "Setup talk",
                "for": "pair",
                "due": {"after": "fixed", "month": 10, "day": 1},
                "met_by": {"kind": "checkin", "topic": topic.upper()},  # any case
            }
        ],
    )
    checkin(db, district, first, dt.date(2025, 9, 15), topic=topic)
    checkin(db, district, second, dt.date(2025, 9, 15))
    found = board(db, district, dt.date(2025, 10, 2))
    assert states(found, "setup-talk") == {
        first: MilestoneState.MET,
        second: MilestoneState.OVERDUE,
    }


def test_documents_are_ticked_by_hand_audited_and_can_be_unticked(db: Database) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(2,))
    first, second = district.mentee_ids
    today = dt.date(2026, 2, 20)
    found = board(db, district, today)
    item = next(i for i in found.of("induction-documents") if i.person_id == first)
    assert item.due_on == dt.date(2026, 2, 15)
    assert item.state is MilestoneState.OVERDUE
    with db.transaction() as s:
        assert tick_received(
            s, district.year_id, "induction-documents", received_on=dt.date(2026, 2, 10),
            person_ids=[first],
        ) == 1  # fmt: skip
    found = board(db, district, today)
    assert states(found, "induction-documents") == {
        first: MilestoneState.MET,
        second: MilestoneState.OVERDUE,
    }
    with db.transaction() as s:  # ticked again: the new day replaces the old
        tick_received(s, district.year_id, "induction-documents",
                      received_on=dt.date(2026, 2, 18), person_ids=[first])  # fmt: skip
    item = next(i for i in board(db, district, today).of("induction-documents")
                if i.person_id == first)  # fmt: skip
    assert item.state is MilestoneState.MET_LATE
    with db.transaction() as s:
        assert untick(s, district.year_id, "induction-documents", person_ids=[first]) == 1
    assert states(board(db, district, today), "induction-documents")[first] is (
        MilestoneState.OVERDUE
    )
    with db.session() as s:
        from coordinator.db.models import AuditEntry

        actions = [a.action for a in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "milestone").order_by(AuditEntry.id))]  # fmt: skip
    assert actions == ["tick", "edit", "untick"]


def test_only_document_milestones_are_ticked_by_hand(db: Database) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(1,))
    with db.transaction() as s, pytest.raises(RefusedError, match="sees by itself"):
        tick_received(s, district.year_id, "first-meeting", received_on=dt.date(2025, 9, 1),
                      person_ids=district.mentee_ids)  # fmt: skip
    with db.transaction() as s, pytest.raises(NotFoundError, match="no milestone 'nope'"):
        tick_received(s, district.year_id, "nope", received_on=dt.date(2025, 9, 1),
                      person_ids=district.mentee_ids)  # fmt: skip


def test_a_mentor_training_milestone_reads_the_training_records(db: Database) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(1, 1))
    trained, untrained = district.mentor_ids
    with db.transaction() as s:  # the district gives every mentor a June training: take one back
        profile = s.scalar(select(MentorProfile).where(MentorProfile.person_id == untrained))
        assert profile is not None
        for t in list(profile.trainings):
            s.delete(t)
    found = board(db, district, dt.date(2025, 8, 5))
    assert states(found, "mentor-trained") == {
        trained: MilestoneState.MET,
        untrained: MilestoneState.OVERDUE,
    }
    with db.transaction() as s:
        profile = s.scalar(select(MentorProfile).where(MentorProfile.person_id == untrained))
        assert profile is not None
        s.add(MentorTraining(profile_id=profile.id, name="Late", completed_on=dt.date(2025, 8, 4)))
    assert states(board(db, district, dt.date(2025, 8, 5)), "mentor-trained")[untrained] is (
        MilestoneState.MET_LATE
    )


def test_a_campus_milestone_is_one_per_campus(db: Database) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(2,))
    from coordinator.db.models import Campus

    with db.transaction() as s:
        lee = Campus(name="Lee ES", code="101")
        s.add(lee)
        s.flush()
        for p in s.scalars(select(Person).where(Person.id.in_(district.mentee_ids))):
            p.campus_id = lee.id
        campus_id = lee.id
    set_milestones(db, district, [{
        "name": "Designated times posted", "for": "campus",
        "due": {"after": "semester_start", "semester": 1, "days": 10},
        "met_by": {"kind": "document"},
    }])  # fmt: skip
    found = board(db, district, dt.date(2025, 8, 25))
    (item,) = found.items
    assert (item.subject, item.campus_id, item.due_on) == (
        "Lee ES",
        campus_id,
        dt.date(2025, 8, 20),
    )
    assert item.state is MilestoneState.OVERDUE
    with db.transaction() as s:
        tick_received(s, district.year_id, "designated-times-posted",
                      received_on=dt.date(2025, 8, 19), campus_ids=[campus_id])  # fmt: skip
    assert board(db, district, dt.date(2025, 8, 25)).items[0].state is MilestoneState.MET


def test_a_mentee_who_left_is_not_held_to_what_falls_due_after(db: Database) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(2,))
    first, second = district.mentee_ids
    with db.transaction() as s:
        e = s.scalar(select(Enrollment).where(Enrollment.person_id == first,
                                              Enrollment.role == Role.MENTEE))  # fmt: skip
        assert e is not None
        e.ended_on = dt.date(2026, 1, 31)
    found = board(db, district, dt.date(2026, 2, 20))
    assert set(states(found, "induction-documents")) == {second}


def test_due_dates_are_plain_date_arithmetic() -> None:
    assert fixed_day(dt.date(2025, 8, 1), 2, 15) == dt.date(2026, 2, 15)
    assert fixed_day(dt.date(2025, 8, 1), 8, 20) == dt.date(2025, 8, 20)
    assert fixed_day(dt.date(2025, 8, 1), 2, 29) == dt.date(2026, 2, 28)  # not a leap year
    assert fixed_day(dt.date(2027, 8, 1), 2, 29) == dt.date(2028, 2, 29)
    hire = dt.date(2025, 8, 1)
    assert parse_due("within 30 days of hire").counted_from(hire) == dt.date(2025, 8, 30)
    assert parse_due("30 days after hire").counted_from(hire) == dt.date(2025, 8, 31)
    assert parse_due("on the day of hire").counted_from(hire) == hire


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([{"name": ""}], "needs a name"),
        ([{"name": "X", "due": {"after": "lunch"}, "met_by": {"kind": "document"}}],
         "a due date is a day"),
        ([{"name": "X", "due": {"after": "fixed", "month": 2, "day": 30},
           "met_by": {"kind": "document"}}], "February 30 is no day"),
        ([{"name": "X", "due": {"after": "year_end"}, "met_by": {"kind": "magic"}}],
         "must be one of"),
        ([{"name": "X", "for": "campus", "due": {"after": "year_end"},
           "met_by": {"kind": "hours", "hours": 3}}], "campus milestone is met by a document"),
        ([{"name": "X", "for": "mentor", "due": {"after": "hire", "days": 3},
           "met_by": {"kind": "training"}}], "only a mentee's milestone"),
        ([{"name": "Same", "due": {"after": "year_end"}, "met_by": {"kind": "document"}}] * 2,
         "Two milestones are named 'Same'"),
    ],
)  # fmt: skip
def test_a_wrong_milestone_is_refused_in_words(data: list[Any], message: str) -> None:
    with pytest.raises(RefusedError, match=message):
        read_milestones(data)


def test_phrases_are_read_as_the_dialog_sends_them() -> None:
    (m,) = read_milestones([{"name": "Stay talk", "for": "pair", "due": "Mar 15",
                             "met_by": "a check-in with the topic Stay conversation"}])  # fmt: skip
    assert m.as_json() == {
        "key": "stay-talk",
        "name": "Stay talk",
        "for": "pair",
        "due": {"after": "fixed", "month": 3, "day": 15},
        "met_by": {"kind": "checkin", "topic": "Stay conversation"},
    }
    with pytest.raises(RefusedError, match="Milestone 'Stay talk': Due 'someday'"):
        read_milestones([{"name": "Stay talk", "due": "someday", "met_by": "a document"}])


def test_the_demo_librarians_have_a_timeline_to_show(tmp_path: Any) -> None:
    from coordinator.db.opening import open_database
    from coordinator.demo import build_demo
    from coordinator.services.lookup import program_year_by_names

    demo = open_database(tmp_path / "demo.sqlite")
    build_demo(demo, scale="small")
    with demo.session() as s:
        year = program_year_by_names(s, "New Librarians", "2025-26")
        found = milestone_board(s, year.id, dt.date(2026, 3, 20))
    demo.dispose()
    documents = found.counts("induction-documents")
    assert documents[MilestoneState.MET] > documents[MilestoneState.MET_LATE] > 0
    stay = found.counts("stay-conversation")
    assert stay[MilestoneState.MET] > 0
    assert found.counts("year-closed")[MilestoneState.UPCOMING] == len(found.of("year-closed"))


def test_a_survey_milestone_ticks_when_the_answers_are_imported(db: Database) -> None:
    from coordinator.db.models import SurveyResponse
    from coordinator.services.surveys.instruments import (
        ensure_default_instruments,
        instrument_by_name,
    )

    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(2,))
    first, second = district.mentee_ids
    with db.transaction() as s:
        ensure_default_instruments(s, district.program_id)
        end = instrument_by_name(s, district.program_id, "Mentee confidence (end of year)")
        s.add(SurveyResponse(instrument_id=end.id, program_year_id=district.year_id,
                             person_id=first, submitted_at=dt.datetime(2026, 4, 20, 9, 30),
                             source_key="test-1"))  # fmt: skip
    found = board(db, district, dt.date(2026, 5, 4))
    items = {i.person_id: i for i in found.of("end-of-year-survey")}
    assert items[first].state is MilestoneState.MET
    assert items[first].met_on == dt.date(2026, 4, 20)
    assert items[second].state is MilestoneState.OVERDUE
    assert board(db, district, dt.date(2026, 4, 19)).of("end-of-year-survey")[0].state is (
        MilestoneState.DUE_SOON  # answered on Apr 20: not yet, as of Apr 19
    )
