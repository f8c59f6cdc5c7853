"""The outcomes of a program year as plain data: what the CLI, workbook, report and Dashboard show.

Every figure for a group of fewer people than the small-group setting is marked hidden here, once,
so no view can forget to hide it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Campus, Person, ProgramYear, Role
from coordinator.services.outcomes import suppression
from coordinator.services.outcomes.dose import MEASURES, MenteeDose, mentee_doses
from coordinator.services.outcomes.retention import (
    KEPT,
    Outcome,
    PersonOutcome,
    RosterUsed,
    comparison_group,
    follow_up_date,
    outcomes_on,
    placements_during,
    year_people,
)
from coordinator.services.reporting.common import program_year
from coordinator.tools.sql_chunks import as_dict, chunked, plain_rows

SurveyChanges = Mapping[int, Decimal | None]
OUTCOMES = tuple(Outcome)  # iterating the enum itself is slow, and tallies run per group


@dataclass(frozen=True)
class Tally:
    """How many of a group had each outcome."""

    stayed: int = 0
    moved: int = 0
    changed_role: int = 0
    left: int = 0
    unknown: int = 0

    @classmethod
    def of(cls, outcomes: Iterable[Outcome]) -> Tally:
        found = list(outcomes)  # list.count compares by identity first: no enum hashing
        return cls(*(found.count(o) for o in OUTCOMES))

    def count(self, outcome: Outcome) -> int:
        return int(getattr(self, outcome.value))

    @property
    def total(self) -> int:
        return self.stayed + self.moved + self.changed_role + self.left + self.unknown

    @property
    def known(self) -> int:
        return self.total - self.unknown

    @property
    def kept(self) -> int:
        return sum(self.count(o) for o in KEPT)

    @property
    def kept_percent(self) -> Decimal | None:
        """Still in the district, as a whole percent of those whose outcome is known."""
        if not self.known:
            return None
        return (Decimal(100 * self.kept) / self.known).quantize(Decimal(1), ROUND_HALF_UP)

    @property
    def stayed_percent(self) -> Decimal | None:
        if not self.known:
            return None
        return (Decimal(100 * self.stayed) / self.known).quantize(Decimal(1), ROUND_HALF_UP)

    def line(self) -> str:
        return " ".join(f"{o.value}={self.count(o)}" for o in Outcome)


@dataclass(frozen=True)
class Group:
    """One group's outcomes (a band, a campus, the mentors), hidden when it is too small."""

    label: str
    tally: Tally
    shown: bool

    @property
    def size(self) -> int:
        return self.tally.total


@dataclass(frozen=True)
class DoseTable:
    key: str
    title: str
    how: str
    rows: tuple[Group, ...]


@dataclass(frozen=True)
class FollowUp:
    """The cohort on the first day of a later year (year 2, year 3)."""

    label: str
    on: dt.date
    roster: RosterUsed | None
    mentees: Group


@dataclass(frozen=True)
class MenteeRow:
    """One mentee's line in the workbook (their employee ID, never their name)."""

    person_id: int
    employee_id: str
    campus: str
    hours: Decimal
    assigned_on: dt.date | None
    survey_change: Decimal | None
    outcome: Outcome


@dataclass(frozen=True)
class CampusFigures:
    campus: str
    mentees: Group
    dose_tables: tuple[DoseTable, ...]


@dataclass(frozen=True)
class SurveyFigures:
    """Before/after survey change for the mentees who have one (from the surveys' pairing)."""

    paired: Group  # outcomes of the mentees with a change, hidden when too few
    average_change: Decimal | None  # None when hidden or no one answered both


@dataclass(frozen=True)
class OutcomesSummary:
    program: str
    year: str
    year_end: dt.date
    as_of: dt.date
    threshold: int
    roster: RosterUsed | None
    mentees: Group
    mentors: Group
    comparison: Group
    follow_ups: tuple[FollowUp, ...]
    dose_tables: tuple[DoseTable, ...]
    campuses: tuple[CampusFigures, ...]
    mentee_rows: tuple[MenteeRow, ...] = field(repr=False)
    survey: SurveyFigures | None

    @property
    def has_later_roster(self) -> bool:
        return self.roster is not None

    @property
    def hidden(self) -> str:
        return suppression.hidden_words(self.threshold)


def group(label: str, outcomes: Iterable[Outcome], limit: int) -> Group:
    tally = Tally.of(outcomes)
    return Group(label, tally, tally.total == 0 or tally.total >= limit)


def suppress_complements(rows: Sequence[Group]) -> tuple[Group, ...]:
    """Hide a second group when only one is hidden, so the total cannot give the hidden one away."""
    hidden = [r for r in rows if not r.shown]
    if len(hidden) != 1:
        return tuple(rows)
    others = [r for r in rows if r.shown and r.size > 0]
    if not others:
        return tuple(rows)
    smallest = min(others, key=lambda r: r.size)
    return tuple(Group(r.label, r.tally, False) if r is smallest else r for r in rows)


def dose_tables(
    doses: Sequence[MenteeDose],
    outcomes: Mapping[int, PersonOutcome],
    limit: int,
    bands: Mapping[int, tuple[str, ...]] | None = None,
) -> tuple[DoseTable, ...]:
    """A table per measure; `bands`: each mentee's band per measure, when worked out already."""
    found = bands if bands is not None else dose_bands(doses)
    tables = []
    for i, measure in enumerate(MEASURES):
        members: dict[str, list[Outcome]] = {band: [] for band in measure.bands}
        for dose in doses:
            pid = dose.person_id
            members[found[pid][i]].append(outcomes[pid].outcome)
        rows = [
            group(band, them, limit) if them else _empty(band) for band, them in members.items()
        ]
        tables.append(
            DoseTable(measure.key, measure.title, measure.how, suppress_complements(rows))
        )
    return tuple(tables)


