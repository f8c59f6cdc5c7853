"""The year-end report's training and eligibility block, as an auditor checks it.

TEC §21.458(b)(1)-(2) and (b-1): how many mentors and relevant campus and district staff hold
every part of their training, and each one who does not, part by part ("approved ✓ 2025-07-14;
district ✓ 2025-08-04; supplemental 4 of 6 h ✗"). 19 TAC §153.1011(a)(1): the mentees kept in the
program though not beginning teachers, with the recorded reason.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from coordinator.reports.plain_table import PlainTable
from coordinator.reports.styles import (
    WIDE_FRAME_WIDTH,
    cell,
    cell_styles,
    heading,
    para,
    row_heights,
    styles,
)
from coordinator.reports.year_end_rules import EXCEPTIONS_STYLE
from coordinator.services.compliance.training import TrainingLine
from coordinator.services.reporting.data import YearEndReport
from coordinator.tools.text import count_of, figure

NAME_WIDTH, ID_WIDTH, ROLE_WIDTH = 150.0, 66.0, 90.0


def _table(header: list[str], rows: list[list[str]], widths: list[float]) -> PlainTable:
    body: list[list[Any]] = [header]
    body += [[cell(v, w) for v, w in zip(row, widths, strict=True)] for row in rows]
    return PlainTable(
        body,
        colWidths=widths,
        rowHeights=row_heights(body, widths),
        repeatRows=1,
        style=EXCEPTIONS_STYLE,
        cellStyles=cell_styles(len(body), len(widths), (len(widths), len(widths)), 1, False),
        hAlign="LEFT",
    )


def _short(lines: tuple[TrainingLine, ...]) -> list[list[str]]:
    return [
        [line.name, line.employee_id or "—", line.role, line.standing.summary]
        for line in lines
        if not line.standing.met
    ]


def training_section(report: YearEndReport) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    found = report.training
    if found is not None and (found.mentors or found.staff):
        story.append(heading("Training of mentors and staff", s.h2))
        hours = (
            f" Supplemental training: {found.supplemental_hours:g} hours during the year."
            if found.supplemental_hours
            else ""
        )
        words = []
        for noun, lines in (("mentor", found.mentors), ("staff member", found.staff)):
            if any(t.standing.parts for t in lines):
                met = sum(1 for t in lines if t.standing.met)
                words.append(f"{figure(met)} of {count_of(len(lines), noun)} hold every part")
        judged = bool(words)
        if judged:
            story.append(
                para(
                    "TEC §21.458(b)(1)-(2): mentors complete the commissioner-approved mentor "
                    "training and the district's own before the school year; (b-1): the campus "
                    "and district staff who supervise or work with mentees are trained before "
                    "it too, and all receive supplemental training during it."
                    + hours
                    + " "
                    + "; ".join(words)
                    + ".",
                    s.body,
                )
            )
        reason_width = WIDE_FRAME_WIDTH - NAME_WIDTH - ID_WIDTH - ROLE_WIDTH
        widths = [NAME_WIDTH, ID_WIDTH, ROLE_WIDTH, reason_width]
        short = _short(found.mentors) + _short(found.staff)
        if short:
            story.append(_table(["Person", "Employee ID", "Role", "Training"], short, widths))
    if report.eligibility_overrides:
        story.append(heading("Mentees kept though not beginning teachers", s.h2))
        story.append(
            para(
                "19 TAC §153.1011(a)(1) defines a beginning teacher as one with less than two "
                "years of teaching experience in the subject or grade level assigned. These "
                "mentees have more and were kept by the coordinator, for the reason recorded.",
                s.body,
            )
        )
        widths = [NAME_WIDTH, ID_WIDTH, WIDE_FRAME_WIDTH - NAME_WIDTH - ID_WIDTH]
        rows = [[name, eid or "—", why] for name, eid, why in report.eligibility_overrides]
        story.append(_table(["Mentee", "Employee ID", "Reason recorded"], rows, widths))
    return story
