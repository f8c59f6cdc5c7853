"""Mentor profiles and enrollment as the window edits them: live eligibility, whole-form saves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Enrollment,
    EnrollmentStatus,
    MentorProfile,
    MentorTraining,
    Person,
    PersonStatus,
    Role,
    TrainingKind,
)
from coordinator.errors import CoordinatorError, NotFoundError
from coordinator.services import audit, stale_edits
from coordinator.services.cohorts import mentors
from coordinator.services.cohorts.mentors import Eligibility
from coordinator.services.compliance import training as training_rules
from coordinator.services.compliance.training import TrainingFact
from coordinator.services.programs import programs


class DraftTraining(NamedTuple):
    """One training row of the form: what it is, and the stored training it was opened from
    (None for a row added in the dialog), so an edited row keeps its record and its hours."""

    name: str
    completed_on: dt.date
    kind: TrainingKind = TrainingKind.APPROVED
    training_id: int | None = None
    minutes: int | None = None  # the hours a supplemental training counts for


TrainingRow = DraftTraining | tuple[str, dt.date]


def training_rows(draft: MentorDraft) -> list[DraftTraining]:
    """The draft's trainings as rows (a bare (name, date) is an approved training, no id)."""
    return [t if isinstance(t, DraftTraining) else DraftTraining(*t) for t in draft.trainings]


@dataclass(frozen=True)
class MentorDraft:
    """The mentor profile as the coordinator has filled it in, saved or not."""

    years_experience: int | None
    teaches_six_hours: bool
    capacity: int | None
    notes: str
    trainings: Sequence[TrainingRow]
    # The profile's version when the dialog read it: 0 while there is no profile yet.
    version: int | None = None


# What a coordinator calls each field another coordinator may have changed, in form order.
DRAFT_WORDS = {
    "years_experience": "the years of experience",
    "teaches_six_hours": "the teaching load",
    "capacity": "the capacity",
    "trainings": "the trainings",
    "notes": "the notes",
}


@dataclass(frozen=True)
class EnrollCandidate:
    """One person about to be enrolled, and what enrolling them will do."""

    person_id: int
    name: str
    employee_id: str | None
    state: str  # "new", "already", "returning" (withdrawn, made active again)
    note: str = ""


