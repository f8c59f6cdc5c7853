"""Programs, years, enrollment, assignments and matching on the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from coordinator.cli import year_close
from coordinator.cli.common import add_command, database, date_arg, reading
from coordinator.db.enums import Role
from coordinator.services.compliance.pack_names import LOCAL_PROGRAM
from coordinator.tools.text import count_of, figure

if TYPE_CHECKING:
    pass

IF_VERSION_HELP = (
    "save only if the record is still at this version (as the listing shows it); "
    "otherwise nothing is saved and the command exits 1"
)


def year_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--program", required=True, help="program name")
    parser.add_argument("--year", required=True, help="program year label, e.g. 2025-26")


def _group(commands: Any, name: str, help_text: str) -> Any:
    """A command with actions (program list|create); alone it prints its usage and exits 2."""
    parser: argparse.ArgumentParser = add_command(commands, name, help_text, None)

    def usage(_args: argparse.Namespace) -> int:
        parser.print_usage(sys.stderr)
        return 2

    parser.set_defaults(handler=usage)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION")


def register(commands: Any) -> None:
    program = _group(commands, "program", "List and create mentoring programs.")
    add_command(program, "list", "List programs with their rule pack, topics and years.", run_list)
    create = add_command(program, "create", "Create a program.", run_program_create)
    create.add_argument("name")
    create.add_argument("--rule-pack", default=LOCAL_PROGRAM, help=f"default: {LOCAL_PROGRAM}")
    create.add_argument(
        "--topic", action="append", help="a topic (repeat; default: the pack's required topics)"
    )

    _register_meeting_times(program)
    edit = add_command(
        program, "edit", "Rename a program, change its rule pack or topics.", run_edit
    )
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NEW_NAME")
    edit.add_argument("--rule-pack")
    edit.add_argument("--topic", action="append", help="the full new topic list (repeat)")
    edit.add_argument("--if-version", type=int, metavar="N", help=IF_VERSION_HELP)

    year = _group(commands, "year", "Create program years, copy a year forward, close a year.")
    year_create = add_command(year, "create", "Create a program year with two semesters.", run_year)
    year_create.add_argument("--program", required=True)
    year_create.add_argument("label", help="e.g. 2025-26")
    year_create.add_argument("--start", type=date_arg, required=True)
    year_create.add_argument("--end", type=date_arg, required=True)
    year_create.add_argument(
        "--fall-end", type=date_arg, help="last day of the fall semester (default 31 December)"
    )
    forward = add_command(
        year,
        "copy-forward",
        "Create the next year: mentors re-enrolled, second-year mentees keep their mentor.",
        run_copy_forward,
    )
    year_options(forward)
    forward.add_argument("--label", help="the new year's label (default: the next one)")
    year_close.register_year_actions(year)

    enroll = add_command(commands, "enroll", "Enroll people as mentors or mentees.", run_enroll)
    year_options(enroll)
    enroll.add_argument("--role", choices=[r.value for r in Role], required=True)
    enroll.add_argument("employee_ids", nargs="+", metavar="EMPLOYEE_ID")


def run_list(args: argparse.Namespace) -> int:
    from coordinator.services.programs import programs

    with reading(args) as session:
        rows = programs.list_programs(session)
    if not rows:
        print("No programs yet. Create one: coordinator program create NAME")
    for row in rows:
        years = ", ".join(row.years) or "none"
        print(f"{row.name}  [{row.rule_pack}]  years: {years}  (version {row.version})")
        for topic in row.topics:
            print(f"    - {topic}")
    return 0


def run_program_create(args: argparse.Namespace) -> int:
    from coordinator.services.programs import programs

    with database(args).transaction() as session:
        program = programs.create_program(
            session, args.name, rule_pack=args.rule_pack, topics=args.topic
        )
        print(f"Created program {program.name} ({program.rule_pack.name}).")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from coordinator.services import stale_edits
    from coordinator.services.lookup import program_by_name
    from coordinator.services.programs import programs

    with database(args).transaction() as session:
        program = program_by_name(session, args.name)
        stale_edits.check_version(args.if_version, program.version)
        programs.edit_program(
            session, program.id, name=args.rename, rule_pack=args.rule_pack, topics=args.topic
        )
        print(
            f"Saved program {program.name} ({program.rule_pack.name}), version {program.version}."
        )
    return 0


def run_year(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_by_name
    from coordinator.services.programs import programs
    from coordinator.services.programs.year_choices import year_label_of

    with database(args).transaction() as session:
        program = program_by_name(session, args.program)
        terms = None
        if args.fall_end is not None:
            after = args.fall_end + dt.timedelta(days=1)
            terms = [("Fall", args.start, args.fall_end), ("Spring", after, args.end)]
        year = programs.create_year(session, program, args.label, args.start, args.end, terms)
        for name, start, end in ((s.name, s.start_date, s.end_date) for s in year.semesters):
            print(f"  {name}: {start} to {end}")
        print(f"Created {year_label_of(year)} ({year.start_date} to {year.end_date}).")
    return 0


def run_copy_forward(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.programs import next_year

    with database(args).transaction() as session:
        year = program_year_by_names(session, args.program, args.year)
        result = next_year.copy_forward(session, year, label=args.label)
    print(
        f"Created {result.label}: {count_of(result.mentors, 'mentor')} re-enrolled, "
        f"{count_of(result.mentees_carried, 'mentee keeps', 'mentees keep')} their mentor, "
        f"{count_of(result.mentees_completed, 'mentee')} completed the program."
    )
    return 0


def run_enroll(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names
    from coordinator.services.programs import programs

    with database(args).transaction() as session:
        year = program_year_by_names(session, args.program, args.year)
        ids = [person_by_employee_id(session, e).id for e in args.employee_ids]
        result = programs.enroll(session, year, ids, Role(args.role))
    already = count_of(result.already, "was", "were")
    print(f"Enrolled {figure(result.added)} as {args.role}s; {already} already enrolled.")
    return 0


def _register_meeting_times(program: Any) -> None:
    times = add_command(
        program,
        "meeting-times",
        "List a program's designated meeting times and planning periods per campus.",
        run_meeting_times,
    )
    times.add_argument("name", help="program name")
    add = add_command(
        program,
        "add-meeting-time",
        "Record a campus's designated meeting time (or, with --planning, its planning period).",
        run_add_meeting_time,
    )
    add.add_argument("name", help="program name")
    add.add_argument("--campus", required=True, help="campus name or code")
    add.add_argument("--from", dest="starts_at", required=True, help="e.g. 14:30")
    add.add_argument("--until", dest="ends_at", required=True, help="e.g. 15:15")
    add.add_argument("--day", help="Monday ... Sunday (default: every school day)")
    add.add_argument(
        "--planning", action="store_true", help="this is the planning period, not a meeting time"
    )
    remove = add_command(
        program, "remove-meeting-time", "Remove a meeting time by its number.", run_remove_meeting
    )
    remove.add_argument("id", type=int, help="the number 'program meeting-times' shows")


def run_meeting_times(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_by_name
    from coordinator.services.programs.meeting_times import meeting_windows

    with reading(args) as session:
        program = program_by_name(session, args.name)
        windows = meeting_windows(session, program.id)
        name = program.name
    if not windows:
        print(
            f"{name} has no designated meeting times. Add one: coordinator program "
            f'add-meeting-time "{name}" --campus CAMPUS --from 14:30 --until 15:15'
        )
    for w in windows:
        what = "planning period" if w.planning else "meeting time"
        print(f"#{w.id}  {w.campus}  {w.words}  {what}")
    return 0


def run_add_meeting_time(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_by_name
    from coordinator.services.programs import meeting_times as mt

    with database(args).transaction() as session:
        program = program_by_name(session, args.name)
        campus = mt.campus_by_name(session, args.campus)
        new_id = mt.add_meeting_time(
            session,
            program.id,
            campus.id,
            mt.parse_time(args.starts_at, "start time"),
            mt.parse_time(args.ends_at, "end time"),
            weekday=mt.parse_weekday(args.day),
            planning=args.planning,
        )
        what = "planning period" if args.planning else "designated meeting time"
        print(f"Recorded {what} #{new_id} for {campus.name}.")
    return 0


def run_remove_meeting(args: argparse.Namespace) -> int:
    from coordinator.services.programs.meeting_times import remove_meeting_time

    with database(args).transaction() as session:
        remove_meeting_time(session, args.id)
    print(f"Removed meeting time #{args.id}.")
    return 0
