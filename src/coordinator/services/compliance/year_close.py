"""Closing a finished year: each mentee's completion outcome, editable with a reason, audited.

After the last semester ends the rules are final (met or not met). Closing the year records an
outcome per mentee: completed, not completed (with the rules that were not met), withdrawn or
left the district (with the date). Certificates then go to completers only, unless the
coordinator chose otherwise for a person, with a reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Enrollment,
    EnrollmentStatus,
    MenteeOutcome,
    Outcome,
    Person,
    ProgramYear,
    Role,
    YearClose,
)
from coordinator.errors import CoordinatorError, RefusedError
from coordinator.services import audit
from coordinator.services.compliance.checks import ComplianceState
from coordinator.services.compliance.evaluate import MenteeStatus, evaluate_program_year
from coordinator.services.compliance.facts import last_semester_end
from coordinator.services.reporting.common import people_names, program_year
from coordinator.services.shared.phrase import Count, Day, Phrase, Word, joined, phrase

OUTCOME_FIELDS = (
    "outcome",
    "ended_on",
    "rules_not_met",
    "reason",
    "certificate",
    "certificate_reason",
)
ENROLLMENT_FIELDS = ("status", "ended_on", "end_reason")
ENROLLMENT_OF = {
    Outcome.COMPLETED: EnrollmentStatus.COMPLETED,
    Outcome.NOT_COMPLETED: EnrollmentStatus.ACTIVE,
    Outcome.WITHDRAWN: EnrollmentStatus.WITHDRAWN,
    Outcome.LEFT_DISTRICT: EnrollmentStatus.LEFT_DISTRICT,
}
OUTCOME_OF = {
    EnrollmentStatus.WITHDRAWN: Outcome.WITHDRAWN,
    EnrollmentStatus.LEFT_DISTRICT: Outcome.LEFT_DISTRICT,
}
CLOSING_REASON = "the year was closed"


@dataclass(frozen=True)
class OutcomeLine:
    """One mentee's outcome, proposed (before closing) or recorded (after)."""

    person_id: int
    name: str
    employee_id: str
    campus: str
    outcome: Outcome
    ended_on: dt.date | None
    rules_not_met: tuple[str, ...]
    minutes: int
    reason: str = ""
    certificate: bool | None = None  # None: follows the outcome
    certificate_reason: str = ""
    version: int = 0

    @property
    def gets_certificate(self) -> bool:
        if self.certificate is not None:
            return self.certificate
        return self.outcome is Outcome.COMPLETED

    @property
    def description(self) -> str:
        """The outcome as the close dialog and the command line print it."""
        if self.outcome is Outcome.NOT_COMPLETED and self.rules_not_met:
            return phrase("Not completed: {rules}", rules=joined("; ", self.rules_not_met))
        if self.ended_on is not None and self.outcome is not Outcome.COMPLETED:
            return phrase(
                "{outcome} on {day}", outcome=Word(self.outcome.label), day=Day(self.ended_on)
            )
        return self.outcome.label


@dataclass(frozen=True)
class YearOutcomes:
    program_year_id: int
    title: str
    teaching_ends: dt.date
    closed_on: dt.date | None
    lines: tuple[OutcomeLine, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for line in self.lines if line.outcome is outcome)

    @property
    def summary(self) -> str:
        always = (Outcome.COMPLETED, Outcome.NOT_COMPLETED)
        parts = [_outcome_count(o, self.count(o)) for o in Outcome if o in always or self.count(o)]
        certificates = sum(1 for line in self.lines if line.gets_certificate)
        return phrase(
            "{mentees}: {outcomes}; {certificates}",
            mentees=Count(len(self.lines), "mentee"),
            outcomes=joined(", ", parts),
            certificates=Count(certificates, "certificate"),
        )


def _outcome_count(outcome: Outcome, n: int) -> Phrase:
    """ "6 completed", "1 withdrawn": the figure, then the outcome in lower case."""
    if outcome is Outcome.COMPLETED:
        return phrase("{n} completed", n=n)
    if outcome is Outcome.NOT_COMPLETED:
        return phrase("{n} not completed", n=n)
    if outcome is Outcome.WITHDRAWN:
        return phrase("{n} withdrawn", n=n)
    return phrase("{n} left the district", n=n)


def closed_on(session: Session, program_year_id: int) -> dt.date | None:
    row = session.get(YearClose, program_year_id)
    return row.closed_on if row is not None else None


