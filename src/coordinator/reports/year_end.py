"""The end-of-year program report: cover, contents, summary, charts, compliance, cohorts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from coordinator.progress import NO_PROGRESS, Progress
from coordinator.reports.charts import horizontal_bars, vertical_bars
from coordinator.reports.cohort import mentor_section
from coordinator.reports.document import (
    CONTENTS_LINE,
    CONTENTS_TITLE,
    PageDecor,
    ReportDocument,
    ReservedPage,
    contents_pages_needed,
    reserved_frame_height,
)
from coordinator.reports.outcomes_section import TITLE as OUTCOMES_TITLE, outcomes_chapter
from coordinator.reports.styles import (
    PAGE_SIZE,
    RULE,
    SHADE,
    WIDE_FRAME_WIDTH,
    heading,
    para,
    styles,
)
from coordinator.reports.surveys_section import surveys_section
from coordinator.reports.year_end_funds import TITLE as FUNDS_TITLE, funds_section
from coordinator.reports.year_end_rules import compliance_section
from coordinator.services.reporting.data import YearEndReport, hours
from coordinator.tools.private_files import write_private
from coordinator.tools.text import count_of

MOST_MENTORS_IN_CONTENTS = 300  # beyond this the contents would run to dozens of pages
SECTIONS = (
    "Summary",
    "Activity",
    "Compliance",
    OUTCOMES_TITLE,
    "Surveys",
    FUNDS_TITLE,
    "Mentor cohorts",
    "Mentor index",
)
MOST_MENTORS_CHARTED = 25
# One orientation throughout: the cohort tables need the width, so every page is landscape.
YEAR_END_PAGE = landscape(PAGE_SIZE)


def _cover(report: YearEndReport) -> list[Flowable]:
    s = styles()
    h = report.header
    story: list[Flowable] = [Spacer(1, 1.6 * inch)]
    if h.logo_png is not None:
        logo = Image(io.BytesIO(h.logo_png))
        ratio = logo.imageWidth / max(logo.imageHeight, 1)
        logo.drawHeight = 1.2 * inch
        logo.drawWidth = min(1.2 * inch * ratio, WIDE_FRAME_WIDTH)
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
        (on_track, "met every rule" if report.year_over else "on track under the rules"),
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
    return Table(data, colWidths=[WIDE_FRAME_WIDTH / 4] * 4, style=style)


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
    story: list[Flowable] = [CondPageBreak(3 * inch), heading("Activity", s.h1, 0)]
    story += [
        heading("Check-ins per month", s.h2),
        vertical_bars(report.checkins_per_month, WIDE_FRAME_WIDTH),
    ]
    mentors = sorted(report.hours_by_mentor, key=lambda m: -m[1])
    title = "Hours of mentoring by mentor"
    if len(mentors) > MOST_MENTORS_CHARTED:
        title += f" (the {MOST_MENTORS_CHARTED} of {len(mentors):,} mentors with the most hours)"
        mentors = mentors[:MOST_MENTORS_CHARTED]
    story += [heading(title, s.h2)]
    story.append(
        horizontal_bars([(n, m / 60) for n, m in mentors], WIDE_FRAME_WIDTH, lambda v: f"{v:.1f} h")
    )
    story += [heading("Topic coverage: mentees who covered each topic", s.h2)]
    if report.topic_coverage:
        story.append(horizontal_bars(report.topic_coverage, WIDE_FRAME_WIDTH, label_width=250))
    else:
        story.append(para("This program has no topic list.", s.body))
    return story


def _mentors_in_contents(report: YearEndReport) -> bool:
    return len(report.mentors) <= MOST_MENTORS_IN_CONTENTS


def _cohorts(report: YearEndReport) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
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


def _index_pages(report: YearEndReport) -> int:
    """The mentor index at the back (the contents lists only the sections)."""
    if not _mentors_in_contents(report):
        return 0
    return contents_pages_needed(len(report.mentors), YEAR_END_PAGE)


def _mentor_index(report: YearEndReport) -> list[Flowable]:
    pages = _index_pages(report)
    if not pages:
        return []
    mark = Spacer(1, 0)
    mark.contents_entry = (0, "Mentor index")
    reserved = [ReservedPage(reserved_frame_height(YEAR_END_PAGE)) for _ in range(pages)]
    return [PageBreak(), mark, *reserved]


def year_end_story(report: YearEndReport) -> tuple[list[Flowable], int]:
    """The flowables of the report and how many contents pages it reserves."""
    # The contents are short (the mentors have their index at the back): they take the top of
    # the summary's page, which follows at once.
    contents = 1
    story = _cover(report)
    story.append(ReservedPage(CONTENTS_TITLE + len(SECTIONS) * CONTENTS_LINE + 6))
    story += _summary(report) + _activity(report) + compliance_section(report)
    story += outcomes_chapter(report.outcomes)
    story += surveys_section(report.surveys)
    story += funds_section(report.funds)
    story += _cohorts(report) + _mentor_index(report)
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
            contents_depth=0,
            index_pages=_index_pages(report),
            pagesize=YEAR_END_PAGE,
            title="End-of-year report",
        )
        doc.render(story)

    return write_private(path, write)
