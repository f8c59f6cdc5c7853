"""Mentee logs an audit accepts: every check-in, time per semester, history, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from coordinator.progress import NO_PROGRESS, Progress
from coordinator.reports.document import GroupStart, PageDecor, ReportDocument
from coordinator.reports.fonts import BOLD, REGULAR
from coordinator.reports.styles import (
    FRAME_WIDTH,
    MUTED,
    RULE,
    SHADE,
    TABLE_FONT_SIZE,
    cell,
    data_table_style,
    heading,
    para,
    styles,
)
from coordinator.services.reporting.data import MenteeLog, hours
from coordinator.tools.private_files import write_private
from coordinator.tools.text import figure
from coordinator.tools.translations import translate

SIGNERS = ("Mentee", "Mentor", "Program coordinator")


def _details(log: MenteeLog, lang: str) -> Table:
    s = styles()
    h = log.header
    pairs = [
        ("Employee ID", log.employee_id or "—"),
        ("Campus", log.campus or "—"),
        ("Position", log.position or "—"),
        ("Hired", log.hire_date.isoformat() if log.hire_date else "—"),
        ("Mentor", log.current_mentor or "—"),
        ("Program", f"{h.program}, {h.year}"),
    ]
    pairs = [(translate(lang, label), value) for label, value in pairs]
    rows = [
        [para(a, s.label), para(b, s.cell), para(c, s.label), para(d, s.cell)]
        for (a, b), (c, d) in zip(pairs[0::2], pairs[1::2], strict=True)
    ]
    w = FRAME_WIDTH
    return Table(rows, colWidths=[0.19 * w, 0.31 * w, 0.19 * w, 0.31 * w], hAlign="LEFT")


def _semester_totals(log: MenteeLog, lang: str) -> Table:
    rows: list[list[Any]] = [[translate(lang, t) for t in ("Semester", "Hours", "Required")] + [""]]
    for total in log.semester_totals:
        required = total.required_minutes
        met = "" if required is None else ("met" if total.minutes >= required else "not met")
        met = translate(lang, met) if met else ""
        rows.append(
            [total.semester, hours(total.minutes), hours(required) if required else "—", met]
        )
    rows.append([translate(lang, "Whole year"), hours(log.total_minutes), "", ""])
    style = data_table_style((1, 2))
    style.add("FONT", (0, -1), (-1, -1), BOLD, TABLE_FONT_SIZE)
    return Table(rows, colWidths=[140, 70, 70, 70], style=style, hAlign="LEFT")


def _history(log: MenteeLog, lang: str) -> Table:
    rows: list[list[Any]] = [
        [translate(lang, t) for t in ("Mentor", "From", "Until", "Why it ended")]
    ]
    for line in log.assignments:
        end = line.end_date.isoformat() if line.end_date else translate(lang, "still assigned")
        rows.append(
            [cell(line.mentor, 170), cell(line.start_date), end, cell(line.end_reason, 180)]
        )
    return Table(
        rows, colWidths=[170, 70, 80, FRAME_WIDTH - 320], style=data_table_style(), hAlign="LEFT"
    )


ENTRY_STYLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), BOLD, TABLE_FONT_SIZE),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ALIGN", (2, 0), (2, 0), "RIGHT"),
    ]
)


def _entries(log: MenteeLog, lang: str) -> list[Flowable]:
    s = styles()
    detail = ParagraphStyle("detail", parent=s.cell, leftIndent=8)
    widths = [70, 130, 60, FRAME_WIDTH - 260]
    flowables: list[Flowable] = []
    for entry in log.entries:
        mentor = translate(lang, "with {name}", name=entry.mentor) if entry.mentor else ""
        line = Table(
            [
                [
                    cell(entry.occurred_on),
                    translate(lang, entry.kind),
                    translate(lang, "{minutes} min", minutes=entry.minutes),
                    cell(mentor, widths[3]),
                ]
            ],
            colWidths=widths,
            style=ENTRY_STYLE,
            hAlign="LEFT",
        )
        details: list[Flowable] = []
        if entry.not_counted:
            details.append(para(entry.not_counted, detail))
        if entry.topics:
            details.append(para(translate(lang, "Topics: {topics}", topics=entry.topics), detail))
        if entry.next_steps:
            steps = translate(lang, "Next steps: {steps}", steps=entry.next_steps)
            details.append(para(steps, detail))
        if entry.private_notes:
            notes = translate(lang, "Private notes: {notes}", notes=entry.private_notes)
            details.append(para(notes, detail))
        line.keepWithNext = bool(details)
        flowables.append(line)
        flowables += details
        flowables.append(Spacer(1, 3))
    if not log.entries:
        nothing = translate(lang, "No check-ins were logged for this mentee this year.")
        flowables.append(para(nothing, s.body))
    return flowables


def signature_block(lang: str = "en") -> Flowable:
    """Signature and date lines for the mentee, the mentor and the coordinator."""
    rows = []
    for signer in SIGNERS:
        rows += [
            ["", "", ""],
            [translate(lang, f"{signer} signature"), "", translate(lang, "Date")],
        ]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), REGULAR, 8),
            ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ]
    )
    for r in range(0, len(rows), 2):
        style.add("LINEBELOW", (0, r), (0, r), 0.7, MUTED)
        style.add("LINEBELOW", (2, r), (2, r), 0.7, MUTED)
    heights = [26, 12] * len(SIGNERS)
    table = Table(rows, colWidths=[260, 40, 120], rowHeights=heights, style=style, hAlign="LEFT")
    return KeepTogether([heading(translate(lang, "Signatures"), styles().h2), table])


def mentee_log_story(log: MenteeLog, lang: str = "en") -> list[Flowable]:
    s = styles()
    title = translate(lang, "Mentee log: {name}", name=log.name)
    story: list[Flowable] = [GroupStart(log.name), heading(title, s.h1, 0)]
    contact = heading(translate(lang, "Contact time by semester"), s.h2)
    story += [_details(log, lang), contact, _semester_totals(log, lang)]
    story += [heading(translate(lang, "Assignment history"), s.h2), _history(log, lang)]
    checkins = (
        "Check-ins ({count}; private notes included)"
        if log.include_private_notes
        else "Check-ins ({count}; private notes left out)"
    )
    story.append(heading(translate(lang, checkins, count=figure(len(log.entries))), s.h2))
    story += _entries(log, lang)
    story.append(Spacer(1, 10))
    story.append(signature_block(lang))
    return story


def write_mentee_logs(
    logs: Sequence[MenteeLog],
    path: Path,
    progress: Progress = NO_PROGRESS,
    language: str = "en",
) -> Path:
    """One mentee's log, or a cohort's logs with each mentee starting on a new page."""
    lang = language
    if not logs:
        raise ValueError("write_mentee_logs needs at least one log")
    h = logs[0].header
    story: list[Flowable] = []
    for n, log in enumerate(logs):
        if n:
            story.append(PageBreak())
        story += mentee_log_story(log, lang)
    one = translate(lang, "Mentee log: {name}", name=logs[0].name)
    title = one if len(logs) == 1 else translate(lang, "Mentee logs")
    footer = "Prepared {date} · confidential mentoring record"
    decor = PageDecor(
        title=translate(lang, "Mentee log")
        if len(logs) > 1
        else f"{title} · {h.program} · {h.year}",
        subtitle=h.district_name,
        footer=translate(lang, footer, date=h.generated_on.isoformat()),
        plain_pages=set(),
        per_group_numbers=len(logs) > 1,
        language=lang,
    )

    def write(out: Any) -> None:
        ReportDocument(out, decor, progress=progress, title=title).render(story)

    return write_private(path, write)