def year_outcomes(session: Session, program_year_id: int, *, today: dt.date) -> YearOutcomes:
    """The recorded outcomes of a closed year, or those closing it on `today` would record."""
    year = program_year(session, program_year_id)
    ends = last_semester_end(session, year)
    closed = closed_on(session, program_year_id)
    recorded = {
        o.person_id: o
        for o in session.scalars(
            select(MenteeOutcome).where(MenteeOutcome.program_year_id == program_year_id)
        )
    }
    enrollments = list(
        session.execute(
            select(Enrollment.person_id, Enrollment.status, Enrollment.ended_on).where(
                Enrollment.program_year_id == program_year_id, Enrollment.role == Role.MENTEE
            )
        )
    )
    judged = {
        s.person_id: s
        for s in evaluate_program_year(session, program_year_id, as_of=min(today, year.end_date))
    }
    ids = [pid for pid, _, _ in enrollments]
    names = people_names(session, ids)
    employee = _employee_ids(session, ids)
    lines = []
    for pid, status, ended in enrollments:
        name, _, campus = names.get(pid, ("(unknown)", "", ""))
        status_of = judged.get(pid)
        minutes = sum(status_of.minutes_by_semester.values()) if status_of else 0
        kept = recorded.get(pid)
        if kept is not None:
            lines.append(
                OutcomeLine(
                    pid,
                    name,
                    employee.get(pid, ""),
                    campus,
                    kept.outcome,
                    kept.ended_on,
                    tuple(str(r) for r in kept.rules_not_met or ()),
                    minutes,
                    kept.reason or "",
                    kept.certificate,
                    kept.certificate_reason or "",
                    kept.version,
                )
            )
            continue
        outcome, on, unmet = _proposed(status, ended, status_of, ends)
        lines.append(
            OutcomeLine(pid, name, employee.get(pid, ""), campus, outcome, on, unmet, minutes)
        )
    order = {pid: names.get(pid, ("", "", ""))[1] for pid in ids}
    lines.sort(key=lambda line: (order[line.person_id], line.person_id))
    title = f"{year.program.name} {year.label}"
    return YearOutcomes(program_year_id, title, ends, closed, tuple(lines))


def _proposed(
    status: EnrollmentStatus,
    ended: dt.date | None,
    judged: MenteeStatus | None,
    ends: dt.date,
) -> tuple[Outcome, dt.date | None, tuple[str, ...]]:
    if status in OUTCOME_OF:
        return OUTCOME_OF[status], ended, ()
    if judged is None or judged.state is ComplianceState.ON_TRACK:
        return Outcome.COMPLETED, ended or ends, ()
    unmet: dict[str, list[str]] = {}
    for result in judged.results:
        if not result.met:
            unmet.setdefault(result.label, []).append(result.detail)
    return (
        Outcome.NOT_COMPLETED,
        None,
        tuple(
            phrase("{rule} ({details})", rule=label, details=joined("; ", details))
            for label, details in unmet.items()
        ),
    )


def _employee_ids(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Person.id, Person.employee_id).where(Person.id.in_(ids)))
    return {pid: emp or "" for pid, emp in rows}


def close_year(session: Session, program_year_id: int, *, today: dt.date) -> YearOutcomes:
    """Record every mentee's proposed outcome; refused before the last semester has ended."""
    year = program_year(session, program_year_id)
    ends = last_semester_end(session, year)
    if today < ends:
        raise RefusedError(
            f"{year.label} cannot be closed before its last semester ends on {ends.isoformat()}: "
            "until then the rules are still being met."
        )
    if closed_on(session, program_year_id) is not None:
        raise RefusedError(
            f"{year.label} was already closed on {closed_on(session, program_year_id)}; "
            "edit a mentee's outcome instead (coordinator year outcome)."
        )
    proposed = year_outcomes(session, program_year_id, today=today)
    session.add(
        YearClose(program_year_id=program_year_id, closed_on=today, actor=audit.current_actor())
    )
    for line in proposed.lines:
        row = MenteeOutcome(
            program_year_id=program_year_id,
            person_id=line.person_id,
            outcome=line.outcome,
            ended_on=line.ended_on,
            rules_not_met=list(line.rules_not_met),
        )
        session.add(row)
        session.flush()
        _sync_enrollment(session, year, line.person_id, line.outcome, line.ended_on, CLOSING_REASON)
        audit.record(
            session,
            "close",
            "mentee_outcome",
            row.id,
            after=audit.snapshot(row, OUTCOME_FIELDS),
            person_id=line.person_id,
        )
    audit.record(
        session,
        "close",
        "program_year",
        program_year_id,
        after={"closed_on": today, **{o.value: proposed.count(o) for o in Outcome}},
    )
    session.flush()
    return year_outcomes(session, program_year_id, today=today)


