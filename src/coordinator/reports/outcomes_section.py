"""The year-end report's Outcomes chapter: who stayed, the dose tables, small groups hidden.

Drawn from the plain OutcomesSummary (services.outcomes.summary); a group of fewer people than
the small-group setting prints "fewer than N" in each figure and is left out of every chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from coordinator.reports.charts import horizontal_bars
from coordinator.reports.styles import FRAME_WIDTH, cell, data_table_style, heading, para, styles
from coordinator.services.outcomes.retention import Outcome
from coordinator.services.outcomes.summary import DoseTable, Group, OutcomesSummary

TITLE = "Outcomes"
HEADERS = ("People", "Stayed", "Moved campus", "Changed role", "Left", "Unknown", "Still here")
LABEL_WIDTH = 150.0
_FIGURE_WIDTH = (FRAME_WIDTH - LABEL_WIDTH) / len(HEADERS)
WIDTHS = [LABEL_WIDTH, *([_FIGURE_WIDTH] * len(HEADERS))]


def _row(group: Group, hidden: str) -> list[Any]:
    if not group.shown:  # one "fewer than N" across the figures (see outcome_table)
        return [cell(group.label, LABEL_WIDTH), hidden, *([""] * (len(HEADERS) - 1))]
    tally = group.tally
    percent = tally.kept_percent
    return [
        cell(group.label, LABEL_WIDTH),
        f"{tally.total:,}",
        *(f"{tally.count(o):,}" for o in Outcome),
        f"{percent}%" if percent is not None else "—",
    ]


def outcome_table(title: str, groups: Sequence[Group], hidden: str) -> Table:
    rows = [[cell(title, LABEL_WIDTH), *(cell(h, _FIGURE_WIDTH) for h in HEADERS)]]
    rows += [_row(g, hidden) for g in groups]
    style = data_table_style((1, len(HEADERS)))
    for n, group in enumerate(groups, start=1):
        if not group.shown:
            style.add("SPAN", (1, n), (-1, n))
            style.add("ALIGN", (1, n), (-1, n), "CENTER")
    return Table(rows, colWidths=WIDTHS, style=style, repeatRows=1, hAlign="LEFT")


def _kept_chart(groups: Sequence[Group]) -> Flowable | None:
    """'Still in the district' for each shown group with a known outcome, as vector bars."""
    items = [
        (g.label, float(p)) for g in groups if g.shown and (p := g.tally.kept_percent) is not None
    ]
    if not items:
        return None
    return horizontal_bars(items, FRAME_WIDTH, lambda v: f"{v:.0f}%", label_width=LABEL_WIDTH)


def _dose(table: DoseTable, hidden: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        heading(table.title, s.h2),
        para(table.how, s.body),
        outcome_table(table.title, table.rows, hidden),
        Spacer(1, 4),
    ]
    chart = _kept_chart(table.rows)
    if chart is not None:
        story += [para("Still in the district, by band (shown groups only)", s.label), chart]
    return [KeepTogether(story)]


def outcomes_chapter(summary: OutcomesSummary | None) -> list[Flowable]:
    """The chapter's flowables (starting on a new page); nothing when there is no summary."""
    if summary is None:
        return []
    s = styles()
    story: list[Flowable] = [PageBreak(), heading(TITLE, s.h1, 0)]
    if summary.roster is None:
        story.append(
            para(
                f"No roster dated after the year's end ({summary.year_end.isoformat()}) has been "
                "imported yet, so who stayed is not known. Import next year's HR roster "
                "(coordinator import roster FILE --roster-date DATE) and this chapter shows "
                "who stayed on their campus, moved, changed role or left the district.",
                s.body,
            )
        )
        return story
    roster = summary.roster
    tally = summary.mentees.tally
    lead = (
        f"On {summary.as_of.strftime('%B %-d, %Y')}, read from the roster {roster.file_name} "
        f"(dated {roster.as_of.isoformat()}): "
    )
    if summary.mentees.shown and tally.kept_percent is not None:
        lead += (
            f"{tally.kept_percent}% of the year's {tally.total:,} mentees still worked in the "
            f"district ({tally.stayed:,} on the same campus, {tally.moved:,} on another, "
            f"{tally.changed_role:,} in another role); {tally.left:,} had left."
        )
    else:
        lead += f"the year had {summary.hidden} mentees, too few to show."
    hidden = summary.hidden
    groups = [
        summary.mentees,
        summary.mentors,
        summary.comparison,
        *(Group(f"Mentees, {f.label.lower()}", f.mentees.tally, f.mentees.shown)
          for f in summary.follow_ups),
    ]  # fmt: skip
    story += [
        para(lead, s.body),
        Spacer(1, 6),
        outcome_table("Retention", groups, hidden),
        Spacer(1, 6),
    ]
    chart = _kept_chart(groups)
    if chart is not None:
        story += [para("Still in the district (stayed, moved campus or changed role)", s.label)]
        story += [chart]
    story.append(
        para(
            f"Groups of fewer than {summary.threshold} people show '{hidden}' and are left out of "
            "the charts, so no one can be recognised. 'Still here' is the share still working "
            "in the district among those whose outcome is known. How each figure is computed "
            "is set out in the Evidence of Impact workbook and the user guide.",
            s.body,
        )
    )
    for table in summary.dose_tables:
        story += _dose(table, hidden)
    return story
