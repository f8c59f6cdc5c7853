"""`coordinator workbooks`: a folder of check-in workbooks, one per mentor, to send out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coordinator.cli.common import add_command, database, default_language
from coordinator.errors import NotFoundError, RefusedError
from coordinator.tools.text import fold


def register(commands: Any) -> None:
    cmd = add_command(
        commands,
        "workbooks",
        "Write a check-in log workbook for each mentor of a program year into a folder.",
        run_workbooks,
    )
    cmd.add_argument("--program", required=True, help="program name")
    cmd.add_argument("--year", required=True, help="program year label, e.g. 2025-26")
    who = cmd.add_mutually_exclusive_group()
    who.add_argument("--mentor", help="only this mentor (employee ID)")
    who.add_argument("--campus", help="only the mentors on this campus (its name)")
    cmd.add_argument("-o", "--output", required=True, type=Path, help="the folder to write into")
    cmd.add_argument(
        "--language",
        choices=("en", "es"),
        help="the workbooks' headers, sheets and instructions in English (en) or Spanish (es); "
        "default: the language chosen in the window's Settings, else the system's",
    )
    cmd.add_argument(
        "--overwrite",
        action="store_true",
        help="replace workbooks already in the folder (default: keep them and list them)",
    )


def _campus_id(session: Any, year_id: int, name: str) -> int:
    from coordinator.importing.checkins.workbook_folder import campuses_with_mentors

    campuses = campuses_with_mentors(session, year_id)
    for campus in campuses:
        if fold(campus.name) == fold(name):
            return campus.campus_id
    known = ", ".join(c.name for c in campuses) or "none"
    raise NotFoundError(
        f"No mentor of this year works on a campus named {name!r} (campuses: {known})."
    )


def run_workbooks(args: argparse.Namespace) -> int:
    from coordinator.importing.checkins.workbook_folder import (
        ExistingFiles,
        plan_workbooks,
        write_workbooks,
    )
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    if args.output.exists() and not args.output.is_dir():
        raise RefusedError(f"{args.output} is a file; give the folder to write the workbooks into.")
    # A writer, like `checkin template`: the first workbook makes the database's signing secret.
    db = database(args)
    try:
        with db.reading() as s:
            year_id = program_year_by_names(s, args.program, args.year).id
            mentor_id = person_by_employee_id(s, args.mentor).id if args.mentor else None
            campus_id = _campus_id(s, year_id, args.campus) if args.campus else None
            plan = plan_workbooks(
                s,
                year_id,
                mentor_id=mentor_id,
                campus_id=campus_id,
                language=args.language or default_language(),
            )
        existing = ExistingFiles.REPLACE if args.overwrite else ExistingFiles.SKIP
        result = write_workbooks(db, plan, args.output, existing=existing)
    finally:
        db.dispose()
    for name in result.skipped:
        print(f"kept (already there): {name}", file=sys.stderr)
    if result.skipped:
        print("Give --overwrite to replace the files kept.", file=sys.stderr)
    print(result.line)
    return 0
