"""What the Cohorts page says when a pane is empty or a button cannot act, and how to fix it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Marked for translation in the Cohorts page's context; shown through its self.tr.
ENROLL_MENTEES = str(
    QT_TRANSLATE_NOOP(
        "CohortsPage",
        "Enroll mentees on the People page (select them, then Enroll as mentee…, Ctrl+E), "
        "or import a roster on the Imports page.",
    )
)
NO_MENTORS = str(
    QT_TRANSLATE_NOOP(
        "CohortsPage",
        "No mentor is enrolled in this year yet. On the People page select them, then "
        "Enroll as mentor… (Ctrl+Shift+T).",
    )
)
NO_SELECTION = str(QT_TRANSLATE_NOOP("CohortsPage", "Select mentees in a cohort first."))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CohortsPage", text)


def why_no_match(mentors: int, waiting: int) -> str | None:
    """Why Match all cannot act, or None when it can."""
    if not mentors:
        return _tr(NO_MENTORS)
    if not waiting:
        return QCoreApplication.translate(
            "CohortsPage", "Nobody is waiting for a mentor. {enroll}"
        ).format(enroll=_tr(ENROLL_MENTEES))
    return None


def why_no_assign(mentee: str | None, suggestions: int) -> str | None:
    """Why Assign to suggested mentor cannot act, or None when it can."""
    if mentee is None:
        return QCoreApplication.translate("CohortsPage", "Select an unassigned mentee first.")
    if not suggestions:
        return QCoreApplication.translate(
            "CohortsPage", "No mentor has room for {mentee}, or none is eligible."
        ).format(mentee=mentee)
    return None
