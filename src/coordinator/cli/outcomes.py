"""`coordinator outcomes`: who stayed, moved campus, changed role or left, and the dose tables.

`coordinator export evidence-of-impact` (registered with the other exports in cli/reports.py)
writes the same figures as the Evidence of Impact workbook.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.cli.common import add_command, database, date_arg, refuse_output_over_inputs
from coordinator.errors import CoordinatorError
from coordinator.tools.text import count_of

if TYPE_CHECKING:
    from coordinator.services.outcomes.summary import Group, OutcomesSummary

EVIDENCE_OF_IMPACT = "evidence-of-impact"


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "outcomes",
        "Show who stayed, moved campus, changed role or left, read from the rosters, "
        "beside the mentoring each mentee had.",
        run_outcomes,
    )
    parser.add_argument("--program", help="program name, e.g. 'Texas MPA'")
    parser.add_argument("--year", help="program year label, e.g. 2025-26")
    parser.add_argument(
        "--as-of",
        type=date_arg,
        metavar="DATE",
        help="the day to read outcomes on (default: the first day of the next program year)",
    )
    parser.add_argument(
        "--set-threshold",
        type=int,
        metavar="N",
        help="hide groups of fewer than N people in every report and export (default 5)",
    )


def _group_line(group: Group, hidden: str) -> str:
    if not group.shown:
        return f"{group.label}: {hidden}"
    percent = group.tally.kept_percent
    kept = f", {percent}% still in the district" if percent is not None else ""
    return f"{group.label}: {group.tally.line()} ({group.size} people{kept})"


def outcome_lines(summary: OutcomesSummary) -> list[str]:
    """The text `coordinator outcomes` prints (the first line is the mentees' counts)."""
    from coordinator.reports.evidence_of_impact import roster_sentence

    hidden = summary.hidden
    counts = summary.mentees.tally.line() if summary.mentees.shown else f"mentees: {hidden}"
    lines = [counts, roster_sentence(summary), ""]
    lines += [_group_line(g, hidden) for g in (summary.mentors, summary.comparison)]
    lines += [f"{f.label} ({f.on.isoformat()}): {_group_line(f.mentees, hidden)}"
              for f in summary.follow_ups]  # fmt: skip
    for table in summary.dose_tables:
        lines += ["", f"{table.title}:"]
        lines += [f"  {_group_line(row, hidden)}" for row in table.rows]
    lines += ["", f"Groups of fewer than {summary.threshold} people are not shown."]
    return lines


def _set_threshold(args: argparse.Namespace) -> None:
    from coordinator.services.outcomes import suppression

    db = database(args)
    try:
        with db.transaction() as session:
            suppression.set_threshold(session, args.set_threshold)
    finally:
        db.dispose()
    print(f"Groups of fewer than {args.set_threshold} people are now hidden.")


def _summary(args: argparse.Namespace, as_of: Any = None) -> OutcomesSummary:
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.outcomes.summary import build_outcomes

    db = database(args, read_only=True)
    try:
        with db.reading() as session:
            year = program_year_by_names(session, args.program, args.year)
            return build_outcomes(session, year.id, as_of=as_of)
    finally:
        db.dispose()


def run_outcomes(args: argparse.Namespace) -> int:
    if args.set_threshold is not None:
        _set_threshold(args)
        if not args.program and not args.year:
            return 0
    if not args.program or not args.year:
        raise CoordinatorError(
            "Name the program and year: coordinator outcomes --program P --year 2025-26."
        )
    for line in outcome_lines(_summary(args, args.as_of)):
        print(line)
    return 0


def run_evidence_export(args: argparse.Namespace) -> int:
    """`coordinator export evidence-of-impact --program P --year Y -o FILE.xlsx`."""
    from coordinator.reports.evidence_of_impact import write_evidence_workbook
    from coordinator.services.lookup import program_year_by_names

    output = Path(args.output)
    refuse_output_over_inputs(args, output)
    db = database(args, read_only=True)
    try:
        with db.reading() as session:
            year_id = program_year_by_names(session, args.program, args.year).id
        _, mentees = write_evidence_workbook(db, year_id, output)
    finally:
        db.dispose()
    print(f"Wrote {output} ({count_of(mentees, 'mentee')}).")
    return 0
