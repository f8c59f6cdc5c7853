"""`coordinator import`: roster import with a dry run, undo of a batch, and the import history."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import (
    CommandFailed,
    add_command,
    database,
    date_arg,
    reading,
    refuse_output_over_inputs,
)
from coordinator.tools.text import count_of, figure

if TYPE_CHECKING:
    from coordinator.importing.roster.enroll import EnrollTarget
    from coordinator.importing.roster.plan import ImportPlan
from coordinator.errors import CoordinatorError


def register(commands: Any) -> None:
    parser = add_command(
        commands, "import", "Import a roster file, undo an import, or list them.", None
    )
    sub = parser.add_subparsers(dest="import_command", metavar="ACTION", required=True)
    roster = add_command(
        sub, "roster", "Import an HR roster (xlsx, xlsm, xls, ods, csv, txt).", run_roster
    )
    roster.add_argument("file", metavar="FILE")
    roster.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: guessed)")
    roster.add_argument(
        "--header-row",
        metavar="N",
        type=_row_number,
        help="the row holding the column names, as Excel numbers it (default: found)",
    )
    roster.add_argument("--profile", metavar="NAME", help="a saved column-mapping profile")
    roster.add_argument(
        "--key",
        choices=("employee_id", "email"),
        default="employee_id",
        help="what matches rows to people: the employee ID (default; a row without one is a "
        "problem) or, for a file keyed by e-mail, the e-mail",
    )
    roster.add_argument(
        "--date-order",
        choices=("mdy", "dmy"),
        help="how to read dates like 03/04/2025 when the file's other rows do not settle it "
        "(default: such a date is a problem)",
    )
    roster.add_argument(
        "--map",
        metavar="FIELD=COLUMN",
        action="append",
        default=[],
        dest="columns",
        help="the column holding FIELD, by header or letter (repeatable; FIELD none leaves a "
        "column out), laid over --profile or the suggested mapping",
    )
    roster.add_argument("--enroll", metavar="PROGRAM", help="enroll everyone in this program")
    roster.add_argument("--year", metavar="YEAR", help="the program year for --enroll")
    roster.add_argument(
        "--as",
        dest="role",
        choices=("mentee", "mentor"),
        default="mentee",
        help="the role for --enroll (default mentee)",
    )
    roster.add_argument("--dry-run", action="store_true", help="show the plan, change nothing")
    roster.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even if some rows have problems",
    )
    roster.add_argument("--problems", metavar="OUT", help="save the problem list (.xlsx or .csv)")
    roster.add_argument(
        "--mark-left",
        action="store_true",
        help="mark everyone active who is not in this file as having left (undo restores them)",
    )
    roster.add_argument(
        "--roster-date",
        metavar="DATE",
        type=date_arg,
        help="the day the roster describes, for retention (default: today)",
    )
    undo = add_command(sub, "undo", "Undo an import batch (restores what it changed).", run_undo)
    undo.add_argument("batch_id", metavar="BATCH_ID", type=int)
    add_command(sub, "list", "List import batches, newest first.", run_list)
    add_command(
        sub,
        "duplicates",
        "List the possible duplicates imports held, waiting for a decision.",
        run_duplicates,
    )
    merge = add_command(
        sub,
        "merge",
        "Merge B into A: B's history, enrollments, assignments and check-ins move to A.",
        run_merge,
    )
    merge.add_argument("keep", metavar="A", help="the employee ID (or e-mail) of the one kept")
    merge.add_argument("merge", metavar="B", help="the employee ID (or e-mail) merged into A")
    both = add_command(
        sub, "keep-both", "A and B are different people: keep both (adds B if held).", run_keep_both
    )
    both.add_argument("a", metavar="A")
    both.add_argument("b", metavar="B")
    add_command(
        sub, "profiles", "List saved column-mapping profiles (for --profile).", run_profiles
    )


def _row_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a row number; give one such as 4")
    return number


def summary_line(plan: ImportPlan, batch_id: int | None = None, *, dry_run: bool = False) -> str:
    from coordinator.importing.summary import result_line

    return result_line(plan.counts(), dry_run=dry_run, batch_id=batch_id)


def _enroll_target(args: argparse.Namespace, db: Any) -> EnrollTarget | None:
    from coordinator.db.models import Role
    from coordinator.importing.roster.enroll import EnrollTarget
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.programs.year_choices import year_label_of

    if not args.enroll:
        if args.year:
            raise CoordinatorError("--year goes with --enroll PROGRAM; name the program too.")
        return None
    if not args.year:
        raise CoordinatorError("--enroll needs --year YEAR (for example --year 2025-26).")
    with db.reading() as session:
        year = program_year_by_names(session, args.enroll, args.year)
        return EnrollTarget(year.id, Role(args.role), year_label_of(year))


def run_roster(args: argparse.Namespace) -> int:
    from coordinator.importing.problems import save_problems
    from coordinator.importing.roster.pipeline import apply_import, plan_import, prepare_import

    refuse_output_over_inputs(args, args.problems, args.file)
    db = database(args, read_only=args.dry_run)  # a dry run only reads
    try:
        enroll = _enroll_target(args, db)
        prepared = prepare_import(
            db,
            args.file,
            sheet=args.sheet,
            profile=args.profile,
            header_row=args.header_row,
            columns=args.columns,
            date_order=args.date_order,
            email_key=args.key == "email",
        )
        _print_reading(prepared)
        prepared.require_mapping()
        problems = prepared.checked.problems
        if args.problems:
            save_problems(problems, args.problems)
        for problem in problems[:20]:
            print(problem.describe(), file=sys.stderr)
        if len(problems) > 20:
            print(
                f"... and {figure(len(problems) - 20)} more (use --problems OUT.xlsx).",
                file=sys.stderr,
            )
        refused = bool(problems) and not args.skip_invalid  # a dry run fails as the import would
        if args.dry_run or refused:
            print(summary_line(plan_import(db, prepared), dry_run=args.dry_run))
        if refused:
            print(
                f"coordinator: {prepared.file_name}: {problems_text(prepared)}, so nothing was "
                "imported. Fix them, or use --skip-invalid to import the valid rows.",
                file=sys.stderr,
            )
            raise CommandFailed(1)
        if args.dry_run:
            return 0
        plan, result = apply_import(
            db,
            prepared,
            skip_invalid=args.skip_invalid,
            enroll=enroll,
            mark_left=_missing(args, db, prepared),
            roster_date=args.roster_date,
        )
        print(summary_line(plan, result.batch_id))
        if result.batch_id is None:
            print(result.message, file=sys.stderr)
        return 0
    finally:
        db.dispose()


def _print_reading(prepared: Any) -> None:
    """How the file was read: the sheet and header row, notes, and the rows skipped."""
    source = prepared.source
    where = f"sheet {prepared.sheet_name!r}, " if prepared.sheet_name else ""
    how = f" ({source.roster.note})" if source.roster.note else ""
    if how or source.header_row_number != 1:  # the usual case (a workbook, row 1) goes unsaid
        print(
            f"note: {prepared.file_name}{how}: {where}headers on row {source.header_row_number}.",
            file=sys.stderr,
        )
    for warning in prepared.warnings:
        print(f"note: {warning}", file=sys.stderr)
    skipped = prepared.checked.skipped
    for row in skipped[:20]:
        print(f"note: {row.describe()}", file=sys.stderr)
    if len(skipped) > 20:
        print(f"note: ... and {figure(len(skipped) - 20)} more rows skipped.", file=sys.stderr)


def problems_text(prepared: Any) -> str:
    """ "3 rows have problems" or, for the header row's own, "the headers have 1 problem"."""
    rows = len(prepared.checked.invalid_rows)
    if rows:
        return f"{count_of(rows, 'row has', 'rows have')} problems"
    return f"the headers have {count_of(len(prepared.checked.problems), 'problem')}"


