"""The Evidence of Impact workbook (.xlsx): program figures, one sheet per campus, one row per
mentee, and a sheet that says how each figure was computed.

Every small group is hidden as the summary marks it; mentees are named by employee ID only.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Font

from coordinator.errors import CoordinatorError
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.outcomes.retention import Outcome
from coordinator.services.outcomes.summary import (
    CampusFigures,
    DoseTable,
    Group,
    OutcomesSummary,
)
from coordinator.services.outcomes.words import GROUP_HEADERS, how_computed
from coordinator.tools import safe_sheets

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from coordinator.db.engine import Database

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
NO_SURVEY = "no survey"
NOT_PAIRED = "not answered before and after"
GROUP_WIDTHS = (34, 10, 14, 14, 14, 14, 10, 14)
GROUP_FORMATS = (None, *(["#,##0"] * (len(GROUP_HEADERS) - 1)), "0%")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def group_cells(group: Group, hidden: str) -> list[Any]:
    """A group's row: its label, then its counts and percent, or 'fewer than N' in each."""
    if not group.shown:
        return [group.label, *([hidden] * (len(GROUP_HEADERS)))]
    tally = group.tally
    percent = tally.kept_percent
    return [
        group.label,
        tally.total,
        *(tally.count(o) for o in Outcome),
        percent / 100 if percent is not None else "no outcome known",
    ]


def roster_sentence(summary: OutcomesSummary) -> str:
    if summary.roster is None:
        return (
            f"Outcomes on {summary.as_of.isoformat()}: no roster dated after "
            f"{summary.year_end.isoformat()} has been imported, so every outcome is unknown."
        )
    return (
        f"Outcomes on {summary.as_of.isoformat()}, from the roster {summary.roster.file_name} "
        f"dated {summary.roster.as_of.isoformat()}."
    )


def _table(sheet: WriteOnlyWorksheet, title: str, rows: tuple[Group, ...], hidden: str) -> None:
    safe_sheets.append_row(sheet, [title, *GROUP_HEADERS], font=BOLD)
    for group in rows:
        safe_sheets.append_row(sheet, group_cells(group, hidden), number_formats=GROUP_FORMATS)
    safe_sheets.append_row(sheet, [])


def _dose_tables(sheet: WriteOnlyWorksheet, tables: tuple[DoseTable, ...], hidden: str) -> None:
    for table in tables:
        _table(sheet, table.title, table.rows, hidden)


def _program_sheet(book: Any, summary: OutcomesSummary) -> None:
    sheet = safe_sheets.add_sheet(book, "Program", widths=GROUP_WIDTHS)
    safe_sheets.append_row(
        sheet, [f"Evidence of Impact: {summary.program}, {summary.year}"], font=TITLE
    )
    safe_sheets.append_row(sheet, [roster_sentence(summary)])
    safe_sheets.append_row(
        sheet, [f"Groups of fewer than {summary.threshold} people are not shown."]
    )
    safe_sheets.append_row(sheet, [])
    groups = (
        summary.mentees,
        summary.mentors,
        summary.comparison,
        *(Group(f"Mentees, {f.label.lower()}", f.mentees.tally, f.mentees.shown)
          for f in summary.follow_ups),
    )  # fmt: skip
    _table(sheet, "Retention", groups, summary.hidden)
    _dose_tables(sheet, summary.dose_tables, summary.hidden)
    safe_sheets.append_row(sheet, ["Survey change", "Mentees", "Average change"], font=BOLD)
    survey = summary.survey
    if survey is None:
        safe_sheets.append_row(sheet, ["Start to end of year", NO_SURVEY, NO_SURVEY])
    elif not survey.paired.shown:
        safe_sheets.append_row(sheet, ["Start to end of year", summary.hidden, summary.hidden])
    else:
        safe_sheets.append_row(
            sheet,
            ["Start to end of year", survey.paired.size, survey.average_change],
            number_formats=(None, "0", "+0.00;-0.00;0.00"),
        )


