"""The matching pool: unassigned mentees and the mentors of a year as arrays, told in words."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    Campus,
    Enrollment,
    EnrollmentStatus,
    MentorProfile,
    Person,
    PersonStatus,
    ProgramYear,
    Role,
)
from coordinator.services.cohorts.mentors import caseload_capacity, qualification_reasons
from coordinator.services.compliance.packs import rule_on
from coordinator.services.compliance.training import facts_by_profile
from coordinator.services.matching.roles import role_family
from coordinator.services.matching.solver import UNLIMITED, MatchPool, Side
from coordinator.services.programs.programs import reference_day
from coordinator.services.shared.phrase import joined, phrase
from coordinator.tools.names import display_name

PERSON_COLUMNS = (
    Person.id,
    Person.employee_id,
    Person.first_name,
    Person.preferred_name,
    Person.last_name,
    Person.position,
    Person.subject,
    Person.grade,
    Person.campus_id,
    Campus.level,
    Campus.region,
)


@dataclass(frozen=True)
class PersonRef:
    id: int
    employee_id: str | None
    name: str


@dataclass
class LoadedPool:
    """The pool plus what the arrays stand for, so results can be told in words."""

    pool: MatchPool
    mentees: list[PersonRef]
    mentors: list[PersonRef]
    mentor_reasons: list[list[str]]
    families: list[str]
    start_load: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.start_load = self.pool.load.copy()


class _Codes:
    """Text values to small integers; a blank stays -1 so it never counts as a match."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def __call__(self, value: object) -> int:
        text = str(value).strip().lower() if value is not None else ""
        if not text:
            return -1
        return self.values.setdefault(text, len(self.values))

    def names(self) -> list[str]:
        return list(self.values)


def _ref(row: Sequence[Any]) -> PersonRef:
    """(id, employee ID, first, preferred, last, ...) as a named reference."""
    return PersonRef(row[0], row[1], display_name(first=row[2], preferred=row[3], last=row[4]))


def _side(rows: Sequence[tuple[object, ...]], codes: dict[str, _Codes]) -> Side:
    def column(key: str, index: int) -> np.ndarray:
        return np.array([codes[key](r[index]) for r in rows], dtype=np.int32)

    return Side(
        ids=np.array([r[0] for r in rows], dtype=np.int64),
        campus=column("campus", 8),
        level=column("level", 9),
        region=column("region", 10),
        subject=column("subject", 6),
        grade=column("grade", 7),
        family=np.array(
            [codes["family"](role_family(str(r[5]) if r[5] else None)) for r in rows],
            dtype=np.int32,
        ),
    )


def load_pool(
    session: Session,
    year: ProgramYear,
    *,
    mentee_ids: Iterable[int] | None = None,
    allow_ineligible: bool = False,
    on: dt.date | None = None,
) -> LoadedPool:
    """Unassigned mentees (or the ones given) and the year's mentors, as arrays for the solver."""
    day = reference_day(year, on)
    rules = year.program.rule_pack.rules
    covered = select(Assignment.mentee_id).where(
        Assignment.program_year_id == year.id,
        Assignment.end_date.is_(None) | (Assignment.end_date > day),
    )
    enrolled = (
        select(*PERSON_COLUMNS, Person.supervisor_id, Person.appraiser_id)
        .join(Enrollment, Enrollment.person_id == Person.id)
        .outerjoin(Campus, Campus.id == Person.campus_id)
        .where(
            Enrollment.program_year_id == year.id,
            Enrollment.status == EnrollmentStatus.ACTIVE,
            Person.status == PersonStatus.ACTIVE,
        )
    )
    mentee_query = enrolled.where(Enrollment.role == Role.MENTEE, Person.id.not_in(covered))
    if mentee_ids is not None:
        mentee_query = mentee_query.where(Person.id.in_(list(mentee_ids)))
    mentee_rows = session.execute(mentee_query.order_by(Person.id)).all()
    mentor_rows = session.execute(
        enrolled.add_columns(
            MentorProfile.id,
            MentorProfile.years_experience,
            MentorProfile.teaches_six_hours,
            MentorProfile.capacity,
        )
        .outerjoin(MentorProfile, MentorProfile.person_id == Person.id)
        .where(Enrollment.role == Role.MENTOR)
        .order_by(Person.id)
    ).all()
    trainings = facts_by_profile(session)
    loads: dict[int, int] = defaultdict(int)
    for (mentor_id,) in session.execute(
        select(Assignment.mentor_id).where(
            Assignment.program_year_id == year.id,
            Assignment.end_date.is_(None) | (Assignment.end_date > day),
        )
    ):
        loads[mentor_id] += 1
    codes = {key: _Codes() for key in ("campus", "level", "region", "subject", "grade", "family")}
    mentees, mentors = _side(mentee_rows, codes), _side(mentor_rows, codes)
    reasons = [
        qualification_reasons(
            rules, r[14], trainings.get(r[13], []) if r[13] else [], year.start_date
        )
        for r in mentor_rows
    ]
    capacity = [caseload_capacity(rules, bool(r[15]), r[16]) for r in mentor_rows]
    index = {int(pid): i for i, pid in enumerate(mentors.ids)}
    # Match all never proposes a barred supervisor or the appraiser (19 TAC §153.1011(a)(3));
    # a coordinator may still assign a barred supervisor by hand with a recorded reason.
    bar_supervisor = rule_on(rules, "mentor_not_supervisor")
    bar_appraiser = rule_on(rules, "mentor_not_appraiser")
    forbidden = np.array(
        [
            [
                index.get(r[11], -1) if bar_supervisor else -1,
                index.get(r[12], -1) if bar_appraiser else -1,
                index.get(r[0], -1),
            ]
            for r in mentee_rows
        ],
        dtype=np.int64,
    ).reshape(len(mentee_rows), 3)
    pool = MatchPool(
        mentees=mentees,
        mentors=mentors,
        load=np.array([loads.get(r[0], 0) for r in mentor_rows], dtype=np.int64),
        capacity=np.array([UNLIMITED if c is None else c for c in capacity], dtype=np.int64),
        qualified=np.array([allow_ineligible or not r for r in reasons], dtype=np.bool_),
        forbidden=forbidden,
    )
    return LoadedPool(
        pool=pool,
        mentees=[_ref(r) for r in mentee_rows],
        mentors=[_ref(r) for r in mentor_rows],
        mentor_reasons=reasons,
        families=codes["family"].names(),
    )