def _missing(args: argparse.Namespace, db: Any, prepared: Any) -> list[int]:
    """With --mark-left: everyone active who is not in the file (re-checked when applying)."""
    from coordinator.importing.roster.pipeline import plan_import

    if not args.mark_left:
        return []
    return [m.person_id for m in plan_import(db, prepared).missing]


def run_undo(args: argparse.Namespace) -> int:
    from coordinator.importing.roster.undo import undo_batch

    db = database(args)
    try:
        print(undo_batch(db, args.batch_id).summary())
        return 0
    finally:
        db.dispose()


def run_list(args: argparse.Namespace) -> int:
    from coordinator.importing.roster.batches import list_batches

    with reading(args) as session:
        batches = list_batches(session)
    if not batches:
        print("No imports yet.")
    for b in batches:
        print(f"{b.id}\t{b.created_at:%Y-%m-%d %H:%M}\t{b.status}\t{b.file_name}\t{b.counts_text}")
    return 0


def run_profiles(args: argparse.Namespace) -> int:
    from coordinator.importing.headers import FIELD_LABELS
    from coordinator.importing.roster.profiles import list_profiles

    with reading(args) as session:
        profiles = list_profiles(session)
    if not profiles:
        print("No saved profiles yet (save one in the import wizard's mapping step).")
    for profile in profiles:
        columns = ", ".join(f"{h} -> {FIELD_LABELS.get(f, f)}" for h, f in profile.mapping.items())
        order = f"; {profile.date_order_words}" if profile.date_order else ""
        print(f"{profile.name}\t{columns}{order}")
    return 0


def run_duplicates(args: argparse.Namespace) -> int:
    from coordinator.services.duplicates.queue import review_queue

    with reading(args) as session:
        pairs = review_queue(session)
    if not pairs:
        print("No possible duplicates are waiting for a decision.")
        return 0
    print(f"{count_of(len(pairs), 'possible duplicate')} waiting for a decision:")
    for pair in pairs:
        print(pair.describe())
    print(
        "Decide with 'coordinator import merge A B' (keep A) or 'coordinator import keep-both A B'."
    )
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from coordinator.services.duplicates.merge import merge_people

    db = database(args)
    try:
        print(merge_people(db, args.keep, args.merge).message)
        return 0
    finally:
        db.dispose()


def run_keep_both(args: argparse.Namespace) -> int:
    from coordinator.services.duplicates.merge import keep_both

    db = database(args)
    try:
        print(keep_both(db, args.a, args.b).message)
        return 0
    finally:
        db.dispose()
