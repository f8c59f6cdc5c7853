"""Enrolling the people of an import in a program year (the import's --enroll option)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from coordinator.db.models import Enrollment, EnrollmentStatus, Role
from coordinator.importing.roster.bulk import insert_rows, table_of
from coordinator.importing.roster.plan import ImportPlan

ENROLL_COLUMNS = (
    "program_year_id",
    "person_id",
    "role",
    "year_in_program",
    "status",
    "enrolled_on",
    "batch_id",
    "version",
)


@dataclass(frozen=True)
class EnrollTarget:
    """Enroll every imported person in this program year with this role."""

    program_year_id: int
    role: Role
    label: str = ""


def enroll_note(enroll: EnrollTarget | None) -> dict[str, Any] | None:
    if enroll is None:
        return None
    return {
        "program_year_id": enroll.program_year_id,
        "role": enroll.role.value,
        "label": enroll.label,
    }


def people_to_enroll(
    conn: Connection,
    plan: ImportPlan,
    enroll: EnrollTarget,
    new_ids: dict[int, int] | None = None,
) -> list[int]:
    """Everyone imported from the file who is not already enrolled in that year with that role."""
    people = [p.person_id for p in (*plan.changed, *plan.unchanged) if p.person_id is not None]
    if new_ids is not None:
        people.extend(new_ids.values())
    else:
        people.extend(-p.row for p in plan.new)  # placeholders: new people are never enrolled yet
    enrolled = set(
        conn.execute(
            select(Enrollment.person_id).where(
                Enrollment.program_year_id == enroll.program_year_id, Enrollment.role == enroll.role
            )
        ).scalars()
    )
    return [pid for pid in people if pid not in enrolled]


def enroll_people(
    conn: Connection, enroll: EnrollTarget, people: list[int], batch_id: int, today: dt.date
) -> None:
    rows = [
        (
            enroll.program_year_id,
            pid,
            enroll.role.value,
            1,
            EnrollmentStatus.ACTIVE.value,
            today,
            batch_id,
            1,
        )
        for pid in people
    ]
    insert_rows(conn, table_of(Enrollment), ENROLL_COLUMNS, rows, convert=("enrolled_on",))
