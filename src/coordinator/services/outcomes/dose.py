"""Mentoring dose beside the outcome: hours, days from hire to a mentor, contacts, caseload, level.

Each mentee's dose is measured over the program year; a table puts the mentees into bands and
counts each band's outcomes. Bands are fixed so one year's table reads like the next year's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    Campus,
    CampusLevel,
    Checkin,
    CheckinAttendee,
    Enrollment,
    Person,
    ProgramYear,
    Role,
)
from coordinator.services.outcomes.retention import Placement
from coordinator.services.reporting.common import counted_kinds
from coordinator.tools.sql_chunks import as_dict, chunked, plain_rows

DAYS_PER_MONTH = Decimal("30.4375")  # 365.25 / 12


@dataclass(frozen=True)
class MenteeDose:
    """What one mentee received in the year."""

    person_id: int
    minutes: int
    contacts: int
    hire_date: dt.date | None
    assigned_on: dt.date | None  # the first assignment's start
    mentor_id: int | None  # the latest mentor
    caseload: int | None  # that mentor's mentees in the year
    campus_level: CampusLevel | None
    months: Decimal  # months from the first assignment (or the year's start) to the year's end

    @property
    def days_to_assignment(self) -> int | None:
        if self.hire_date is None or self.assigned_on is None:
            return None
        return max(0, (self.assigned_on - self.hire_date).days)

    @property
    def contacts_per_month(self) -> Decimal:
        return (Decimal(self.contacts) / max(self.months, Decimal(1))).quantize(Decimal("0.1"))

    @property
    def hours(self) -> Decimal:
        return (Decimal(self.minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def mentee_contacts(session: Session, year: ProgramYear) -> dict[int, tuple[int, int]]:
    """Mentee id -> minutes and check-ins attended in the year (the kinds the pack counts)."""
    rows = plain_rows(
        session,
        select(CheckinAttendee.mentee_id, func.sum(Checkin.minutes), func.count(Checkin.id))
        .join(Checkin, Checkin.id == CheckinAttendee.checkin_id)
        .where(Checkin.program_year_id == year.id, CheckinAttendee.present, counted_kinds(year))
        .group_by(CheckinAttendee.mentee_id),
    )
    return {pid: (int(m or 0), int(n or 0)) for pid, m, n in rows}


def mentee_doses(
    session: Session,
    year: ProgramYear,
    ids: Collection[int],
    placements: Mapping[int, Placement],
    contacts: Mapping[int, tuple[int, int]] | None = None,
) -> dict[int, MenteeDose]:
    """Each mentee's dose in the year, read in a few grouped queries; `contacts`: each
    mentee's (minutes, check-ins) as `mentee_contacts` gives them, when the caller has them."""
    contact = contacts if contacts is not None else mentee_contacts(session, year)
    first_start: dict[int, dt.date] = {}
    latest_mentor: dict[int, int] = {}
    caseloads: dict[int, set[int]] = {}
    for mentee, mentor_id, start in plain_rows(
        session,
        select(Assignment.mentee_id, Assignment.mentor_id, Assignment.start_date)
        .where(Assignment.program_year_id == year.id)
        .order_by(Assignment.start_date, Assignment.id),
    ):
        first_start.setdefault(mentee, start)
        latest_mentor[mentee] = mentor_id
        caseloads.setdefault(mentor_id, set()).add(mentee)
    hires: dict[int, dt.date | None] = {}
    for chunk in chunked(sorted(ids)):
        stmt = select(Person.id, Person.hire_date).where(Person.id.in_(chunk))
        hires.update(as_dict(plain_rows(session, stmt)))
    ended = as_dict(
        plain_rows(
            session,
            select(Enrollment.person_id, Enrollment.ended_on).where(
                Enrollment.program_year_id == year.id, Enrollment.role == Role.MENTEE
            ),
        )
    )
    levels = as_dict(plain_rows(session, select(Campus.id, Campus.level)))
    doses = {}
    for pid in ids:
        minutes, attended = contact.get(pid, (0, 0))
        mentor = latest_mentor.get(pid)
        start = first_start.get(pid, year.start_date)
        end = min(ended.get(pid) or year.end_date, year.end_date)
        months = Decimal(max((end - start).days, 0)) / DAYS_PER_MONTH
        campus = placements[pid].campus_id if pid in placements else None
        doses[pid] = MenteeDose(
            person_id=pid,
            minutes=minutes,
            contacts=attended,
            hire_date=hires.get(pid),
            assigned_on=first_start.get(pid),
            mentor_id=mentor,
            caseload=len(caseloads[mentor]) if mentor is not None else None,
            campus_level=levels.get(campus) if campus is not None else None,
            months=months,
        )
    return doses


