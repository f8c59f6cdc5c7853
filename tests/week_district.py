"""A district with a known week: who has had no contact, who has not logged, who has no mentor.

On TODAY (2025-10-06, a Monday of the fall semester) under the Texas pack:
- Mentor Number1 (M001) has mentees Mentee01..03 Cohort1; a check-in with Mentee01 on Oct 1
  (private notes and next steps written), one with Mentee02 on Sep 1 (35 days: the long gap),
  none with Mentee03 (no contact yet since the Aug 11 assignment: 56 days).
- Mentor Number2 (M002) has Mentee01..02 Cohort2 and has logged nothing since Sep 15 (21 days).
- Newhire Unassigned (E900) was hired on Sep 1, has no mentor: past day 30.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.enums import CheckinKind
from coordinator.db.models import Checkin, CheckinAttendee, Enrollment, Person, Role
from district import District, build_district

TODAY = dt.date(2025, 10, 6)
SECRET_NOTE = "Confided-about-a-divorce"
SECRET_STEP = "Talk-to-the-principal-privately"


def _checkin(
    s: object, district: District, mentor: int, mentee: int, day: dt.date, minutes: int
) -> None:
    checkin = Checkin(
        program_year_id=district.year_id,
        mentor_id=mentor,
        occurred_on=day,
        kind=CheckinKind.ONE_TO_ONE,
        minutes=minutes,
        private_notes=SECRET_NOTE,
        next_steps=SECRET_STEP,
    )
    checkin.attendees.append(CheckinAttendee(mentee_id=mentee))
    s.add(checkin)  # type: ignore[attr-defined]


def build_week_district(db: Database) -> District:
    district = build_district(db, mentees_per_mentor=(3, 2))
    first, second = district.mentor_ids
    with db.transaction() as s:
        one = district.mentees[first]
        two = district.mentees[second]
        _checkin(s, district, first, one[0], dt.date(2025, 10, 1), 60)
        _checkin(s, district, first, one[1], dt.date(2025, 9, 1), 60)
        _checkin(s, district, second, two[0], dt.date(2025, 9, 15), 30)
        for person in s.scalars(select(Person)):
            person.email = f"{person.employee_id.lower()}@district.example"  # type: ignore[union-attr]
        newhire = Person(
            employee_id="E900",
            first_name="Newhire",
            last_name="Unassigned",
            hire_date=dt.date(2025, 9, 1),
            email="e900@district.example",
        )
        s.add(newhire)
        s.flush()
        s.add(
            Enrollment(
                program_year_id=district.year_id,
                person_id=newhire.id,
                role=Role.MENTEE,
                enrolled_on=dt.date(2025, 9, 1),
            )
        )
    return district
