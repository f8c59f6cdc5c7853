"""How a program year is named and listed wherever a coordinator picks one.

The toolbar, the import wizard, the enroll dialog, page titles and the CLI all call a year
"Teacher Induction 2025-26" (`program_year_label`) and list years in the same order.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Program, ProgramYear


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
