"""`coordinator week` and `coordinator nudge`: the week's to-do list, and nudges as drafts."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from coordinator.cli.common import add_command, database, date_arg, default_language, reading

REASONS = ("behind", "not-logged", "no-contact", "milestone", "survey", "pay")


def register(commands: Any) -> None:
    week = add_command(
        commands,
        "week",
        "List what needs doing this week in a program year, most urgent first.",
        run_week,
    )
    year_arguments(week)
    week.add_argument(
        "--not-logged-days",
        type=int,
        default=14,
        metavar="N",
        help="list mentors with no check-in for N days (default 14)",
    )
    nudge = add_command(
        commands,
        "nudge",
        "Write nudges as unsent e-mail drafts (.eml), one per person, into a folder.",
        run_nudge,
    )
    year_arguments(nudge)
    nudge.add_argument("--who", required=True, choices=REASONS, help="which nudge to write")
    nudge.add_argument(
        "--to", required=True, choices=("mentors", "mentees"), help="who the drafts are for"
    )
    nudge.add_argument("-o", "--output", required=True, type=Path, help="the folder to write into")
    nudge.add_argument(
        "--attach-workbook",
        action="store_true",
        help="attach each mentor's check-in workbook to their draft",
    )
    nudge.add_argument(
        "--language",
        choices=("en", "es"),
        help="the drafts' wording in English (en) or Spanish (es); default: the language "
        "chosen in the window's Settings, else the system's",
    )


def year_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--program", required=True, help="program name")
    cmd.add_argument("--year", required=True, help="program year label, e.g. 2025-26")
    cmd.add_argument(
        "--today", type=date_arg, help="the day to plan for (default: today), e.g. 2025-10-06"
    )


def run_week(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.week.this_week import this_week

    today: dt.date = args.today or dt.date.today()
    with reading(args) as s:
        year_id = program_year_by_names(s, args.program, args.year).id
        week = this_week(s, year_id, today, not_logged_days=args.not_logged_days)
    for line in week.lines:
        nudged = line.nudged_words(today)
        tail = f" ({nudged})" if nudged else ""
        print(f"{line.action.label}: {line.text}{tail}")
    print(f"lines={len(week.lines)}")
    return 0


def run_nudge(args: argparse.Namespace) -> int:
    from coordinator.errors import RefusedError
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.week.drafts import write_drafts
    from coordinator.services.week.nudge_templates import Audience, NudgeReason, nudge_template
    from coordinator.services.week.nudges import plan_nudges

    if args.output.exists() and not args.output.is_dir():
        raise RefusedError(f"{args.output} is a file; give the folder to write the drafts into.")
    today: dt.date = args.today or dt.date.today()
    reason, audience = NudgeReason(args.who), Audience(args.to)
    language = args.language or default_language()
    db = database(args)
    try:
        with db.reading() as s:
            year_id = program_year_by_names(s, args.program, args.year).id
            plan = plan_nudges(s, year_id, reason, audience, today, language=language)
            template = nudge_template(s, plan.program_id, reason, language)
        result = write_drafts(db, plan, template, args.output, attach_workbook=args.attach_workbook)
    finally:
        db.dispose()
    for name in result.without_email:
        print(f"no e-mail address, no draft: {name}", file=sys.stderr)
    print(result.line)
    return 0
