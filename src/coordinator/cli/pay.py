"""Mentor stipends on the command line: `pay preview|approve|adjust|reverse|show|export`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import add_command, database, date_arg, reading

if TYPE_CHECKING:
    from coordinator.services.pay.runs import RunView

PERIODS = ("fall", "spring", "year")


def register(commands: Any) -> None:
    pay = add_command(commands, "pay", "Mentor stipends settled from the logs.", None)
    actions = pay.add_subparsers(dest="pay_command", metavar="ACTION", required=True)
    shown = add_command(
        actions, "preview", "Show what each person would be paid, and why.", run_preview
    )
    _scope(shown)
    approve = add_command(actions, "approve", "Approve and lock the period's run.", run_approve)
    _scope(approve)
    approve.add_argument("--today", type=date_arg, help="the day it is approved (default: today)")
    adjust = add_command(
        actions, "adjust", "Add an adjustment for one person to the next run.", run_adjust
    )
    _scope(adjust)
    adjust.add_argument("--person", required=True, metavar="EMPLOYEE_ID")
    adjust.add_argument("--amount", required=True, help="amount to add, e.g. 25 or -12.50")
    adjust.add_argument("--reason", required=True, help="why; kept on the line and in the audit")
    reverse = add_command(actions, "reverse", "Reverse a locked run by a new run.", run_reverse)
    reverse.add_argument("run", type=int, metavar="RUN")
    reverse.add_argument("--reason", required=True, help="why; kept in the audit log")
    show = add_command(actions, "show", "Show a run's lines.", run_show)
    show.add_argument("run", type=int, metavar="RUN")
    export = add_command(actions, "export", "Write a locked run for payroll.", run_export)
    export.add_argument("run", type=int, metavar="RUN")
    export.add_argument("-o", "--output", required=True, type=Path, help="FILE.xlsx or FILE.csv")
    export.add_argument("--profile", metavar="NAME", help="a saved payroll profile's columns")
    profile = add_command(
        actions, "profile", "Save the columns payroll loads, in order, as a profile.", run_profile
    )
    profile.add_argument("name", metavar="NAME")
    profile.add_argument(
        "--column",
        action="append",
        required=True,
        metavar="FIELD=HEADER",
        help="employee_id, name, amount, account_code, pay_period or description, e.g. "
        "employee_id='Emp No'; repeat in the file's order",
    )
    coordinators = add_command(
        actions,
        "coordinators",
        "List, set or remove the campus coordinators pay rules can pay.",
        run_coordinators,
    )
    coordinators.add_argument("--program", required=True, help="program name")
    coordinators.add_argument("--year", required=True, help="program year label, e.g. 2025-26")
    coordinators.add_argument("--campus", help="the campus, by name or code")
    chosen = coordinators.add_mutually_exclusive_group()
    chosen.add_argument("--person", metavar="EMPLOYEE_ID", help="the campus's coordinator")
    chosen.add_argument("--remove", action="store_true", help="the campus has none any more")
    request = add_command(
        actions,
        "request",
        "Write a signed stipend request PDF, one page per mentor or per campus.",
        run_request,
    )
    request.add_argument("run", type=int, metavar="RUN")
    request.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf")
    request.add_argument(
        "--per",
        choices=("mentor", "campus"),
        default="mentor",
        help="one page per mentor (default), or per campus listing its mentors with a total",
    )


def _scope(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--program", required=True, help="program name")
    parser.add_argument("--year", required=True, help="program year label, e.g. 2025-26")
    parser.add_argument("--period", required=True, choices=PERIODS)


def _print(view: RunView) -> None:
    from coordinator.services.pay.money import money

    print(f"{view.title} ({view.status}): {view.rules_summary}")
    for line in view.lines:
        who = f"{line.name} ({line.employee_id or 'no ID'})"
        kind = "" if line.kind == "computed" else f"[{line.kind}] "
        print(f"{money(line.amount_cents):>12}  {who}: {kind}{line.reason}")
    print(f"people={view.people} total={money(view.total_cents)}")


def run_preview(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.pay.runs import preview

    with reading(args) as session:
        year = program_year_by_names(session, args.program, args.year)
        view = preview(session, year.id, args.period)
    _print(view)
    print("Nothing was approved: 'coordinator pay approve' locks this run.")
    return 0


def run_approve(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.pay.runs import approve, run_view

    db = database(args)
    try:
        with db.transaction() as session:
            year = program_year_by_names(session, args.program, args.year)
            run_id = approve(session, year.id, args.period, today=args.today or dt.date.today())
            view = run_view(session, run_id)
    finally:
        db.dispose()
    _print(view)
    print(f"Approved and locked run {run_id}.")
    return 0


def run_adjust(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names
    from coordinator.services.pay.money import money, parse_amount
    from coordinator.services.pay.runs import adjust

    amount = parse_amount(args.amount)
    db = database(args)
    try:
        with db.transaction() as session:
            year = program_year_by_names(session, args.program, args.year)
            person = person_by_employee_id(session, args.person)
            run_id = adjust(session, year.id, args.period, person.id, amount, args.reason)
    finally:
        db.dispose()
    print(f"Added {money(amount)} to draft run {run_id}; it is paid when the run is approved.")
    return 0


def run_reverse(args: argparse.Namespace) -> int:
    from coordinator.services.pay.runs import reverse, run_view

    db = database(args)
    try:
        with db.transaction() as session:
            back = reverse(session, args.run, reason=args.reason, today=dt.date.today())
            view = run_view(session, back)
    finally:
        db.dispose()
    _print(view)
    print(f"Run {args.run} is reversed by run {back}.")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from coordinator.services.pay.runs import run_view

    with reading(args) as session:
        view = run_view(session, args.run)
    _print(view)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from coordinator.services.pay.exports import profile_columns, write_payroll
    from coordinator.services.pay.money import money
    from coordinator.services.pay.runs import run_view

    with reading(args) as session:
        view = run_view(session, args.run)
        columns = profile_columns(session, args.profile)
    people, total = write_payroll(view, args.output, columns)
    print(f"Wrote {args.output}: people={people} total={money(total)}")
    return 0


def run_request(args: argparse.Namespace) -> int:
    from coordinator.errors import RefusedError
    from coordinator.reports.stipend_request import write_stipend_requests
    from coordinator.services.pay.runs import LOCKED, run_view
    from coordinator.tools.text import count_of

    with reading(args) as session:
        view = run_view(session, args.run)
    if view.status != LOCKED or not view.people:
        raise RefusedError(f"Run {args.run} pays no one yet: approve it first.")
    if args.output.suffix.lower() != ".pdf":
        raise RefusedError(f"Cannot write {args.output.name}: choose a name ending in .pdf.")
    write_stipend_requests(view, args.output, per=args.per)
    if args.per == "campus":
        totals: dict[int, int] = {}
        campus_of = {}
        for line in view.lines:
            totals[line.person_id] = totals.get(line.person_id, 0) + line.amount_cents
            campus_of[line.person_id] = line.campus
        campuses = len({campus_of[pid] for pid, amount in totals.items() if amount})
        print(
            f"Wrote {args.output}: stipend requests for "
            f"{count_of(campuses, 'campus', 'campuses')} ({count_of(view.people, 'mentor')})."
        )
    else:
        print(f"Wrote {args.output}: {view.people} stipend requests.")
    return 0


def run_profile(args: argparse.Namespace) -> int:
    from coordinator.errors import RefusedError
    from coordinator.services.pay.exports import save_profile

    columns = []
    for text in args.column:
        field, sep, header = text.partition("=")
        if not sep:
            raise RefusedError(f"--column {text!r}: write it as FIELD=HEADER, e.g. amount=Gross.")
        columns.append((field.strip(), header))
    db = database(args)
    try:
        with db.transaction() as session:
            save_profile(session, args.name, columns)
    finally:
        db.dispose()
    print(f"Saved payroll profile {args.name!r}: {', '.join(h for _, h in columns)}.")
    return 0


def run_coordinators(args: argparse.Namespace) -> int:
    from coordinator.errors import RefusedError
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names
    from coordinator.services.pay.coordinators import (
        campus_coordinators,
        remove_campus_coordinator,
        set_campus_coordinator,
    )
    from coordinator.services.programs.meeting_times import campus_by_name

    if (args.person or args.remove) and not args.campus:
        raise RefusedError("Name the campus: --campus NAME_OR_CODE.")
    if args.campus and not (args.person or args.remove):
        raise RefusedError("Give --person EMPLOYEE_ID to set the coordinator, or --remove.")
    if args.campus:
        db = database(args)
        try:
            with db.transaction() as session:
                year = program_year_by_names(session, args.program, args.year)
                campus = campus_by_name(session, args.campus)
                if args.remove:
                    remove_campus_coordinator(session, year.id, campus.id)
                else:
                    person = person_by_employee_id(session, args.person)
                    set_campus_coordinator(session, year.id, campus.id, person.id)
        finally:
            db.dispose()
    with reading(args) as session:
        year = program_year_by_names(session, args.program, args.year)
        lines = campus_coordinators(session, year.id)
    for line in lines:
        print(f"{line.campus}: {line.name} ({line.employee_id or 'no ID'})")
    print(f"campus coordinators={len(lines)}")
    return 0
