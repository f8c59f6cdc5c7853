"""Who each rule's "met by N of M" leaves out, and why; and who each exception is.

An auditor reading "Met by 241 of 289 mentees" asks where the other enrolled mentees went: they
withdrew, left the district, are continuing mentees a first-year deadline does not apply to, had
no semester to be judged in... Each rule's outside group is counted by reason, with the names
when they are few. Exceptions carry the employee ID and campus beside the name (a district can
have two "Jürgen Baker"s).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Assignment, Enrollment, EnrollmentStatus, Person, Role
from coordinator.services.compliance.evaluate import MenteeStatus
from coordinator.services.reporting.common import people_names
from coordinator.services.reporting.data import RuleCompliance
from coordinator.tools.sql_chunks import chunked, plain_rows

NAMES_SHOWN = 10  # a reason's names are listed while there are at most this many
ENDED = {
    EnrollmentStatus.WITHDRAWN: "withdrew from the program",
    EnrollmentStatus.LEFT_DISTRICT: "left the district",
}


@dataclasses.dataclass(frozen=True)
class _Mentee:
    status: EnrollmentStatus
    year_in_program: int
    has_hire_date: bool
    assigned: bool


def _why_not_judged(key: str, mentee: _Mentee) -> str:
    """Why an evaluated mentee has no result under this rule."""
    if key == "assign_within_days":
        if mentee.year_in_program > 1:
            return "continuing mentees (the hire-date deadline is for a first year)"
        if not mentee.has_hire_date:
            return "no hire date recorded (the deadline counts from it)"
    if key == "assigned":
        return "judged by the hire-date deadline instead, or have a mentor"
    if key == "minutes_per_semester":
        return "in no semester judged so far (arrived after it, or left before it)"
    if key == "monthly_target":
        return "no completed month since they started"
    if key == "beginning_teacher":
        return "no years of experience recorded (import them with the roster, or set them)"
    if key == "contact_gap":
        if not mentee.assigned:
            return "not yet assigned a mentor (the gap counts from the assignment)"
        return "not judged outside a running semester"
    return "not judged by this rule"


def with_scope(
    session: Session,
    program_year_id: int,
    statuses: Sequence[MenteeStatus],
    compliance: Sequence[RuleCompliance],
) -> tuple[tuple[RuleCompliance, ...], dict[int, tuple[str, str]], int]:
    """The rules with their outside groups, the exceptions' (employee ID, campus), the enrolled."""
    mentees = _mentees(session, program_year_id)
    judged: dict[str, set[int]] = defaultdict(set)
    for status in statuses:
        for result in status.results:
            judged[result.key].add(status.person_id)
    names = people_names(session, mentees)
    ruled = []
    for rule in compliance:
        reasons: dict[str, list[int]] = defaultdict(list)
        for pid, mentee in mentees.items():
            if pid in judged[rule.key]:
                continue
            why = ENDED.get(mentee.status) or _why_not_judged(rule.key, mentee)
            reasons[why].append(pid)
        counted = Counter({why: len(ids) for why, ids in reasons.items()})
        outside = tuple(
            (
                why,
                n,
                tuple(sorted((names[p][0] for p in reasons[why]), key=str.casefold))
                if n <= NAMES_SHOWN
                else (),
            )
            for why, n in counted.most_common()
        )
        ruled.append(dataclasses.replace(rule, outside=outside))
    wanted = {pid for rule in compliance for pid in rule.exception_ids}
    return tuple(ruled), _identities(session, wanted, names), len(mentees)


def _mentees(session: Session, program_year_id: int) -> dict[int, _Mentee]:
    assigned = set(
        session.scalars(
            select(Assignment.mentee_id).where(Assignment.program_year_id == program_year_id)
        )
    )
    rows = plain_rows(
        session,
        select(
            Enrollment.person_id, Enrollment.status, Enrollment.year_in_program, Person.hire_date
        )
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.program_year_id == program_year_id, Enrollment.role == Role.MENTEE),
    )
    return {
        pid: _Mentee(status, year_in_program or 1, hire is not None, pid in assigned)
        for pid, status, year_in_program, hire in rows
    }


def _identities(
    session: Session, ids: set[int], names: dict[int, tuple[str, str, str]]
) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    for chunk in chunked(sorted(ids)):
        for pid, employee_id in plain_rows(
            session, select(Person.id, Person.employee_id).where(Person.id.in_(chunk))
        ):
            campus = names[pid][2] if pid in names else ""
            found[pid] = (employee_id or "", campus)
    return found
