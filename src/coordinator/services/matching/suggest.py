"""Matching: suggestions for unassigned mentees, Match all as a reviewable draft, apply, undo."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from sqlalchemy.orm import Session

from coordinator.db.models import (
    ProgramYear,
)
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.matching.exact import match_all
from coordinator.services.matching.pool import (
    SAME_CAMPUS,
    SAME_CAMPUS_LEVEL,
    SAME_GRADE,
    SAME_REGION,
    SAME_SUBJECT,
    LoadedPool,
    PersonRef,
    explain,
    load_pool,
    no_mentor_reason,
    shared_criteria,
)
from coordinator.services.matching.solver import (
    Solution,
    balance_score,
    greedy,
    pair_preferences,
    preference_scores,
    total_score,
)
from coordinator.services.programs.match_weights import weights_under_pack
from coordinator.services.shared.phrase import Count, Figure, joined, phrase


def pack_weights(year: ProgramYear) -> dict[str, float]:
    """The program's match weights as its rule pack allows them (see `weights_under_pack`)."""
    return weights_under_pack(year.program.match_weights, year.program.rule_pack.rules or {})


@dataclass(frozen=True)
class ProposedPair:
    """One mentee with the mentor Match all (or a suggestion) proposes, and why."""

    mentee: PersonRef
    mentor: PersonRef
    score: float
    explanation: str
    override_reason: str | None = None
    shared: tuple[str, ...] = ()  # what the pair has in common that the score rewards


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
                explanation=explain(loaded, int(row), mentor, int(running[mentor]), weights),
                override_reason=f"{override_reason}" if reasons and override_reason else None,
                shared=shared_criteria(loaded, int(row), mentor, weights),
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
    """Match all: the optimal proposal for every unassigned mentee, proved, not yet applied.

    With an override reason, mentors who fail the pack's qualifications may be proposed (the
    reason is stored with those assignments); supervisors, appraisers and capacity stay hard.
    `baseline=True` uses the greedy loop instead (for comparison).
    """
    progress.step(0, 3, "Reading mentees and mentors")
    loaded = load_pool(session, year, mentee_ids=mentee_ids, allow_ineligible=bool(override_reason))
    weights = pack_weights(year)
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
    pool, weights = loaded.pool, pack_weights(year)
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
            explanation=explain(loaded, 0, j, int(pool.load[j]) + 1, weights),
            shared=shared_criteria(loaded, 0, j, weights),
        )
        for j in order
    ]


# In the order the score weighs them by default; level and region count when the campus differs.
CRITERIA = (SAME_CAMPUS, SAME_SUBJECT, SAME_GRADE, SAME_CAMPUS_LEVEL, SAME_REGION)


def score_summary(draft: MatchDraft) -> str:
    """The draft's score in words: how many pairs share each thing the score rewards.

    "12 mentees matched, total preference score 83.5: same campus for 5 pairs, same subject for
    7, same grade for 3; 1 pair shares none of these. Balanced caseloads add to the score too."
    """
    pairs = len(draft.pairs)
    if not pairs:
        return phrase("No mentee could be matched.")
    counts = Counter(criterion for pair in draft.pairs for criterion in pair.shared)
    shared = [c for c in CRITERIA if counts[c]]
    parts = [
        phrase("{criterion} for {pairs}", criterion=c, pairs=Count(counts[c], "pair"))
        if not n
        else phrase("{criterion} for {n}", criterion=c, n=Figure(counts[c]))
        for n, c in enumerate(shared)
    ]
    none = sum(1 for pair in draft.pairs if not pair.shared)
    told: str = (
        joined(", ", parts)
        if parts
        else phrase("no pair shares a campus, level, region, subject or grade")
    )
    if none and parts:
        told = phrase(
            "{told}; {none}",
            told=told,
            none=phrase("{n} pair shares none of these", n=Figure(none))
            if none == 1
            else phrase("{n} pairs share none of these", n=Figure(none)),
        )
    return phrase(
        "{matched} matched, total preference score {score}: {told}. "
        "Balanced caseloads add to the score too.",
        matched=Count(pairs, "mentee"),
        score=f"{draft.total_score:g}",
        told=told,
    )
