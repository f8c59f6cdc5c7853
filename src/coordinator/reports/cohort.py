"""A mentor's cohort table, and the mentor cohort report that prints it on its own."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from coordinator.progress import NO_PROGRESS, Progress
from coordinator.reports.document import PageDecor, ReportDocument
from coordinator.reports.fonts import BOLD
from coordinator.reports.plain_table import PlainTable
from coordinator.reports.styles import (
    ACCENT,
    PAGE_SIZE,
    RULE,
    SHADE,
    WIDE_FRAME_WIDTH,
    cell,
    cell_style,
    cell_styles,
    heading,
    para,
    styles,
)
from coordinator.services.reporting.data import CohortReport, MentorSection, ReportHeader, hours
from coordinator.tools.private_files import write_private
from coordinator.tools.text import count_of, figure

FIXED_WIDTHS = {
    "hired": 52.0,
    "assigned": 52.0,
    "checkins": 48.0,
    "semester": 56.0,
    "status": 120.0,
}


class CohortTable(PlainTable):
    """A table whose contents entry stays with its first part when it splits across pages."""

    contents_entry: tuple[int, str] | None = None

    def split(self, avail_width: float, avail_height: float) -> list[Table]:
        parts: list[Table] = super().split(avail_width, avail_height)
        if parts and self.contents_entry is not None:
            parts[0].contents_entry = self.contents_entry
        return parts


def cohort_columns(semesters: tuple[str, ...]) -> list[float]:
    """Column widths on a landscape page: name and campus share what the fixed columns leave."""
    fixed = (
        FIXED_WIDTHS["hired"]
        + FIXED_WIDTHS["assigned"]
        + FIXED_WIDTHS["checkins"]
        + FIXED_WIDTHS["semester"] * len(semesters)
        + FIXED_WIDTHS["status"]
    )
    rest = WIDE_FRAME_WIDTH - fixed
    return [
        rest * 0.36,
        rest * 0.64,
        FIXED_WIDTHS["hired"],
        FIXED_WIDTHS["assigned"],
        FIXED_WIDTHS["checkins"],
        *([FIXED_WIDTHS["semester"]] * len(semesters)),
        FIXED_WIDTHS["status"],
    ]


@functools.cache
def _style(n_semesters: int, has_total: bool) -> TableStyle:
    """The table-level commands shared by every cohort table; cells get `cell_styles`."""
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2 if has_total else -1), [colors.white, SHADE]),
        ("SPAN", (0, 0), (1, 0)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if has_total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE))
    return TableStyle(commands)


def _plain_row_heights(rows: list[list[Any]]) -> list[float | None]:
    """The height reportlab gives each row of plain-string cells (in `cell_style`'s leading and
    padding), and None for a row with a laid-out cell, which reportlab measures itself.

    Measured here once from the line counts, reportlab need not split and measure the
    100,000 cohort rows of the `large` demo again as it lays each table out.
    """
    style = cell_style("body")
    leading, padding = style.leading, style.bottomPadding + style.topPadding
    heights: list[float | None] = []
    for row in rows:
        tallest = 0.0
        for value in row:
            if not isinstance(value, str):
                heights.append(None)
                break
            tall = leading * (value.count("\n") + 1) + padding
            if tall > tallest:
                tallest = tall
        else:
            heights.append(tallest)
    return heights


def cohort_table(
    section: MentorSection,
    semesters: tuple[str, ...],
    contents_level: int | None = None,
    total_from: int = 2,
) -> Table:
    """A header row naming the mentor, then per mentee: name, campus, hire date, assigned on,
    check-ins, hours per semester and status; a total row for cohorts of `total_from` or more."""
    widths = cohort_columns(semesters)
    title = section.name if not section.campus else f"{section.name} — {section.campus}"
    # no-break spaces: a figure never wraps its unit ("h") onto a line of its own
    mentees = count_of(len(section.rows), "mentee").replace(" ", "\u00a0")
    figures = f"{mentees} · {hours(section.minutes_led)}\u00a0h"
    blank = [""] * (len(widths) - 5)
    # one header row: the mentor and the cohort's figures over the mentee and campus columns
    rows: list[list[Any]] = [
        [cell(f"{title} · {figures}", widths[0] + widths[1], BOLD, styles().title_cell), ""]
        + ["Hired", "Assigned", "Check-ins"]
        + [cell(name, width, BOLD) for name, width in zip(semesters, widths[5:-1], strict=True)]
        + ["Status"],
    ]
    totals = [0] * len(semesters)
    count = 0
    for row in section.rows:
        status = row.status
        if row.assignment_ended is not None:
            status = f"{status}; moved {row.assignment_ended.isoformat()}"
        rows.append(
            [
                cell(row.name, widths[0]),
                cell(row.campus, widths[1]),
                cell(row.hire_date),
                cell(row.assigned_on),
                figure(row.checkins),
                *(f"{hours(m)} h" for m in row.minutes_by_semester),
                cell(status, widths[-1]),
            ]
        )
        count += row.checkins
        totals = [a + b for a, b in zip(totals, row.minutes_by_semester, strict=True)]
    if not section.rows:
        rows.append(["No mentees were assigned to this mentor this year.", "", "", "", "", *blank])
    has_total = len(section.rows) >= max(total_from, 2)  # one mentee's row is its own total
    if has_total:
        rows.append(["Total", count_of(len(section.rows), "mentee"), "", "", figure(count)])
        rows[-1] += [f"{hours(m)} h" for m in totals] + [""]
    matrix = cell_styles(len(rows), len(widths), (4, len(widths) - 2), 1, has_total)
    table = CohortTable(
        rows,
        colWidths=widths,
        rowHeights=_plain_row_heights(rows),
        normalizedData=1,  # every cell is a string or a flowable already: nothing to convert
        repeatRows=1,
        style=_style(len(semesters), has_total),
        cellStyles=matrix,
        hAlign="LEFT",
        spaceBefore=6,
    )
    if contents_level is not None:
        table.contents_entry = (contents_level, title)
    return table


def mentor_section(
    section: MentorSection, header: ReportHeader, contents_level: int | None, total_from: int = 2
) -> list[Flowable]:
    """The mentor's cohort table, its title row naming the mentor."""
    return [cohort_table(section, header.semesters, contents_level, total_from)]


def cohort_story(report: CohortReport) -> list[Flowable]:
    s = styles()
    h = report.header
    return [
        para(h.district_name, s.small),
        heading("Mentor cohort report", s.h1),
        para(f"{h.program} · {h.year} · prepared {h.generated_on.isoformat()}", s.body),
        Spacer(1, 6),
        *mentor_section(report.mentor, h, None),
    ]


def write_cohort_report(report: CohortReport, path: Path, progress: Progress = NO_PROGRESS) -> Path:
    """The cohort report of one mentor as a PDF."""
    h = report.header
    decor = PageDecor(
        title=f"Cohort of {report.mentor.name}",
        subtitle=f"{h.program} · {h.year}",
        footer=f"{h.district_name} · prepared {h.generated_on.isoformat()}",
        plain_pages=set(),
    )

    def write(out: Any) -> None:
        doc = ReportDocument(out, decor, progress=progress, pagesize=landscape(PAGE_SIZE))
        doc.render(cohort_story(report))

    return write_private(path, write)
