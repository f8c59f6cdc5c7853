"""Applying a reviewed Match all draft in one audited batch, and undoing that batch.

Both run as a few bulk statements, so 10,000 pairs apply in seconds: every pair is checked again
first (still waiting, capacity, qualifications or an override, never the supervisor or appraiser),
and one stale pair refuses the whole draft before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from coordinator.db.locks import hold_year_assignments
from coordinator.db.models import Assignment, AuditEntry, Person, PersonStatus, ProgramYear, Role
from coordinator.errors import CoordinatorError, NotFoundError, RefusedError
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services import audit
from coordinator.services.cohorts.assignments import ASSIGNMENT_FIELDS
from coordinator.services.cohorts.caseloads import MentorLoad, mentor_loads
from coordinator.services.cohorts.mentors import supervision_reason
from coordinator.services.matching.suggest import MatchDraft, ProposedPair
from coordinator.services.programs.programs import enroll, reference_day
from coordinator.tools.text import count_of, figure

CHUNK = 500  # ids per IN (...) list, well under every database's parameter limit


def default_start(year: ProgramYear, today: dt.date) -> dt.date:
    """When Match all's assignments start unless the coordinator says otherwise: today while the
    year runs, else the year's first day (matching ahead of the year, or recording it after)."""
    return today if year.start_date <= today <= year.end_date else year.start_date


@dataclass(frozen=True)
class AppliedMatch:
    batch_id: int
    assignment_ids: list[int]


@dataclass(frozen=True)
class UndoneMatch:
    removed: int
    kept_changed: int

    def words(self, number: Callable[[int | float], str] = figure) -> str:
        """ "removed 39 assignments; 2 changed since were kept" (the figures as `number` writes)."""
        said = f"removed {count_of(self.removed, 'assignment', number=number)}"
        if self.kept_changed:
            kept = count_of(
                self.kept_changed, "changed since was", "changed since were", number=number
            )
            said += f"; {kept} kept"
        return said


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _stale(pair: ProposedPair, why: str) -> RefusedError:
    who = pair.mentee.employee_id or pair.mentee.id
    return RefusedError(
        f"The draft is out of date for employee {who}: {why}. "
        "Nothing was applied; run Match all again."
    )


def _check_pairs(
    session: Session, year: ProgramYear, pairs: Sequence[ProposedPair], day: dt.date
) -> dict[int, str | None]:
    """Every pair still holds; returns the override text to store per mentee (None = eligible)."""
    mentee_ids = [p.mentee.id for p in pairs]
    taken: set[int] = set()
    people: dict[int, tuple[PersonStatus, int | None, int | None]] = {}
    for ids in _chunks(mentee_ids):
        taken.update(
            session.scalars(
                select(Assignment.mentee_id).where(
                    Assignment.program_year_id == year.id,
                    Assignment.mentee_id.in_(ids),
                    Assignment.end_date.is_(None) | (Assignment.end_date > day),
                )
            )
        )
        for pid, status, supervisor, appraiser in session.execute(
            select(Person.id, Person.status, Person.supervisor_id, Person.appraiser_id).where(
                Person.id.in_(ids)
            )
        ):
            people[pid] = (status, supervisor, appraiser)
    rules = year.program.rule_pack.rules or {}
    loads: dict[int, MentorLoad] = {m.person_id: m for m in mentor_loads(session, year, day)}
    adding = Counter(p.mentor.id for p in pairs)
    overrides: dict[int, str | None] = {}
    for pair in pairs:
        status, supervisor, appraiser = people.get(pair.mentee.id, (PersonStatus.LEFT, None, None))
        if pair.mentee.id in taken:
            raise _stale(pair, "they already have a mentor")
        if status != PersonStatus.ACTIVE:
            raise _stale(pair, "they are no longer active in the district")
        barred = supervision_reason(pair.mentor.id, supervisor, appraiser, rules)
        if barred:
            raise _stale(pair, f"the proposed mentor now {barred.removeprefix('is ')}")
        mentor = loads.get(pair.mentor.id)
        if mentor is None:
            raise _stale(pair, "the proposed mentor is no longer a mentor this year")
        reasons = [r for r in mentor.reasons if not r.startswith("over the caseload cap")]
        total = mentor.load + adding[pair.mentor.id]
        if mentor.capacity is not None and total > mentor.capacity:
            reasons.append(f"over the caseload cap ({total}/{mentor.capacity})")
        if reasons and not pair.override_reason:
            raise _stale(pair, "the proposed mentor is not eligible: " + "; ".join(reasons))
        overrides[pair.mentee.id] = (
            f"{pair.override_reason} (overrides: {'; '.join(reasons)})" if reasons else None
        )
    return overrides


