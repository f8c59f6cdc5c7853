"""Report and export commands: the same PDFs and spreadsheets the Reports page makes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coordinator.cli.common import (
    add_command,
    database,
    default_language,
    refuse_output_over_inputs,
)
from coordinator.cli.outcomes import EVIDENCE_OF_IMPACT, run_evidence_export
from coordinator.db.enums import Role
from coordinator.errors import CoordinatorError
from coordinator.reports.jobs import ReportKind
from coordinator.services.reporting import EXPORT_KINDS
from coordinator.tools.text import count_of


def register(commands: Any) -> None:
    report = add_command(
        commands,
        "report",
        "Write a PDF report: year-end, cohort (one mentor), mentee-log or certificates.",
        run_report,
    )
    report.add_argument("kind", choices=[k.value for k in ReportKind], help="which report")
    _scope_arguments(report)
    report.add_argument("--mentor", metavar="EMPLOYEE_ID", help="the mentor (cohort, logs)")
    report.add_argument("--mentee", metavar="EMPLOYEE_ID", help="one mentee (log, certificate)")
    report.add_argument(
        "--for",
        dest="recipients",
        choices=("mentees", "mentors"),
        default="mentees",
        help="certificates for mentees (default) or mentors",
    )
    report.add_argument(
        "--include-private-notes",
        action="store_true",
        help="print private notes in mentee logs (left out unless you ask)",
    )
    report.add_argument(
        "--language",
        choices=("en", "es"),
        help="certificates and mentee logs in English (en) or Spanish (es); default: the "
        "language chosen in the window's Settings, else the system's",
    )
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write")

    export = add_command(
        commands,
        "export",
        "Export people, assignments, check-ins or compliance as .xlsx or .csv, or the "
        "Evidence of Impact workbook (.xlsx).",
        run_export,
    )
    export.add_argument("kind", choices=(*EXPORT_KINDS, EVIDENCE_OF_IMPACT), help="what to export")
    _scope_arguments(export)
    export.add_argument(
        "--redact-contacts", action="store_true", help="leave e-mail addresses and phones out"
    )
    export.add_argument(
        "--include-private-notes",
        action="store_true",
        help="add the private notes column to a check-ins export",
    )
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE.xlsx|FILE.csv", help="where to write"
    )
    _district_command(commands)


def _district_command(commands: Any) -> None:
    district = add_command(
        commands,
        "district",
        "Show or set the district name and logo printed on report covers and certificates.",
        run_district,
    )
    district.add_argument("--name", help="the district's name, e.g. 'Lone Star ISD'")
    logo = district.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="IMAGE", help="a PNG or JPEG logo file")
    logo.add_argument("--no-logo", action="store_true", help="print covers without a logo")


def run_district(args: argparse.Namespace) -> int:
    from coordinator.services.programs.district import set_district_identity
    from coordinator.services.safety.database_info import readable_size

    db = database(args)
    try:
        with db.transaction() as session:
            identity = set_district_identity(
                session, name=args.name, logo=args.logo, clear_logo=args.no_logo
            )
    finally:
        db.dispose()
    print(f"District name: {identity.name or '(not set)'}")
    if identity.logo_png is None:
        print("Logo: (none)")
    else:
        size = readable_size(len(identity.logo_png))
        print(f"Logo: {identity.logo_name or 'logo'} (kept in the database, {size})")
    return 0


def _scope_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--program", required=True, help="program name, e.g. 'Texas MPA'")
    parser.add_argument("--year", required=True, help="program year label, e.g. 2025-26")


def run_report(args: argparse.Namespace) -> int:
    from coordinator.reports.jobs import ReportRequest, generate_report
    from coordinator.services.lookup import person_by_employee_id, program_year_by_names

    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise CoordinatorError(
            f"Reports are PDFs: choose an output name ending in .pdf, not {output.name}."
        )
    refuse_output_over_inputs(args, output)
    db = database(args, read_only=True)
    try:
        with db.reading() as session:
            year = program_year_by_names(session, args.program, args.year)
            mentor = person_by_employee_id(session, args.mentor).id if args.mentor else None
            mentee = person_by_employee_id(session, args.mentee).id if args.mentee else None
            request = ReportRequest(
                kind=ReportKind(args.kind),
                program_year_id=year.id,
                mentor_id=mentor,
                mentee_id=mentee,
                recipients=Role.MENTOR if args.recipients == "mentors" else Role.MENTEE,
                include_private_notes=args.include_private_notes,
                language=args.language or _participants_language(ReportKind(args.kind)),
            )
        generate_report(db, request, output)
    finally:
        db.dispose()
    print(f"Wrote {output}")
    return 0


def _participants_language(kind: ReportKind) -> str:
    """The Settings' language for certificates and mentee logs; the program's reports are in
    English (and need not start Qt to read the Settings)."""
    if kind in (ReportKind.CERTIFICATES, ReportKind.MENTEE_LOG):
        return default_language()
    return "en"


def run_export(args: argparse.Namespace) -> int:
    from coordinator.reports.jobs import write_year_export
    from coordinator.services.lookup import program_year_by_names

    if args.kind == EVIDENCE_OF_IMPACT:
        return run_evidence_export(args)
    output = Path(args.output)
    if output.suffix.lower() not in (".xlsx", ".csv"):
        raise CoordinatorError(f"Choose an output name ending in .xlsx or .csv, not {output.name}.")
    refuse_output_over_inputs(args, output)
    db = database(args, read_only=True)
    try:
        with db.reading() as session:
            year_id = program_year_by_names(session, args.program, args.year).id
        _, rows = write_year_export(
            db,
            year_id,
            args.kind,
            output,
            redact_contacts=args.redact_contacts,
            include_private_notes=args.include_private_notes,
        )
    finally:
        db.dispose()
    print(f"Wrote {output} ({count_of(rows, 'row')}).")
    return 0
