"""Designated meeting time: a program records each campus's meeting windows and planning period;
with the pack's rule on, a check-in outside them is flagged in the status (not met after the
year), and a designated time inside the planning period is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind, Person, ProgramYear
from coordinator.errors import RefusedError
from coordinator.services.checkins.entry import add_checkin, get_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.cohorts import assignments
from coordinator.services.compliance.evaluate import evaluate_program_year
from coordinator.services.programs import meeting_times
from coordinator.services.reporting.compliance import rule_compliance
from pack_world import MID_FALL, World, pack_world, set_rules

TUESDAY = dt.date(2025, 9, 9)
WEDNESDAY = dt.date(2025, 9, 10)
AFTER_THE_YEAR = dt.date(2026, 6, 15)


def _program_and_campus(db: Database, world: World) -> tuple[int, int]:
    with db.reading() as session:
        year = session.get(ProgramYear, world.year_id)
        mentee = session.get(Person, world.mentee_id)
        assert year is not None
        assert mentee is not None
        assert mentee.campus_id is not None
        return year.program_id, mentee.campus_id


def _meet(db: Database, world: World, day: dt.date, at: dt.time | None) -> int:
    with db.transaction() as session:
        return add_checkin(
            session,
            CheckinInput(
                world.year_id,
                world.mentor_ids[0],
                day,
                CheckinKind.ONE_TO_ONE,
                45,
                (world.mentee_id,),
                starts_at=at,
            ),
        )


def _assign(session: Session) -> None:
    year = session.scalars(select(ProgramYear)).one()
    (mentor,) = session.scalars(select(Person.id).where(Person.employee_id == "T0"))
    (mentee,) = session.scalars(select(Person.id).where(Person.employee_id == "N1"))
    assignments.assign(session, year, mentee, mentor, start=year.start_date)


def _finding(db: Database, world: World, as_of: dt.date) -> tuple[str | None, str]:
    with db.reading() as session:
        (status,) = evaluate_program_year(session, world.year_id, as_of=as_of)
    found = next((r for r in status.results if r.key == "designated_time"), None)
    return (found.detail if found else None), status.state_word


def test_meetings_outside_the_designated_time_are_flagged(db: Database) -> None:
    world = pack_world(db, [{"site": 0}])
    program_id, campus_id = _program_and_campus(db, world)
    with db.transaction() as session:
        year = session.scalars(select(ProgramYear)).one()
        assignments.assign(
            session, year, world.mentee_id, world.mentor_ids[0], start=year.start_date
        )
        meeting_times.add_meeting_time(
            session, program_id, campus_id, dt.time(14, 30), dt.time(15, 15), weekday=1
        )
        meeting_times.add_meeting_time(
            session, program_id, campus_id, dt.time(10, 0), dt.time(10, 50), planning=True
        )
    first = _meet(db, world, TUESDAY, dt.time(14, 40))  # Tuesday, in the window
    _meet(db, world, WEDNESDAY, dt.time(14, 40))  # Wednesday: not a designated day
    _meet(db, world, TUESDAY + dt.timedelta(7), dt.time(10, 15))  # the planning period
    _meet(db, world, TUESDAY + dt.timedelta(14), None)  # no time recorded
    with db.reading() as session:
        assert get_checkin(session, first).data.starts_at == dt.time(14, 40)

    assert _finding(db, world, MID_FALL)[0] is None  # the rule is off in the shipped pack
    set_rules(db, world, meet_at_designated_time=True)
    detail, _ = _finding(db, world, MID_FALL)
    assert detail == (
        "3 of 4 meetings not at the designated time: "
        "2025-09-10 14:40: outside the designated meeting time; "
        "2025-09-16 10:15: in the planning period (Every day 10:00-10:50); "
        "2025-09-23: no start time recorded"
    )
    detail, word = _finding(db, world, AFTER_THE_YEAR)  # at year end: not met
    assert detail is not None
    assert word == "Not met"
    with db.reading() as session:  # and the year-end report's compliance lists the exception
        statuses = evaluate_program_year(session, world.year_id, as_of=AFTER_THE_YEAR)
    rule = next(r for r in rule_compliance(statuses) if r.key == "designated_time")
    assert (rule.label, rule.met, rule.evaluated) == ("Meetings at the designated time", 0, 1)
    assert rule.exceptions[0][1].startswith("3 of 4 meetings not at the designated time")


def test_a_designated_time_in_the_planning_period_is_refused(db: Database) -> None:
    world = pack_world(db, [{"site": 0}])
    program_id, campus_id = _program_and_campus(db, world)
    with db.transaction() as session:
        meeting_times.add_meeting_time(
            session, program_id, campus_id, dt.time(10, 0), dt.time(10, 50), planning=True
        )
        with pytest.raises(RefusedError, match="overlaps the planning period Every day 10:00"):
            meeting_times.add_meeting_time(
                session, program_id, campus_id, dt.time(10, 30), dt.time(11, 0), weekday=3
            )
        with pytest.raises(RefusedError, match="not after it starts"):
            meeting_times.add_meeting_time(
                session, program_id, campus_id, dt.time(15, 0), dt.time(14, 0)
            )
        windows = meeting_times.meeting_windows(session, program_id)
    assert [w.words for w in windows] == ["Every day 10:00-10:50"]


def test_a_campus_without_a_designated_time_is_told(db: Database) -> None:
    world = pack_world(db, [{"site": 0}])
    set_rules(db, world, meet_at_designated_time=True)
    with db.transaction() as session:
        _assign(session)
    _meet(db, world, TUESDAY, dt.time(9, 0))
    detail, _ = _finding(db, world, MID_FALL)
    assert detail == (
        "1 of 1 meeting not at the designated time: "
        "2025-09-09 09:00: the campus has no designated meeting time recorded"
    )