def _sheet_title(campus: str, taken: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub(" ", campus).strip()[:31] or "Campus"
    title, n = base, 2
    while title.casefold() in taken or title.casefold() in {"program", "mentees"}:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


def _campus_sheet(book: Any, summary: OutcomesSummary, campus: CampusFigures, title: str) -> None:
    sheet = safe_sheets.add_sheet(book, title, widths=GROUP_WIDTHS)
    safe_sheets.append_row(
        sheet, [f"{campus.campus}: {summary.program}, {summary.year}"], font=TITLE
    )
    safe_sheets.append_row(sheet, [roster_sentence(summary)])
    safe_sheets.append_row(sheet, [])
    _table(sheet, "Retention", (campus.mentees,), summary.hidden)
    if campus.mentees.shown:
        _dose_tables(sheet, campus.dose_tables, summary.hidden)
    else:
        safe_sheets.append_row(
            sheet,
            [f"This campus had fewer than {summary.threshold} mentees: its figures are not shown."],
        )


def _mentee_sheet(book: Any, summary: OutcomesSummary) -> None:
    headers = [
        "Employee ID",
        "Campus",
        "Hours",
        "Assignment date",
        "Survey change",
        "Retention outcome",
    ]
    missing = NO_SURVEY if summary.survey is None else NOT_PAIRED
    rows = [
        [
            r.employee_id,
            r.campus,
            r.hours,
            r.assigned_on if r.assigned_on is not None else "not assigned",
            r.survey_change if r.survey_change is not None else missing,
            r.outcome.label,
        ]
        for r in summary.mentee_rows
    ]
    widths = safe_sheets.fitted_widths(headers, rows)
    sheet = safe_sheets.add_sheet(book, "Mentees", widths=widths, freeze="A2")
    sheet.auto_filter.ref = f"A1:F{len(rows) + 1}"
    safe_sheets.append_row(sheet, headers, font=BOLD)
    formats = (None, None, "0.0", "yyyy-mm-dd", "+0.00;-0.00;0.00", None)
    for row in rows:
        safe_sheets.append_row(sheet, row, number_formats=formats)


def _how_sheet(book: Any, summary: OutcomesSummary) -> None:
    sheet = safe_sheets.add_sheet(book, "How each figure is computed", widths=(34, 100))
    safe_sheets.append_row(sheet, ["Figure", "How it is computed"], font=BOLD)
    for name, how in how_computed(summary.threshold):
        safe_sheets.append_row(sheet, [name, how])
    safe_sheets.append_row(
        sheet,
        [
            "Mentees sheet",
            "One row per mentee, by employee ID: it is personal data, for the district's own "
            "records; share the Program and campus sheets.",
        ],
    )


def write_evidence_of_impact(summary: OutcomesSummary, path: Path) -> Path:
    """Write the workbook to `path`, owner-only and all or nothing."""
    book = safe_sheets.new_workbook()
    _program_sheet(book, summary)
    taken: set[str] = set()
    for campus in summary.campuses:
        _campus_sheet(book, summary, campus, _sheet_title(campus.campus, taken))
    _mentee_sheet(book, summary)
    _how_sheet(book, summary)
    return safe_sheets.save_workbook(book, path)


def write_evidence_workbook(
    db: Database, program_year_id: int, path: Path, progress: Progress = NO_PROGRESS
) -> tuple[Path, int]:
    """Build the year's outcomes and write the workbook; returns it and its number of mentees."""
    from coordinator.services.outcomes.summary import build_outcomes

    if Path(path).suffix.lower() != ".xlsx":
        raise CoordinatorError(
            "The Evidence of Impact workbook is an .xlsx: choose a name ending in .xlsx, "
            f"not {Path(path).name}."
        )
    progress.step(0, 2, "Reading who stayed from the rosters")
    with db.reading() as session:
        summary = build_outcomes(session, program_year_id)
    progress.step(1, 2, "Writing the workbook")
    written = write_evidence_of_impact(summary, path)
    return written, len(summary.mentee_rows)
