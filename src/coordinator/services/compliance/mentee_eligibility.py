"""Who may be a mentee: a beginning teacher, by years of experience, unless a recorded reason says.

19 TAC §153.1011(a)(1): "Beginning teacher--A classroom teacher in Texas who has less than two
years of teaching experience in the subject or grade level to which the teacher is assigned."
TEC §21.458(a) assigns a mentor "to each classroom teacher who has less than two years of
teaching experience in the subject or grade level to which the teacher is assigned".

The pack holds the threshold (`beginning_teacher_years_below`: 2); the roster import or the
command line holds each person's years. A mentee at or above it is flagged (out of compliance,
"Not met" once the year is over), never silently counted; the coordinator may keep them with a
recorded reason (a teacher new to the subject or grade is a beginning teacher there even with
years elsewhere), audited the way a mentor eligibility override is. Unknown years are not judged,
and the year-end report says who they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Enrollment, Person, ProgramYear, Role
from coordinator.errors import CoordinatorError, NotFoundError
from coordinator.services import audit
from coordinator.services.compliance.checks import Verdict
from coordinator.services.shared.phrase import Count, phrase
from coordinator.tools.names import display_name, name_sort_key
from coordinator.tools.sql_chunks import plain_rows

RULE_KEY = "beginning_teacher"
NOT_RECORDED = phrase("no years of experience recorded (import them with the roster, or set them)")
MAX_YEARS = 60


def threshold(rules: Mapping[str, Any]) -> int | None:
    """The years of experience a mentee must be below, or None when the pack has no such rule."""
    below = rules.get("beginning_teacher_years_below")
    return int(below) if below else None


@dataclass(frozen=True)
class MenteeEligibility:
    person_id: int
    name: str
    employee_id: str
    years: int | None
    below: int
    override: str | None

    @property
    def beginning_teacher(self) -> bool | None:
        """True or False by the years; None when they are not recorded."""
        return None if self.years is None else self.years < self.below

    @property
    def flagged(self) -> bool:
        return self.beginning_teacher is False and not self.override

    @property
    def words(self) -> str:
        if self.years is None:
            return NOT_RECORDED
        had = Count(self.years, "year")
        if self.years < self.below:
            return phrase("{had} of experience: a beginning teacher", had=had)
        if self.override:
            return phrase(
                "{had} of experience, kept by override: {why}", had=had, why=self.override
            )
        return phrase(
            "{had} of experience: not a beginning teacher (that is fewer than {below})",
            had=had,
            below=Count(self.below, "year"),
        )


def label(below: int) -> str:
    return phrase(
        "A beginning teacher (fewer than {below} of experience)", below=Count(below, "year")
    )


def check_beginning_teacher(
    verdict: Verdict, rules: Mapping[str, Any], years: int | None, override: str | None
) -> None:
    """Add the mentee's result under 19 TAC §153.1011(a)(1); nothing when years are unknown (the
    year-end report lists them as not judged) or the pack has no threshold."""
    below = threshold(rules)
    if below is None or years is None:
        return
    judged = MenteeEligibility(0, "", "", years, below, override)
    if judged.flagged:
        verdict.breach(RULE_KEY, label(below), judged.words)
    else:
        verdict.met(RULE_KEY, label(below), judged.words)


def year_mentees(
    session: Session, year: ProgramYear, *, overridden: bool = False
) -> list[MenteeEligibility]:
    """Every mentee enrolled in the year with their years and any override, by name
    (`overridden`: only those with an override recorded)."""
    below = threshold(year.program.rule_pack.rules)
    if below is None:
        return []
    query = (
        select(
            Person.id,
            Person.first_name,
            Person.preferred_name,
            Person.last_name,
            Person.employee_id,
            Person.years_experience,
            Enrollment.eligibility_override,
        )
        .join(Enrollment, Enrollment.person_id == Person.id)
        .where(Enrollment.program_year_id == year.id, Enrollment.role == Role.MENTEE)
    )
    if overridden:
        query = query.where(Enrollment.eligibility_override.is_not(None))
    rows = list(plain_rows(session, query))
    rows.sort(key=lambda r: (name_sort_key(first=r[1], preferred=r[2], last=r[3]), r[0]))
    return [
        MenteeEligibility(
            pid,
            display_name(first=first, preferred=preferred, last=last),
            employee_id or "",
            years,
            below,
            override,
        )
        for pid, first, preferred, last, employee_id, years, override in rows
    ]


def set_years_experience(session: Session, person_id: int, years: int | None) -> None:
    """Record a person's years of teaching experience (None = not known), audited."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("That person no longer exists.")
    if years is not None and not 0 <= years <= MAX_YEARS:
        raise CoordinatorError(f"Years of experience must be between 0 and {MAX_YEARS}.")
    if person.years_experience == years:
        return
    before = {"years_experience": person.years_experience}
    person.years_experience = years
    person.version += 1
    session.flush()
    audit.record(
        session,
        "edit",
        "person",
        person.id,
        before=before,
        after={"years_experience": years},
        person_id=person.id,
    )


def override_eligibility(
    session: Session, year: ProgramYear, person_id: int, reason: str | None
) -> None:
    """Keep a mentee who is not a beginning teacher, with the reason (None or "" removes it)."""
    enrollment = session.scalar(
        select(Enrollment).where(
            Enrollment.program_year_id == year.id,
            Enrollment.person_id == person_id,
            Enrollment.role == Role.MENTEE,
        )
    )
    if enrollment is None:
        raise NotFoundError("That person is not a mentee in this program year.")
    text = (reason or "").strip() or None
    if text is not None and len(text) < 10:
        raise CoordinatorError(
            "Say why this mentee is kept in a few words (at least 10 characters), "
            "for example that they are new to the subject or grade they teach."
        )
    if enrollment.eligibility_override == text:
        return
    before = {"eligibility_override": enrollment.eligibility_override}
    enrollment.eligibility_override = text
    enrollment.version += 1
    session.flush()
    audit.record(
        session,
        "override" if text else "edit",
        "enrollment",
        enrollment.id,
        before=before,
        after={"eligibility_override": text},
        person_id=person_id,
    )
