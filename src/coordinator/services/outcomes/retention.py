"""Each person's outcome on a date, read from the roster imports' snapshots.

The roster that answers is the latest applied roster import dated after the program year ended
and on or before the date asked about. Someone it lists stayed on the same campus, moved campus or
changed role (their position is of another kind: a teacher who became an instructional coach);
someone it does not list left the district. With no such roster, everyone's outcome is unknown.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Enrollment,
    ImportBatch,
    ImportRow,
    ImportStatus,
    Person,
    PersonStatus,
    ProgramYear,
    Role,
    RosterEntry,
    RosterSnapshot,
    RowAction,
)
from coordinator.tools.sql_chunks import chunked, plain_rows


class Outcome(enum.StrEnum):
    STAYED = "stayed"
    MOVED = "moved"
    CHANGED_ROLE = "changed_role"
    LEFT = "left"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.STAYED: "Stayed on the same campus",
    Outcome.MOVED: "Moved campus",
    Outcome.CHANGED_ROLE: "Changed role",
    Outcome.LEFT: "Left the district",
    Outcome.UNKNOWN: "Unknown",
}
KEPT = (Outcome.STAYED, Outcome.MOVED, Outcome.CHANGED_ROLE)  # still working in the district

# A position's kind: the first of these words it holds ("Assistant Principal" is administration).
_ROLE_WORDS = (
    ("librarian", "library"),
    ("library", "library"),
    ("principal", "administration"),
    ("director", "administration"),
    ("superintendent", "administration"),
    ("counselor", "counseling"),
    ("coach", "coaching"),
    ("specialist", "specialist"),
    ("interventionist", "specialist"),
    ("diagnostician", "specialist"),
    ("aide", "paraprofessional"),
    ("paraprofessional", "paraprofessional"),
    ("nurse", "nursing"),
    ("teacher", "teaching"),
)


@functools.lru_cache(maxsize=4096)  # a district has few distinct positions
def role_kind(position: str | None) -> str | None:
    """The kind of work a position names, or None when there is no position to compare."""
    words = " ".join((position or "").casefold().replace("-", " ").replace("/", " ").split())
    if not words:
        return None
    padded = f" {words} "
    for word, kind in _ROLE_WORDS:
        if f" {word} " in padded or f" {word}s " in padded:
            return kind
    return words


@dataclass(frozen=True)
class RosterUsed:
    batch_id: int
    file_name: str
    as_of: dt.date
    people: int
    rows_not_imported: int


@dataclass(frozen=True)
class Placement:
    """Where a person worked: a campus and a position (either may be unknown)."""

    campus_id: int | None
    position: str | None


@dataclass(frozen=True)
class PersonOutcome:
    person_id: int
    outcome: Outcome
    before: Placement
    after: Placement | None  # None when they left or nothing is known


def shifted(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def follow_up_date(session: Session, year: ProgramYear, years_later: int = 1) -> dt.date:
    """The first day of the program year `years_later` after this one (its start date when the
    program has that year, else the same day of the calendar that many years on)."""
    later = list(
        session.scalars(
            select(ProgramYear.start_date)
            .where(
                ProgramYear.program_id == year.program_id,
                ProgramYear.start_date > year.end_date,
            )
            .order_by(ProgramYear.start_date)
        )
    )
    if len(later) >= years_later:
        return later[years_later - 1]
    return shifted(year.start_date, years_later)


def covering_roster(
    session: Session, year: ProgramYear, on: dt.date, after: dt.date | None = None
) -> RosterUsed | None:
    """The latest applied roster dated after `after` (the year's end unless given) and on or
    before `on`."""
    row = session.execute(
        select(RosterSnapshot, ImportBatch.file_name)
        .join(ImportBatch, ImportBatch.id == RosterSnapshot.batch_id)
        .where(
            ImportBatch.status == ImportStatus.APPLIED,
            RosterSnapshot.as_of > (after or year.end_date),
            RosterSnapshot.as_of <= on,
        )
        .order_by(RosterSnapshot.as_of.desc(), RosterSnapshot.batch_id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    snap, file_name = row
    return RosterUsed(snap.batch_id, file_name, snap.as_of, snap.people, snap.rows_not_imported)


def latest_roster_date(session: Session) -> dt.date | None:
    """The date of the newest applied roster snapshot (for "once a later roster exists")."""
    return session.scalar(
        select(RosterSnapshot.as_of)
        .join(ImportBatch, ImportBatch.id == RosterSnapshot.batch_id)
        .where(ImportBatch.status == ImportStatus.APPLIED)
        .order_by(RosterSnapshot.as_of.desc())
        .limit(1)
    )


def year_people(session: Session, year: ProgramYear, role: Role) -> list[int]:
    """Everyone enrolled in the year in this role, whatever became of the enrollment."""
    return list(
        session.scalars(
            select(Enrollment.person_id)
            .where(Enrollment.program_year_id == year.id, Enrollment.role == role)
            .order_by(Enrollment.person_id)
        )
    )


def comparison_group(session: Session, year: ProgramYear) -> list[int]:
    """New hires of the same year in no program: hired in the 365 days up to the year's end, and
    never enrolled in a program year that overlaps this one."""
    in_programs = (
        select(Enrollment.person_id)
        .join(ProgramYear, ProgramYear.id == Enrollment.program_year_id)
        .where(ProgramYear.start_date <= year.end_date, ProgramYear.end_date >= year.start_date)
    )
    return list(
        session.scalars(
            select(Person.id)
            .where(
                Person.hire_date > year.end_date - dt.timedelta(days=365),
                Person.hire_date <= year.end_date,
                Person.status != PersonStatus.ARCHIVED,
                Person.id.not_in(in_programs),
            )
            .order_by(Person.id)
        )
    )


def _entries(session: Session, batch_id: int, ids: Collection[int]) -> dict[int, Placement]:
    found: dict[int, Placement] = {}
    for chunk in chunked(sorted(ids)):
        stmt = select(RosterEntry.person_id, RosterEntry.campus_id, RosterEntry.position).where(
            RosterEntry.batch_id == batch_id, RosterEntry.person_id.in_(chunk)
        )
        for pid, campus, position in plain_rows(session, stmt):
            found[pid] = Placement(campus, position)
    return found


def placements_during(
    session: Session, year: ProgramYear, ids: Collection[int]
) -> dict[int, Placement]:
    """Where each person worked during the year.

    From the latest roster dated on or before the year's end that lists them; failing that,
    from what a later roster changed (the values it replaced); failing that, their record now.
    """
    found: dict[int, Placement] = {}
    applied = ImportBatch.status == ImportStatus.APPLIED
    for chunk in chunked(sorted(ids)):
        stmt = (
            select(RosterEntry.person_id, RosterEntry.campus_id, RosterEntry.position)
            .join(RosterSnapshot, RosterSnapshot.batch_id == RosterEntry.batch_id)
            .join(ImportBatch, ImportBatch.id == RosterEntry.batch_id)
            .where(applied, RosterSnapshot.as_of <= year.end_date)
            .where(RosterEntry.person_id.in_(chunk))
            .order_by(RosterSnapshot.as_of, RosterEntry.batch_id)
        )
        for pid, campus, position in plain_rows(session, stmt):
            found[pid] = Placement(campus, position)  # the latest wins
    missing = [pid for pid in ids if pid not in found]
    for chunk in chunked(sorted(missing)):
        replaced = (
            select(ImportRow.person_id, ImportRow.before)
            .join(RosterSnapshot, RosterSnapshot.batch_id == ImportRow.batch_id)
            .join(ImportBatch, ImportBatch.id == ImportRow.batch_id)
            .where(applied, RosterSnapshot.as_of > year.end_date)
            .where(ImportRow.action == RowAction.CHANGED, ImportRow.person_id.in_(chunk))
            .order_by(RosterSnapshot.as_of.desc(), ImportRow.batch_id.desc())
        )
        for pid, before in plain_rows(session, replaced):
            restore = (before or {}).get("restore") or {}
            if pid is not None and "campus_id" in restore:
                found[pid] = Placement(restore.get("campus_id"), restore.get("position"))
    rest = [pid for pid in ids if pid not in found]
    for chunk in chunked(sorted(rest)):
        stmt2 = select(Person.id, Person.campus_id, Person.position).where(Person.id.in_(chunk))
        for pid, campus, position in plain_rows(session, stmt2):
            found[pid] = Placement(campus, position)
    return found


def classify(before: Placement, after: Placement | None) -> Outcome:
    """One person's outcome: not on the later roster is "left"; a new kind of position is
    "changed role" (whatever the campus); another campus is "moved"; else "stayed"."""
    if after is None:
        return Outcome.LEFT
    kind_before, kind_after = role_kind(before.position), role_kind(after.position)
    if kind_before is not None and kind_after is not None and kind_before != kind_after:
        return Outcome.CHANGED_ROLE
    if (
        before.campus_id is not None
        and after.campus_id is not None
        and before.campus_id != after.campus_id
    ):
        return Outcome.MOVED
    return Outcome.STAYED


def outcomes_on(
    session: Session,
    year: ProgramYear,
    ids: Iterable[int],
    on: dt.date,
    before: dict[int, Placement] | None = None,
    after: dt.date | None = None,
) -> tuple[RosterUsed | None, dict[int, PersonOutcome]]:
    """Each person's outcome on `on`, and the roster that said so (None: all unknown).

    `after` is the day the roster must be later than (the year's end unless given): a year-3
    follow-up needs a roster newer than the start of year 2."""
    people = sorted(set(ids))
    placed = before if before is not None else placements_during(session, year, people)
    roster = covering_roster(session, year, on, after)
    if roster is None:
        return None, {pid: PersonOutcome(pid, Outcome.UNKNOWN, placed[pid], None) for pid in people}
    later = _entries(session, roster.batch_id, people)
    result = {}
    for pid in people:
        listed = later.get(pid)
        result[pid] = PersonOutcome(pid, classify(placed[pid], listed), placed[pid], listed)
    return roster, result
