"""The demo district's campuses and staff roster, as rows ready for a bulk insert."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from coordinator.db.models import CampusLevel, PersonStatus
from coordinator.demo.names import NameMaker, campus_names, email, phone
from coordinator.demo.plan import ROSTER_LOADED_AT, ScalePlan

REGIONS = ("North", "South", "East", "West", "Central")
LEVELS = (CampusLevel.ELEMENTARY, CampusLevel.MIDDLE, CampusLevel.HIGH)
SUBJECTS = {
    CampusLevel.ELEMENTARY: ["All subjects"] * 6
    + ["Bilingual (Spanish)", "Bilingual (Spanish)", "Special Education", "Music", "Art"]
    + ["Physical Education"],
    CampusLevel.MIDDLE: [
        "Mathematics",
        "English Language Arts",
        "Science",
        "Social Studies",
        "Spanish",
        "Special Education",
        "Band",
        "Art",
        "Physical Education",
        "Computer Science",
    ],
    CampusLevel.HIGH: [
        "Algebra I",
        "Geometry",
        "English I",
        "English II",
        "Biology",
        "Chemistry",
        "Physics",
        "World History",
        "U.S. History",
        "Spanish",
        "Special Education",
        "Calculus",
        "Career and Technical Education",
        "Theatre Arts",
        "Physical Education",
    ],
}
GRADES = {
    CampusLevel.ELEMENTARY: ["Pre-K", "K", "1", "2", "3", "4", "5"],
    CampusLevel.MIDDLE: ["6", "7", "8", "6-8"],
    CampusLevel.HIGH: ["9", "10", "11", "12", "9-12"],
}
SPECIALS = {"Music", "Art", "Physical Education"}
TEACHER = "Teacher"
LIBRARIAN = "Librarian"
PRINCIPAL = "Principal"
ASSISTANT_PRINCIPAL = "Assistant Principal"
LIBRARY_COORDINATOR = "Library Services Coordinator"


@dataclass
class CampusInfo:
    id: int
    level: CampusLevel
    region: str
    principal_id: int
    assistant_id: int
    teachers: list[dict[str, Any]] = field(default_factory=list)
    librarians: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Roster:
    """Everything the later phases need to know about the district they are staffing."""

    campus_rows: list[dict[str, Any]]
    person_rows: list[dict[str, Any]]
    campuses: list[CampusInfo]
    library_coordinator: dict[str, Any]


class RosterMaker:
    """Builds campuses and people with ids assigned in Python (supervisors before their staff)."""

    def __init__(self, rng: random.Random, plan: ScalePlan) -> None:
        self.rng = rng
        self.plan = plan
        self.names = NameMaker(rng)
        total = sum(plan.campuses) * max(hi for _, hi in plan.staff.values()) + 20
        # Six-digit employee IDs as text; about one in ten starts with a zero (e.g. "004512").
        self.employee_ids = iter(rng.sample(range(1000, 1_000_000), total))
        self.person_rows: list[dict[str, Any]] = []
        self.roster: Roster

    def person(
        self,
        position: str,
        *,
        campus_id: int | None,
        supervisor_id: int | None,
        appraiser_id: int | None = None,
        hire_date: dt.date,
        subject: str | None = None,
        grade: str | None = None,
    ) -> dict[str, Any]:
        name = self.names.person()
        row = {
            "id": len(self.person_rows) + 1,
            "employee_id": f"{next(self.employee_ids):06d}",
            "first_name": name.first,
            "last_name": name.last,
            "preferred_name": name.preferred,
            "email": email(name.email_local),
            "phone": phone(self.rng) if self.rng.random() < 0.9 else None,
            "position": position,
            "subject": subject,
            "grade": grade,
            "campus_id": campus_id,
            "hire_date": hire_date,
            "years_experience": None,
            "supervisor_id": supervisor_id,
            "appraiser_id": appraiser_id if appraiser_id is not None else supervisor_id,
            "status": PersonStatus.ACTIVE,
            "left_on": None,
            "created_batch_id": None,
            "created_at": ROSTER_LOADED_AT,
            "updated_at": ROSTER_LOADED_AT,
            "version": 1,
        }
        self.person_rows.append(row)
        return row

    def veteran_hire_date(self, earliest: int = 1992) -> dt.date:
        year = self.rng.randint(earliest, 2024)
        return dt.date(year, 8, 1) + dt.timedelta(days=self.rng.randint(-20, 10))

    def build(self) -> Roster:
        rng = self.rng
        cao = self.person(
            "Chief Academic Officer",
            campus_id=None,
            supervisor_id=None,
            hire_date=self.veteran_hire_date(2005),
        )
        directors = {
            region: self.person(
                "Executive Director of Schools",
                campus_id=None,
                supervisor_id=cao["id"],
                hire_date=self.veteran_hire_date(2000),
            )["id"]
            for region in REGIONS
        }
        self.person(
            "Induction Coordinator",
            campus_id=None,
            supervisor_id=cao["id"],
            hire_date=self.veteran_hire_date(2010),
        )
        library_coordinator = self.person(
            LIBRARY_COORDINATOR,
            campus_id=None,
            supervisor_id=cao["id"],
            hire_date=dt.date(2008, 7, 28),
        )
        campus_rows: list[dict[str, Any]] = []
        campuses: list[CampusInfo] = []
        taken: set[str] = set()
        number = 101
        for level, count in zip(LEVELS, self.plan.campuses, strict=True):
            for name in campus_names(rng, level.value, count, taken):
                region = REGIONS[len(campus_rows) % len(REGIONS)]
                campus_id = len(campus_rows) + 1
                campus_rows.append(
                    {
                        "id": campus_id,
                        "code": f"{227901000 + number}",
                        "name": name,
                        "level": level,
                        "region": region,
                        "version": 1,
                    }
                )
                number += 1
                campuses.append(self.staff_campus(campus_id, level, region, directors[region]))
        self.roster = Roster(campus_rows, self.person_rows, campuses, library_coordinator)
        return self.roster

    def staff_campus(
        self, campus_id: int, level: CampusLevel, region: str, director_id: int
    ) -> CampusInfo:
        rng = self.rng
        principal = self.person(
            PRINCIPAL,
            campus_id=campus_id,
            supervisor_id=director_id,
            hire_date=self.veteran_hire_date(1995),
        )
        assistant = self.person(
            ASSISTANT_PRINCIPAL,
            campus_id=campus_id,
            supervisor_id=principal["id"],
            hire_date=self.veteran_hire_date(2003),
        )
        info = CampusInfo(campus_id, level, region, principal["id"], assistant["id"])
        lo, hi = self.plan.staff[level.value]
        size = rng.randint(lo, hi)
        support = [LIBRARIAN, "Counselor"]
        if level is not CampusLevel.ELEMENTARY or rng.random() < 0.5:
            support.append("Instructional Coach")
        if level is CampusLevel.HIGH:
            support.append("Counselor")
        for position in support:
            row = self.person(
                position,
                campus_id=campus_id,
                supervisor_id=principal["id"],
                hire_date=self.veteran_hire_date(),
            )
            if position == LIBRARIAN:
                info.librarians.append(row)
        for _ in range(max(size - 2 - len(support), 3)):
            # The principal supervises everyone; the assistant principal appraises about a third.
            appraiser = assistant["id"] if rng.random() < 0.33 else principal["id"]
            subject = rng.choice(SUBJECTS[level])
            grade = rng.choice(GRADES[level])
            if subject in SPECIALS and level is CampusLevel.ELEMENTARY:
                grade = "K-5"
            info.teachers.append(
                self.person(
                    TEACHER,
                    campus_id=campus_id,
                    supervisor_id=principal["id"],
                    appraiser_id=appraiser,
                    hire_date=self.veteran_hire_date(),
                    subject=subject,
                    grade=grade,
                )
            )
        return info
