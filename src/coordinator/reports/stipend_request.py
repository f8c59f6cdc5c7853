"""Stipend request forms: one page per mentor of a pay run, with amounts, hours and the reason,
and signature lines for the mentor, the principal and the coordinator."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from coordinator.reports.document import PageDecor, ReportDocument
from coordinator.reports.fonts import BOLD, REGULAR
from coordinator.reports.styles import MARGIN, PAGE_SIZE, cell, data_table_style, para, styles
from coordinator.services.pay.money import hours, money
from coordinator.services.pay.runs import RunLine, RunView
from coordinator.tools.private_files import write_private

KIND_WORDS = {
    "computed": "From the logs",
    "correction": "Correction",
    "adjustment": "Adjustment",
    "reversal": "Reversal",
}
SIGNERS = ("Mentor", "Principal", "Program coordinator")


def _signatures(width: float) -> Table:
    data: list[list[Any]] = []
    for who in SIGNERS:
        data.append(["", "", ""])
        data.append([f"{who} signature", "", "Date"])
    table = Table(data, colWidths=[width * 0.62, width * 0.08, width * 0.30], rowHeights=None)
    commands: list[Any] = [("FONT", (0, 0), (-1, -1), REGULAR, 9)]
    for n in range(len(SIGNERS)):
        line_row = 2 * n
        commands += [
            ("LINEBELOW", (0, line_row), (0, line_row), 0.6, "black"),
            ("LINEBELOW", (2, line_row), (2, line_row), 0.6, "black"),
            ("TOPPADDING", (0, line_row), (-1, line_row), 22),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _page(view: RunView, lines: list[RunLine], width: float) -> list[Flowable]:
    s = styles()
    first = lines[0]
    total = sum(x.amount_cents for x in lines)
    minutes = max(x.minutes for x in lines)
    story: list[Flowable] = [
        para("Mentor stipend request", s.title),
        para(f"{view.program} · {view.period_label} · run {view.run_id}", s.subtitle),
        Spacer(1, 6),
    ]
    facts = [
        ["Mentor", first.name],
        ["Employee ID", first.employee_id or "not recorded"],
        ["Campus", first.campus or "not recorded"],
        ["Mentees paid for", str(max(x.mentees for x in lines))],
        ["Contact hours logged", hours(minutes)],
        ["Account code", view.account_code or "not set"],
        ["Amount requested", money(total)],
    ]
    table = Table(facts, colWidths=[1.8 * inch, width - 1.8 * inch])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 10),
                ("FONT", (0, 0), (0, -1), BOLD, 10),
                ("FONT", (1, -1), (1, -1), BOLD, 11),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story += [table, Spacer(1, 10), para("How the amount was worked out", s.h2)]
    reason_width = width - 3.4 * inch
    rows: list[list[Any]] = [["Line", "Period", "Reason", "Amount"]]
    for line in lines:
        rows.append(
            [
                KIND_WORDS.get(line.kind, line.kind),
                line.for_period.capitalize(),
                cell(line.reason, reason_width),
                money(line.amount_cents),
            ]
        )
    rows.append(["", "", "Total", money(total)])
    detail = Table(rows, colWidths=[1.2 * inch, 0.9 * inch, reason_width, 1.3 * inch], repeatRows=1)
    style = data_table_style((3, 3))
    detail.setStyle(style)
    detail.setStyle(TableStyle([("FONT", (2, -1), (3, -1), BOLD, 9)]))
    story += [
        detail,
        Spacer(1, 10),
        para(
            "I certify that the mentoring described above took place as logged and that this "
            "amount is due under the program's stipend rules: " + view.rules_summary,
            s.small,
        ),
        Spacer(1, 6),
        _signatures(width),
    ]
    return story


def write_stipend_requests(view: RunView, path: Path) -> Path:
    """One page per person the run pays (by name), in one PDF."""
    by_person: dict[int, list[RunLine]] = defaultdict(list)
    for line in view.lines:
        by_person[line.person_id].append(line)
    people = [ls for ls in by_person.values() if sum(x.amount_cents for x in ls)]
    if not people:
        raise ValueError("write_stipend_requests needs a run that pays someone")
    width = PAGE_SIZE[0] - 2 * MARGIN
    story: list[Flowable] = []
    for n, lines in enumerate(sorted(people, key=lambda ls: ls[0].name.casefold())):
        if n:
            story.append(PageBreak())
        story += _page(view, lines, width)
    decor = PageDecor(
        title="Stipend requests", subtitle=view.program, footer=view.title, plain_pages=set()
    )

    def write(out: Any) -> None:
        ReportDocument(out, decor, title=f"Stipend requests, {view.title}").render(story)

    return write_private(path, write)
