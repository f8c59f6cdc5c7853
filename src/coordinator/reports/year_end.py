"""The end-of-year program report: cover, contents, summary, charts, compliance, cohorts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    Image,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from coordinator.progress import NO_PROGRESS, Progress
from coordinator.reports.charts import horizontal_bars, vertical_bars
from coordinator.reports.cohort import mentor_section
from coordinator.reports.document import (
    PageDecor,
    ReportDocument,
    ReservedPage,
    contents_pages_needed,
    reserved_frame_height,
)
from coordinator.reports.outcomes_section import TITLE as OUTCOMES_TITLE, outcomes_chapter
from coordinator.reports.plain_table import PlainTable
from coordinator.reports.styles import (
    ACCENT,
    FRAME_WIDTH,
    RULE,
    SHADE,
    cell,
    cell_styles,
    heading,
    para,
    row_heights,
    styles,
)
from coordinator.reports.surveys_section import surveys_section
from coordinator.services.reporting.data import YearEndReport, hours
from coordinator.tools.private_files import write_private
from coordinator.tools.text import count_of, figure

EXCEPTIONS_STYLE = TableStyle(
    [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
)
MOST_MENTORS_IN_CONTENTS = 300  # beyond this the contents would run to dozens of pages
SECTIONS = ("Summary", "Activity", "Compliance", OUTCOMES_TITLE, "Surveys", "Mentor cohorts")
MOST_MENTORS_CHARTED = 25


def _cover(report: YearEndReport) -> list[Flowable]:
    s = styles()
    h = report.header
    story: list[Flowable] = [Spacer(1, 1.6 * inch)]
    if h.logo_png is not None:
        logo = Image(io.BytesIO(h.logo_png))
        ratio = logo.imageWidth / max(logo.imageHeight, 1)
        logo.drawHeight = 1.2 * inch
        logo.drawWidth = min(1.2 * inch * ratio, FRAME_WIDTH)
        story += [logo, Spacer(1, 0.3 * inch)]
    story += [
        para(h.district_name, s.subtitle),
        Spacer(1, 0.4 * inch),
        para("End-of-year program report", s.title),
        Spacer(1, 0.3 * inch),
        para(h.program, s.subtitle),
        para(h.year, s.subtitle),
        Spacer(1, 1.2 * inch),
        para(f"Prepared {h.generated_on.strftime('%B %-d, %Y')}", s.subtitle),
        PageBreak(),
    ]
    return story


def _hours_figure(minutes: int) -> str:
    """Hours with a decimal while they are few, as a whole number with separators when many."""
    return hours(minutes) if minutes < 60_000 else f"{round(minutes / 60):,}"


def _figures(report: YearEndReport) -> Table:
    s = styles()
    f = report.summary
    on_track = (
        f"{100 * f.on_track / f.evaluated:.0f}%" if f.on_track is not None and f.evaluated else "—"
    )
    figures = [
        (f"{f.mentees_served:,}", "mentees served"),
        (f"{f.mentors:,}", "mentors"),
        (f"{f.checkins:,}", "check-ins"),
        (_hours_figure(f.mentor_minutes), "hours of mentoring"),
        (_hours_figure(f.mentee_minutes), "mentee contact hours"),
        (f"{f.completed:,}", "completed the year"),
        (f"{f.withdrawn:,}", "withdrew or left"),
        (on_track, "on track under the rules"),
    ]
    small = ParagraphStyle("figure-small", parent=s.figure, fontSize=15, leading=26)
    cells = [
        [para(value, s.figure if len(value) <= 7 else small), para(label, s.label)]
        for value, label in figures
    ]
    grid = [[cells[i][0], cells[i + 1][0], cells[i + 2][0], cells[i + 3][0]] for i in (0, 4)]
    labels = [[cells[i][1], cells[i + 1][1], cells[i + 2][1], cells[i + 3][1]] for i in (0, 4)]
    data = [grid[0], labels[0], grid[1], labels[1]]
    style = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LINEBELOW", (0, 1), (-1, 1), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    return Table(data, colWidths=[FRAME_WIDTH / 4] * 4, style=style)


def _summary(report: YearEndReport) -> list[Flowable]:
    s = styles()
    f = report.summary
    text = (
        f"{count_of(f.mentees_served, 'mentee')} and {count_of(f.mentors, 'mentor')} took part "
        f"in {report.header.program} in {report.header.year}. Mentors logged "
        f"{count_of(f.checkins, 'check-in')}, "
        f"{_hours_figure(f.mentor_minutes)} hours of mentoring; counting each mentee present, "
        f"that is {_hours_figure(f.mentee_minutes)} hours of mentee contact."
    )
    return [heading("Summary", s.h1, 0), _figures(report), Spacer(1, 10), para(text, s.body)]


def _activity(report: YearEndReport) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [PageBreak(), heading("Activity", s.h1, 0)]
    story += [
        heading("Check-ins per month", s.h2),
        vertical_bars(report.checkins_per_month, FRAME_WIDTH),
    ]
    mentors = sorted(report.hours_by_mentor, key=lambda m: -m[1])
    title = "Hours of mentoring by mentor"
    if len(mentors) > MOST_MENTORS_CHARTED:
        title += f" (the {MOST_MENTORS_CHARTED} of {len(mentors):,} mentors with the most hours)"
        mentors = mentors[:MOST_MENTORS_CHARTED]
    story += [heading(title, s.h2)]
    story.append(
        horizontal_bars([(n, m / 60) for n, m in mentors], FRAME_WIDTH, lambda v: f"{v:.1f} h")
    )
    story += [heading("Topic coverage: mentees who covered each topic", s.h2)]
    if report.topic_coverage:
        story.append(horizontal_bars(report.topic_coverage, FRAME_WIDTH, label_width=250))
    else:
        story.append(para("This program has no topic list.", s.body))
    return story


def _compliance(report: YearEndReport) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [PageBreak(), heading("Compliance", s.h1, 0)]
    if not report.compliance:
        story.append(para("No mentee was evaluated against the rule pack this year.", s.body))
        return story
    reason_width = FRAME_WIDTH - 170
    for rule in report.compliance:
        share = f"{100 * rule.met / rule.evaluated:.0f}%" if rule.evaluated else "—"
        story.append(heading(rule.label, s.h2))
        met = f"Met by {figure(rule.met)} of {count_of(rule.evaluated, 'mentee')} ({share})."
        story.append(para(met, s.body))
        if rule.exceptions:
            rows: list[list[Any]] = [["Mentee", "Reason"]]
            rows += [
                [cell(name, 170), cell(reason, reason_width)] for name, reason in rule.exceptions
            ]
            widths = [170, reason_width]
            story.append(
                PlainTable(
                    rows,
                    colWidths=widths,
                    rowHeights=row_heights(rows, widths),
                    repeatRows=1,
                    style=EXCEPTIONS_STYLE,
                    cellStyles=cell_styles(len(rows), 2, (2, 1), 1, False),
                    hAlign="LEFT",
                )
            )
    return story


def _mentors_in_contents(report: YearEndReport) -> bool:
    return len(report.mentors) <= MOST_MENTORS_IN_CONTENTS


def _cohorts(report: YearEndReport) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        NextPageTemplate("landscape"),
        PageBreak(),
        heading("Mentor cohorts", s.h1, 0),
    ]
    if not _mentors_in_contents(report):
        story.append(
            para(
                f"The {len(report.mentors):,} mentors follow in alphabetical order; every one of "
                "them is listed in the PDF's bookmarks.",
                s.body,
            )
        )
    for section in report.mentors:
        # the title row gives every cohort's figures; big cohorts also get a total row
        story += mentor_section(section, report.header, 1, total_from=5)
    return story


def year_end_story(report: YearEndReport) -> tuple[list[Flowable], int]:
    """The flowables of the report and how many contents pages it reserves."""
    listed = len(report.mentors) if _mentors_in_contents(report) else 0
    contents = contents_pages_needed(len(SECTIONS) + listed)
    story = _cover(report)
    story += [ReservedPage(reserved_frame_height()) for _ in range(contents)]
    story += _summary(report) + _activity(report) + _compliance(report)
    story += outcomes_chapter(report.outcomes)
    story += surveys_section(report.surveys)
    story += _cohorts(report)
    return story, contents


def write_year_end_report(
    report: YearEndReport, path: Path, progress: Progress = NO_PROGRESS
) -> Path:
    """The end-of-year program report as a PDF."""
    h = report.header
    decor = PageDecor(
        title=f"{h.program} · {h.year}",
        subtitle=h.district_name,
        footer=f"End-of-year program report · prepared {h.generated_on.isoformat()}",
    )
    story, _ = year_end_story(report)

    def write(out: Any) -> None:
        doc = ReportDocument(
            out,
            decor,
            progress=progress,
            contents_at=2,
            contents_depth=1 if _mentors_in_contents(report) else 0,
            title="End-of-year report",
        )
        doc.render(story)

    return write_private(path, write)
