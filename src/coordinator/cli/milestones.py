"""`coordinator milestones`: where the year's timeline stands, and ticking documents received."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from coordinator.cli.common import add_command, database, date_arg, reading
from coordinator.cli.week import year_arguments


def register(commands: Any) -> None:
    milestones = add_command(
        commands,
        "milestones",
        "Show where each milestone of a program year stands, or tick documents received.",
        run_milestones,
    )
    year_arguments(milestones)
    milestones.add_argument(
        "--milestone", metavar="KEY", help="list everyone for this milestone (its key or name)"
    )
    milestones.add_argument(
        "--tick",
        metavar="KEY",
        help="record a document milestone received for --person/--campus on --on",
    )
    milestones.add_argument(
        "--untick", metavar="KEY", help="take back a document milestone ticked by mistake"
    )
    milestones.add_argument(
        "--person", action="append", default=[], metavar="EMPLOYEE_ID", help="(repeatable)"
    )
    milestones.add_argument(
        "--campus", action="append", default=[], metavar="CODE", help="(repeatable)"
    )
    milestones.add_argument("--on", type=date_arg, help="the day the document came in")


def run_milestones(args: argparse.Namespace) -> int:
    if args.tick or args.untick:
        return _tick(args)
    from coordinator.errors import NotFoundError
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.milestones.progress import MilestoneState, milestone_board

    today: dt.date = args.today or dt.date.today()
    with reading(args) as s:
        year_id = program_year_by_names(s, args.program, args.year).id
        board = milestone_board(s, year_id, today)
    if not board.milestones:
        print("This program's rule pack has no milestones.")
        return 0
    if args.milestone:
        wanted = args.milestone.casefold()
        chosen = [m for m in board.milestones if wanted in (m.key, m.name.casefold())]
        if not chosen:
            known = ", ".join(m.key for m in board.milestones)
            raise NotFoundError(f"No milestone {args.milestone!r}; this year has: {known}.")
        items = sorted(board.of(chosen[0].key), key=lambda i: (i.sort_key, i.semester or ""))
        for item in items:
            print(f"{item.state.label}: {item.subject}{_semester(item.semester)}: {item.detail}")
        print(f"items={len(items)}")
        return 0
    for m in board.milestones:
        counts = board.counts(m.key)
        figures = " ".join(f"{state.value}={counts[state]}" for state in MilestoneState)
        print(f"{m.key}: {m.name} ({m.due.phrase}; {m.met_by.phrase}): {figures}")
    return 0


def _semester(name: str | None) -> str:
    return f" ({name})" if name else ""


def _tick(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from coordinator.db.models import Campus
    from coordinator.errors import NotFoundError, RefusedError
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names
    from coordinator.services.milestones.documents import tick_received, untick

    if args.tick and args.untick:
        raise RefusedError("Give --tick or --untick, not both.")
    if args.tick and args.on is None:
        raise RefusedError("Say when the document came in: --on 2026-02-10.")
    if not args.person and not args.campus:
        raise RefusedError("Say whose document it is: --person EMPLOYEE_ID or --campus CODE.")
    db = database(args)
    try:
        with db.transaction() as s:
            year_id = program_year_by_names(s, args.program, args.year).id
            people = [person_by_employee_id(s, e).id for e in args.person]
            campuses = []
            for code in args.campus:
                campus = s.scalar(select(Campus).where(Campus.code == code))
                if campus is None:
                    raise NotFoundError(f"There is no campus with the code {code!r}.")
                campuses.append(campus.id)
            if args.tick:
                n = tick_received(s, year_id, args.tick, received_on=args.on,
                                  person_ids=people, campus_ids=campuses)  # fmt: skip
                print(f"ticked={n}")
            else:
                n = untick(s, year_id, args.untick, person_ids=people, campus_ids=campuses)
                print(f"unticked={n}")
    finally:
        db.dispose()
    return 0
