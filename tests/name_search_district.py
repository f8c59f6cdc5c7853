"""A small program year whose names need accent-, case- and word-order-free search."""

from __future__ import annotations

from cohort_builders import YEAR_START, make_year, person
from coordinator.db.engine import Database
from coordinator.db.models import Role
from coordinator.services.cohorts import assignments, mentors
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.programs import programs

MENTORS = {  # employee ID: (first, preferred, last)
    "M1": ("Zoë", None, "Björk"),
    "M2": ("Ana", None, "Björk"),
    "M3": ("Robert", "Bob", "Ávila"),
}
MENTEES = {  # employee ID: (first, preferred, last, mentor's employee ID or None)
    "E1": ("Liv", None, "Björk", "M1"),
    "E2": ("Ana", None, "Bjelke", "M2"),
    "E3": ("Thị Lan", "Lan", "Nguyễn", "M3"),
    "E4": ("Anders", None, "Björk", None),
    "E5": ("Ana", None, "Björnsdóttir", None),
    "E6": ("Siobhán", None, "O'Brien", None),
}


def build_search_district(db: Database) -> dict[str, int]:
    """Three mentors, three assigned and three unassigned mentees; ids by employee ID (+ year)."""
    ids: dict[str, int] = {}
    with db.transaction() as s:
        year = make_year(s, "Library cohort", LOCAL_PROGRAM)
        ids["year"] = year.id
        for emp, (first, preferred, last) in MENTORS.items():
            row = person(s, emp, first_name=first, preferred_name=preferred, last_name=last)
            mentors.edit_mentor_profile(s, row.id, years_experience=10, capacity=5)
            ids[emp] = row.id
        for emp, (first, preferred, last, _mentor) in MENTEES.items():
            row = person(s, emp, first_name=first, preferred_name=preferred, last_name=last)
            ids[emp] = row.id
        programs.enroll(s, year, [ids[e] for e in MENTORS], Role.MENTOR)
        programs.enroll(s, year, [ids[e] for e in MENTEES], Role.MENTEE)
        for emp, (*_name, mentor) in MENTEES.items():
            if mentor is not None:
                assignments.assign(s, year, ids[emp], ids[mentor], start=YEAR_START)
    return ids
