"""Matching, assignments and their endings, mentors and cohorts on the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import add_command, database, date_arg, reading
from coordinator.cli.programs import IF_VERSION_HELP, year_options
from coordinator.errors import UnreadableInputError
from coordinator.tools.text import count_of, figure

if TYPE_CHECKING:
    from coordinator.services.matching.suggest import MatchDraft


def register(commands: Any) -> None:
    match = add_command(
        commands, "match", "Propose mentors for every unassigned mentee (Match all).", run_match
    )
    year_options(match)
    match.add_argument("--apply", action="store_true", help="apply the proposal (undoable)")
    match.add_argument("--from", dest="start", type=date_arg, help="start date when applying")
    match.add_argument("--override", help="allow ineligible mentors, recording this reason")
    match.add_argument("--undo", type=int, metavar="BATCH", help="undo an applied Match all")

    assign = add_command(commands, "assign", "Assign a mentor to a mentee.", run_assign)
    assign.add_argument("mentee", metavar="MENTEE_ID", help="the mentee's employee ID")
    assign.add_argument("mentor", metavar="MENTOR_ID", help="the mentor's employee ID")
    year_options(assign)
    assign.add_argument("--from", dest="start", type=date_arg, help="first day (default today)")
    assign.add_argument("--override", help="assign an ineligible mentor, recording this reason")

    reassign = add_command(
        commands, "reassign", "Move a mentee to another mentor from a date.", run_reassign
    )
    reassign.add_argument("mentee", metavar="MENTEE_ID")
    reassign.add_argument("mentor", metavar="MENTOR_ID", help="the new mentor's employee ID")
    year_options(reassign)
    reassign.add_argument("--on", type=date_arg, required=True, help="the new mentor's first day")
    reassign.add_argument("--reason", required=True, help="why (kept in the history)")
    reassign.add_argument("--override", help="the new mentor is ineligible: why anyway")

    for name, help_text, reason, runner in (
        ("withdraw", "A mentee leaves the program.", "withdrew from the program", run_withdraw),
        ("complete", "A mentee completed the program.", "completed the program", run_complete),
        (
            "end-assignment",
            "End a mentee's assignment; they wait for a new mentor.",
            None,
            run_end_assignment,
        ),
    ):
        ending = add_command(commands, name, help_text, runner)
        ending.add_argument("mentee", metavar="MENTEE_ID")
        year_options(ending)
        ending.add_argument("--on", type=date_arg, required=True, help="the last day")
        if reason is None:
            ending.add_argument("--reason", required=True, help="why (kept in the history)")
        else:
            ending.add_argument("--reason", default=reason, help="kept in the history")

    mentor = add_command(
        commands,
        "mentor",
        "Show or edit a mentor's profile, and their eligibility in a program year.",
        run_mentor,
    )
    mentor.add_argument("employee_id", metavar="EMPLOYEE_ID")
    mentor.add_argument("--program", help="with --year: show eligibility in that year")
    mentor.add_argument("--year")
    mentor.add_argument("--years-experience", type=int, metavar="N")
    mentor.add_argument("--capacity", type=int, metavar="N", help="most mentees they take")
    mentor.add_argument("--six-hours", choices=["yes", "no"], help="teaches 6+ hours a day")
    mentor.add_argument(
        "--training", nargs=2, metavar=("NAME", "DATE"), help="record a completed training"
    )
    mentor.add_argument("--if-version", type=int, metavar="N", help=IF_VERSION_HELP)

    cohort = add_command(
        commands, "cohort", "Show mentors' loads, or one mentor's cohort.", run_cohort
    )
    year_options(cohort)
    cohort.add_argument("mentor", nargs="?", metavar="MENTOR_ID")


def print_draft(draft: MatchDraft) -> None:
    for pair in draft.pairs:
        override = f"  [override: {pair.override_reason}]" if pair.override_reason else ""
        print(
            f"{pair.mentee.employee_id or '-'} {pair.mentee.name}  ->  "
            f"{pair.mentor.employee_id or '-'} {pair.mentor.name}  "
            f"score {pair.score:g}: {pair.explanation}{override}"
        )
    for left in draft.unmatched:
        print(f"{left.mentee.employee_id or '-'} {left.mentee.name}  ->  no mentor: {left.reason}")
    print(
        f"{count_of(len(draft.pairs), 'pair')} proposed, "
        f"{figure(len(draft.unmatched))} without a mentor; "
        f"total score {draft.total_score:g} ({draft.solver}, {draft.seconds:.2f} s)."
    )


def run_match(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.matching import apply as match_apply, suggest

    if args.undo is None and not args.apply:  # a proposal only reads
        with reading(args) as session:
            year = program_year_by_names(session, args.program, args.year)
            print_draft(suggest.draft_match(session, year, override_reason=args.override))
        return 0
    db = database(args)
    if args.undo is not None:
        with db.transaction() as session:
            undone = match_apply.undo_match(session, args.undo)
        print(f"{undone.words().capitalize()}.")
        return 0
    with db.transaction() as session:
        year = program_year_by_names(session, args.program, args.year)
        draft = suggest.draft_match(session, year, override_reason=args.override)
        print_draft(draft)
        if args.apply and draft.pairs:
            applied = match_apply.apply_draft(session, year, draft, start=args.start)
            print(
                f"Applied {count_of(len(applied.assignment_ids), 'assignment')} "
                f"as batch {applied.batch_id}. "
                f'To undo: coordinator match --program "{args.program}" --year "{args.year}" '
                f"--undo {applied.batch_id}"
            )
    return 0


def run_assign(args: argparse.Namespace) -> int:
    from coordinator.services.cohorts import assignments as cohorts
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    with database(args).transaction() as session:
        year = program_year_by_names(session, args.program, args.year)
        mentee = person_by_employee_id(session, args.mentee)
        mentor = person_by_employee_id(session, args.mentor)
        made = cohorts.assign(
            session, year, mentee.id, mentor.id, start=args.start, override_reason=args.override
        )
        print(f"Assigned {args.mentee} to {args.mentor} from {made.start_date}.")
    return 0


def run_reassign(args: argparse.Namespace) -> int:
    from coordinator.services.cohorts import assignments as cohorts
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    with database(args).transaction() as session:
        year = program_year_by_names(session, args.program, args.year)
        mentee = person_by_employee_id(session, args.mentee)
        mentor = person_by_employee_id(session, args.mentor)
        cohorts.reassign(
            session,
            year,
            mentee.id,
            mentor.id,
            on=args.on,
            reason=args.reason,
            override_reason=args.override,
        )
    print(f"Reassigned {args.mentee} to {args.mentor} from {args.on}.")
    return 0


def run_withdraw(args: argparse.Namespace) -> int:
    from coordinator.services.cohorts import assignments as cohorts

    _end_year(args, cohorts.withdraw)
    print(f"Withdrew {args.mentee} from {args.on}.")
    return 0


def run_complete(args: argparse.Namespace) -> int:
    from coordinator.services.cohorts import assignments as cohorts

    _end_year(args, cohorts.mark_completed)
    print(f"Marked {args.mentee} completed on {args.on}.")
    return 0


def run_end_assignment(args: argparse.Namespace) -> int:
    from coordinator.services.cohorts import assignments as cohorts

    _end_year(args, cohorts.end_assignment)
    print(f"Ended the assignment of {args.mentee} on {args.on}.")
    return 0


def _end_year(args: argparse.Namespace, ending: Callable[..., object]) -> None:
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    with database(args).transaction() as session:
        year = program_year_by_names(session, args.program, args.year)
        mentee = person_by_employee_id(session, args.mentee)
        ending(session, year, mentee.id, on=args.on, reason=args.reason)


def run_cohort(args: argparse.Namespace) -> int:
    from coordinator.services.cohorts import caseloads
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    with reading(args) as session:
        year = program_year_by_names(session, args.program, args.year)
        if args.mentor is None:
            for load in caseloads.mentor_loads(session, year):
                warn = f"  ! {'; '.join(load.reasons)}" if load.reasons else ""
                print(f"{load.employee_id or '-'} {load.name}  {load.load_text}{warn}")
            return 0
        mentor = person_by_employee_id(session, args.mentor)
        for member in caseloads.cohort(session, year, mentor.id):
            print(f"{member.employee_id or '-'} {member.name}  since {member.assigned_since}")
    return 0


def run_mentor(args: argparse.Namespace) -> int:
    from coordinator.services import stale_edits
    from coordinator.services.cohorts import mentor_setup, mentors
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    edits: dict[str, Any] = {}
    if args.years_experience is not None:
        edits["years_experience"] = args.years_experience
    if args.capacity is not None:
        edits["capacity"] = args.capacity
    if args.six_hours is not None:
        edits["teaches_six_hours"] = args.six_hours == "yes"
    with database(args).transaction() as session:
        person = person_by_employee_id(session, args.employee_id)
        if args.if_version is not None:
            stale_edits.check_version(
                args.if_version,
                mentor_setup.stored_draft(session, person.id, for_saving=True).version or 0,
            )
        if edits:
            mentors.edit_mentor_profile(session, person.id, **edits)
        if args.training:
            try:
                name, day = args.training[0], date_arg(args.training[1])
            except argparse.ArgumentTypeError as exc:
                raise UnreadableInputError(f"--training: {exc}.") from None
            mentors.add_training(session, person.id, name, day)
        year_id = None
        if args.program and args.year:
            year_id = program_year_by_names(session, args.program, args.year).id
        summary = mentors.mentor_summary(session, person.id, year_id)
        version = mentor_setup.stored_draft(session, person.id).version
    profile = summary.profile
    years = "not recorded" if profile.years_experience is None else profile.years_experience
    print(f"Years of experience: {years}")
    print(f"Teaches 6+ hours a day: {'yes' if profile.teaches_six_hours else 'no'}")
    print(f"Capacity: {'not set' if profile.capacity is None else profile.capacity}")
    for name, day in profile.trainings:
        print(f"Training: {name} ({day})")
    print(f"Profile version: {version}")
    result = summary.eligibility
    if result is not None:
        cap = "no cap" if result.capacity is None else result.capacity
        state = "eligible" if result.eligible else "not eligible: " + "; ".join(result.reasons)
        print(f"{summary.year_label}: {state} (load {result.load}, capacity {cap})")
    return 0
