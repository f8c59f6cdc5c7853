"""Matching: suggestions for unassigned mentees, Match all as a reviewable draft, apply, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    AuditEntry,
    ProgramYear,
)
from coordinator.errors import CoordinatorError, NotFoundError, RefusedError
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services import audit
from coordinator.services.cohorts import ASSIGNMENT_FIELDS, assign
from coordinator.services.match_pool import (
    LoadedPool,
    PersonRef,
    explain,
    load_pool,
    no_mentor_reason,
)
from coordinator.services.match_solver import (
    Solution,
    balance_score,
    greedy,
    match_all,
    pair_preferences,
    preference_scores,
    total_score,
    weights_for,
)


@dataclass(frozen=True)
class ProposedPair:
    """One mentee with the mentor Match all (or a suggestion) proposes, and why."""

    mentee: PersonRef
    mentor: PersonRef
    score: float
    explanation: str
    override_reason: str | None = None


@dataclass(frozen=True)
class NoMentor:
    mentee: PersonRef
    reason: str


@dataclass
class MatchDraft:
    program_year_id: int
    pairs: list[ProposedPair]
    unmatched: list[NoMentor]
    total_score: float
    solver: str
    seconds: float = 0.0

    def pair_for(self, mentee_id: int) -> ProposedPair | None:
        return next((p for p in self.pairs if p.mentee.id == mentee_id), None)


@dataclass(frozen=True)
class AppliedMatch:
    batch_id: int
    assignment_ids: list[int]


@dataclass(frozen=True)
class UndoneMatch:
    removed: int
    kept_changed: int


def _draft(
    loaded: LoadedPool,
    solution: Solution,
    weights: dict[str, float],
    year_id: int,
    override_reason: str | None,
) -> MatchDraft:
    pool, running = loaded.pool, loaded.start_load.copy()
    pairs, unmatched = [], []
    rows = np.nonzero(solution.mentor_of >= 0)[0]
    base = pair_preferences(pool, rows, solution.mentor_of[rows], weights)
    for i, row in enumerate(rows):
        mentor = int(solution.mentor_of[row])
        running[mentor] += 1
        score = float(base[i]) + float(
            balance_score(pool, np.array([mentor]), running[mentor], weights["balanced_load"])[0]
        )
        reasons = loaded.mentor_reasons[mentor]
        pairs.append(
            ProposedPair(
                mentee=loaded.mentees[row],
                mentor=loaded.mentors[mentor],
                score=round(score, 3),
                explanation=explain(loaded, int(row), mentor, int(running[mentor])),
                override_reason=f"{override_reason}" if reasons and override_reason else None,
            )
        )
    for row in np.nonzero(solution.mentor_of < 0)[0]:
        unmatched.append(NoMentor(loaded.mentees[row], no_mentor_reason(loaded, int(row))))
    total = total_score(pool, loaded.start_load, solution.mentor_of, weights)
    return MatchDraft(year_id, pairs, unmatched, round(total, 3), solution.solver)


def draft_match(
    session: Session,
    year: ProgramYear,
    *,
    mentee_ids: Iterable[int] | None = None,
    override_reason: str | None = None,
    baseline: bool = False,
    progress: Progress = NO_PROGRESS,
) -> MatchDraft:
    """Match all: one globally good proposal for every unassigned mentee, not yet applied.

    With an override reason, mentors who fail the pack's qualifications may be proposed (the
    reason is stored with those assignments); supervisors, appraisers and capacity stay hard.
    `baseline=True` uses the greedy loop instead (for comparison).
    """
    progress.step(0, 3, "Reading mentees and mentors")
    loaded = load_pool(session, year, mentee_ids=mentee_ids, allow_ineligible=bool(override_reason))
    weights = weights_for(year.program.match_weights)
    progress.step(1, 3, "Finding the best assignment")
    started = dt.datetime.now()
    solution = greedy(loaded.pool, weights) if baseline else match_all(loaded.pool, weights)
    seconds = (dt.datetime.now() - started).total_seconds()
    progress.step(2, 3, "Explaining each pair")
    draft = _draft(loaded, solution, weights, year.id, override_reason)
    draft.seconds = seconds
    progress.step(3, 3, "Done")
    return draft


def suggest_mentors(
    session: Session, year: ProgramYear, mentee_id: int, *, limit: int = 5
) -> list[ProposedPair]:
    """The best mentors with room for one unassigned mentee, best first, each explained."""
    loaded = load_pool(session, year, mentee_ids=[mentee_id])
    if not loaded.mentees:
        return []
    pool, weights = loaded.pool, weights_for(year.program.match_weights)
    mentors = np.arange(len(pool.mentors.ids))
    score = preference_scores(pool, np.array([0]), weights)[0]
    score += balance_score(pool, mentors, pool.load + 1, weights["balanced_load"])
    score[pool.remaining <= 0] = -np.inf
    order = [int(j) for j in np.argsort(-score, kind="stable")[:limit] if np.isfinite(score[j])]
    return [
        ProposedPair(
            mentee=loaded.mentees[0],
            mentor=loaded.mentors[j],
            score=round(float(score[j]), 3),
            explanation=explain(loaded, 0, j, int(pool.load[j]) + 1),
        )
        for j in order
    ]


def apply_draft(
    session: Session,
    year: ProgramYear,
    draft: MatchDraft,
    *,
    accepted: Iterable[int] | None = None,
    start: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> AppliedMatch:
    """Apply the accepted pairs (mentee ids; all when None) in the caller's one transaction.

    Each pair is checked again (still unassigned, capacity, eligibility), so a draft that went
    stale while it was reviewed fails as a whole with the reason instead of applying halfway.
    """
    if draft.program_year_id != year.id:
        raise CoordinatorError("This draft belongs to another program year.")
    keep = set(accepted) if accepted is not None else None
    pairs = [p for p in draft.pairs if keep is None or p.mentee.id in keep]
    if not pairs:
        raise CoordinatorError("No pairs are accepted; accept at least one pair to apply.")
    # The summary entry comes first so every assignment's own audit entry can name it as its batch;
    # the audit log is append-only, so nothing is written back into it afterwards.
    summary = audit.record(
        session,
        "match_all",
        "match_batch",
        None,
        after={"pairs": len(pairs), "total_score": draft.total_score, "solver": draft.solver},
    )
    session.flush()
    ids = []
    for done, pair in enumerate(pairs):
        if done % 200 == 0:
            progress.step(done, len(pairs), "Applying the accepted pairs")
        try:
            created = assign(
                session,
                year,
                pair.mentee.id,
                pair.mentor.id,
                start=start,
                override_reason=pair.override_reason,
                match_reasons=pair.explanation,
                batch_id=summary.id,
            )
        except RefusedError as exc:
            raise RefusedError(
                f"The draft is out of date for employee "
                f"{pair.mentee.employee_id or pair.mentee.id}: {exc} "
                "Nothing was applied; run Match all again."
            ) from exc
        ids.append(created.id)
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
    ids = session.scalars(
        select(AuditEntry.entity_id).where(
            AuditEntry.batch_id == batch_id,
            AuditEntry.action == "assign",
            AuditEntry.entity == "assignment",
        )
    ).all()
    removed = kept = 0
    for assignment in session.scalars(select(Assignment).where(Assignment.id.in_(ids))):
        if assignment.end_date is not None or assignment.version != 1:
            kept += 1
            continue
        audit.record(
            session,
            "undo_match",
            "assignment",
            assignment.id,
            before=audit.snapshot(assignment, ASSIGNMENT_FIELDS),
            person_id=assignment.mentee_id,
            batch_id=batch_id,
        )
        session.delete(assignment)
        removed += 1
    audit.record(
        session, "undo_match", "match_batch", batch_id, after={"removed": removed, "kept": kept}
    )
    session.flush()
    return UndoneMatch(removed=removed, kept_changed=kept)
