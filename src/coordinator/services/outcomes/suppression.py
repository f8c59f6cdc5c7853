"""Small groups are never shown: a group of fewer than N people says "fewer than N" instead.

N is a setting kept in the database (5 unless the coordinator changes it), so every report,
export and view of one database hides the same groups.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from coordinator.db.models import Setting
from coordinator.errors import RefusedError
from coordinator.services import audit

THRESHOLD_KEY = "outcomes.small_group_threshold"
DEFAULT_THRESHOLD = 5
MAX_THRESHOLD = 50


def threshold(session: Session) -> int:
    """The smallest group whose figures are shown (the stored setting, or 5)."""
    row = session.get(Setting, THRESHOLD_KEY)
    value = row.value if row is not None else None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_THRESHOLD:
        return value
    return DEFAULT_THRESHOLD


def set_threshold(session: Session, value: int) -> None:
    """Store a new smallest shown group size (audited)."""
    if not 1 <= value <= MAX_THRESHOLD:
        raise RefusedError(
            f"The smallest group shown must be between 1 and {MAX_THRESHOLD} people; "
            f"{value} is not."
        )
    row = session.get(Setting, THRESHOLD_KEY)
    before = threshold(session)
    if row is None:
        session.add(Setting(key=THRESHOLD_KEY, value=value))
    else:
        row.value = value
    if before != value or row is None:
        audit.record(
            session, "update", "setting", None, before={THRESHOLD_KEY: before},
            after={THRESHOLD_KEY: value},
        )  # fmt: skip


def hidden_words(limit: int) -> str:
    """What a suppressed figure says."""
    return f"fewer than {limit}"
