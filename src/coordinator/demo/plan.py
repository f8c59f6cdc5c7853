"""The demo's fixed calendar and the size of each scale (small, district, large)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator.errors import CoordinatorError

DISTRICT_NAME = "Lone Star Independent School District"
TEXAS_PROGRAM = "Teacher Induction"
LIBRARY_PROGRAM = "New Librarians"
YEAR_LABEL = "2025-26"
YEAR_START = dt.date(2025, 8, 11)
YEAR_END = dt.date(2026, 6, 5)
SEMESTERS = (
    ("Fall 2025", dt.date(2025, 8, 11), dt.date(2025, 12, 19)),
    ("Spring 2026", dt.date(2026, 1, 5), dt.date(2026, 6, 5)),
)
FIRST_CHECKIN = dt.date(2025, 8, 18)
LAST_CHECKIN = dt.date(2026, 6, 1)
# Rows the roster "import" created are stamped at the start of the year, not when the demo ran,
# so the same seed always gives the same rows.
ROSTER_LOADED_AT = dt.datetime(2025, 8, 1, 7, 30)
# School holidays with no check-ins: Labor Day, Thanksgiving week, MLK day, spring break.
HOLIDAYS = frozenset(
    [dt.date(2025, 9, 1), dt.date(2026, 1, 19)]
    + [dt.date(2025, 11, 24) + dt.timedelta(days=i) for i in range(5)]
    + [dt.date(2026, 3, 16) + dt.timedelta(days=i) for i in range(5)]
)
TEXAS_TRAINING = "Texas mentor training"
LIBRARY_TRAINING = "Library mentor training"


@dataclass(frozen=True)
class ScalePlan:
    """How big a demo district is; the rest (mentors, check-ins) follows from these."""

    name: str
    campuses: tuple[int, int, int]  # elementary, middle, high
    staff: dict[str, tuple[int, int]]  # staff per campus by level (inclusive range)
    texas_mentees: int
    unassigned: int  # late hires left for "Match all"
    late_assignments: int  # assigned after the 30th day of employment
    reassignments: int
    leavers: int  # left the district mid-year
    withdrawals: int
    librarians: int
    new_mentor_share: float  # chance a campus adds a same-subject mentor rather than share one
    long_sessions: bool  # longer one-to-one meetings (fewer check-ins per mentee)


SCALES: dict[str, ScalePlan] = {
    "small": ScalePlan(
        name="small",
        campuses=(3, 2, 1),
        staff={"elementary": (7, 8), "middle": (8, 9), "high": (10, 11)},
        texas_mentees=14,
        unassigned=3,
        late_assignments=1,
        reassignments=1,
        leavers=1,
        withdrawals=1,
        librarians=8,
        new_mentor_share=0.3,
        long_sessions=False,
    ),
    "district": ScalePlan(
        name="district",
        campuses=(70, 30, 20),
        staff={"elementary": (9, 12), "middle": (12, 15), "high": (16, 20)},
        texas_mentees=335,
        unassigned=40,
        late_assignments=8,
        reassignments=6,
        leavers=4,
        withdrawals=3,
        librarians=35,
        new_mentor_share=0.25,
        long_sessions=False,
    ),
    "large": ScalePlan(
        name="large",
        campuses=(1500, 600, 400),
        staff={"elementary": (30, 40), "middle": (40, 50), "high": (50, 62)},
        texas_mentees=10_000,
        unassigned=400,
        late_assignments=150,
        reassignments=120,
        leavers=80,
        withdrawals=60,
        librarians=35,
        new_mentor_share=0.3,
        long_sessions=True,
    ),
}


def scale_plan(scale: str) -> ScalePlan:
    try:
        return SCALES[scale]
    except KeyError:
        known = ", ".join(SCALES)
        raise CoordinatorError(
            f"There is no demo scale {scale!r}; choose one of: {known}."
        ) from None