def person_name(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("That person no longer exists.")
    return person.display_name


def draft_problem(draft: MentorDraft) -> tuple[str, str] | None:
    """(field, why) for the first value a profile cannot hold; fields: 'years', 'capacity',
    'training<i>' for training row i."""
    if draft.years_experience is not None and draft.years_experience < 0:
        return "years", "Years of experience cannot be negative."
    if draft.capacity is not None and draft.capacity < 0:
        return "capacity", "Capacity cannot be negative."
    for row, training in enumerate(training_rows(draft)):
        if not training.name.strip():
            return f"training{row}", f"Training {row + 1} needs a name, or remove the row."
    return None


def eligibility_preview(
    session: Session, person_id: int, year_id: int, draft: MentorDraft
) -> Eligibility:
    """Eligibility in the year as if the profile were saved as drafted (nothing is written)."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("That person no longer exists.")
    year = programs.year_by_id(session, year_id)
    rules = year.program.rule_pack.rules
    reasons: list[str] = []
    if person.status == PersonStatus.LEFT:
        reasons.append(mentors.LEFT_THE_DISTRICT)
    reasons += mentors.qualification_reasons(
        rules, draft.years_experience, _draft_facts(session, person_id, draft), year.start_date
    )
    capacity = mentors.caseload_capacity(rules, draft.teaches_six_hours, draft.capacity)
    day = programs.reference_day(year)
    load = mentors.load_counts(session, year.id, day, [person_id]).get(person_id, 0)
    over = mentors.load_reason(load, capacity, adding=False)
    if over:
        reasons.append(over)
    return Eligibility(eligible=not reasons, reasons=reasons, load=load, capacity=capacity)


def _draft_facts(session: Session, person_id: int, draft: MentorDraft) -> list[TrainingFact]:
    """The drafted trainings as the rules see them: a row as the dialog shows it (its kind, date
    and hours), and a bare (name, date) row that matches a stored training, that record."""
    profile = session.scalar(select(MentorProfile).where(MentorProfile.person_id == person_id))
    rows = training_rows(draft)
    claimed = _claimed(list(profile.trainings) if profile else [], rows)
    facts = []
    for row, stored in zip(rows, claimed, strict=True):
        if stored is None:
            facts.append(TrainingFact(row.kind, row.completed_on, row.minutes))
        elif row.training_id is None:  # matched by name and date: the stored record as it is
            facts.append(training_rules.fact_of(stored))
        else:
            facts.append(TrainingFact(row.kind, row.completed_on, row.minutes))
    return facts


def _claimed(
    stored: list[MentorTraining], rows: list[DraftTraining]
) -> list[MentorTraining | None]:
    """The stored training each row stands for: the one it was opened from (its id), else, for a
    row without one, an unclaimed training of the same name and date; None for a new training."""
    by_id = {t.id: t for t in stored}
    taken = {row.training_id for row in rows if row.training_id in by_id}
    found: list[MentorTraining | None] = []
    for row in rows:
        if row.training_id is not None:
            found.append(by_id.get(row.training_id))
            continue
        same = next(
            (
                t
                for t in stored
                if t.id not in taken
                and (t.name, t.completed_on) == (row.name.strip(), row.completed_on)
            ),
            None,
        )
        if same is not None:
            taken.add(same.id)
        found.append(same)
    return found


def stored_draft(session: Session, person_id: int, *, for_saving: bool = False) -> MentorDraft:
    """The profile as stored, with its version: what the dialog opens with and compares to.

    `for_saving` locks the row until the transaction ends (PostgreSQL's FOR UPDATE; SQLite's
    write lock is held already): a save compares with the version it is about to write over,
    and no one else saves in between."""
    query = select(MentorProfile).where(MentorProfile.person_id == person_id)
    if for_saving:
        query = query.with_for_update().execution_options(populate_existing=True)
    profile = session.scalar(query)
    if profile is None:
        if session.get(Person, person_id) is None:
            raise NotFoundError("That person no longer exists.")
        return MentorDraft(None, False, None, "", [], version=0)
    return MentorDraft(
        years_experience=profile.years_experience,
        teaches_six_hours=profile.teaches_six_hours,
        capacity=profile.capacity,
        notes=profile.notes,
        trainings=[
            DraftTraining(t.name, t.completed_on, TrainingKind(t.kind), t.id, t.minutes)
            for t in profile.trainings
        ],
        version=profile.version,
    )


def save_mentor_draft(
    session: Session,
    person_id: int,
    draft: MentorDraft,
    *,
    opened: MentorDraft | None = None,
    overwrite: bool = False,
) -> None:
    """Save the whole profile: fields audited by `edit_mentor_profile`, trainings added, changed
    and removed one by one (each audited): a row opened from a stored training changes that
    record in place (its provider and hours kept), and an unchanged training keeps its row.

    `opened` is the profile as the dialog read it (`stored_draft`); when the stored one has moved
    on since, the save is refused with `ConcurrentEditError` naming what changed, unless
    `overwrite` (audited as such). A change of only the trainings raises the version too.
    """
    problem = draft_problem(draft)
    if problem:
        raise CoordinatorError(problem[1], field=problem[0])
    if opened is not None and opened.version is not None:
        current = stored_draft(session, person_id, for_saving=True)
        assert current.version is not None
        if current.version != opened.version:
            stale_edits.settle(
                session,
                "mentor_profile",
                mentors.profile_for(session, person_id).id,
                seen_version=opened.version,
                current_version=current.version,
                seen=vars(opened),
                current=vars(current),
                words=DRAFT_WORDS,
                overwrite=overwrite,
                person_id=person_id,
            )
    mentors.edit_mentor_profile(
        session,
        person_id,
        years_experience=draft.years_experience,
        teaches_six_hours=draft.teaches_six_hours,
        capacity=draft.capacity,
        notes=draft.notes,
    )
    profile = mentors.profile_for(session, person_id)
    rows = training_rows(draft)
    claimed = _claimed(list(profile.trainings), rows)
    kept = {t.id for t in claimed if t is not None}
    for training in list(profile.trainings):
        if training.id not in kept:
            _remove_training(session, person_id, training)
    for row, stored in zip(rows, claimed, strict=True):
        if stored is None:
            mentors.add_training(
                session, person_id, row.name.strip(), row.completed_on, kind=row.kind,
                minutes=row.minutes,
            )  # fmt: skip
        elif row.training_id is not None:
            _change_training(session, person_id, stored, row)
    session.flush()


def _change_training(
    session: Session, person_id: int, training: MentorTraining, row: DraftTraining
) -> None:
    """The row's name, kind, date and hours on the record it was opened from (audited when
    changed; its provider kept). A supplemental training without hours is refused."""
    now = (row.name.strip(), row.kind, row.completed_on, row.minutes)
    was = (training.name, TrainingKind(training.kind), training.completed_on, training.minutes)
    if was == now:
        return
    if row.kind is TrainingKind.SUPPLEMENTAL and not row.minutes:
        raise CoordinatorError(
            f"The supplemental training {row.name.strip()!r} needs its hours (they are counted)."
        )
    keys = ("name", "kind", "completed_on", "minutes")
    before = dict(zip(keys, (was[0], was[1].value, *was[2:]), strict=True))
    after = dict(zip(keys, (now[0], now[1].value, *now[2:]), strict=True))
    training.name, training.kind, training.completed_on, training.minutes = now
    audit.record(
        session, "edit", "mentor_training", training.id, before=before, after=after,
        person_id=person_id,
    )  # fmt: skip
    stale_edits.bump_version(training.profile)
    session.flush()


def _remove_training(session: Session, person_id: int, training: MentorTraining) -> None:
    audit.record(
        session,
        "remove",
        "mentor_training",
        training.id,
        before={"name": training.name, "completed_on": training.completed_on},
        person_id=person_id,
    )
    profile = training.profile
    session.delete(training)
    stale_edits.bump_version(profile)
    session.flush()


def enrollment_preview(
    session: Session, year_id: int, person_ids: Sequence[int], role: Role
) -> list[EnrollCandidate]:
    """Who enrolling these people in `role` would add, who is already enrolled, who returns."""
    wanted = list(dict.fromkeys(person_ids))
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(wanted)))}
    enrolled = {
        (e.person_id, e.role): e
        for e in session.scalars(
            select(Enrollment).where(
                Enrollment.program_year_id == year_id, Enrollment.person_id.in_(wanted)
            )
        )
    }
    other = Role.MENTEE if role == Role.MENTOR else Role.MENTOR
    rows = []
    for person_id in wanted:
        person = people.get(person_id)
        if person is None:
            continue
        mine = enrolled.get((person_id, role))
        if mine is None:
            state = "new"
        elif mine.status == EnrollmentStatus.ACTIVE:
            state = "already"
        else:
            state = "returning"
        theirs = enrolled.get((person_id, other))
        note = ""
        if theirs is not None and theirs.status == EnrollmentStatus.ACTIVE:
            note = f"also enrolled as a {other.value} this year"
        elif person.status == PersonStatus.LEFT:
            note = "has left the district"
        rows.append(
            EnrollCandidate(person_id, person.display_name, person.employee_id, state, note)
        )
    order = {"new": 0, "returning": 1, "already": 2}
    return sorted(rows, key=lambda r: (order[r.state], r.name.casefold()))
