"""Finding programs, program years and people by the names and IDs a coordinator types."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import Person, Program, ProgramYear
from coordinator.errors import NotFoundError


def program_by_name(session: Session, name: str) -> Program:
    program = session.scalar(
        select(Program).where(func.lower(Program.name) == name.strip().lower())
    )
    if program is None:
        known = ", ".join(session.scalars(select(Program.name).order_by(Program.name))) or "none"
        raise NotFoundError(f"There is no program named {name!r} (programs: {known}).")
    return program


def program_year_by_names(session: Session, program_name: str, year_label: str) -> ProgramYear:
    program = program_by_name(session, program_name)
    year = session.scalar(
        select(ProgramYear).where(
            ProgramYear.program_id == program.id, ProgramYear.label == year_label.strip()
        )
    )
    if year is None:
        labels = ", ".join(y.label for y in program.years) or "none"
        raise NotFoundError(
            f"Program {program.name!r} has no year {year_label!r} (years: {labels})."
        )
    return year


def person_by_employee_id(session: Session, employee_id: str) -> Person:
    person = session.scalar(select(Person).where(Person.employee_id == employee_id.strip()))
    if person is None:
        raise NotFoundError(f"No person has employee ID {employee_id!r}.")
    return person
