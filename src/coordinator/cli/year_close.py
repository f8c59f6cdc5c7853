"""Closing a finished year on the command line: `year close`, `year outcomes`, `year outcome`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import add_command, database, date_arg, reading

if TYPE_CHECKING:
    from coordinator.services.compliance.year_close import YearOutcomes

OUTCOME_WORDS = ("completed", "not_completed", "withdrawn", "left_district")


def register_year_actions(year: Any) -> None:
    """The `year` command's close actions (the `year` group itself lives in cli/programs.py)."""
    close = add_command(
        year,
        "close",
        "Close a finished year: record each mentee's outcome (completed, not completed, "
        "withdrawn, left the district).",
        run_close,
    )
    _year_options(close)
    close.add_argument(
        "--dry-run", action="store_true", help="list the proposed outcomes and change nothing"
    )
    shown = add_command(year, "outcomes", "List each mentee's outcome of a year.", run_outcomes)
    _year_options(shown)
    edit = add_command(
        year,
        "outcome",
        "Change one mentee's outcome or certificate in a closed year, with a reason.",
        run_outcome,
    )
    edit.add_argument("--program", required=True, help="program name")
    edit.add_argument("--year", required=True, help="program year label, e.g. 2025-26")
    edit.add_argument("--mentee", required=True, metavar="EMPLOYEE_ID")
    edit.add_argument("--outcome", choices=OUTCOME_WORDS)
    edit.add_argument("--on", type=date_arg, help="the day the mentee withdrew or left")
    edit.add_argument(
        "--certificate",
        choices=("yes", "no", "by-outcome"),
        help="print a certificate for them (yes), never (no), or as the outcome says",
    )
    edit.add_argument("--reason", required=True, help="why; kept in the audit log")


def _year_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--program", required=True, help="program name")
    parser.add_argument("--year", required=True, help="program year label, e.g. 2025-26")
    parser.add_argument(
        "--today", type=date_arg, help="the day it is closed on (default: today), e.g. 2026-06-10"
    )


def _print_outcomes(outcomes: YearOutcomes) -> None:
    for line in outcomes.lines:
        certificate = "certificate" if line.gets_certificate else "no certificate"
        who = f"{line.name} ({line.employee_id or 'no ID'}, {line.campus or 'no campus'})"
        print(f"{line.outcome.label:<18} {who}: {line.description} [{certificate}]")
    print(f"{outcomes.title}: {outcomes.summary}.")


def run_close(args: argparse.Namespace) -> int:
    from coordinator.services.compliance.year_close import close_year, year_outcomes
    from coordinator.services.lookup import program_year_by_names

    today: dt.date = args.today or dt.date.today()
    if args.dry_run:
        with reading(args) as session:
            year = program_year_by_names(session, args.program, args.year)
            outcomes = year_outcomes(session, year.id, today=today)
        _print_outcomes(outcomes)
        print("Nothing was changed (--dry-run).")
        return 0
    db = database(args)
    try:
        with db.transaction() as session:
            year = program_year_by_names(session, args.program, args.year)
            outcomes = close_year(session, year.id, today=today)
    finally:
        db.dispose()
    _print_outcomes(outcomes)
    print(f"Closed {outcomes.title} on {today.isoformat()}.")
    return 0


def run_outcomes(args: argparse.Namespace) -> int:
    from coordinator.services.compliance.year_close import year_outcomes
    from coordinator.services.lookup import program_year_by_names

    with reading(args) as session:
        year = program_year_by_names(session, args.program, args.year)
        outcomes = year_outcomes(session, year.id, today=args.today or dt.date.today())
    _print_outcomes(outcomes)
    if outcomes.closed_on is None:
        print("The year is not closed yet: these are the outcomes closing it would record.")
    return 0


def run_outcome(args: argparse.Namespace) -> int:
    from coordinator.db.models import Outcome
    from coordinator.services.compliance.year_close import edit_outcome, year_outcomes
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    certificate = {"yes": True, "no": False}.get(args.certificate or "")
    db = database(args)
    try:
        with db.transaction() as session:
            year = program_year_by_names(session, args.program, args.year)
            mentee = person_by_employee_id(session, args.mentee)
            edit_outcome(
                session,
                year.id,
                mentee.id,
                outcome=Outcome(args.outcome) if args.outcome else None,
                ended_on=args.on,
                certificate=certificate,
                follow_outcome=args.certificate == "by-outcome",
                reason=args.reason,
            )
            line = next(
                x
                for x in year_outcomes(session, year.id, today=dt.date.today()).lines
                if x.person_id == mentee.id
            )
    finally:
        db.dispose()
    certificate_words = "a certificate" if line.gets_certificate else "no certificate"
    print(f"{line.name}: {line.description}, {certificate_words}.")
    return 0
