"""What the Cohorts page says when a pane is empty or a button cannot act, and how to fix it."""

from __future__ import annotations

ENROLL_MENTEES = (
    "Enroll mentees on the People page (select them, then Enroll as mentee…, Ctrl+E), "
    "or import a roster on the Imports page."
)
NO_MENTORS = (
    "No mentor is enrolled in this year yet. On the People page select them, then "
    "Enroll as mentor… (Ctrl+Shift+T)."
)
NO_SELECTION = "Select mentees in a cohort first."


def why_no_match(mentors: int, waiting: int) -> str | None:
    """Why Match all cannot act, or None when it can."""
    if not mentors:
        return NO_MENTORS
    if not waiting:
        return f"Nobody is waiting for a mentor. {ENROLL_MENTEES}"
    return None


def why_no_assign(mentee: str | None, suggestions: int) -> str | None:
    """Why Assign to suggested mentor cannot act, or None when it can."""
    if mentee is None:
        return "Select an unassigned mentee first."
    if not suggestions:
        return f"No mentor has room for {mentee}, or none is eligible."
    return None