@dataclass(frozen=True)
class DoseMeasure:
    """One way to band mentees: its title, how the bands are made, and their order."""

    key: str
    title: str
    how: str  # how the band is worked out, for the guide and the workbook
    bands: tuple[str, ...]
    band_of: Callable[[MenteeDose], str]


def _hours_band(dose: MenteeDose) -> str:
    hours = Decimal(dose.minutes) / 60
    if hours < 6:
        return "Under 6 hours"
    if hours < 12:
        return "6 to under 12 hours"
    if hours < 24:
        return "12 to under 24 hours"
    return "24 hours or more"


def _days_band(dose: MenteeDose) -> str:
    if dose.assigned_on is None:
        return "Never assigned"
    days = dose.days_to_assignment
    if days is None:
        return "No hire date"
    if days <= 30:
        return "Within 30 days"
    if days <= 60:
        return "31 to 60 days"
    return "More than 60 days"


def _contacts_band(dose: MenteeDose) -> str:
    rate = dose.contacts_per_month
    if rate < 1:
        return "Under 1 a month"
    if rate < 2:
        return "1 to under 2 a month"
    if rate < 4:
        return "2 to under 4 a month"
    return "4 or more a month"


def _caseload_band(dose: MenteeDose) -> str:
    load = dose.caseload
    if load is None:
        return "No mentor"
    if load == 1:
        return "1 mentee"
    if load == 2:
        return "2 mentees"
    if load <= 4:
        return "3 or 4 mentees"
    if load <= 9:
        return "5 to 9 mentees"
    return "10 or more mentees"


def _level_band(dose: MenteeDose) -> str:
    return dose.campus_level.value.capitalize() if dose.campus_level else "No campus"


MEASURES: tuple[DoseMeasure, ...] = (
    DoseMeasure(
        "hours",
        "Hours of mentoring",
        "Minutes of every check-in the mentee attended in the year (the kinds the rule pack "
        "counts), divided by 60.",
        ("Under 6 hours", "6 to under 12 hours", "12 to under 24 hours", "24 hours or more"),
        _hours_band,
    ),
    DoseMeasure(
        "days_to_mentor",
        "Days from hire to a mentor",
        "Days from the mentee's hire date to the start of their first assignment in the year "
        "(0 when assigned before the hire date).",
        (
            "Within 30 days",
            "31 to 60 days",
            "More than 60 days",
            "Never assigned",
            "No hire date",
        ),
        _days_band,
    ),
    DoseMeasure(
        "contacts",
        "Contacts per month",
        "Check-ins the mentee attended, divided by the months from their first assignment (or "
        "the year's start) to the year's end or the day they left the program (at least one).",
        ("Under 1 a month", "1 to under 2 a month", "2 to under 4 a month", "4 or more a month"),
        _contacts_band,
    ),
    DoseMeasure(
        "caseload",
        "Mentor's caseload",
        "How many mentees the mentee's latest mentor was assigned in the year.",
        (
            "1 mentee",
            "2 mentees",
            "3 or 4 mentees",
            "5 to 9 mentees",
            "10 or more mentees",
            "No mentor",
        ),
        _caseload_band,
    ),
    DoseMeasure(
        "campus_level",
        "Campus level",
        "The level (elementary, middle, high, other) of the campus the mentee worked on "
        "during the year.",
        ("Elementary", "Middle", "High", "Other", "No campus"),
        _level_band,
    ),
)


def banded(measure: DoseMeasure, doses: Sequence[MenteeDose]) -> dict[str, list[int]]:
    """Mentee ids per band, every band present (empty ones too), in the measure's order."""
    bands: dict[str, list[int]] = {band: [] for band in measure.bands}
    for dose in doses:
        bands[measure.band_of(dose)].append(dose.person_id)
    return bands
