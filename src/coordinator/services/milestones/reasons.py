"""Overdue and due-soon milestones join a person's at-risk reasons (the rules say the rest).

A milestone that one of the pack's own rules already judges (a mentor assigned by day 30, the
semester's hours, the required topics) is not said twice: the rule's finding stands for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from coordinator.services.compliance.checks import Verdict
from coordinator.services.compliance.facts import YearFacts
from coordinator.services.milestones.definitions import MilestoneFor, pack_milestones
from coordinator.services.milestones.progress import (
    MenteeRow,
    MilestoneItem,
    MilestoneState,
    milestone_board,
)
from coordinator.services.shared.phrase import phrase

RAISED = (MilestoneState.OVERDUE, MilestoneState.DUE_SOON)


def milestone_reasons(
    session: Session,
    facts: YearFacts,
    mentee_rows: Sequence[Any] | None,
    audiences: Sequence[MilestoneFor],
    *,
    complete: bool = True,
) -> dict[int, list[MilestoneItem]]:
    """Each person's overdue or due-soon milestones no rule already judges, by person id.

    `mentee_rows` are the evaluation's own (id, first, last, preferred, hire, enrolled_on,
    ended_on, year_in_program) rows, so nobody is loaded twice. `complete` says whether the
    facts hold the year's check-ins and assignments (or only its rules and semesters, and the
    board loads the rest).
    """
    wanted = [
        m
        for m in pack_milestones(facts.rules)
        if m.audience in audiences and not m.mirrored(facts.rules)
    ]
    if not wanted:
        return {}
    mentees = None
    if mentee_rows is not None:
        mentees = [
            MenteeRow(r[0], "", "", r[4] if (r[7] or 1) == 1 else None, r[6], None)
            for r in mentee_rows
        ]
    board = milestone_board(session, facts.year.id, facts.as_of,
                            facts=facts if complete else None, mentees=mentees,
                            only=wanted)  # fmt: skip
    found: dict[int, list[MilestoneItem]] = {}
    for item in board.items:
        if item.person_id is not None and item.state in RAISED:
            found.setdefault(item.person_id, []).append(item)
    return found


def add_milestone_reasons(verdict: Verdict, items: Iterable[MilestoneItem]) -> None:
    for item in items:
        verdict.risk(
            f"milestone:{item.milestone.key}",
            item.title,
            phrase("{title}: {detail}", title=item.title, detail=item.detail),
        )
