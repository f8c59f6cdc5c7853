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
from coordinator.tools.translations import translate

BOX = "☐"
INTRO = (
    "For {respondent} of {program}, {year} ({timing}). Your answers are matched to you by your "
    "employee ID or e-mail so that the start and end of the year can be compared; what you "
    "write in words stays with the program coordinator and is never reported with your name."
)
WRITING_LINES = 4


def _identity(lang: str) -> Table:
    s = styles()

    def label(text: str) -> Any:
        return para(translate(lang, text), s.label)

    rows = [
        [label("Name"), "", label(IDENTITY_QUESTION), ""],
        [label("E-mail"), "", label("Campus"), ""],
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


def _agreement(lang: str) -> Table:
    s = styles()
    width = FRAME_WIDTH / len(AGREEMENT_WORDS)
    boxes = [para(f"{BOX}  {n}", s.body) for n in range(1, len(AGREEMENT_WORDS) + 1)]
    words = [para(translate(lang, word), s.small) for word in AGREEMENT_WORDS]
    style = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ]
    )
    return Table([boxes, words], colWidths=[width] * len(words), style=style, hAlign="LEFT")


def _yes_no(lang: str) -> Table:
    s = styles()
    words = choices(QuestionScale.YES_NO)
    cells = [para(f"{BOX}  {translate(lang, word)}", s.body) for word in words]
    style = TableStyle(
        [("BACKGROUND", (0, 0), (-1, -1), SHADE), ("TOPPADDING", (0, 0), (-1, -1), 6)]
    )
    return Table([cells], colWidths=[90, 90], style=style, hAlign="LEFT")


def _lines() -> Table:
    rows = [[""] for _ in range(WRITING_LINES)]
    style = TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)])
    return Table(rows, colWidths=[FRAME_WIDTH], rowHeights=[20] * WRITING_LINES, style=style)


def survey_form_story(form: SurveyForm, lang: str = "en") -> list[Flowable]:
    """The form's pages in `lang`: the fixed words, and the shipped instruments' questions
    (questions the coordinator wrote or edited print as written)."""
    s = styles()
    intro = translate(
        lang,
        INTRO,
        respondent=translate(lang, form.respondent),
        program=form.program,
        year=form.year,
        timing=translate(lang, form.timing).lower(),
    )
    story: list[Flowable] = [
        heading(translate(lang, form.instrument), s.h1),
        para(intro, s.body),
        Spacer(1, 6),
        _identity(lang),
        Spacer(1, 10),
    ]
    for number, question in enumerate(form.questions, start=1):
        answer: Any
        if question.scale is QuestionScale.AGREEMENT:
            answer = _agreement(lang)
        elif question.scale is QuestionScale.YES_NO:
            answer = _yes_no(lang)
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
                    heading(f"{number}. {translate(lang, question.text)}", s.h2),
                    para(translate(lang, hint), s.small),
                    answer,
                    Spacer(1, 4),
                ]
            )
        )
    story += [
        Spacer(1, 12),
        para(
            translate(lang, "Thank you. Hand the form back to your program coordinator."), s.small
        ),
    ]
    return story


def write_survey_form_pdf(form: SurveyForm, path: Path, language: str = "en") -> Path:
    """The instrument as a printable PDF form, owner-only, all or nothing."""
    timing = translate(language, form.timing)
    footer = translate(
        language,
        "{timing} survey · prepared {date}",
        timing=timing if language == "en" else timing.lower(),  # "Encuesta de inicio del año"
        date=form.prepared_on.isoformat(),
    )
    title = translate(language, form.instrument)
    decor = PageDecor(
        title=title,
        subtitle=f"{form.program} · {form.year}",
        footer=footer,
        plain_pages=set(),
        language=language,
    )

    def write(out: Any) -> None:
        story = survey_form_story(form, language)
        ReportDocument(out, decor, title=title).render(story)

    return write_private(path, write)
