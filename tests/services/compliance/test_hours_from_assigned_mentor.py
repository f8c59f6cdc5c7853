"""Hours count from the assigned mentor: a check-in saved anyway with someone else adds no minutes,
and the status, the Check-ins list and the mentee log say so and why."""

from __future__ import annotations

import datetime as dt

from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind, Role
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.listing import CheckinFilter, checkin_page
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.cohorts import assignments
from coordinator.services.compliance.evaluate import evaluate_program_year
from coordinator.services.programs import programs
from coordinator.services.reporting.mentee_logs import build_certificates, build_mentee_logs
from pack_world import MID_FALL, World, pack_world, set_rules

CO_MENTOR_DAY = dt.date(2025, 9, 12)
COORDINATOR_DAY = dt.date(2025, 10, 8)
NOT_FOR = "Not counted for FirstN1 LastN1: not assigned to this mentor on"


def _log(db: Database, world: World, mentor: int, day: dt.date, minutes: int) -> None:
    with db.transaction() as session:
        add_checkin(
            session,
            CheckinInput(
                world.year_id, mentor, day, CheckinKind.ONE_TO_ONE, minutes, (world.mentee_id,)
            ),
            confirm_unassigned=True,  # "Save anyway"
        )


def _two_mentors(db: Database) -> World:
    """Mentor 0 assigned from the first day, mentor 1 (a co-mentor) from 1 October, mentor 2
    (a coordinator) never."""
    world = pack_world(db, [{"site": 0}, {"site": 0}, {"site": 0}])
    first, second, coordinator = world.mentor_ids
    with db.transaction() as session:
        year = programs.year_by_id(session, world.year_id)
        assignments.assign(session, year, world.mentee_id, first, start=dt.date(2025, 8, 11))
    _log(db, world, first, dt.date(2025, 9, 10), 60)
    _log(db, world, second, CO_MENTOR_DAY, 90)  # not their mentee yet: does not count
    with db.transaction() as session:
        year = programs.year_by_id(session, world.year_id)
        assignments.reassign(
            session, year, world.mentee_id, second, on=dt.date(2025, 10, 1), reason="Moved"
        )
    _log(db, world, second, dt.date(2025, 10, 5), 30)  # assigned now: counts
    _log(db, world, coordinator, COORDINATOR_DAY, 60)  # never assigned: does not count
    return world


def _fall(db: Database, world: World) -> tuple[int, str]:
    with db.reading() as session:
        (status,) = evaluate_program_year(session, world.year_id, as_of=MID_FALL)
    detail = next(r.detail for r in status.results if r.key == "minutes_per_semester")
    return status.minutes_by_semester["Fall"], detail


def test_minutes_count_only_with_the_mentor_assigned_that_day(db: Database) -> None:
    world = _two_mentors(db)
    minutes, detail = _fall(db, world)
    assert minutes == 90
    assert detail.startswith("1.5 of 12 hours this semester")
    assert "(2.5 h with someone other than the assigned mentor not counted)" in detail

    set_rules(db, world, minutes_from_others_count=True)  # co-mentors' time counts
    minutes, detail = _fall(db, world)
    assert minutes == 240
    assert "not counted" not in detail


def test_the_checkins_list_and_the_mentee_log_say_which_do_not_count(db: Database) -> None:
    world = _two_mentors(db)
    with db.reading() as session:
        rows = checkin_page(session, world.year_id, CheckinFilter()).rows
        logs = build_mentee_logs(session, world.year_id, [world.mentee_id])
    said = {r.occurred_on: r.not_counted for r in rows}
    assert said == {
        COORDINATOR_DAY: f"{NOT_FOR} 2025-10-08",
        dt.date(2025, 10, 5): "",
        CO_MENTOR_DAY: f"{NOT_FOR} 2025-09-12",
        dt.date(2025, 9, 10): "",
    }
    (log,) = logs
    with db.transaction() as session:  # the certificate of hours: the mentor's hours only
        year = programs.year_by_id(session, world.year_id)
        assignments.mark_completed(session, year, world.mentee_id, on=dt.date(2026, 5, 29))
        (certificate,) = build_certificates(
            session, world.year_id, role=Role.MENTEE, person_ids=[world.mentee_id]
        )
    assert certificate.minutes == 90
    assert [e.not_counted for e in log.entries] == [
        "",
        "Not counted toward the hours: not with the mentor assigned on 2025-09-12 (saved anyway)",
        "",
        "Not counted toward the hours: not with the mentor assigned on 2025-10-08 (saved anyway)",
    ]
    assert log.total_minutes == 90

    set_rules(db, world, minutes_from_others_count=True)
    with db.reading() as session:
        rows = checkin_page(session, world.year_id, CheckinFilter()).rows
        (log,) = build_mentee_logs(session, world.year_id, [world.mentee_id])
    assert {r.not_counted for r in rows} == {""}
    assert log.total_minutes == 240
