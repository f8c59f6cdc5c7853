"""Stipend request forms for a pay run: one page per mentor (amounts, hours, the reason, and
signature lines for the mentor, the principal and the coordinator), or one per campus listing
each mentor paid there, with a total, a signature line per mentor and one each for the principal
and the coordinator."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from coordinator.reports.document import GroupStart, PageDecor, ReportDocument
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
CAMPUS_SIGNERS = ("Principal", "Program coordinator")
NO_CAMPUS = "No campus recorded"
PER_CHOICES = ("mentor", "campus")


def _signatures(width: float, signers: tuple[str, ...] = SIGNERS) -> Table:
    data: list[list[Any]] = []
    for who in signers:
        data.append(["", "", ""])
        data.append([f"{who} signature", "", "Date"])
    table = Table(data, colWidths=[width * 0.62, width * 0.08, width * 0.30], rowHeights=None)
    commands: list[Any] = [("FONT", (0, 0), (-1, -1), REGULAR, 9)]
    for n in range(len(signers)):
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


def _people(view: RunView) -> list[list[RunLine]]:
    """Each person's lines, for the people the run pays (or takes back from), by name."""
    by_person: dict[int, list[RunLine]] = defaultdict(list)
    for line in view.lines:
        by_person[line.person_id].append(line)
    people = [ls for ls in by_person.values() if sum(x.amount_cents for x in ls)]
    if not people:
        raise ValueError("write_stipend_requests needs a run that pays someone")
    return sorted(people, key=lambda ls: (ls[0].name.casefold(), ls[0].person_id))


def _reason(lines: list[RunLine]) -> str:
    """Each line's reason, which says itself what kind of line it is ("Adjusted by ...")."""
    return "; ".join(line.reason for line in lines)


def _campus_page(
    view: RunView, campus: str, people: list[list[RunLine]], width: float
) -> list[Flowable]:
    s = styles()
    total = sum(x.amount_cents for ls in people for x in ls)
    story: list[Flowable] = [
        GroupStart(campus),
        para("Campus stipend request", s.title),
        para(f"{campus} · {view.program} · {view.period_label} · run {view.run_id}", s.subtitle),
        Spacer(1, 4),
        para(
            f"Account code: {view.account_code or 'not set'}. Mentors paid: {len(people)}. "
            f"Amount requested for the campus: {money(total)}.",
            s.body,
        ),
        Spacer(1, 6),
    ]
    fixed = [1.6 * inch, 0.95 * inch, 0.7 * inch, 0.6 * inch, 0.95 * inch, 1.7 * inch]
    reason_width = width - sum(fixed)
    widths = [*fixed[:4], reason_width, *fixed[4:]]
    rows: list[list[Any]] = [
        ["Mentor", "Employee ID", "Mentees", "Hours", "Reason", "Amount", "Mentor signature"]
    ]
    for lines in people:
        first = lines[0]
        rows.append(
            [
                cell(first.name, widths[0]),
                first.employee_id or "—",
                str(max(x.mentees for x in lines)),
                hours(max(x.minutes for x in lines)),
                cell(_reason(lines), reason_width),
                money(sum(x.amount_cents for x in lines)),
                "",
            ]
        )
    rows.append(["Total", "", "", "", "", money(total), ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(data_table_style((2, 5)))
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (4, 0), (4, -1), "LEFT"),
                ("FONT", (0, -1), (-1, -1), BOLD, 9),
                ("LINEBELOW", (6, 1), (6, -2), 0.6, "black"),
                ("BOTTOMPADDING", (0, 1), (-1, -2), 10),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 10),
        para(
            "Each mentor signs their own line. We certify that the mentoring listed above took "
            "place as logged and that these amounts are due under the program's stipend rules: "
            + view.rules_summary,
            s.small,
        ),
        Spacer(1, 6),
        _signatures(width, CAMPUS_SIGNERS),
    ]
    return story


def write_stipend_requests(view: RunView, path: Path, *, per: str = "mentor") -> Path:
    """One page per person the run pays (by name), or with `per="campus"` one page (or more)
    per campus listing its mentors (by campus, then name), in one PDF."""
    if per not in PER_CHOICES:
        raise ValueError(f"per must be one of {PER_CHOICES}")
    people = _people(view)
    story: list[Flowable] = []
    pagesize = PAGE_SIZE
    if per == "mentor":
        width = PAGE_SIZE[0] - 2 * MARGIN
        for n, lines in enumerate(people):
            if n:
                story.append(PageBreak())
            story += _page(view, lines, width)
    else:
        pagesize = landscape(PAGE_SIZE)
        width = pagesize[0] - 2 * MARGIN - 12
        campuses: dict[str, list[list[RunLine]]] = defaultdict(list)
        for lines in people:
            campuses[lines[0].campus or NO_CAMPUS].append(lines)
        order = sorted(campuses, key=lambda c: (c == NO_CAMPUS, c.casefold()))
        for n, campus in enumerate(order):
            if n:
                story.append(PageBreak())
            story += _campus_page(view, campus, campuses[campus], width)
    decor = PageDecor(
        title="Stipend requests",
        subtitle=view.program,
        footer=view.title,
        plain_pages=set(),
        per_group_numbers=per == "campus",
    )

    def write(out: Any) -> None:
        ReportDocument(
            out, decor, title=f"Stipend requests, {view.title}", pagesize=pagesize
        ).render(story)

    return write_private(path, write)
