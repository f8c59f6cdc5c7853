"""Documents a milestone waits for: the coordinator ticks them received (and can untick), audited.

Every other milestone ticks itself from the records; a document (signed induction papers, a
mentoring log) exists only on paper, so the day it came in is the one thing stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator.db.models import MilestoneReceipt, ProgramYear
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services.audit import current_actor, record
from coordinator.services.compliance.facts import load_year
from coordinator.services.milestones.definitions import MetBy, Milestone, pack_milestones

ENTITY = "milestone"


def document_milestone(session: Session, program_year_id: int, key: str) -> Milestone:
    """The year's milestone `key`, refused in words unless it is met by a document."""
    _, rules = load_year(session, program_year_id)
    milestones = pack_milestones(rules)
    found = next((m for m in milestones if m.key == key), None)
    if found is None:
        known = ", ".join(m.key for m in milestones) or "none"
        raise NotFoundError(f"The program's rule pack has no milestone {key!r} (it has: {known}).")
    if found.met_by.kind is not MetBy.DOCUMENT:
        raise RefusedError(
            f"{found.name} is met by {found.met_by.phrase}, which Coordinator sees by itself; "
            "only a milestone met by a document is ticked by hand."
        )
    return found


def tick_received(
    session: Session,
    program_year_id: int,
    key: str,
    *,
    received_on: dt.date,
    person_ids: Sequence[int] = (),
    campus_ids: Sequence[int] = (),
) -> int:
    """Record the document received on `received_on` for these people or campuses.

    Already ticked ones get the new day (a correction). Returns how many were ticked.
    """
    milestone = document_milestone(session, program_year_id, key)
    year = session.get(ProgramYear, program_year_id)
    assert year is not None  # load_year found it
    if received_on > year.end_date + dt.timedelta(days=366):
        raise RefusedError(f"{received_on.isoformat()} is long after the year ends.")
    subjects = [(p, None) for p in person_ids] + [(None, c) for c in campus_ids]
    if not subjects:
        raise RefusedError("Choose who the document came from.")
    existing = {
        (r.person_id, r.campus_id): r
        for r in session.scalars(
            select(MilestoneReceipt).where(
                MilestoneReceipt.program_year_id == program_year_id,
                MilestoneReceipt.milestone_key == key,
            )
        )
    }
    for person_id, campus_id in subjects:
        receipt = existing.get((person_id, campus_id))
        before = {"received_on": receipt.received_on} if receipt else None
        if receipt is None:
            receipt = MilestoneReceipt(
                program_year_id=program_year_id,
                milestone_key=key,
                person_id=person_id,
                campus_id=campus_id,
                received_on=received_on,
                ticked_by=current_actor(),
            )
            session.add(receipt)
        else:
            receipt.received_on = received_on
            receipt.ticked_by = current_actor()
        record(
            session,
            "tick" if before is None else "edit",
            ENTITY,
            None,
            person_id=person_id,
            before=before,
            after={
                "program_year_id": program_year_id,
                "milestone": milestone.key,
                "campus_id": campus_id,
                "received_on": received_on,
            },
        )
    session.flush()
    return len(subjects)


def untick(
    session: Session,
    program_year_id: int,
    key: str,
    *,
    person_ids: Sequence[int] = (),
    campus_ids: Sequence[int] = (),
) -> int:
    """Take back a tick made by mistake; returns how many were removed."""
    document_milestone(session, program_year_id, key)
    removed = 0
    for person_id, campus_id in [(p, None) for p in person_ids] + [(None, c) for c in campus_ids]:
        receipt = session.scalar(
            select(MilestoneReceipt).where(
                MilestoneReceipt.program_year_id == program_year_id,
                MilestoneReceipt.milestone_key == key,
                MilestoneReceipt.person_id.is_(None)
                if person_id is None
                else MilestoneReceipt.person_id == person_id,
                MilestoneReceipt.campus_id.is_(None)
                if campus_id is None
                else MilestoneReceipt.campus_id == campus_id,
            )
        )
        if receipt is None:
            continue
        record(
            session,
            "untick",
            ENTITY,
            None,
            person_id=person_id,
            before={"milestone": key, "received_on": receipt.received_on, "campus_id": campus_id},
        )
        session.execute(delete(MilestoneReceipt).where(MilestoneReceipt.id == receipt.id))
        removed += 1
    session.flush()
    return removed
