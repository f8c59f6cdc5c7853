"""How a program year is named and listed wherever a coordinator picks one.

The toolbar, the import wizard, the enroll dialog, page titles and the CLI all call a year
"Teacher Induction 2025-26" (`program_year_label`) and list years in the same order.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import Enrollment, EnrollmentStatus, Program, ProgramYear, Role


class ProgramYearChoice(NamedTuple):
    id: int
    label: str


def program_year_label(program: str, year: str) -> str:
    """A program year as the window and the CLI name it: "Teacher Induction 2025-26"."""
    return f"{program} {year}"


def year_label_of(year: ProgramYear) -> str:
    return program_year_label(year.program.name, year.label)


def program_year_choices(session: Session) -> list[ProgramYearChoice]:
    """Every program year, programs by name and each program's newest year first."""
    stmt = (
        select(ProgramYear.id, Program.name, ProgramYear.label)
        .join(Program, ProgramYear.program_id == Program.id)
        .order_by(Program.name, ProgramYear.start_date.desc(), ProgramYear.label.desc())
    )
    return [
        ProgramYearChoice(year_id, program_year_label(program, label))
        for year_id, program, label in session.execute(stmt)
    ]


def busiest_program_year(session: Session) -> int | None:
    """The year to open on: each program's newest year, the one with the most active mentees.

    Ties keep the order of `program_year_choices` (programs by name), so the choice is stable.
    """
    newest: dict[int, int] = {}
    stmt = select(ProgramYear.id, ProgramYear.program_id).order_by(
        ProgramYear.program_id, ProgramYear.start_date.desc(), ProgramYear.label.desc()
    )
    for year_id, program_id in session.execute(stmt):
        newest.setdefault(program_id, year_id)
    if not newest:
        return None
    mentees = dict(
        session.execute(
            select(Enrollment.program_year_id, func.count(Enrollment.id))
            .where(
                Enrollment.program_year_id.in_(newest.values()),
                Enrollment.role == Role.MENTEE,
                Enrollment.status == EnrollmentStatus.ACTIVE,
            )
            .group_by(Enrollment.program_year_id)
        ).all()
    )
    shown = set(newest.values())
    order = [year_id for year_id, _ in program_year_choices(session) if year_id in shown]
    return max(order, key=lambda year_id: mentees.get(year_id, 0))  # the first of equals
