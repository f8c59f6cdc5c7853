"""Mentor and staff training, and mentee eligibility, on the command line.

`coordinator training add|list|import` records trainings (TEC §21.458(b)(1)-(2), (b-1)) one at a
time or from a sign-in sheet, and shows each mentor's and leader's parts; `coordinator mentee`
sets a mentee's years of experience and keeps or un-keeps one who is not a beginning teacher
(19 TAC §153.1011(a)(1)) with a reason; `coordinator mentees` lists the year's mentees so.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from coordinator.cli.common import add_command, database, date_arg, reading
from coordinator.cli.programs import _group, year_options
from coordinator.db.enums import TrainingKind
from coordinator.tools.text import count_of

KINDS = [k.value for k in TrainingKind]


def register(commands: Any) -> None:
    training = _group(commands, "training", "Record and show mentor and staff training.")
    add = add_command(training, "add", "Record one training a person completed.", run_add)
    add.add_argument("employee_id", metavar="EMPLOYEE_ID")
    add.add_argument(
        "--kind",
        choices=KINDS,
        required=True,
        help="approved (commissioner-approved), district, or supplemental",
    )
    add.add_argument("--name", required=True, help="the training's name")
    add.add_argument("--date", type=date_arg, required=True, help="the day it was completed")
    add.add_argument("--provider", help="who gave it (e.g. an education service center)")
    add.add_argument("--hours", type=float, help="its hours (needed for supplemental training)")

    listing = add_command(
        training, "list", "Each mentor's and leader's training, part by part.", run_list
    )
    year_options(listing)
    listing.add_argument("--as-of", type=date_arg, help="count supplemental hours up to this day")

    signin = add_command(
        training, "import", "Record the trainings on a sign-in sheet (xlsx or csv).", run_import
    )
    signin.add_argument("file")
    signin.add_argument("--sheet", help="the sheet to read (default: the one that fits)")
    signin.add_argument("--kind", choices=KINDS, help="the kind, when the sheet has no column")
    signin.add_argument("--name", help="the training's name, when the sheet has no column")
    signin.add_argument("--provider", help="the provider, when the sheet has no column")
    signin.add_argument("--hours", type=float, help="the hours, when the sheet has no column")
    signin.add_argument("--date", type=date_arg, help="the date, when the sheet has no column")
    signin.add_argument("--dry-run", action="store_true", help="check only; record nothing")
    signin.add_argument(
        "--skip-invalid",
        action="store_true",
        help="record the rows without problems, leave the others",
    )

    mentee = add_command(
        commands,
        "mentee",
        "Set a mentee's years of experience, or keep one by override.",
        run_mentee,
    )
    mentee.add_argument("employee_id", metavar="EMPLOYEE_ID")
    year_options(mentee)
    mentee.add_argument(
        "--years-experience",
        type=int,
        metavar="N",
        help="years of teaching experience (in the subject or grade taught)",
    )
    mentee.add_argument(
        "--override", metavar="REASON", help="keep a mentee who is not a beginning teacher, and why"
    )
    mentee.add_argument("--clear-override", action="store_true", help="remove the override")

    mentees = add_command(
        commands, "mentees", "The year's mentees: beginning teacher or not, and why.", run_mentees
    )
    year_options(mentees)


def run_add(args: argparse.Namespace) -> int:
    from coordinator.services.compliance.training import hours_to_minutes, record_training
    from coordinator.services.lookup import person_by_employee_id

    with database(args).transaction() as session:
        person = person_by_employee_id(session, args.employee_id)
        record_training(
            session,
            person.id,
            kind=TrainingKind(args.kind),
            name=args.name,
            completed_on=args.date,
            provider=args.provider,
            minutes=hours_to_minutes(args.hours),
        )
    print(f"Recorded the {args.kind} training of {args.employee_id} on {args.date}.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from coordinator.services.compliance.training import year_training
    from coordinator.services.lookup import program_year_by_names

    with reading(args) as session:
        year = program_year_by_names(session, args.program, args.year)
        found = year_training(session, year, args.as_of or dt.date.today())
    for title, lines in (("Mentors", found.mentors), ("Campus and district staff", found.staff)):
        if not lines:
            continue
        met = sum(1 for line in lines if line.standing.met)
        print(f"{title}: {met} of {count_of(len(lines), 'person', 'people')} fully trained")
        for line in lines:
            if line.standing.parts:
                print(
                    f"  {line.employee_id or '-'} {line.name} ({line.role}): "
                    f"{line.standing.summary}"
                )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from coordinator.importing.training.signin import (
        SheetDefaults,
        read_signin_sheet,
        record_signin_sheet,
    )

    defaults = SheetDefaults(
        training=args.name,
        kind=TrainingKind(args.kind) if args.kind else None,
        provider=args.provider,
        hours=args.hours,
        date=args.date,
    )
    db = database(args, read_only=args.dry_run)
    with db.reading() if args.dry_run else db.transaction() as session:
        sheet = read_signin_sheet(session, args.file, sheet=args.sheet, defaults=defaults)
        mapped = ", ".join(f"{f} <- {h!r}" for f, h in sheet.mapped.items())
        print(
            f"{sheet.file_name}, sheet {sheet.sheet_name!r}, headers on row {sheet.header_row}: "
            f"{mapped}"
        )
        for problem in sheet.problems:
            print(problem.describe())
        print(
            f"{count_of(len(sheet.rows), 'training')} to record, "
            f"{count_of(sheet.already, 'row')} already recorded, "
            f"{count_of(len(sheet.problems), 'problem')}."
        )
        if args.dry_run:
            print("Dry run: nothing was recorded.")
            return 1 if sheet.problems else 0
        recorded = record_signin_sheet(session, sheet, skip_invalid=args.skip_invalid)
    print(f"Recorded {count_of(recorded, 'training')}.")
    return 0


def run_mentee(args: argparse.Namespace) -> int:
    from coordinator.services.compliance import mentee_eligibility as rules
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    with database(args).transaction() as session:
        year = program_year_by_names(session, args.program, args.year)
        person = person_by_employee_id(session, args.employee_id)
        if args.years_experience is not None:
            rules.set_years_experience(session, person.id, args.years_experience)
        if args.override is not None or args.clear_override:
            rules.override_eligibility(
                session, year, person.id, None if args.clear_override else args.override
            )
        found = {m.person_id: m for m in rules.year_mentees(session, year)}
        if person.id in found:
            print(f"{args.employee_id}: {found[person.id].words}")
        else:
            print(f"{args.employee_id}: not a mentee in {args.program} {args.year}.")
    return 0


def run_mentees(args: argparse.Namespace) -> int:
    from coordinator.services.compliance import mentee_eligibility as rules
    from coordinator.services.lookup import program_year_by_names

    with reading(args) as session:
        year = program_year_by_names(session, args.program, args.year)
        found = rules.year_mentees(session, year)
    if not found:
        print("This program's rule pack does not define a beginning teacher.")
        return 0
    flagged = [m for m in found if m.flagged]
    unknown = [m for m in found if m.years is None]
    kept = [m for m in found if m.override and m.beginning_teacher is False]
    print(
        f"{count_of(len(found), 'mentee')}: {len(flagged)} not a beginning teacher, "
        f"{len(kept)} kept by override, {len(unknown)} with years not recorded."
    )
    for m in flagged + kept + unknown:
        print(f"  {m.employee_id or '-'} {m.name}: {m.words}")
    return 0