def dose_bands(doses: Iterable[MenteeDose]) -> dict[int, tuple[str, ...]]:
    """Each mentee's band in every measure (in `MEASURES` order)."""
    return {d.person_id: tuple(m.band_of(d) for m in MEASURES) for d in doses}


@functools.cache
def _empty(label: str) -> Group:
    """A band nobody is in (shown: there is nothing to hide); campuses have many of these."""
    return Group(label, Tally(), True)


def _employee_ids(session: Session, ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in chunked(sorted(ids)):
        stmt = select(Person.id, Person.employee_id).where(Person.id.in_(chunk))
        found.update((pid, emp or "") for pid, emp in plain_rows(session, stmt))
    return found


def build_outcomes(
    session: Session,
    program_year_id: int,
    *,
    as_of: dt.date | None = None,
    survey_change: SurveyChanges | None = None,
    contacts: Mapping[int, tuple[int, int]] | None = None,
) -> OutcomesSummary:
    """The year's outcomes on `as_of` (default: the first day of the next program year), with
    each mentee's start-to-end survey change (default: the year's confidence surveys);
    `contacts`: each mentee's minutes and check-ins (`dose.mentee_contacts`) when known."""
    if survey_change is None:
        from coordinator.services.surveys.shifts import survey_changes

        survey_change = survey_changes(session, program_year_id)
        if all(change is None for change in survey_change.values()):
            survey_change = {}  # nobody answered both: the year has no survey change to show
    year: ProgramYear = program_year(session, program_year_id)
    limit = suppression.threshold(session)
    on = as_of or follow_up_date(session, year, 1)
    mentee_ids = year_people(session, year, Role.MENTEE)
    mentor_ids = year_people(session, year, Role.MENTOR)
    compare_ids = comparison_group(session, year)
    everyone = sorted({*mentee_ids, *mentor_ids, *compare_ids})
    placed = placements_during(session, year, everyone)
    roster, outcomes = outcomes_on(session, year, everyone, on, placed)

    def outcomes_of(ids: Iterable[int], found: Mapping[int, PersonOutcome]) -> list[Outcome]:
        return [found[pid].outcome for pid in ids]

    follow_ups = []
    previous: dt.date | None = None
    for n in (1, 2):
        day = follow_up_date(session, year, n)
        if day == on and previous is None:  # the same roster says the same of each mentee
            used, later = roster, outcomes
        else:
            used, later = outcomes_on(session, year, mentee_ids, day, placed, previous)
        previous = day
        follow_ups.append(
            FollowUp(
                f"Start of year {n + 1}", day, used,
                group("Mentees", outcomes_of(mentee_ids, later), limit),
            )
        )  # fmt: skip
    doses = mentee_doses(session, year, mentee_ids, placed, contacts)
    ordered = [doses[pid] for pid in mentee_ids]
    bands = dose_bands(ordered)
    names: dict[int | None, str] = as_dict(plain_rows(session, select(Campus.id, Campus.name)))
    by_campus: dict[str, list[MenteeDose]] = {}
    for dose in ordered:
        name = names.get(placed[dose.person_id].campus_id, "No campus")
        by_campus.setdefault(name, []).append(dose)
    campuses = tuple(
        CampusFigures(
            name,
            group(name, (outcomes[d.person_id].outcome for d in members), limit),
            dose_tables(members, outcomes, limit, bands),
        )
        for name, members in sorted(by_campus.items(), key=lambda kv: kv[0].casefold())
    )
    changes = survey_change or {}
    employee_ids = _employee_ids(session, mentee_ids)
    rows = tuple(
        MenteeRow(
            d.person_id,
            employee_ids.get(d.person_id, ""),
            names.get(placed[d.person_id].campus_id, ""),
            d.hours,
            d.assigned_on,
            changes.get(d.person_id),
            outcomes[d.person_id].outcome,
        )
        for d in sorted(ordered, key=lambda d: employee_ids.get(d.person_id, ""))
    )
    return OutcomesSummary(
        program=year.program.name,
        year=year.label,
        year_end=year.end_date,
        as_of=on,
        threshold=limit,
        roster=roster,
        mentees=group("Mentees", outcomes_of(mentee_ids, outcomes), limit),
        mentors=group("Mentors", outcomes_of(mentor_ids, outcomes), limit),
        comparison=group("New hires in no program", outcomes_of(compare_ids, outcomes), limit),
        follow_ups=tuple(follow_ups),
        dose_tables=dose_tables(ordered, outcomes, limit, bands),
        campuses=campuses,
        mentee_rows=rows,
        survey=_survey(changes, mentee_ids, outcomes, limit),
    )


def _survey(
    changes: SurveyChanges, mentee_ids: Sequence[int], outcomes: Mapping[int, PersonOutcome],
    limit: int,
) -> SurveyFigures | None:  # fmt: skip
    if not changes:
        return None
    paired = [pid for pid in mentee_ids if changes.get(pid) is not None]
    shown = group("Mentees with a survey change", (outcomes[p].outcome for p in paired), limit)
    values = [v for p in paired if (v := changes[p]) is not None]
    average = None
    if values and shown.shown:
        average = (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return SurveyFigures(shown, average)