def edit_outcome(
    session: Session,
    program_year_id: int,
    person_id: int,
    *,
    outcome: Outcome | None = None,
    ended_on: dt.date | None = None,
    certificate: bool | None = None,
    follow_outcome: bool = False,
    reason: str,
    expected_version: int | None = None,
) -> MenteeOutcome:
    """Change one mentee's outcome or certificate choice in a closed year, with a reason.

    `certificate` True or False overrides the outcome for the certificates; `follow_outcome`
    drops an earlier override.
    """
    why = reason.strip()
    if not why:
        raise CoordinatorError(
            "Give a reason for the change; it is kept in the audit log.", field="reason"
        )
    row = session.scalar(
        select(MenteeOutcome).where(
            MenteeOutcome.program_year_id == program_year_id,
            MenteeOutcome.person_id == person_id,
        )
    )
    if row is None:
        raise RefusedError(
            "This mentee has no outcome: close the year first (coordinator year close).",
            field="person_id",
        )
    if expected_version is not None and row.version != expected_version:
        raise RefusedError(
            "Someone else changed this outcome since you opened it; nothing was saved. "
            "Look again and redo the change.",
        )
    year = program_year(session, program_year_id)
    before = audit.snapshot(row, OUTCOME_FIELDS)
    if outcome is not None and outcome is not row.outcome:
        if outcome in (Outcome.WITHDRAWN, Outcome.LEFT_DISTRICT) and ended_on is None:
            raise CoordinatorError(
                f"Give the date the mentee {outcome.label.lower()} (--on).", field="ended_on"
            )
        row.outcome = outcome
        row.reason = why
        if outcome is Outcome.COMPLETED:
            row.rules_not_met = []
            row.ended_on = ended_on or last_semester_end(session, year)
        elif outcome is Outcome.NOT_COMPLETED:
            row.ended_on = None
        else:
            row.ended_on = ended_on
    elif ended_on is not None:
        row.ended_on = ended_on
        row.reason = why
    if certificate is not None or follow_outcome:
        row.certificate = certificate
        row.certificate_reason = why if certificate is not None else None
    if ended_on is not None and not year.start_date <= ended_on <= year.end_date:
        raise CoordinatorError(
            f"The date {ended_on.isoformat()} is outside the program year {year.label}.",
            field="ended_on",
        )
    session.flush()
    _sync_enrollment(session, year, person_id, row.outcome, row.ended_on, why)
    audit.record_edit(
        session,
        "edit",
        "mentee_outcome",
        row.id,
        before=before,
        after=audit.snapshot(row, OUTCOME_FIELDS),
        person_id=person_id,
    )
    return row


def _sync_enrollment(
    session: Session,
    year: ProgramYear,
    person_id: int,
    outcome: Outcome,
    on: dt.date | None,
    reason: str,
) -> None:
    """The enrollment says what the outcome says (the year-end report counts completions)."""
    enrollment = session.scalar(
        select(Enrollment).where(
            Enrollment.program_year_id == year.id,
            Enrollment.person_id == person_id,
            Enrollment.role == Role.MENTEE,
        )
    )
    status = ENROLLMENT_OF[outcome]
    if enrollment is None or (enrollment.status == status and enrollment.ended_on == on):
        return
    before = audit.snapshot(enrollment, ENROLLMENT_FIELDS)
    enrollment.status = status
    enrollment.ended_on = on if status != EnrollmentStatus.ACTIVE else None
    enrollment.end_reason = reason if status != EnrollmentStatus.ACTIVE else None
    session.flush()
    audit.record_edit(
        session,
        "end" if status != EnrollmentStatus.ACTIVE else "reopen",
        "enrollment",
        enrollment.id,
        before=before,
        after=audit.snapshot(enrollment, ENROLLMENT_FIELDS),
        person_id=person_id,
    )


def certificate_recipients(session: Session, program_year_id: int) -> set[int]:
    """Who gets a mentee certificate: once the year is closed, completers and those the
    coordinator chose; before, the mentees whose enrollment says completed."""
    if closed_on(session, program_year_id) is not None:
        rows = session.execute(
            select(MenteeOutcome.person_id, MenteeOutcome.outcome, MenteeOutcome.certificate).where(
                MenteeOutcome.program_year_id == program_year_id
            )
        )
        return {
            pid
            for pid, outcome, chosen in rows
            if (chosen if chosen is not None else outcome is Outcome.COMPLETED)
        }
    return set(
        session.scalars(
            select(Enrollment.person_id).where(
                Enrollment.program_year_id == program_year_id,
                Enrollment.role == Role.MENTEE,
                Enrollment.status == EnrollmentStatus.COMPLETED,
            )
        )
    )
