"""`coordinator survey`: write an instrument's form, import its answers, chase who has not."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from coordinator.cli.common import (
    add_command,
    database,
    default_language,
    reading,
    refuse_output_over_inputs,
)
from coordinator.errors import RefusedError
from coordinator.tools.text import count_of


def register(commands: Any) -> None:
    parser = add_command(
        commands, "survey", "Write survey forms, import their answers, chase who has not.", None
    )
    sub = parser.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    tpl = add_command(
        sub,
        "template",
        "Write an instrument as a printable form (.pdf) or a sheet for a form tool (.xlsx).",
        run_template,
    )
    _program_year(tpl)
    tpl.add_argument("--instrument", required=True, metavar="NAME", help="the instrument's name")
    tpl.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    tpl.add_argument(
        "--language",
        choices=("en", "es"),
        help="a printed form's fixed words in English (en) or Spanish (es); default: Settings, "
        "else the system's language (the questions print as the instrument has them)",
    )
    imp = add_command(
        sub,
        "import",
        "Import the answers a form tool exported (Google Forms csv, Microsoft Forms xlsx).",
        run_import,
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="the export (.csv or .xlsx)")
    _program_year(imp)
    imp.add_argument("--instrument", required=True, metavar="NAME", help="the instrument's name")
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    imp.add_argument("--problems", type=Path, metavar="OUT", help="save the problems (.xlsx/.csv)")
    status = add_command(
        sub, "status", "Response rates, and who has not answered each instrument.", run_status
    )
    _program_year(status)
    status.add_argument("--instrument", metavar="NAME", help="only this instrument")
    undo = add_command(sub, "undo", "Undo a survey import (removes its answers).", run_undo)
    undo.add_argument("batch_id", metavar="BATCH_ID", type=int)


def _program_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--program", required=True, help="the program's name")
    parser.add_argument("--year", required=True, help="the program year, e.g. 2025-26")


def run_template(args: argparse.Namespace) -> int:
    from coordinator.reports.survey_form_pdf import write_survey_form_pdf
    from coordinator.reports.survey_form_sheet import write_survey_form_sheet
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.surveys.forms import survey_form
    from coordinator.services.surveys.instruments import (
        ensure_default_instruments,
        instrument_by_name,
    )

    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise RefusedError(
            f"Write the form as .pdf (to print) or .xlsx (for a form tool), not "
            f"{suffix or 'a name without an ending'}."
        )
    refuse_output_over_inputs(args, args.output)
    db = database(args)
    try:
        with db.transaction() as s:
            year = program_year_by_names(s, args.program, args.year)
            ensure_default_instruments(s, year.program_id)
            instrument = instrument_by_name(s, year.program_id, args.instrument)
            form = survey_form(s, year.id, instrument.id, today=dt.date.today())
    finally:
        db.dispose()
    if suffix == ".pdf":
        write_survey_form_pdf(form, args.output, args.language or default_language())
    else:
        write_survey_form_sheet(form, args.output)
    print(f"Wrote {args.output}: {form.instrument}, {count_of(len(form.questions), 'question')}.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from coordinator.importing.problems import save_problems
    from coordinator.importing.surveys.apply import import_survey_answers
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.surveys.instruments import (
        ensure_default_instruments,
        instrument_by_name,
        instruments_of,
    )

    refuse_output_over_inputs(args, args.problems, args.file)
    db = database(args, rehearse=args.dry_run)
    try:
        if args.dry_run:
            with db.reading() as s:
                year = program_year_by_names(s, args.program, args.year)
                if not instruments_of(s, year.program_id):
                    raise RefusedError(
                        f"{year.program.name} has no survey instruments yet. Write a form first "
                        "(coordinator survey template), then check the answers with --dry-run."
                    )
                year_id, instrument_id = (
                    year.id,
                    instrument_by_name(s, year.program_id, args.instrument).id,
                )
        else:
            with db.transaction() as s:
                year = program_year_by_names(s, args.program, args.year)
                ensure_default_instruments(s, year.program_id)
                year_id = year.id
                instrument_id = instrument_by_name(s, year.program_id, args.instrument).id
        result = import_survey_answers(
            db,
            args.file,
            program_year_id=year_id,
            instrument_id=instrument_id,
            dry_run=args.dry_run,
        )
    finally:
        db.dispose()
    for problem in [*result.problems, *result.duplicates]:
        print(problem.describe(), file=sys.stderr)
    for column in result.ignored:
        print(
            f"{result.file_name}: column {column.letter} {column.header!r} ignored: {column.why}.",
            file=sys.stderr,
        )
    if args.problems:
        save_problems(
            sorted([*result.problems, *result.duplicates], key=lambda p: p.row or 0), args.problems
        )
    print(result.line)
    return 1 if result.counts["invalid"] else 0


def run_status(args: argparse.Namespace) -> int:
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.surveys.instruments import instrument_by_name, instruments_of
    from coordinator.services.surveys.responses import chase_list

    with reading(args) as s:
        year = program_year_by_names(s, args.program, args.year)
        if args.instrument:
            chosen = [instrument_by_name(s, year.program_id, args.instrument)]
        else:
            chosen = instruments_of(s, year.program_id)
        lists = [chase_list(s, year.id, i) for i in chosen]
    if not lists:
        print(
            f"{args.program} {args.year} has no survey instruments yet; `coordinator survey "
            "template` adds the shipped ones."
        )
        return 0
    for chase in lists:
        share = f" ({100 * chase.answered / chase.asked:.0f}%)" if chase.asked else ""
        print(f"{chase.instrument}: {chase.answered:,} of {chase.asked:,} answered{share}")
        for person in chase.missing:
            details = ", ".join(p for p in (person.employee_id, person.email, person.campus) if p)
            print(
                f"  not answered: {person.name} ({details})"
                if details
                else f"  not answered: {person.name}"
            )
    return 0


def run_undo(args: argparse.Namespace) -> int:
    from coordinator.importing.surveys.apply import undo_survey_import

    db = database(args)
    try:
        print(undo_survey_import(db, args.batch_id).summary())
    finally:
        db.dispose()
    return 0
