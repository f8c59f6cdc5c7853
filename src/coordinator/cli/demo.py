"""`coordinator demo`: fill an empty database with the synthetic demo district."""

from __future__ import annotations

import argparse
from typing import Any

from coordinator.cli.common import add_command, database
from coordinator.demo import LIBRARY_PROGRAM, SCALES, TEXAS_PROGRAM, build_demo
from coordinator.demo.plan import YEAR_LABEL
from coordinator.tools.text import count_of


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "demo",
        "Fill an empty database with a realistic demo district (the same seed gives the same "
        "data).",
        run_demo,
    )
    parser.add_argument("--seed", type=int, default=1, metavar="N", help="random seed (default: 1)")
    parser.add_argument(
        "--scale",
        choices=list(SCALES),
        default="district",
        help="small (a few campuses, for tests), district (about 1,500 staff, the default) or "
        "large (about 100,000 staff, for benchmarks)",
    )


def run_demo(args: argparse.Namespace) -> int:
    db = database(args)
    try:
        summary = build_demo(db, seed=args.seed, scale=args.scale)
    finally:
        db.dispose()
    print(f"Demo district ({summary.scale}, seed {summary.seed}) written to {db.display_name}:")
    print(f"  {count_of(summary.campuses, 'campus')}, {count_of(summary.people, 'person')}")
    print(
        f"  programs {TEXAS_PROGRAM!r} and {LIBRARY_PROGRAM!r}, year {YEAR_LABEL}: "
        f"{count_of(summary.mentors, 'mentor')}, {count_of(summary.mentees, 'mentee')}, "
        f"{count_of(summary.assignments, 'assignment')} "
        f"({count_of(summary.unassigned_mentees, 'mentee')} unassigned)"
    )
    print(
        f"  {count_of(summary.checkins, 'check-in')} with {count_of(summary.attendees, 'attendee')}"
    )
    return 0