def apply_draft(
    session: Session,
    year: ProgramYear,
    draft: MatchDraft,
    *,
    accepted: Iterable[int] | None = None,
    start: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> AppliedMatch:
    """Apply the accepted pairs (mentee ids; all when None) inside the caller's one transaction."""
    if draft.program_year_id != year.id:
        raise CoordinatorError("This draft belongs to another program year.")
    keep = set(accepted) if accepted is not None else None
    pairs = [p for p in draft.pairs if keep is None or p.mentee.id in keep]
    if not pairs:
        raise CoordinatorError("No pairs are accepted; accept at least one pair to apply.")
    day = start or reference_day(year)
    if not year.start_date <= day <= year.end_date:
        raise CoordinatorError(
            f"The start date {day.isoformat()} is outside the program year {year.label}."
        )
    progress.step(0, 3, "Checking every pair again")
    # Inside the year's lock a second Match all at the same time sees these pairs applied.
    hold_year_assignments(session, year.id)
    overrides = _check_pairs(session, year, pairs, day)
    enroll(session, year, sorted({p.mentor.id for p in pairs}), Role.MENTOR, on=day)
    enroll(session, year, [p.mentee.id for p in pairs], Role.MENTEE, on=day)
    # The summary entry comes first so every assignment's own entry can name it as its batch.
    summary = audit.record(
        session,
        "match_all",
        "match_batch",
        None,
        after={"pairs": len(pairs), "total_score": draft.total_score, "solver": draft.solver},
    )
    session.flush()
    progress.step(1, 3, "Writing the assignments")
    rows = [
        {
            "program_year_id": year.id,
            "mentee_id": p.mentee.id,
            "mentor_id": p.mentor.id,
            "start_date": day,
            "end_date": None,
            "end_reason": None,
            "override_reason": overrides[p.mentee.id],
            "match_reasons": p.explanation,
            "version": 1,
        }
        for p in pairs
    ]
    ids = list(
        session.scalars(
            insert(Assignment).returning(Assignment.id, sort_by_parameter_order=True), rows
        )
    )
    progress.step(2, 3, "Recording the batch in the audit log")
    actor = audit.current_actor(session)
    session.execute(
        insert(AuditEntry),
        [
            {
                "actor": actor,
                "action": "assign",
                "entity": "assignment",
                "entity_id": assignment_id,
                "person_id": row["mentee_id"],
                "batch_id": summary.id,
                "after": audit.jsonable({k: row[k] for k in ASSIGNMENT_FIELDS}),
            }
            for assignment_id, row in zip(ids, rows, strict=True)
        ],
    )
    session.flush()
    progress.step(3, 3, "Done")
    return AppliedMatch(batch_id=summary.id, assignment_ids=ids)


def undo_match(session: Session, batch_id: int) -> UndoneMatch:
    """Remove the assignments one Match all made, unless they were changed since (then kept)."""
    summary = session.get(AuditEntry, batch_id)
    if summary is None or summary.action != "match_all":
        raise NotFoundError(f"There is no Match all batch {batch_id}.")
    undone = select(AuditEntry.id).where(
        AuditEntry.action == "undo_match",
        AuditEntry.entity == "match_batch",
        AuditEntry.entity_id == batch_id,
    )
    if session.scalar(undone) is not None:
        raise RefusedError(f"Match all batch {batch_id} was already undone.")
    made = session.scalars(
        select(AuditEntry.entity_id).where(
            AuditEntry.batch_id == batch_id,
            AuditEntry.action == "assign",
            AuditEntry.entity == "assignment",
        )
    ).all()
    removable: list[Assignment] = []
    kept = 0
    for ids in _chunks([i for i in made if i is not None]):
        for assignment in session.scalars(select(Assignment).where(Assignment.id.in_(ids))):
            if assignment.end_date is not None or assignment.version != 1:
                kept += 1
            else:
                removable.append(assignment)
    actor = audit.current_actor(session)
    if removable:
        session.execute(
            insert(AuditEntry),
            [
                {
                    "actor": actor,
                    "action": "undo_match",
                    "entity": "assignment",
                    "entity_id": a.id,
                    "person_id": a.mentee_id,
                    "batch_id": batch_id,
                    "before": audit.jsonable(audit.snapshot(a, ASSIGNMENT_FIELDS)),
                }
                for a in removable
            ],
        )
    for ids in _chunks([a.id for a in removable]):
        session.execute(
            delete(Assignment)
            .where(Assignment.id.in_(ids))
            .execution_options(synchronize_session=False)
        )
    for assignment in removable:
        session.expunge(assignment)
    audit.record(
        session,
        "undo_match",
        "match_batch",
        batch_id,
        after={"removed": len(removable), "kept": kept},
    )
    session.flush()
    return UndoneMatch(removed=len(removable), kept_changed=kept)
