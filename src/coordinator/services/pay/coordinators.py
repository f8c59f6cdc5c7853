"""Campus coordinators: the person who coordinates the program on a campus in a program year,
and what pay rules with the "campus_coordinator" role owe them.

A campus coordinator is paid `campus_coordinator_cents` each period for a campus that had at
least `campus_coordinator_min_mentees` mentees assigned in the period (a mentee counts for the
campus the roster gives them). Someone who is also a mentor gets one line with both amounts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Campus, CampusCoordinator, Person, ProgramYear
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services import audit
from coordinator.services.pay.money import money
from coordinator.tools.names import display_name
from coordinator.tools.text import count_of


@dataclass(frozen=True)
class CoordinatorLine:
    campus_id: int
    campus: str
    person_id: int
    name: str
    employee_id: str


def set_campus_coordinator(session: Session, year_id: int, campus_id: int, person_id: int) -> None:
    """Mark `person_id` as the campus's coordinator for the year (replacing one; audited)."""
    if session.get(ProgramYear, year_id) is None:
        raise NotFoundError(f"There is no program year with id {year_id}.")
    campus = session.get(Campus, campus_id)
    if campus is None:
        raise NotFoundError(f"There is no campus with id {campus_id}.")
    if session.get(Person, person_id) is None:
        raise NotFoundError(f"There is no person with id {person_id}.")
    row = session.scalar(
        select(CampusCoordinator).where(
            CampusCoordinator.program_year_id == year_id, CampusCoordinator.campus_id == campus_id
        )
    )
    before = None if row is None else {"campus": campus.name, "person_id": row.person_id}
    if row is None:
        row = CampusCoordinator(program_year_id=year_id, campus_id=campus_id, person_id=person_id)
        session.add(row)
    elif row.person_id == person_id:
        return
    row.person_id = person_id
    session.flush()
    audit.record(
        session, "campus_coordinator.set", "campus_coordinator", row.id,
        before=before,
        after={"campus_id": campus_id, "campus": campus.name, "person_id": person_id},
        person_id=person_id,
    )  # fmt: skip


def remove_campus_coordinator(session: Session, year_id: int, campus_id: int) -> None:
    """The campus has no coordinator for the year any more (audited)."""
    row = session.scalar(
        select(CampusCoordinator).where(
            CampusCoordinator.program_year_id == year_id, CampusCoordinator.campus_id == campus_id
        )
    )
    if row is None:
        raise RefusedError("This campus has no campus coordinator this year: nothing to remove.")
    campus = session.get(Campus, campus_id)
    before = {
        "campus_id": campus_id,
        "campus": campus.name if campus else "",
        "person_id": row.person_id,
    }
    row_id, person_id = row.id, row.person_id
    session.delete(row)
    session.flush()
    audit.record(
        session, "campus_coordinator.remove", "campus_coordinator", row_id,
        before=before, person_id=person_id,
    )  # fmt: skip


def campus_coordinators(session: Session, year_id: int) -> list[CoordinatorLine]:
    """The year's campus coordinators, by campus name."""
    rows = session.execute(
        select(
            Campus.id, Campus.name, Person.id, Person.first_name, Person.preferred_name,
            Person.last_name, Person.employee_id,
        )
        .join(CampusCoordinator, CampusCoordinator.campus_id == Campus.id)
        .join(Person, Person.id == CampusCoordinator.person_id)
        .where(CampusCoordinator.program_year_id == year_id)
        .order_by(Campus.name)
    )  # fmt: skip
    return [
        CoordinatorLine(
            cid, campus, pid, display_name(first=first, preferred=pref, last=last), eid or ""
        )
        for cid, campus, pid, first, pref, last, eid in rows
    ]


@dataclass(frozen=True)
class CoordinatorPay:
    """What one person earns as coordinator of their campuses in a period, and why."""

    person_id: int
    amount_cents: int
    reason: str
    missing: str


def coordinator_pay(
    session: Session,
    year_id: int,
    mentees_in_period: set[int],
    per_campus_cents: int,
    min_mentees: int,
) -> dict[int, CoordinatorPay]:
    """Each campus coordinator's amount for a period from the campuses' mentees assigned in it."""
    lines = campus_coordinators(session, year_id)
    if not lines:
        return {}
    campus_of = dict(
        session.execute(
            select(Person.id, Person.campus_id).where(Person.id.in_(mentees_in_period))
        ).all()
    )
    found: dict[int, CoordinatorPay] = {}
    for line in lines:
        n = sum(1 for m in mentees_in_period if campus_of.get(m) == line.campus_id)
        assigned = f"{count_of(n, 'mentee')} assigned in the period"
        if n >= min_mentees:
            amount, missing = per_campus_cents, ""
            words = f"campus coordinator of {line.campus} ({assigned}): {money(amount)}"
        else:
            amount = 0
            missing = f"campus coordinator of {line.campus}: {assigned}, needs {min_mentees}"
            words = f"not paid as {missing}"
        had = found.get(line.person_id)
        if had is None:
            found[line.person_id] = CoordinatorPay(line.person_id, amount, words, missing)
        else:
            found[line.person_id] = replace(
                had,
                amount_cents=had.amount_cents + amount,
                reason=f"{had.reason}; {words}",
                missing="; ".join(x for x in (had.missing, missing) if x),
            )
    return found
