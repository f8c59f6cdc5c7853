"""A mentor's cohort table, and the mentor cohort report that prints it on its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer, Table

from coordinator.progress import NO_PROGRESS, Progress
from coordinator.reports.document import PageDecor, ReportDocument
from coordinator.reports.output import write_private
from coordinator.reports.styles import FRAME_WIDTH, cell, data_table_style, heading, para, styles
from coordinator.services.report_data import CohortReport, MentorSection, ReportHeader, hours

FIXED_WIDTHS = {"hired": 54.0, "assigned": 54.0, "checkins": 48.0, "semester": 44.0, "status": 86.0}


def cohort_columns(semesters: tuple[str, ...]) -> list[float]:
    """Column widths: the name and campus share what the fixed columns leave."""
    fixed = (
        FIXED_WIDTHS["hired"]
        + FIXED_WIDTHS["assigned"]
        + FIXED_WIDTHS["checkins"]
        + FIXED_WIDTHS["semester"] * len(semesters)
        + FIXED_WIDTHS["status"]
    )
    rest = FRAME_WIDTH - fixed
    return [
        rest * 0.56,
        rest * 0.44,
        FIXED_WIDTHS["hired"],
        FIXED_WIDTHS["assigned"],
        FIXED_WIDTHS["checkins"],
        *([FIXED_WIDTHS["semester"]] * len(semesters)),
        FIXED_WIDTHS["status"],
    ]


def cohort_table(section: MentorSection, semesters: tuple[str, ...]) -> Table:
    """Mentee, campus, hire date, assigned on, check-ins, hours per semester, status."""
    widths = cohort_columns(semesters)
    header = ["Mentee", "Campus", "Hired", "Assigned", "Check-ins"]
    header += [f"{name} h" for name in semesters] + ["Status"]
    rows: list[list[Any]] = [[cell(h, w) for h, w in zip(header, widths, strict=True)]]
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
                str(row.checkins),
                *(hours(m) for m in row.minutes_by_semester),
                cell(status, widths[-1]),
            ]
        )
        count += row.checkins
        totals = [a + b for a, b in zip(totals, row.minutes_by_semester, strict=True)]
    rows.append(["Total", f"{len(section.rows)} mentees", "", "", str(count)])
    rows[-1] += [hours(m) for m in totals] + [""]
    style = data_table_style((4, 4 + len(semesters)))
    style.add("FONT", (0, -1), (-1, -1), "DejaVuSans-Bold", 8.5)
    return Table(rows, colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")


def mentor_section(
    section: MentorSection, header: ReportHeader, contents_level: int | None
) -> list[Flowable]:
    """The mentor's heading, a line of figures, and the cohort table."""
    s = styles()
    title = section.name if not section.campus else f"{section.name} — {section.campus}"
    flowables: list[Flowable] = [heading(title, s.h2, contents_level)]
    flowables.append(
        para(
            f"{len(section.rows)} mentees · {section.checkins_led} check-ins led · "
            f"{hours(section.minutes_led)} hours of contact",
            s.small,
        )
    )
    if section.rows:
        flowables.append(cohort_table(section, header.semesters))
    else:
        flowables.append(para("No mentees were assigned to this mentor this year.", s.body))
    return flowables


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
        ReportDocument(out, decor, progress=progress).render(cohort_story(report))

    return write_private(path, write)
