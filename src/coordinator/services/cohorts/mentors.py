"""Mentors: their profile, their caseload against capacity, and eligibility under the rule pack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    MentorProfile,
    MentorTraining,
    Person,
    PersonStatus,
    ProgramYear,
    TrainingKind,
)
from coordinator.errors import CoordinatorError, NotFoundError
from coordinator.services import audit
from coordinator.services.compliance import training
from coordinator.services.compliance.packs import rule_on
from coordinator.services.compliance.training import TrainingFact
from coordinator.services.programs.programs import reference_day
from coordinator.services.programs.year_choices import year_label_of
from coordinator.services.shared.phrase import phrase

PROFILE_FIELDS = ("years_experience", "teaches_six_hours", "capacity", "notes")
PRIVATE_FIELDS = ("notes",)  # free text: the audit log says it changed, never what it says
_UNSET: Any = object()


@dataclass(frozen=True)
class Eligibility:
    """Whether a mentor may take (another) mentee this year, and why not."""

    eligible: bool
    reasons: list[str] = field(default_factory=list)
    load: int = 0
    capacity: int | None = None

    @property
    def summary(self) -> str:
        return "eligible" if self.eligible else "; ".join(self.reasons)


@dataclass(frozen=True)
class MentorProfileView:
    person_id: int
    years_experience: int | None
    teaches_six_hours: bool
    capacity: int | None
    trainings: list[tuple[str, dt.date]]
    notes: str


# --- profile ------------------------------------------------------------------------------------


def profile_for(session: Session, person_id: int) -> MentorProfile:
    """The person's mentor profile, created empty the first time it is needed."""
    profile = session.scalar(select(MentorProfile).where(MentorProfile.person_id == person_id))
    if profile is None:
        if session.get(Person, person_id) is None:
            raise NotFoundError("That person no longer exists.")
        profile = MentorProfile(person_id=person_id, teaches_six_hours=False, notes="")
        session.add(profile)
        session.flush()
    return profile


def mentor_profile(session: Session, person_id: int) -> MentorProfileView:
    profile = session.scalar(select(MentorProfile).where(MentorProfile.person_id == person_id))
    if profile is None:
        return MentorProfileView(person_id, None, False, None, [], "")
    return MentorProfileView(
        person_id=person_id,
        years_experience=profile.years_experience,
        teaches_six_hours=profile.teaches_six_hours,
        capacity=profile.capacity,
        trainings=[(t.name, t.completed_on) for t in profile.trainings],
        notes=profile.notes,
    )


def edit_mentor_profile(
    session: Session,
    person_id: int,
    *,
    years_experience: int | None = _UNSET,
    teaches_six_hours: bool = _UNSET,
    capacity: int | None = _UNSET,
    notes: str = _UNSET,
) -> MentorProfile:
    """Change the fields given (leave out a field to keep it); the fields that changed are audited
    with before and after (the notes only as changed), and an edit that changes nothing is not."""
    profile = profile_for(session, person_id)
    before = audit.snapshot(profile, PROFILE_FIELDS)
    if years_experience is not _UNSET:
        if years_experience is not None and years_experience < 0:
            raise CoordinatorError("Years of experience cannot be negative.")
        profile.years_experience = years_experience
    if capacity is not _UNSET:
        if capacity is not None and capacity < 0:
            raise CoordinatorError("Capacity cannot be negative.")
        profile.capacity = capacity
    if teaches_six_hours is not _UNSET:
        profile.teaches_six_hours = bool(teaches_six_hours)
    if notes is not _UNSET:
        profile.notes = notes
    session.flush()
    audit.record_edit(
        session,
        "edit",
        "mentor_profile",
        profile.id,
        before=before,
        after=audit.snapshot(profile, PROFILE_FIELDS),
        private=PRIVATE_FIELDS,
        person_id=person_id,
    )
    return profile


def add_training(
    session: Session,
    person_id: int,
    name: str,
    completed_on: dt.date,
    *,
    kind: TrainingKind = TrainingKind.APPROVED,
    provider: str | None = None,
    minutes: int | None = None,
) -> MentorTraining:
    """Record a training (by default the commissioner-approved mentor training), audited."""
    return training.record_training(
        session,
        person_id,
        kind=kind,
        name=name,
        completed_on=completed_on,
        provider=provider,
        minutes=minutes,
    )


# --- rules --------------------------------------------------------------------------------------


def caseload_capacity(
    rules: Mapping[str, Any], teaches_six_hours: bool, profile_capacity: int | None
) -> int | None:
    """The most mentees this mentor may carry: the pack's cap, lowered by the profile's capacity.

    Under the Texas pack a mentor who teaches six hours a day is capped at 2, others at 4; a local
    pack has no cap, so the profile's capacity (a district mentor's 35) decides. None = no limit.
    """
    cap = rules.get("caseload_cap")
    full_time_cap = rules.get("caseload_cap_full_time_teacher")
    if teaches_six_hours and full_time_cap is not None:
        cap = full_time_cap
    if cap is None:
        return profile_capacity
    if profile_capacity is None:
        return int(cap)
    return min(int(cap), profile_capacity)


def qualification_reasons(
    rules: Mapping[str, Any],
    years_experience: int | None,
    trainings: Sequence[TrainingFact],
    year_start: dt.date,
) -> list[str]:
    """Why a mentor does not meet the pack's mentor qualifications (empty when they do).

    The trainings are the two TEC §21.458(b)(1)-(2) asks for before the year (the
    commissioner-approved one and the district's own: services/compliance/training.py);
    supplemental training happens during the year and never stops an assignment.
    """
    reasons: list[str] = []
    min_years = rules.get("mentor_min_years_experience")
    if min_years:
        if years_experience is None:
            reasons.append(
                phrase("years of experience not recorded ({need} needed)", need=min_years)
            )
        elif years_experience < int(min_years):
            reasons.append(
                phrase(
                    "fewer than {need} years of experience ({years})",
                    need=min_years,
                    years=years_experience,
                )
            )
    standing = training.mentor_standing(rules, trainings, year_start, year_start)
    reasons += standing.before_year_reasons
    return reasons


