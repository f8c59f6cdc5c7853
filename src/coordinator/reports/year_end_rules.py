"""The year-end report's compliance section, as an auditor reads it.

Each rule says how many mentees met it out of how many were judged, who of the enrolled mentees
was not judged and why, and lists the exceptions with employee ID and campus beside each name.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, TableStyle

from coordinator.reports.plain_table import PlainTable
from coordinator.reports.styles import (
    ACCENT,
    RULE,
    SHADE,
    WIDE_FRAME_WIDTH,
    cell,
    cell_styles,
    heading,
    para,
    row_heights,
    styles,
)
from coordinator.services.reporting.data import RuleCompliance, YearEndReport
from coordinator.tools.text import count_of, figure

EXCEPTIONS_STYLE = TableStyle(
    [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
)
NAME_WIDTH, ID_WIDTH, CAMPUS_WIDTH = 150.0, 66.0, 170.0  # on a landscape page


def _met_words(rule: RuleCompliance, enrolled: int, year_over: bool) -> str:
    share = f"{100 * rule.met / rule.evaluated:.0f}%" if rule.evaluated else "—"
    met = "Met" if year_over else "Met so far"
    text = f"{met} by {figure(rule.met)} of {count_of(rule.evaluated, 'mentee')} judged ({share})."
    outside = sum(n for _, n, _ in rule.outside)
    if not outside:
        return text + f" Every one of the {count_of(enrolled, 'enrolled mentee')} was judged."
    parts = []
    for why, n, names in rule.outside:
        listed = f": {', '.join(names)}" if names else ""
        parts.append(f"{figure(n)} {why}{listed}")
    return (
        text + f" Of the {count_of(enrolled, 'enrolled mentee')}, {figure(outside)} "
        f"{'is' if outside == 1 else 'are'} not judged by this rule: " + "; ".join(parts) + "."
    )


def _exceptions(rule: RuleCompliance, report: YearEndReport) -> PlainTable:
    reason_width = WIDE_FRAME_WIDTH - NAME_WIDTH - ID_WIDTH - CAMPUS_WIDTH
    widths = [NAME_WIDTH, ID_WIDTH, CAMPUS_WIDTH, reason_width]
    rows: list[list[Any]] = [["Mentee", "Employee ID", "Campus", "Why not met"]]
    ids = rule.exception_ids or (0,) * len(rule.exceptions)
    for (name, reason), pid in zip(rule.exceptions, ids, strict=True):
        employee_id, campus = report.identities.get(pid, ("", ""))
        rows.append(
            [
                cell(name, NAME_WIDTH),
                cell(employee_id or "—", ID_WIDTH),
                cell(campus or "—", CAMPUS_WIDTH),
                cell(reason, reason_width),
            ]
        )
    return PlainTable(
        rows,
        colWidths=widths,
        rowHeights=row_heights(rows, widths),
        repeatRows=1,
        style=EXCEPTIONS_STYLE,
        cellStyles=cell_styles(len(rows), 4, (4, 3), 1, False),
        hAlign="LEFT",
    )


def compliance_section(report: YearEndReport) -> list[Flowable]:
    """The Compliance heading and a block per rule; starts a new page only when little is left."""
    s = styles()
    story: list[Flowable] = [CondPageBreak(3 * inch), heading("Compliance", s.h1, 0)]
    if not report.compliance:
        story.append(para("No mentee was evaluated against the rule pack this year.", s.body))
    for rule in report.compliance:
        story.append(heading(rule.label, s.h2))
        story.append(para(_met_words(rule, report.enrolled, report.year_over), s.body))
        if rule.exceptions:
            story.append(_exceptions(rule, report))
    from coordinator.reports.year_end_training import training_section  # it styles as this does

    story += training_section(report)
    return story
