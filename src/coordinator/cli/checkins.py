"""Check-in commands: add, import a mentor's workbook, write one, status, follow-up calendar."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.db.enums import CHECKIN_KIND_LABELS, CheckinKind
from coordinator.tools.text import count_of, figure

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

from coordinator.cli.common import (
    add_command,
    database,
    date_arg,
    default_language,
    refuse_output_over_inputs,
)
from coordinator.errors import NotFoundError, RefusedError


def register(commands: Any) -> None:
    group = add_command(commands, "checkin", "Log and import check-ins.", _group_help)
    sub = group.add_subparsers(dest="checkin_command", metavar="ACTION")
    group.set_defaults(group_parser=group)
    _register_add(sub)
    imp = add_command(
        sub,
        "import",
        "Import a mentor's returned check-in workbook, or a survey-form export (csv/xlsx).",
        run_import,
    )
    imp.add_argument("file", type=Path, help="the returned workbook or the survey export")
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    imp.add_argument("--program", help="for a survey export: the program it belongs to")
    imp.add_argument("--year", help="for a survey export: the program year, e.g. 2025-26")
    imp.add_argument(
        "--problems", type=Path, metavar="OUT.xlsx", help="save the row problems (.xlsx or .csv)"
    )
    tpl = add_command(sub, "template", "Write a mentor's check-in log workbook.", run_template)
    tpl.add_argument("--mentor", required=True, help="the mentor's employee ID")
    tpl.add_argument("--program", help="program name (default: the mentor's latest program)")
    tpl.add_argument("--year", help="program year label, e.g. 2025-26")
    tpl.add_argument("-o", "--output", required=True, type=Path, help="the .xlsx file to write")
    tpl.add_argument(
        "--language",
        choices=("en", "es"),
        help="the workbook in English (en) or Spanish (es); default: the language chosen in the "
        "window's Settings, else the system's",
    )
    status = add_command(
        commands, "status", "List the mentees at risk, with reasons and numbers.", run_status
    )
    status.add_argument("--program", required=True)
    status.add_argument("--year", required=True)
    status.add_argument("--as-of", type=date_arg, help="evaluate on this date (default: today)")
    cal = add_command(
        commands,
        "calendar",
        "Export upcoming follow-ups, and a program year's milestones, as .ics.",
        run_calendar,
    )
    cal.add_argument("-o", "--output", required=True, type=Path, help="the .ics file to write")
    cal.add_argument("--program")
    cal.add_argument("--year", help="with --program: the year's milestones come too")
    cal.add_argument("--since", type=date_arg, help="first follow-up date (default: today)")
    cal.add_argument(
        "--mentor", metavar="EMPLOYEE_ID", help="only this mentor's own mentees and milestones"
    )
    cal.add_argument(
        "--no-milestones", action="store_true", help="only the follow-ups, no milestones"
    )


def _register_add(sub: Any) -> None:
    add = add_command(sub, "add", "Log one check-in (one entry for a whole group).", run_add)
    add.add_argument("--program", required=True)
    add.add_argument("--year", required=True)
    add.add_argument("--mentor", required=True, help="the mentor's employee ID")
    add.add_argument(
        "--mentee", required=True, action="append", help="a mentee's employee ID (repeat)"
    )
    add.add_argument("--absent", action="append", default=[], help="an absent mentee's ID")
    add.add_argument("--date", required=True, type=date_arg, help="yyyy-mm-dd")
    kinds = ", ".join(k.value for k in CheckinKind)
    add.add_argument("--kind", required=True, help=f"one of: {kinds}")
    add.add_argument("--minutes", required=True, type=int)
    add.add_argument("--time", help="when it began, e.g. 14:30 (the designated-time rule reads it)")
    add.add_argument("--topic", action="append", default=[], help="a topic name (repeat)")
    add.add_argument("--next-steps", default="")
    add.add_argument("--follow-up", type=date_arg, help="follow-up date, yyyy-mm-dd")
    add.add_argument(
        "--confirm-unassigned",
        action="store_true",
        help="log it even if a mentee is not assigned to this mentor on that date",
    )


def parse_time(text: str) -> dt.time:
    from coordinator.services.programs.meeting_times import parse_time as parse

    return parse(text, "start time")


def _group_help(args: argparse.Namespace) -> int:
    args.group_parser.print_help(sys.stderr)
    return 2


def parse_kind(text: str) -> CheckinKind:
    wanted = text.strip().lower().replace("-", "_").replace(" ", "_")
    for kind, label in CHECKIN_KIND_LABELS.items():
        if wanted in (kind.value, label.lower().replace(" ", "_").replace("-", "_")):
            return kind
    kinds = ", ".join(k.value for k in CheckinKind)
    raise RefusedError(f"Unknown kind {text!r}; use one of: {kinds}.")


def _topic_ids(session: Session, year_id: int, names: list[str]) -> tuple[int, ...]:
    from coordinator.services.checkins.entry import topics_for_year

    topics = {t.name.lower(): t.topic_id for t in topics_for_year(session, year_id)}
    ids = []
    for name in names:
        if name.strip().lower() not in topics:
            raise RefusedError(
                f"The program has no topic {name!r}; the Check-ins page lists its topics."
            )
        ids.append(topics[name.strip().lower()])
    return tuple(ids)


def run_add(args: argparse.Namespace) -> int:
    from coordinator.services.checkins.entry import add_checkin
    from coordinator.services.checkins.validation import CheckinInput
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    db = database(args)
    try:
        with db.transaction() as s:
            year = program_year_by_names(s, args.program, args.year)
            mentees = tuple(person_by_employee_id(s, m).id for m in args.mentee)
            absent = tuple(person_by_employee_id(s, m).id for m in args.absent)
            data = CheckinInput(
                program_year_id=year.id,
                mentor_id=person_by_employee_id(s, args.mentor).id,
                occurred_on=args.date,
                kind=parse_kind(args.kind),
                minutes=args.minutes,
                mentee_ids=mentees,
                absent_ids=absent,
                topic_ids=_topic_ids(s, year.id, args.topic),
                next_steps=args.next_steps,
                follow_up_on=args.follow_up,
                starts_at=parse_time(args.time) if args.time else None,
            )
            cid = add_checkin(s, data, confirm_unassigned=args.confirm_unassigned)
    finally:
        db.dispose()
    present = len(mentees) - len(absent)
    print(
        f"Logged check-in {cid}: {count_of(args.minutes, 'minute')}, "
        f"{count_of(present, 'mentee')} present."
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from coordinator.importing.checkins.intake import import_checkin_file
    from coordinator.importing.problems import save_problems
    from coordinator.services.lookup import program_year_by_names

    if bool(args.program) != bool(args.year):
        raise RefusedError("Give both --program and --year, or neither.")
    refuse_output_over_inputs(args, args.problems, args.file)
    db = database(args, rehearse=args.dry_run)
    try:
        year_id = None
        if args.program:
            with db.reading() as s:
                year_id = program_year_by_names(s, args.program, args.year).id
        try:
            result = import_checkin_file(
                db, args.file, program_year_id=year_id, dry_run=args.dry_run
            )
        except RefusedError as exc:
            if exc.field != "program_year_id":
                raise
            raise RefusedError(
                f"{args.file.name} is not a Coordinator check-in workbook. To import it as a "
                "survey-form export, give --program and --year.",
                field=exc.field,
            ) from exc
    finally:
        db.dispose()
    for problem in result.problems:
        print(problem.describe(), file=sys.stderr)
    if args.problems:
        save_problems(result.problems, args.problems)
    for note in result.notes:
        print(f"note: {note}")
    print(result.line)
    return 1 if result.counts["invalid"] else 0


def _mentor_latest_year(session: Session, mentor_id: int) -> int:
    from sqlalchemy import select

    from coordinator.db.models import Assignment, ProgramYear

    year_id = session.scalar(
        select(Assignment.program_year_id)
        .join(ProgramYear, ProgramYear.id == Assignment.program_year_id)
        .where(Assignment.mentor_id == mentor_id)
        .order_by(ProgramYear.start_date.desc())
        .limit(1)
    )
    if year_id is None:
        raise NotFoundError("This mentor has no mentees in any program year; assign some first.")
    return int(year_id)


def run_template(args: argparse.Namespace) -> int:
    from coordinator.importing.checkins.workbook_format import write_checkin_workbook
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    if bool(args.program) != bool(args.year):
        raise RefusedError("Give both --program and --year, or neither.")
    refuse_output_over_inputs(args, args.output)
    db = database(args)
    try:
        with db.reading() as s:
            mentor = person_by_employee_id(s, args.mentor)
            if args.program:
                year_id = program_year_by_names(s, args.program, args.year).id
            else:
                year_id = _mentor_latest_year(s, mentor.id)
            language = args.language or default_language()
            count = write_checkin_workbook(s, year_id, mentor.id, args.output, language=language)
    finally:
        db.dispose()
    print(f"Wrote {args.output} with {count_of(count, 'mentee')} in its list.")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from coordinator.services.compliance.dashboard import build_dashboard
    from coordinator.services.compliance.evaluate import (
        ComplianceState,
        evaluate_mentors,
        hours_text,
    )
    from coordinator.services.lookup import program_year_by_names

    db = database(args, read_only=True)
    try:
        with db.reading() as s:
            year = program_year_by_names(s, args.program, args.year)
            dash = build_dashboard(s, year.id, as_of=args.as_of)
            mentors = [
                m
                for m in evaluate_mentors(s, year.id, as_of=args.as_of)
                if m.state is not ComplianceState.ON_TRACK
            ]
    finally:
        db.dispose()
    f = dash.figures
    if dash.year_over:  # nothing is "at risk" once the last semester has ended
        states = (
            f"{figure(f.on_track)} met the rules ({f.share_on_track:.0%}), "
            f"{figure(f.out_of_compliance)} did not"
        )
    else:
        states = (
            f"{figure(f.on_track)} on track ({f.share_on_track:.0%}), "
            f"{figure(f.at_risk)} at risk, {figure(f.out_of_compliance)} out of compliance"
        )
    print(
        f"{dash.title} on {dash.as_of.isoformat()}: {count_of(f.mentees, 'mentee')}, {states}; "
        f"{count_of(f.checkins_this_year, 'check-in')}, "
        f"{hours_text(f.minutes_this_year)} hours this year."
    )
    for row in dash.at_risk:
        print(f"{row.state_word:<18} {row.name} (mentor: {row.mentor}): {row.reasons}")
    for mentor in mentors:
        cap = f", cap {mentor.cap}" if mentor.cap is not None else ""
        load = count_of(mentor.load, "mentee")
        print(
            f"{mentor.state_word:<18} mentor {mentor.name} ({load}{cap}): "
            + "; ".join(mentor.reasons)
        )
    return 0


def run_calendar(args: argparse.Namespace) -> int:
    from coordinator.services.checkins.calendar import export_follow_ups
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names
    from coordinator.services.milestones.calendar import milestone_events

    if bool(args.program) != bool(args.year):
        raise RefusedError("Give both --program and --year, or neither.")
    refuse_output_over_inputs(args, args.output)
    today = args.since or dt.date.today()
    db = database(args, read_only=True)
    try:
        with db.reading() as s:
            year = program_year_by_names(s, args.program, args.year) if args.program else None
            mentor = person_by_employee_id(s, args.mentor) if args.mentor else None
            mentor_id = mentor.id if mentor else None
            milestones = []
            if year is not None and not args.no_milestones:
                milestones = milestone_events(s, year.id, today, mentor_id=mentor_id)
            name = f"{year.program.name} {year.label}" if year else "Mentoring follow-ups"
            count = export_follow_ups(
                s,
                args.output,
                since=args.since,
                program_year_id=year.id if year else None,
                mentor_id=mentor_id,
                also=milestones,
                name=name + (f": {mentor.display_name}" if mentor else ""),
            )
    finally:
        db.dispose()
    follow_ups = count - len(milestones)
    wrote = count_of(follow_ups, "follow-up")
    if milestones:
        wrote += f" and {count_of(len(milestones), 'milestone')}"
    print(f"Wrote {wrote} to {args.output}.")
    return 0
