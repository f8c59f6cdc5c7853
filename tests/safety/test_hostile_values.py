"""Any value stored in the audit log or the backup settings is shown or used without a crash."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings, strategies as st

from coordinator.db.engine import Database
from coordinator.db.models import Setting
from coordinator.services.audit_view import MAX_VALUE_TEXT, change_texts
from coordinator.services.safety import backups

hostile_text = st.one_of(
    st.text(max_size=50),
    st.sampled_from(['=HYPERLINK("x")', "<b>&amp;</b>", "\x00\x1b[31m", "Nguyễn 李 Zoë", "\u202e"]),
    st.integers(1, 30_000).map(lambda n: "Ab\u0301 " * n),  # up to 120,000 characters
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
records = st.none() | st.dictionaries(hostile_text, json_values, max_size=6)


@settings(max_examples=150, deadline=None)
@given(before=records, after=records)
def test_audit_values_are_shown_short_whatever_they_hold(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> None:
    shown_before, shown_after = change_texts(before, after)
    assert len(shown_before) <= MAX_VALUE_TEXT
    assert len(shown_after) <= MAX_VALUE_TEXT
    if before and after and before == after:
        assert (shown_before, shown_after) == ("", "")


def test_tampered_retention_settings_fall_back_to_defaults(db: Database) -> None:
    tampered: list[Any] = [
        "ten",
        [1, 2],
        {"recent": -3, "daily": "7", "weekly": None, "monthly": 2.5},
        {"recent": True, "daily": False},
        {"recent": 2},
    ]
    for value in tampered:
        with db.transaction() as session:
            session.merge(Setting(key=backups.RETENTION_KEY, value=value))
        with db.reading() as session:
            policy = backups.retention(session)
        expected = backups.Retention(recent=2) if value == {"recent": 2} else backups.Retention()
        assert policy == expected
