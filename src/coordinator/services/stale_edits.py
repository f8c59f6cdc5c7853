"""Saving over a record someone else changed since it was opened: detected, worded, chosen.

A dialog (or a command) keeps the values and the version it read. On save the service compares
that version with the row's; when they differ, nothing is written and the coordinator is told
which fields the other person changed, in words, and chooses: reload theirs, or overwrite with
their own (audited as an overwrite). Child rows (topics, attendance, trainings) have no version
of their own, so changing them bumps their parent's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from coordinator.db.base import Versioned
from coordinator.errors import ConcurrentEditError
from coordinator.services import audit

LEAD = "Changed by someone else since you opened it"


def stale_message(changed: Sequence[str]) -> str:
    """The one sentence the window and the command line both show."""
    if not changed:
        return f"{LEAD}."
    return f"{LEAD}: {_joined(changed)}."


def _joined(words: Sequence[str]) -> str:
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} and {words[-1]}"


def changed_words(
    seen: Mapping[str, Any], current: Mapping[str, Any], words: Mapping[str, str]
) -> tuple[str, ...]:
    """The words for each field (in `words`' order) whose value differs between the two."""
    return tuple(word for key, word in words.items() if seen.get(key) != current.get(key))


def settle(
    session: Session,
    entity: str,
    entity_id: int,
    *,
    seen_version: int,
    current_version: int,
    seen: Mapping[str, Any],
    current: Mapping[str, Any],
    words: Mapping[str, str],
    overwrite: bool,
    person_id: int | None = None,
) -> tuple[str, ...]:
    """A save from a reading the row has moved on from: refused with `ConcurrentEditError`
    naming what changed (in `words`), or, with `overwrite`, let through and audited as such.
    Returns the words for what changed (nothing when the versions agree)."""
    if seen_version == current_version:
        return ()
    changed = changed_words(seen, current, words)
    if not overwrite:
        raise ConcurrentEditError(stale_message(changed), changed=changed)
    record_overwrite(
        session,
        entity,
        entity_id,
        seen_version=seen_version,
        current_version=current_version,
        changed=changed,
        person_id=person_id,
    )
    return changed


def check_version(expected: int | None, current: int) -> None:
    """For a command given the version it read (`--if-version`): refuse when the row moved on.

    The command line keeps no values of its own to compare, so the sentence names no fields.
    """
    if expected is not None and expected != current:
        raise ConcurrentEditError(
            f"{LEAD} (version {expected} was read, it is now at {current}); nothing was saved."
        )


def record_overwrite(
    session: Session,
    entity: str,
    entity_id: int,
    *,
    seen_version: int | None,
    current_version: int,
    changed: Sequence[str],
    person_id: int | None = None,
) -> None:
    """Note in the audit log that a save went over another coordinator's change, knowingly."""
    if seen_version is None or seen_version == current_version:
        return
    audit.record(
        session,
        "overwrite",
        entity,
        entity_id,
        before={"version": seen_version},
        after={"version": current_version, "overwritten": list(changed)},
        person_id=person_id,
    )


def bump_version(row: Versioned) -> None:
    """Make the next flush update `row` (and so raise its version, checking the old one) even
    when only its child rows changed. Call it before the flush; the UPDATE still checks the
    version read (`WHERE version = old`)."""
    row.version = row.version + 1
