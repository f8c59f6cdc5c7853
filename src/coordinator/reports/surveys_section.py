"""The year-end report's Surveys section: response rates, each question's start → end shift as a
vector chart and a table, and the mentees' confidence change; groups smaller than the threshold
are printed as "fewer than N", never as a figure. Free-text answers appear only when the
coordinator chose to include them, and never with a name.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from coordinator.reports.charts import chart_label
from coordinator.reports.fonts import REGULAR, fit
from coordinator.reports.styles import (
    ACCENT,
    FRAME_WIDTH,
    RULE,
    cell,
    data_table_style,
    heading,
    para,
    styles,
)
from coordinator.services.surveys.shifts import QuestionShift, SurveyOutcomes, outcome_lines

LOW, HIGH = 1.0, 5.0
LABEL_SIZE = 7.5


def shift_chart(shifts: tuple[QuestionShift, ...], width: float, min_group: int) -> Drawing:
    """One row per question: a hollow dot at the start mean, a filled one at the end, joined."""
    row, label_width = 16.0, 220.0
    height = len(shifts) * row + 18
    drawing = Drawing(width, height)
    left, right = label_width + 10, width - 12
    for k in range(5):  # the scale 1 .. 5
        x = left + (right - left) * k / 4
        drawing.add(Line(x, 12, x, height, strokeColor=RULE, strokeWidth=0.3))
        chart_label(drawing, x, 2, str(k + 1), "middle")
    for i, shift in enumerate(shifts):
        y = height - (i + 1) * row
        chart_label(
            drawing, label_width, y - 2.5, fit(shift.text, REGULAR, LABEL_SIZE, label_width), "end"
        )
        if shift.before is None or shift.after is None:
            chart_label(drawing, (left + right) / 2, y - 2.5, f"fewer than {min_group}", "middle")
            continue
        start = left + (right - left) * (float(shift.before) - LOW) / (HIGH - LOW)
        end = left + (right - left) * (float(shift.after) - LOW) / (HIGH - LOW)
        drawing.add(Line(start, y, end, y, strokeColor=ACCENT, strokeWidth=2.5))
        drawing.add(Circle(start, y, 3.2, fillColor=None, strokeColor=ACCENT, strokeWidth=1))
        drawing.add(Circle(end, y, 3.2, fillColor=ACCENT, strokeColor=ACCENT))
    return drawing


def _table(rows: list[list[Any]], widths: list[float], numeric: tuple[int, int]) -> Table:
    return Table(
        rows, colWidths=widths, repeatRows=1, style=data_table_style(numeric), hAlign="LEFT"
    )


def surveys_section(outcomes: SurveyOutcomes | None, *, page_break: bool = True) -> list[Flowable]:
    """The section's flowables; none when the year has no survey answers."""
    if outcomes is None or not outcomes.has_answers:
        return []
    s = styles()
    story: list[Flowable] = [PageBreak()] if page_break else []
    story += [heading("Surveys", s.h1, 0)]
    small = outcomes.min_group
    intro = (
        "Response rates count the people who answered over the people asked (enrolled in the "
        "year in the survey's role, less those who withdrew or left). Each mentee's start and "
        "end answers are paired by person; a shift is the mean at the end minus the mean at "
        f"the start over the mentees who answered both times. Groups of fewer than {small} "
        "are not shown, so that no one's answers can be recognised."
    )
    story += [para(intro, s.body), heading("Response rates", s.h2)]
    rates: list[list[Any]] = [["Survey", "When", "Asked", "Answered", "Rate"]]
    for r in outcomes.rates:
        rate = f"{100 * r.rate:.0f}%" if r.rate is not None else "—"
        rates.append(
            [cell(r.instrument, 250), r.timing.label, f"{r.asked:,}", f"{r.answered:,}", rate]
        )
    story.append(_table(rates, [250, 100, 60, 60, FRAME_WIDTH - 470], (2, 4)))
    if outcomes.shifts:
        story += [heading("Confidence at the start and end of the year", s.h2)]
        story.append(shift_chart(outcomes.shifts, FRAME_WIDTH, small))
        story.append(
            para(
                "Hollow dot: the mean at the start of the year; filled: at the end; "
                "1 = strongly disagree, 5 = strongly agree.",
                s.small,
            )
        )
        rows: list[list[Any]] = [["Question", "Mentees", "Start", "End", "Change"]]
        for q in outcomes.shifts:
            if q.suppressed or q.shift is None:
                rows.append([cell(q.text, 270), f"fewer than {small}", "—", "—", "—"])
            else:
                sign = "+" if q.shift > 0 else ""
                rows.append(
                    [
                        cell(q.text, 270),
                        f"{q.pairs:,}",
                        f"{q.before}",
                        f"{q.after}",
                        f"{sign}{q.shift}",
                    ]
                )
        story.append(Spacer(1, 4))
        story.append(_table(rows, [270, 70, 55, 55, FRAME_WIDTH - 450], (1, 4)))
    change = [line for line in outcome_lines(outcomes) if line[0].startswith("Mentee confidence")]
    if change:
        story.append(Spacer(1, 6))
        story.append(para(f"{change[0][0]}: {change[0][1]}.", s.body))
    if outcomes.comments:
        story += [heading("What they wrote (included by the coordinator, without names)", s.h2)]
        story += [para(f"“{c.text}” ({c.instrument})", s.body) for c in outcomes.comments]
    return story
