"""Mentor and staff training as the statute reads: two trainings before the year, more during it.

TEC §21.458(b): the rules on mentor qualifications "must require that to serve as a mentor a
teacher must: (1) complete a research-based mentor and induction training program approved by
the commissioner; (2) complete a mentor training program provided by the district; ...".
TEC §21.458(b-1): "A school district must provide training to mentor teachers and any appropriate
district and campus employees who work with the classroom teacher or supervise the classroom
teacher. The training must be completed by the mentor teacher and the district and campus
employees before the beginning of the school year. The district shall also provide supplemental
training to mentor teachers and employees during the school year."

The statute sets no number of supplemental hours: the pack holds the district's figure
(`supplemental_training_hours`). Each part reads the way a coordinator signs it:
"approved ✓ 2025-07-14; district ✓ 2025-08-01; supplemental 3 of 6 h ✗".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Enrollment,
    MentorProfile,
    MentorTraining,
    Person,
    ProgramYear,
    Role,
    TrainingKind,
)
from coordinator.errors import CoordinatorError
from coordinator.services import audit
from coordinator.services.shared.phrase import Day, Hours, joined, phrase
from coordinator.tools.names import display_name, name_sort_key
from coordinator.tools.sql_chunks import chunked, plain_rows

MET, NOT_MET = "✓", "✗"
KIND_WORDS = {
    TrainingKind.APPROVED: phrase("approved"),
    TrainingKind.DISTRICT: phrase("district"),
    TrainingKind.SUPPLEMENTAL: phrase("supplemental"),
}


@dataclass(frozen=True, slots=True)
class TrainingFact:
    """What the rules need of one training record."""

    kind: TrainingKind
    completed_on: dt.date
    minutes: int | None = None


@dataclass(frozen=True, slots=True)
class TrainingPart:
    """One part of the training requirement for one person: done or not, in words."""

    kind: TrainingKind
    done: bool
    text: str  # "approved ✓ 2025-07-14", "supplemental 3 of 6 h ✗"
    reason: str | None  # why not, the way an eligibility list says it (None when done)
    during_year: bool = False  # the supplemental part: it can still be done before the year ends


@dataclass(frozen=True, slots=True)
class TrainingStanding:
    parts: tuple[TrainingPart, ...]

    @property
    def met(self) -> bool:
        return all(p.done for p in self.parts)

    @property
    def summary(self) -> str:
        return joined("; ", (p.text for p in self.parts))

    @property
    def before_year_reasons(self) -> list[str]:
        """What keeps a mentor from being eligible at all: the trainings due before the year."""
        return [p.reason for p in self.parts if p.reason and not p.during_year]


def _before_year_part(
    kind: TrainingKind, facts: Sequence[TrainingFact], year_start: dt.date, *, also: bool = False
) -> TrainingPart:
    """`also`: the approved training also counts (a leader's (b-1) training may be either)."""
    # compared by identity: hashing an enum member into a set runs Python code, per record
    other = TrainingKind.APPROVED if also else kind
    days = sorted(f.completed_on for f in facts if f.kind is kind or f.kind is other)
    word = KIND_WORDS[kind]
    before = [d for d in days if d < year_start]
    if before:
        return TrainingPart(
            kind,
            True,
            phrase("{kind} {mark} {day}", kind=word, mark=MET, day=Day(before[-1])),
            None,
        )
    if days:
        return TrainingPart(
            kind,
            False,
            phrase(
                "{kind} {mark} {day}, after the year began",
                kind=word,
                mark=NOT_MET,
                day=Day(days[0]),
            ),
            _late_reason(kind, days[0]),
        )
    none = phrase("{kind} {mark} none recorded", kind=word, mark=NOT_MET)
    return TrainingPart(kind, False, none, _missing_reason(kind))


def _missing_reason(kind: TrainingKind) -> str:
    if kind is TrainingKind.APPROVED:
        return phrase("no mentor training recorded")  # the eligibility lists' words
    return phrase("no district mentor training recorded")


def _late_reason(kind: TrainingKind, day: dt.date) -> str:
    if kind is TrainingKind.APPROVED:
        return phrase(
            "mentor training not completed before the year began (completed {day})", day=Day(day)
        )
    return phrase(
        "district mentor training not completed before the year began (completed {day})",
        day=Day(day),
    )


def supplemental_minutes(facts: Iterable[TrainingFact], year_start: dt.date, until: dt.date) -> int:
    """Minutes of supplemental training from the year's first day to `until` (inclusive)."""
    return sum(
        f.minutes or 0
        for f in facts
        if f.kind is TrainingKind.SUPPLEMENTAL and year_start <= f.completed_on <= until
    )


def _supplemental_part(
    rules: Mapping[str, Any], facts: Sequence[TrainingFact], year_start: dt.date, until: dt.date
) -> TrainingPart | None:
    need = rules.get("supplemental_training_hours")
    if not need:
        return None
    got = supplemental_minutes(facts, year_start, until)
    done = got >= float(need) * 60
    reason = (
        None
        if done
        else phrase("supplemental training {got} of {need} hours", got=Hours(got), need=need)
    )
    return TrainingPart(
        TrainingKind.SUPPLEMENTAL,
        done,
        phrase(
            "supplemental {got} of {need} h {mark}",
            got=Hours(got),
            need=Hours(float(need) * 60),
            mark=MET if done else NOT_MET,
        ),
        reason,
        during_year=True,
    )


def mentor_standing(
    rules: Mapping[str, Any],
    facts: Sequence[TrainingFact],
    year_start: dt.date,
    until: dt.date,
) -> TrainingStanding:
    """A mentor's training: TEC §21.458(b)(1) the commissioner-approved training and (b)(2) the
    district's own, each completed before the year (`mentor_training_before_year`,
    `mentor_district_training_before_year`); (b-1) supplemental training during the year, up to
    `until` (`supplemental_training_hours`)."""
    parts: list[TrainingPart] = []
    if rules.get("mentor_training_before_year"):
        parts.append(_before_year_part(TrainingKind.APPROVED, facts, year_start))
    if rules.get("mentor_district_training_before_year"):
        parts.append(_before_year_part(TrainingKind.DISTRICT, facts, year_start))
    supplemental = _supplemental_part(rules, facts, year_start, until)
    if supplemental is not None:
        parts.append(supplemental)
    return TrainingStanding(tuple(parts))


def staff_standing(
    rules: Mapping[str, Any],
    facts: Sequence[TrainingFact],
    year_start: dt.date,
    until: dt.date,
) -> TrainingStanding:
    """A campus or district leader's training, TEC §21.458(b-1): "appropriate district and
    campus employees who work with the classroom teacher or supervise the classroom teacher"
    complete the district's training "before the beginning of the school year" (the approved
    training counts too), and supplemental training during it (`staff_training_before_year`)."""
    if not rules.get("staff_training_before_year"):
        return TrainingStanding(())
    parts = [_before_year_part(TrainingKind.DISTRICT, facts, year_start, also=True)]
    supplemental = _supplemental_part(rules, facts, year_start, until)
    if supplemental is not None:
        parts.append(supplemental)
    return TrainingStanding(tuple(parts))


# --- records ------------------------------------------------------------------------------------


def hours_to_minutes(hours: float | None) -> int | None:
    if hours is None:
        return None
    if hours < 0:
        raise CoordinatorError("Training hours cannot be negative.")
    if hours > 200:
        raise CoordinatorError("A training of more than 200 hours is not one training.")
    return round(hours * 60)


def record_training(
    session: Session,
    person_id: int,
    *,
    kind: TrainingKind,
    name: str,
    completed_on: dt.date,
    provider: str | None = None,
    minutes: int | None = None,
) -> MentorTraining:
    """Record one training a person completed (a mentor's or a leader's), audited."""
    from coordinator.services.cohorts.mentors import profile_for  # cohorts builds on compliance

    if not name.strip():
        raise CoordinatorError("A training needs a name.")
    if kind is TrainingKind.SUPPLEMENTAL and not minutes:
        raise CoordinatorError("A supplemental training needs its hours (they are counted).")
    profile = profile_for(session, person_id)
    training = MentorTraining(
        profile=profile,
        name=name.strip(),
        completed_on=completed_on,
        kind=kind,
        provider=(provider or "").strip() or None,
        minutes=minutes,
    )
    session.add(training)
    profile.version += 1  # a training is part of its profile: a concurrent save must notice
    session.flush()
    audit.record(
        session,
        "add",
        "mentor_training",
        training.id,
        after={
            "name": training.name,
            "completed_on": completed_on,
            "kind": kind.value,
            "provider": training.provider,
            "minutes": minutes,
        },
        person_id=person_id,
    )
    return training


def fact_of(row: MentorTraining) -> TrainingFact:
    return TrainingFact(TrainingKind(row.kind), row.completed_on, row.minutes)


def training_facts(
    session: Session, person_ids: Iterable[int] | None = None
) -> dict[int, list[TrainingFact]]:
    """Person id -> their training records (every person's when `person_ids` is None)."""
    query = select(
        MentorProfile.person_id,
        MentorTraining.kind,
        MentorTraining.completed_on,
        MentorTraining.minutes,
    ).join(MentorProfile, MentorProfile.id == MentorTraining.profile_id)
    found: dict[int, list[TrainingFact]] = defaultdict(list)
    if person_ids is None:
        chunks: Iterable[Sequence[int] | None] = [None]
    else:
        chunks = chunked(sorted(set(person_ids)))
    for chunk in chunks:
        wanted = query if chunk is None else query.where(MentorProfile.person_id.in_(chunk))
        for pid, kind, day, minutes in plain_rows(session, wanted):
            found[pid].append(TrainingFact(TrainingKind(kind), day, minutes))
    return found


def facts_by_profile(session: Session) -> dict[int, list[TrainingFact]]:
    """Profile id -> training records, for the pools that read profiles by id."""
    found: dict[int, list[TrainingFact]] = defaultdict(list)
    for profile_id, kind, day, minutes in plain_rows(
        session,
        select(
            MentorTraining.profile_id,
            MentorTraining.kind,
            MentorTraining.completed_on,
            MentorTraining.minutes,
        ),
    ):
        found[profile_id].append(TrainingFact(TrainingKind(kind), day, minutes))
    return found


# --- the year's training, for the report and the command line -----------------------------------


@dataclass(frozen=True)
class TrainingLine:
    person_id: int
    name: str
    employee_id: str
    role: str  # "Mentor", "Supervisor", "Appraiser", "Campus or district staff"
    standing: TrainingStanding


@dataclass(frozen=True)
class YearTraining:
    mentors: tuple[TrainingLine, ...]
    staff: tuple[TrainingLine, ...]
    supplemental_hours: float | None


def relevant_staff(session: Session, year: ProgramYear) -> dict[int, str]:
    """Person id -> why they are "relevant campus and district staff" this year: they supervise
    or appraise one of the year's mentees, or have a training record and are no mentor."""
    mentees = select(Enrollment.person_id).where(
        Enrollment.program_year_id == year.id, Enrollment.role == Role.MENTEE
    )
    mentors = set(
        session.scalars(
            select(Enrollment.person_id).where(
                Enrollment.program_year_id == year.id, Enrollment.role == Role.MENTOR
            )
        )
    )
    staff: dict[int, str] = {}
    for supervisor, appraiser in plain_rows(
        session, select(Person.supervisor_id, Person.appraiser_id).where(Person.id.in_(mentees))
    ):
        if supervisor is not None:
            staff.setdefault(supervisor, "Supervisor")
        if appraiser is not None and staff.get(appraiser) != "Supervisor":
            staff[appraiser] = "Appraiser"
    trained = session.scalars(
        select(MentorProfile.person_id)
        .join(MentorTraining, MentorTraining.profile_id == MentorProfile.id)
        .where(
            MentorTraining.completed_on <= year.end_date,
            MentorTraining.completed_on > year.start_date - dt.timedelta(days=400),
        )
        .distinct()
    )
    for pid in trained:
        staff.setdefault(pid, "Campus or district staff")
    return {pid: why for pid, why in staff.items() if pid not in mentors}


def year_training(session: Session, year: ProgramYear, until: dt.date) -> YearTraining:
    """Every mentor of the year and every relevant leader, with each part of their training."""
    rules = year.program.rule_pack.rules
    mentor_ids = set(
        session.scalars(
            select(Enrollment.person_id).where(
                Enrollment.program_year_id == year.id, Enrollment.role == Role.MENTOR
            )
        )
    )
    staff = relevant_staff(session, year)
    facts = training_facts(session, mentor_ids | set(staff))
    people = _people(session, mentor_ids | set(staff))
    day = min(until, year.end_date)

    def line(pid: int, role: str, standing: TrainingStanding) -> TrainingLine:
        name, employee_id, _key = people[pid]
        return TrainingLine(pid, name, employee_id, role, standing)

    def order(lines: Iterable[TrainingLine]) -> tuple[TrainingLine, ...]:
        return tuple(sorted(lines, key=lambda t: (people[t.person_id][2], t.person_id)))

    mentors = order(
        line(pid, "Mentor", mentor_standing(rules, facts.get(pid, []), year.start_date, day))
        for pid in mentor_ids
        if pid in people
    )
    leaders = order(
        line(pid, why, staff_standing(rules, facts.get(pid, []), year.start_date, day))
        for pid, why in staff.items()
        if pid in people
    )
    need = rules.get("supplemental_training_hours")
    return YearTraining(
        mentors=mentors,
        staff=leaders if rules.get("staff_training_before_year") else (),
        supplemental_hours=float(need) if need else None,
    )


def _people(session: Session, ids: set[int]) -> dict[int, tuple[str, str, str]]:
    found: dict[int, tuple[str, str, str]] = {}
    for chunk in chunked(sorted(ids)):
        for pid, first, preferred, last, employee_id in plain_rows(
            session,
            select(
                Person.id,
                Person.first_name,
                Person.preferred_name,
                Person.last_name,
                Person.employee_id,
            ).where(Person.id.in_(chunk)),
        ):
            found[pid] = (
                display_name(first=first, preferred=preferred, last=last),
                employee_id or "",
                name_sort_key(first=first, preferred=preferred, last=last),
            )
    return found
