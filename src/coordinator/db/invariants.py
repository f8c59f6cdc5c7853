"""The unique indexes that hold the invariants (migration 0003), refused in words when hit.

The locks in db/locks.py make the second writer see the first one's rows and refuse politely;
these words are for anything that still reaches the index (a writer that took no lock).
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from coordinator.errors import RefusedError

# What each index's violation looks like in PostgreSQL's and SQLite's messages.
INVARIANTS = {
    (
        "uq_assignment_one_open",
        "assignment.program_year_id, assignment.mentee_id",
    ): "This mentee already has an open assignment in this program year (another coordinator "
    "may have just made it). Nothing was changed; reload and reassign instead.",
    ("uq_person_email_without_id",): "A person without an employee ID already has this "
    "e-mail address (another import may have just added them). Nothing was changed; reload "
    "and try again.",
}


def broken_invariant(exc: IntegrityError) -> RefusedError | None:
    """The refusal an integrity error is when one of the invariants' indexes caught it."""
    words = str(exc.orig)
    for marks, message in INVARIANTS.items():
        if any(mark in words for mark in marks):
            return RefusedError(message)
    return None
