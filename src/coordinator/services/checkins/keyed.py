"""Storing imported check-ins under a source key, so importing the same file twice adds nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Checkin, CheckinKind, RowAction
from coordinator.services.checkins.entry import add_checkin, get_checkin, update_checkin
from coordinator.services.checkins.validation import CheckinInput


def same_checkin(a: CheckinInput, b: CheckinInput) -> bool:
    """Whether two check-ins say the same thing (attendee and topic order does not matter)."""

    def norm(x: CheckinInput) -> tuple[Any, ...]:
        return (
            x.occurred_on,
            CheckinKind(x.kind),
            x.minutes,
            frozenset(x.mentee_ids),
            frozenset(x.absent_ids),
            frozenset(x.topic_ids),
            x.private_notes,
            x.next_steps,
            x.follow_up_on,
        )

    return norm(a) == norm(b)


def store_keyed_checkin(
    session: Session, data: CheckinInput, key: str, *, source: str, batch_id: int
) -> tuple[RowAction, int]:
    """Add the check-in, or change the one already stored under `key`, or leave it unchanged.

    Raises the check-in service's readable errors (date outside the year, unassigned mentee...)
    before anything is written.
    """
    existing = session.scalar(select(Checkin).where(Checkin.source_key == key))
    if existing is None:
        cid = add_checkin(session, data, source=source, source_key=key, batch_id=batch_id)
        return RowAction.NEW, cid
    if same_checkin(get_checkin(session, existing.id).data, data):
        return RowAction.UNCHANGED, existing.id
    update_checkin(session, existing.id, data, batch_id=batch_id)
    return RowAction.CHANGED, existing.id