APPRAISER_REASON = phrase("is the mentee's appraiser")
SUPERVISOR_REASON = phrase("is the mentee's supervisor")
LEFT_THE_DISTRICT = phrase("has left the district")


def supervision_reason(
    mentor_id: int,
    supervisor_id: int | None,
    appraiser_id: int | None,
    rules: Mapping[str, Any] | None = None,
) -> str | None:
    """Why the pack bars this mentor from this mentee's line of supervision, or None.

    The appraiser bar (`mentor_not_appraiser`) is 19 TAC §153.1011(a)(3): a mentor teacher "does
    not include an appraiser as defined by TEC, §21.351". No override lifts it. The supervisor bar
    (`mentor_not_supervisor`) is a district's own choice: the pack may turn it off, and while it
    is on an assignment may still be made with a recorded override reason. Both are on when the
    pack does not mention them.
    """
    rules = rules or {}
    if mentor_id == appraiser_id and rule_on(rules, "mentor_not_appraiser"):
        return APPRAISER_REASON
    if mentor_id == supervisor_id and rule_on(rules, "mentor_not_supervisor"):
        return SUPERVISOR_REASON
    return None


def load_counts(
    session: Session, year_id: int, day: dt.date, mentor_ids: Iterable[int] | None = None
) -> dict[int, int]:
    """Mentor id -> mentees assigned and not ended by `day` (upcoming assignments count too)."""
    query = (
        select(Assignment.mentor_id, func.count())
        .where(
            Assignment.program_year_id == year_id,
            Assignment.end_date.is_(None) | (Assignment.end_date > day),
        )
        .group_by(Assignment.mentor_id)
    )
    if mentor_ids is not None:
        query = query.where(Assignment.mentor_id.in_(list(mentor_ids)))
    return dict(session.execute(query).all())


def load_reason(load: int, capacity: int | None, *, adding: bool) -> str | None:
    if capacity is None:
        return None
    if load > capacity:
        return phrase("over the caseload cap ({load}/{capacity})", load=load, capacity=capacity)
    if adding and load >= capacity:
        return phrase("caseload full ({load}/{capacity})", load=load, capacity=capacity)
    return None


def eligibility(
    session: Session,
    mentor: Person,
    program_year: ProgramYear,
    mentee: Person | None = None,
    *,
    on: dt.date | None = None,
) -> Eligibility:
    """Evaluate the program's rule pack for this mentor (and this mentee, when given)."""
    rules = program_year.program.rule_pack.rules
    profile = mentor.mentor_profile
    reasons: list[str] = []
    if mentor.status == PersonStatus.LEFT:
        reasons.append(LEFT_THE_DISTRICT)
    reasons += qualification_reasons(
        rules,
        profile.years_experience if profile else None,
        [training.fact_of(t) for t in profile.trainings] if profile else [],
        program_year.start_date,
    )
    if mentee is not None:
        if mentee.id == mentor.id:
            reasons.append(phrase("cannot mentor themselves"))
        supervision = supervision_reason(
            mentor.id, mentee.supervisor_id, mentee.appraiser_id, rules
        )
        if supervision:
            reasons.append(supervision)
    capacity = caseload_capacity(
        rules,
        profile.teaches_six_hours if profile else False,
        profile.capacity if profile else None,
    )
    day = reference_day(program_year, on)
    load = load_counts(session, program_year.id, day, [mentor.id]).get(mentor.id, 0)
    already_theirs = mentee is not None and _is_assigned_to(
        session, program_year.id, mentee.id, mentor.id, day
    )
    over = load_reason(load, capacity, adding=mentee is not None and not already_theirs)
    if over:
        reasons.append(over)
    return Eligibility(eligible=not reasons, reasons=reasons, load=load, capacity=capacity)


def _is_assigned_to(
    session: Session, year_id: int, mentee_id: int, mentor_id: int, day: dt.date
) -> bool:
    return (
        session.scalar(
            select(Assignment.id).where(
                Assignment.program_year_id == year_id,
                Assignment.mentee_id == mentee_id,
                Assignment.mentor_id == mentor_id,
                Assignment.end_date.is_(None) | (Assignment.end_date > day),
            )
        )
        is not None
    )


def hard_refusal(reasons: Sequence[str]) -> str | None:
    """The reasons no override can lift: an appraiser never mentors the teachers they appraise
    (19 TAC §153.1011(a)(3)), nobody mentors themselves. A barred supervisor can be overridden."""
    for reason in reasons:
        if reason.startswith((APPRAISER_REASON, "cannot mentor")):
            return reason
    return None


@dataclass(frozen=True)
class MentorSummary:
    """What the mentor detail pane shows: the profile, and eligibility in the chosen year."""

    profile: MentorProfileView
    year_label: str | None
    eligibility: Eligibility | None


def mentor_summary(session: Session, person_id: int, year_id: int | None) -> MentorSummary:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("That person no longer exists.")
    year = session.get(ProgramYear, year_id) if year_id is not None else None
    return MentorSummary(
        profile=mentor_profile(session, person_id),
        year_label=year_label_of(year) if year else None,
        eligibility=eligibility(session, person, year) if year else None,
    )
