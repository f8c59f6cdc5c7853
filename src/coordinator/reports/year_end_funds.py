"""The year-end report's Funds section: the allotment against spent and committed by category
(with a warning for any category the allotment does not allow), stipends paid by period, release
time and the cost per mentee served. Every total is the sum of the figures above it, to the cent.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from coordinator.reports.fonts import BOLD
from coordinator.reports.styles import (
    TABLE_FONT_SIZE,
    data_table_style,
    heading,
    para,
    styles,
)
from coordinator.services.pay.funds import Funds
from coordinator.services.pay.money import hours, money
from coordinator.tools.text import count_of

TITLE = "Funds"
LABEL_WIDTH, FIGURE_WIDTH = 230.0, 95.0


def _table(rows: list[list[Any]], widths: list[float], numeric: tuple[int, int]) -> Table:
    """A data table whose last row is a bold total."""
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(data_table_style(numeric))
    table.setStyle(TableStyle([("FONT", (0, -1), (-1, -1), BOLD, TABLE_FONT_SIZE)]))
    return table


def _categories(funds: Funds) -> Table:
    b = funds.budget
    rows: list[list[Any]] = [["Category", "Spent", "Committed", "Spent and committed", "Allowed"]]
    for line in b.lines:
        rows.append(
            [
                line.label,
                money(line.spent_cents),
                money(line.committed_cents),
                money(line.spent_cents + line.committed_cents),
                "Yes" if line.allowed else "NOT ALLOWED",
            ]
        )
    rows.append(
        [
            "Total",
            money(b.spent_cents),
            money(b.committed_cents),
            money(b.spent_cents + b.committed_cents),
            "",
        ]
    )
    widths = [LABEL_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH + 20, 80.0]
    table = _table(rows, widths, (1, 3))
    for n, line in enumerate(b.lines, start=1):
        if not line.allowed:
            table.setStyle(TableStyle([("FONT", (0, n), (-1, n), BOLD, TABLE_FONT_SIZE)]))
    return table


def _allotment(funds: Funds) -> list[Flowable]:
    s = styles()
    b = funds.budget
    story: list[Flowable] = [heading("Allotment, spent and committed", s.h2)]
    if b.allotment_cents is None:
        text = "No allotment was entered for the year."
    else:
        remaining = b.remaining_cents or 0
        left = (
            f"{money(remaining)} remains"
            if remaining >= 0
            else f"spending is {money(-remaining)} over it"
        )
        text = (
            f"Allotment: {b.allotment_words}. Spent {money(b.spent_cents)} and committed "
            f"{money(b.committed_cents)}; {left}."
        )
    story += [para(text, s.body), _categories(funds)]
    for warning in b.warnings:
        story += [Spacer(1, 4), para(f"Warning: {warning}", s.body)]
    return story


def _stipends(funds: Funds) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading("Stipends paid", s.h2)]
    if not funds.stipends:
        return [*story, para("No pay run was approved this year.", s.body)]
    story.append(
        para(
            "What approved (locked) pay runs paid for each period, less what reversing runs took "
            "back; a correction for an earlier period counts in that period.",
            s.body,
        )
    )
    rows: list[list[Any]] = [["Period", "Paid", "Reversed", "Net paid", "People paid"]]
    for p in funds.stipends:
        rows.append(
            [
                p.label,
                money(p.paid_cents),
                money(p.reversed_cents),
                money(p.net_cents),
                f"{p.people:,}",
            ]
        )
    rows.append(
        [
            "Total",
            money(sum(p.paid_cents for p in funds.stipends)),
            money(sum(p.reversed_cents for p in funds.stipends)),
            money(funds.stipends_cents),
            "",
        ]
    )
    widths = [LABEL_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH + 20, 80.0]
    return [*story, _table(rows, widths, (1, 4))]


def _release(funds: Funds) -> list[Flowable]:
    s = styles()
    r = funds.release
    story: list[Flowable] = [heading("Release time", s.h2)]
    if not r.entries:
        return [*story, para("No release time was recorded this year.", s.body)]
    days = r.substitute_half_days / 2
    parts = [f"{count_of(r.entries, 'entry', 'entries')} for {count_of(r.mentors, 'mentor')}"]
    if r.substitute_half_days:
        parts.append(f"{days:g} substitute days")
    if r.release_minutes:
        parts.append(f"{hours(r.release_minutes)} of release")
    text = (
        "; ".join(parts)
        + f": {money(r.spent_cents)} spent"
        + (f" and {money(r.committed_cents)} committed" if r.committed_cents else "")
        + "."
    )
    return [*story, para(text, s.body)]


def funds_section(funds: Funds | None) -> list[Flowable]:
    """The Funds heading and its blocks; none when the year has no money recorded."""
    if funds is None:
        return []
    s = styles()
    story: list[Flowable] = [CondPageBreak(3 * inch), heading(TITLE, s.h1, 0)]
    story += _allotment(funds) + _stipends(funds) + _release(funds)
    story += [heading("Per-mentee cost", s.h2), para(funds.per_mentee_words(), s.body)]
    return story
