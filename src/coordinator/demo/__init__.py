"""The demo district: a deterministic, realistic synthetic program year to explore and test with."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coordinator.db.engine import Database
    from coordinator.demo.programs import ProgramRows
    from coordinator.demo.writer import BulkWriter

from coordinator.demo.plan import DISTRICT_NAME, LIBRARY_PROGRAM, SCALES, TEXAS_PROGRAM, scale_plan
from coordinator.demo.records import CohortPlan
from coordinator.errors import RefusedError
from coordinator.progress import NO_PROGRESS, Progress

__all__ = ["LIBRARY_PROGRAM", "SCALES", "TEXAS_PROGRAM", "DemoSummary", "build_demo"]

HOLDS_PEOPLE = (
    "This database already holds people; demo data goes only into an empty database. "
    "Use a new file: coordinator --db demo.sqlite demo"
)
HOLDS_PROGRAMS = (
    "This database already holds campuses or programs; demo data goes only into an empty "
    "database. Use a new file: coordinator --db demo.sqlite demo"
)
PHASES = 6


@dataclass(frozen=True)
class DemoSummary:
    """What the demo wrote, in counts a coordinator recognises."""

    seed: int
    scale: str
    campuses: int
    people: int
    programs: int
    mentors: int
    mentees: int
    assignments: int
    unassigned_mentees: int
    checkins: int
    attendees: int

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class PhaseReporter:
    """Reports each phase once, and again after every bulk write so Cancel is honoured promptly."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.done = -1
        self.message = ""

    def start(self, message: str) -> None:
        self.done += 1
        self.message = message
        self.again()

    def again(self) -> None:
        self.progress.step(self.done, PHASES, self.message)


def refuse_unless_empty(session: Session) -> None:
    from sqlalchemy import select

    from coordinator.db.models import Campus, Person, Program

    if session.scalar(select(Person.id).limit(1)) is not None:
        raise RefusedError(HOLDS_PEOPLE)
    for model in (Campus, Program):
        if session.scalar(select(model.id).limit(1)) is not None:
            raise RefusedError(HOLDS_PROGRAMS)


def build_demo(
    db: Database, *, seed: int = 1, scale: str = "district", progress: Progress = NO_PROGRESS
) -> DemoSummary:
    """Fill an empty database with the demo district in one transaction (all or nothing)."""
    from coordinator.demo.checkins import CheckinMaker
    from coordinator.demo.library import build_library_cohort
    from coordinator.demo.milestones import add_library_timeline
    from coordinator.demo.next_roster import add_other_new_hires, write_next_roster
    from coordinator.demo.pay import add_demo_pay
    from coordinator.demo.programs import program_rows
    from coordinator.demo.staff import RosterMaker
    from coordinator.demo.surveys import add_demo_surveys
    from coordinator.demo.texas import build_texas_cohort
    from coordinator.demo.training import add_texas_training
    from coordinator.demo.writer import BulkWriter
    from coordinator.services.compliance.packs import ensure_builtin_packs

    plan = scale_plan(scale)
    rng = random.Random(seed)
    phase = PhaseReporter(progress)
    with db.transaction() as session:
        refuse_unless_empty(session)
        phase.start("Staffing the campuses")
        packs = ensure_builtin_packs(session)
        maker = RosterMaker(rng, plan)
        roster = maker.build()
        programs = program_rows(packs)
        phase.start("Pairing mentors and mentees")
        texas = build_texas_cohort(rng, plan, roster, programs.texas_year_id)
        add_texas_training(random.Random(seed + 21), texas, roster)
        library = build_library_cohort(rng, plan, maker, programs.library_year_id)
        phase.start("Writing the roster and programs")
        writer = BulkWriter(session, on_flush=phase.again)
        write_people_and_programs(writer, roster.campus_rows, roster.person_rows, programs)
        write_cohorts(writer, texas, library)
        phase.start("Logging a year of check-ins")
        checkins = CheckinMaker(rng, writer.add)
        checkins.pairs_year(texas, programs.texas_topic_ids, long=plan.long_sessions)
        phase.start("Logging the librarian cohort's meetings")
        checkins.library_year(library, programs.library_topic_ids)
        add_other_new_hires(maker, writer, [c["id"] for c in roster.campus_rows])
        writer.flush()
        writer.catch_up_sequences()
        add_library_timeline(session, seed, library)
        add_demo_surveys(session, random.Random(seed + 14), texas)
        add_demo_pay(session, random.Random(seed + 15), programs.texas_year_id)
        phase.start("Recording what was built")
        write_next_roster(session, rng)  # next fall's roster: who stayed (demo/next_roster.py)
        summary = summarize(seed, plan.name, writer, texas, library)
        record_demo(session, summary)
    return summary


def write_people_and_programs(
    writer: BulkWriter,
    campus_rows: list[dict[str, Any]],
    person_rows: list[dict[str, Any]],
    programs: ProgramRows,
) -> None:
    writer.extend("campus", campus_rows)
    writer.extend("person", person_rows)
    for table, rows in programs.tables():
        writer.extend(table, rows)


def write_cohorts(writer: BulkWriter, *cohorts: CohortPlan) -> None:
    for cohort in cohorts:
        writer.extend("mentor_profile", cohort.mentor_profiles)
        writer.extend("mentor_training", cohort.trainings)
        writer.extend("enrollment", cohort.enrollments)
        writer.extend("assignment", cohort.assignments)
    writer.flush()


def summarize(
    seed: int, scale: str, writer: BulkWriter, texas: CohortPlan, library: CohortPlan
) -> DemoSummary:
    cohorts = (texas, library)
    return DemoSummary(
        seed=seed,
        scale=scale,
        campuses=writer.counts["campus"],
        people=writer.counts["person"],
        programs=writer.counts["program"],
        mentors=sum(1 for c in cohorts for e in c.enrollments if e["role"] == "mentor"),
        mentees=sum(1 for c in cohorts for e in c.enrollments if e["role"] == "mentee"),
        assignments=writer.counts["assignment"],
        unassigned_mentees=texas.unassigned + library.unassigned,
        checkins=writer.counts["checkin"],
        attendees=writer.counts["checkin_attendee"],
    )


def record_demo(session: Session, summary: DemoSummary) -> None:
    """The demo's settings and its one audit entry, in the same transaction as its rows."""
    from coordinator.db.models import Setting
    from coordinator.services import audit

    session.merge(Setting(key="demo", value={"seed": summary.seed, "scale": summary.scale}))
    session.merge(Setting(key="district_name", value=DISTRICT_NAME))
    audit.record(session, "demo", "database", None, after=summary.as_dict())
