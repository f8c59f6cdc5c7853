"""A small known district for the check-in tests: one program year, mentors, their mentees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator.db.engine import Database
from coordinator.db.models import (
    Assignment,
    Enrollment,
    MentorProfile,
    MentorTraining,
    Person,
    Program,
    ProgramYear,
    Role,
    Semester,
    Topic,
    TrainingKind,
)
from coordinator.services.compliance.packs import (
    LIBRARIAN_TOPICS,
    TEXAS_MPA,
    TEXAS_REQUIRED_TOPICS,
    ensure_builtin_packs,
)

YEAR_START = dt.date(2025, 8, 1)
YEAR_END = dt.date(2026, 6, 30)
FALL = (dt.date(2025, 8, 11), dt.date(2025, 12, 19))
SPRING = (dt.date(2026, 1, 6), dt.date(2026, 5, 29))


@dataclass
class District:
    program_id: int
    year_id: int
    mentor_ids: list[int] = field(default_factory=list)
    mentees: dict[int, list[int]] = field(default_factory=dict)  # mentor id -> mentee ids
    topic_ids: dict[str, int] = field(default_factory=dict)

    @property
    def mentee_ids(self) -> list[int]:
        return [m for ids in self.mentees.values() for m in ids]


def build_district(
    db: Database,
    *,
    pack: str = TEXAS_MPA,
    program: str = "Texas MPA",
    mentees_per_mentor: tuple[int, ...] = (3, 2),
    hire: dt.date = dt.date(2025, 8, 1),
    assigned: dt.date = FALL[0],
) -> District:
    with db.transaction() as s:
        packs = ensure_builtin_packs(s)
        prog = Program(name=program, rule_pack=packs[pack])
        year = ProgramYear(program=prog, label="2025-26", start_date=YEAR_START, end_date=YEAR_END)
        s.add_all([prog, year])
        s.add(Semester(program_year=year, name="Fall 2025", start_date=FALL[0], end_date=FALL[1]))
        s.add(
            Semester(
                program_year=year, name="Spring 2026", start_date=SPRING[0], end_date=SPRING[1]
            )
        )
        names = TEXAS_REQUIRED_TOPICS if pack == TEXAS_MPA else LIBRARIAN_TOPICS[:6]
        topics = [
            Topic(program=prog, name=n, required=pack == TEXAS_MPA, sort_order=i)
            for i, n in enumerate(names)
        ]
        s.add_all(topics)
        s.flush()
        district = District(prog.id, year.id, topic_ids={t.name: t.id for t in topics})
        for i, count in enumerate(mentees_per_mentor):
            mentor = Person(
                employee_id=f"M{i + 1:03d}", first_name="Mentor", last_name=f"Number{i + 1}"
            )
            s.add(mentor)
            s.flush()
            profile = MentorProfile(person_id=mentor.id, years_experience=8)
            s.add(profile)
            s.flush()
            for name, kind in (("TEA mentor training", TrainingKind.APPROVED),
                               ("District mentor orientation", TrainingKind.DISTRICT)):  # fmt: skip
                s.add(
                    MentorTraining(
                        profile_id=profile.id,
                        name=name,
                        completed_on=dt.date(2025, 6, 1),
                        kind=kind,
                    )
                )
            # the year's supplemental training (TEC §21.458(b-1)): the first in-service day
            s.add(MentorTraining(profile_id=profile.id, name="In-service: coaching cycles",
                                 completed_on=YEAR_START, kind=TrainingKind.SUPPLEMENTAL,
                                 minutes=6 * 60))  # fmt: skip
            s.add(Enrollment(program_year_id=year.id, person_id=mentor.id, role=Role.MENTOR))
            district.mentor_ids.append(mentor.id)
            district.mentees[mentor.id] = []
            for j in range(count):
                mentee = Person(
                    employee_id=f"E{i + 1}{j + 1:03d}",
                    first_name=f"Mentee{j + 1:02d}",
                    last_name=f"Cohort{i + 1}",
                    hire_date=hire,
                )
                s.add(mentee)
                s.flush()
                s.add(
                    Enrollment(
                        program_year_id=year.id,
                        person_id=mentee.id,
                        role=Role.MENTEE,
                        enrolled_on=hire,
                    )
                )
                s.add(
                    Assignment(
                        program_year_id=year.id,
                        mentee_id=mentee.id,
                        mentor_id=mentor.id,
                        start_date=assigned,
                    )
                )
                district.mentees[mentor.id].append(mentee.id)
    return district
