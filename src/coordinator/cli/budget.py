"""The allotment on the command line: `budget` shows it, `ledger add` records release time."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from coordinator.cli.common import add_command, database, date_arg, reading


def register(commands: Any) -> None:
    shown = add_command(
        commands,
        "budget",
        "The allotment against spent and committed, by category.",
        run_budget,
    )
    shown.add_argument("--program", required=True, help="program name")
    shown.add_argument("--year", required=True, help="program year label, e.g. 2025-26")
    shown.add_argument(
        "--set-per-teacher", metavar="AMOUNT", help="allotment per beginning teacher"
    )
    shown.add_argument("--teachers", type=int, help="how many (default: the enrolled mentees)")
    shown.add_argument("--set-total", metavar="AMOUNT", help="the allotment as one figure")
    ledger = add_command(commands, "ledger", "Release time and other spending.", None)
    actions = ledger.add_subparsers(dest="ledger_command", metavar="ACTION", required=True)
    add = add_command(actions, "add", "Record release time, a training provider's cost...", run_add)
    add.add_argument("--program", required=True)
    add.add_argument("--year", required=True)
    add.add_argument("--category", required=True)
    add.add_argument("--amount", required=True)
    add.add_argument("--on", type=date_arg, required=True, help="the day, e.g. 2025-10-14")
    add.add_argument("--person", metavar="EMPLOYEE_ID", help="the mentor released")
    add.add_argument("--description", default="")
    add.add_argument("--committed", action="store_true", help="committed, not yet spent")


def run_budget(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.pay.ledger import budget, set_budget
    from coordinator.services.pay.money import money, parse_amount

    if args.set_per_teacher or args.set_total:
        db = database(args)
        try:
            with db.transaction() as session:
                year = program_year_by_names(session, args.program, args.year)
                set_budget(
                    session,
                    year.id,
                    per_teacher_cents=parse_amount(args.set_per_teacher)
                    if args.set_per_teacher
                    else None,
                    teacher_count=args.teachers,
                    fixed_cents=parse_amount(args.set_total) if args.set_total else None,
                )
        finally:
            db.dispose()
    with reading(args) as session:
        year = program_year_by_names(session, args.program, args.year)
        shown = budget(session, year.id)
    print(f"{shown.title}: allotment {shown.allotment_words}")
    for line in shown.lines:
        allowed = "" if line.allowed else "  NOT ALLOWED"
        print(
            f"{line.label:<28} spent {money(line.spent_cents):>12}  "
            f"committed {money(line.committed_cents):>12}{allowed}"
        )
    remaining = shown.remaining_cents
    left = "" if remaining is None else f" remaining={money(remaining)}"
    print(f"spent={money(shown.spent_cents)} committed={money(shown.committed_cents)}{left}")
    for warning in shown.warnings:
        print(f"Warning: {warning}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names
    from coordinator.services.pay.ledger import add_entry
    from coordinator.services.pay.money import money, parse_amount

    amount = parse_amount(args.amount)
    db = database(args)
    try:
        with db.transaction() as session:
            year = program_year_by_names(session, args.program, args.year)
            person = person_by_employee_id(session, args.person) if args.person else None
            add_entry(
                session,
                year.id,
                category=args.category,
                amount_cents=amount,
                occurred_on=args.on or dt.date.today(),
                description=args.description,
                person_id=person.id if person else None,
                status="committed" if args.committed else "spent",
            )
    finally:
        db.dispose()
    print(f"Recorded {money(amount)} of {args.category.replace('_', ' ')}.")
    return 0