# The match preference that rewards each shared attribute.
_WEIGHT_OF = {
    "campus": "same_campus",
    "level": "same_campus_level",
    "region": "same_region",
    "subject": "same_subject_or_grade",
    "grade": "same_subject_or_grade",
}


def shared_criteria(
    loaded: LoadedPool, mentee: int, mentor: int, weights: Mapping[str, float] | None = None
) -> tuple[str, ...]:
    """What the pair shares that the score rewards, in words ("same campus", "same subject");
    with `weights`, a preference weighted 0 (a pack that turned it off) is not a reward."""
    e, m = loaded.pool.mentees, loaded.pool.mentors

    def same(attr: str) -> bool:
        if weights is not None and not weights.get(_WEIGHT_OF[attr], 0):
            return False
        a, b = getattr(e, attr)[mentee], getattr(m, attr)[mentor]
        return bool(a >= 0 and a == b)

    parts = []
    if same("campus"):
        parts.append(SAME_CAMPUS)
    else:
        parts += [
            label
            for attr, label in (("level", SAME_CAMPUS_LEVEL), ("region", SAME_REGION))
            if same(attr)
        ]
    if same("subject"):
        parts.append(SAME_SUBJECT)
    if same("grade"):
        parts.append(SAME_GRADE)
    return tuple(parts)


SAME_CAMPUS = phrase("same campus")
SAME_CAMPUS_LEVEL = phrase("same campus level")
SAME_REGION = phrase("same region")
SAME_SUBJECT = phrase("same subject")
SAME_GRADE = phrase("same grade")
NOTHING_SHARED = phrase("no shared campus, level, subject or region")


def explain(
    loaded: LoadedPool,
    mentee: int,
    mentor: int,
    load_after: int,
    weights: Mapping[str, float] | None = None,
) -> str:
    """In words: "same campus, same subject; load 28/35"."""
    parts = shared_criteria(loaded, mentee, mentor, weights)
    capacity = int(loaded.pool.capacity[mentor])
    load = (
        phrase("load {load}/{capacity}", load=load_after, capacity=capacity)
        if capacity != UNLIMITED
        else phrase("load {load}", load=load_after)
    )
    shared = joined(", ", parts) if parts else NOTHING_SHARED
    return phrase("{shared}; {load}", shared=shared, load=load)


def no_mentor_reason(loaded: LoadedPool, mentee: int) -> str:
    """Why no mentor could be proposed for this mentee, in the coordinator's words."""
    pool = loaded.pool
    family_code = int(pool.mentees.family[mentee])
    family = loaded.families[family_code] if family_code >= 0 else ""
    fm = pool.mentors.family
    compatible = (fm == family_code) | (fm < 0) | (family_code < 0)
    if not compatible.any():
        if not family:
            return phrase("no mentor is enrolled this year")
        return phrase("no mentor in the {family} role family is enrolled this year", family=family)
    qualified = compatible & pool.qualified
    if not qualified.any():
        if not family:
            return phrase("every mentor is ineligible under the rule pack (override to use them)")
        return phrase(
            "every {family} mentor is ineligible under the rule pack (override to use them)",
            family=family,
        )
    allowed = qualified.copy()
    allowed[pool.forbidden[mentee][pool.forbidden[mentee] >= 0]] = False
    if not allowed.any():
        return phrase("the only eligible mentor is this mentee's supervisor or appraiser")
    if not family:
        return phrase("every eligible mentor is at capacity")
    return phrase("every eligible {family} mentor is at capacity", family=family)
