"""A survey instrument as a printable form: who is answering, then each question with its boxes.

Agreement questions print their five answers as boxes to tick under the words, yes/no questions
two boxes, free-text questions ruled lines to write on. The header and footer are the house
style's (reports/document.py); the page says how the answers are used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from coordinator.db.enums import QuestionScale
from coordinator.reports.document import PageDecor, ReportDocument
from coordinator.reports.styles import FRAME_WIDTH, RULE, SHADE, heading, para, styles
from coordinator.services.surveys.forms import IDENTITY_QUESTION, SurveyForm, choices
from coordinator.services.surveys.instruments import AGREEMENT_WORDS
from coordinator.tools.private_files import write_private

BOX = "☐"
WRITING_LINES = 4


def _identity() -> Table:
    s = styles()
    rows = [
        [para("Name", s.label), "", para(IDENTITY_QUESTION, s.label), ""],
        [para("E-mail", s.label), "", para("Campus", s.label), ""],
    ]
    width = FRAME_WIDTH / 2
    style = TableStyle(
        [
            ("LINEBELOW", (1, 0), (1, -1), 0.5, RULE),
            ("LINEBELOW", (3, 0), (3, -1), 0.5, RULE),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    return Table(rows, colWidths=[70, width - 80, 70, width - 70], style=style, hAlign="LEFT")


def _agreement() -> Table:
    s = styles()
    width = FRAME_WIDTH / len(AGREEMENT_WORDS)
    boxes = [para(f"{BOX}  {n}", s.body) for n in range(1, len(AGREEMENT_WORDS) + 1)]
    words = [para(word, s.small) for word in AGREEMENT_WORDS]
    style = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ]
    )
    return Table([boxes, words], colWidths=[width] * len(words), style=style, hAlign="LEFT")


def _yes_no() -> Table:
    s = styles()
    cells = [para(f"{BOX}  {word}", s.body) for word in choices(QuestionScale.YES_NO)]
    style = TableStyle(
        [("BACKGROUND", (0, 0), (-1, -1), SHADE), ("TOPPADDING", (0, 0), (-1, -1), 6)]
    )
    return Table([cells], colWidths=[90, 90], style=style, hAlign="LEFT")


def _lines() -> Table:
    rows = [[""] for _ in range(WRITING_LINES)]
    style = TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)])
    return Table(rows, colWidths=[FRAME_WIDTH], rowHeights=[20] * WRITING_LINES, style=style)


def survey_form_story(form: SurveyForm) -> list[Flowable]:
    s = styles()
    intro = (
        f"For {form.respondent} of {form.program}, {form.year} ({form.timing.lower()}). "
        "Your answers are matched to you by your employee ID or e-mail so "
        "that the start and end of the year can be compared; what you write in words stays "
        "with the program coordinator and is never reported with your name."
    )
    story: list[Flowable] = [
        heading(form.instrument, s.h1),
        para(intro, s.body),
        Spacer(1, 6),
        _identity(),
        Spacer(1, 10),
    ]
    for number, question in enumerate(form.questions, start=1):
        answer: Any
        if question.scale is QuestionScale.AGREEMENT:
            answer = _agreement()
        elif question.scale is QuestionScale.YES_NO:
            answer = _yes_no()
        else:
            answer = _lines()
        hint = {
            QuestionScale.AGREEMENT: "Tick one box.",
            QuestionScale.YES_NO: "Tick one box.",
            QuestionScale.FREE_TEXT: "Write as much or as little as you like.",
        }[question.scale]
        story.append(
            KeepTogether(
                [
                    heading(f"{number}. {question.text}", s.h2),
                    para(hint, s.small),
                    answer,
                    Spacer(1, 4),
                ]
            )
        )
    story += [
        Spacer(1, 12),
        para("Thank you. Hand the form back to your program coordinator.", s.small),
    ]
    return story


def write_survey_form_pdf(form: SurveyForm, path: Path) -> Path:
    """The instrument as a printable PDF form, owner-only, all or nothing."""
    decor = PageDecor(
        title=form.instrument,
        subtitle=f"{form.program} · {form.year}",
        footer=f"{form.timing} survey · prepared {form.prepared_on.isoformat()}",
        plain_pages=set(),
    )

    def write(out: Any) -> None:
        ReportDocument(out, decor, title=form.instrument).render(survey_form_story(form))

    return write_private(path, write)
