"""A district followed over three years of HR rosters, imported through the real roster importer.

Year 1 (2025-26, roster of 15 August 2025): twelve beginning teachers N01-N12 in a program with
two mentors, six new hires in no program (C01-C06) and three veterans. The 2026-27 roster
(10 August 2026, an .xlsx) and the 2027-28 roster (9 August 2027, a .csv) say who stayed.

Mentees, at the start of year 2:  stayed N01 N02 N03 N06 N11; moved N04 (Lamar -> Travis);
changed role N05 (Teacher -> Instructional Coach); left N07 N08 N09 N10 N12.
At the start of year 3, N03 and N06 have left too.
Mentors: M01 stayed, M02 moved. Comparison: C01 C02 stayed, C03-C06 left.
Dose: N01-N06 have 26 hours (13 group meetings of two hours), N07-N12 two hours (two one-hour
one-to-ones); N12 was hired 1 October and assigned 15 December (75 days), everyone else 14 days
after hire. M01 mentors N01-N10, M02 mentors N11 and N12.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from tests.importing.corpus import write_csv, write_xlsx

from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind, Person, Role
from coordinator.importing.roster.pipeline import apply_import, prepare_import
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.cohorts import assignments
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.programs import programs

HEADERS = ["Emp ID", "Last Name", "First Name", "Email", "Campus Name", "Position", "Hire Date"]
LAMAR, TRAVIS, CROCKETT = "Lamar Elementary", "Travis Middle", "Crockett High"
YEAR_START, YEAR_END = dt.date(2025, 8, 11), dt.date(2026, 5, 29)
ROSTER_1, ROSTER_2, ROSTER_3 = dt.date(2025, 8, 15), dt.date(2026, 8, 10), dt.date(2027, 8, 9)
HIRED = dt.date(2025, 8, 4)
ASSIGNED = dt.date(2025, 8, 18)
LATE_HIRE, LATE_ASSIGN = dt.date(2025, 10, 1), dt.date(2025, 12, 15)

MENTEE_CAMPUS = {
    **{f"N{n:02d}": LAMAR for n in range(1, 7)},
    **{f"N{n:02d}": TRAVIS for n in range(7, 11)},
    "N11": CROCKETT,
    "N12": CROCKETT,
}


def _row(emp: str, campus: str, position: str, hired: dt.date) -> list[Any]:
    email = f"{emp.lower()}@district.org"
    return [emp, f"Last{emp}", f"First{emp}", email, campus, position, hired]


def year_one_rows() -> list[list[Any]]:
    rows = [
        _row(emp, campus, "Teacher", LATE_HIRE if emp == "N12" else HIRED)
        for emp, campus in MENTEE_CAMPUS.items()
    ]
    rows += [_row("M01", LAMAR, "Teacher", dt.date(2010, 8, 1))]
    rows += [_row("M02", CROCKETT, "Teacher", dt.date(2012, 8, 1))]
    rows += [_row(f"C{n:02d}", TRAVIS, "Teacher", HIRED) for n in range(1, 7)]
    rows += [_row(f"V{n}", LAMAR, "Teacher", dt.date(2001, 8, 1)) for n in range(1, 4)]
    return rows


def year_two_rows() -> list[list[Any]]:
    kept = {"N01", "N02", "N03", "N04", "N05", "N06", "N11", "M01", "M02", "C01", "C02"}
    rows = []
    for row in year_one_rows():
        emp = row[0]
        if emp in kept or emp.startswith("V"):
            if emp == "N04":
                row[4] = TRAVIS
            if emp == "N05":
                row[5] = "Instructional Coach"
            if emp == "M02":
                row[4] = TRAVIS
            rows.append(row)
    rows.append(_row("N20", LAMAR, "Teacher", dt.date(2026, 8, 3)))  # next year's new hire
    return rows


def year_three_rows() -> list[list[Any]]:
    return [row for row in year_two_rows() if row[0] not in {"N03", "N06"}]


@dataclass
class OutcomeDistrict:
    db: Database
    folder: Path
    year_id: int = 0
    ids: dict[str, int] = field(default_factory=dict)

    def import_roster(self, name: str, rows: list[list[Any]], on: dt.date) -> int:
        path = self.folder / name
        if name.endswith(".xlsx"):
            write_xlsx(path, HEADERS, rows)
        else:
            write_csv(path, HEADERS, rows)
        # The rosters write US dates (08/04/2025), which could be either order: say which.
        prepared = prepare_import(self.db, path, date_order="mdy")
        _, result = apply_import(self.db, prepared, roster_date=on)
        assert result.batch_id is not None
        return result.batch_id

    def year_two(self) -> int:
        return self.import_roster("roster-2026-27.xlsx", year_two_rows(), ROSTER_2)

    def year_three(self) -> int:
        return self.import_roster("roster-2027-28.csv", year_three_rows(), ROSTER_3)


def build_outcome_district(db: Database, folder: Path) -> OutcomeDistrict:
    """Year 1's roster imported, the program year set up with assignments and check-ins."""
    district = OutcomeDistrict(db, folder)
    district.import_roster("roster-2025-26.csv", year_one_rows(), ROSTER_1)
    with db.transaction() as session:
        district.ids = {
            emp: pid for pid, emp in session.execute(select(Person.id, Person.employee_id))
        }
        ids = district.ids
        program = programs.create_program(session, "Beginning Teachers", rule_pack=LOCAL_PROGRAM)
        year = programs.create_year(session, program, "2025-26", YEAR_START, YEAR_END)
        district.year_id = year.id
        mentees = [ids[e] for e in MENTEE_CAMPUS]
        programs.enroll(session, year, [ids["M01"], ids["M02"]], Role.MENTOR)
        programs.enroll(session, year, mentees, Role.MENTEE)
        for emp in MENTEE_CAMPUS:
            mentor = ids["M02"] if emp in {"N11", "N12"} else ids["M01"]
            start = LATE_ASSIGN if emp == "N12" else ASSIGNED
            assignments.assign(session, year, ids[emp], mentor, start=start)
        heavy = tuple(ids[f"N{n:02d}"] for n in range(1, 7))
        for week in range(13):
            day = dt.date(2025, 9, 1) + dt.timedelta(weeks=week)
            add_checkin(
                session,
                CheckinInput(year.id, ids["M01"], day, CheckinKind.GROUP, 120, heavy),
            )
        for emp in [f"N{n:02d}" for n in range(7, 13)]:
            mentor = ids["M02"] if emp in {"N11", "N12"} else ids["M01"]
            days = (
                (dt.date(2026, 1, 12), dt.date(2026, 2, 9))
                if emp == "N12"
                else (dt.date(2025, 9, 15), dt.date(2025, 10, 13))
            )
            for day in days:
                add_checkin(
                    session,
                    CheckinInput(year.id, mentor, day, CheckinKind.ONE_TO_ONE, 60, (ids[emp],)),
                )
    return district
