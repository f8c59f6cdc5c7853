"""The milestones the shipped packs carry (plain data, the same shape a coordinator's pack holds).

Texas (TEC §21.458, 19 TAC §153.1011): a mentor assigned within the pack's 30 days of hire, the
12 hours of contact each semester and the five required topics covered by the year's end. The
local example is a district timeline: a first meeting within two weeks of assignment, induction
documents in February, a stay conversation by March, the end-of-year survey answered by April and
everything closed in May.
"""

from __future__ import annotations

from typing import Any

TEXAS_MILESTONES: list[dict[str, Any]] = [
    {
        "key": "mentor-assigned",
        "name": "Mentor assigned",
        "for": "mentee",
        "due": {"after": "hire", "days": 30},
        "met_by": {"kind": "assignment"},
    },
    {
        "key": "semester-hours",
        "name": "12 hours of contact",
        "for": "pair",
        "due": {"after": "semester_end"},
        "met_by": {"kind": "hours", "hours": 12},
    },
    {
        "key": "required-topics",
        "name": "Required topics covered",
        "for": "pair",
        "due": {"after": "year_end"},
        "met_by": {"kind": "required_topics"},
    },
]

LOCAL_MILESTONES: list[dict[str, Any]] = [
    {
        "key": "mentor-trained",
        "name": "Mentor training",
        "for": "mentor",
        "due": {"after": "year_start", "days": 0},
        "met_by": {"kind": "training"},
    },
    {
        "key": "first-meeting",
        "name": "First meeting",
        "for": "pair",
        "due": {"after": "assignment", "days": 14},
        "met_by": {"kind": "checkin", "checkin_kind": "one_to_one"},
    },
    {
        "key": "induction-documents",
        "name": "Induction documents",
        "for": "mentee",
        "due": {"after": "fixed", "month": 2, "day": 15},
        "met_by": {"kind": "document"},
    },
    {
        "key": "stay-conversation",
        "name": "Stay conversation",
        "for": "pair",
        "due": {"after": "fixed", "month": 3, "day": 15},
        "met_by": {"kind": "checkin", "topic": "Stay conversation"},
    },
    {
        "key": "end-of-year-survey",
        "name": "End-of-year survey",
        "for": "mentee",
        "due": {"after": "fixed", "month": 4, "day": 30},
        "met_by": {"kind": "survey", "instrument": "Mentee confidence (end of year)"},
    },
    {
        "key": "year-closed",
        "name": "Mentoring log signed",
        "for": "pair",
        "due": {"after": "fixed", "month": 5, "day": 15},
        "met_by": {"kind": "document"},
    },
]
