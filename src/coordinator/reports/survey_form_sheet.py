"""A survey instrument as a spreadsheet a district pastes into its own form tool.

Sheet "Questions": one row per question, in order, with the exact words to paste (the import
matches the answers' columns by those words), the question type to choose in Google Forms and
in Microsoft Forms, the answers to offer, and whether it is required. Sheet "How to" says how.
"""

from __future__ import annotations

from pathlib import Path

from coordinator.db.enums import QuestionScale
from coordinator.services.surveys.forms import IDENTITY_QUESTION, SurveyForm, choices
from coordinator.tools import safe_sheets

QUESTION_HEADERS = (
    "Number",
    "Question (paste these words exactly)",
    "Google Forms type",
    "Microsoft Forms type",
    "Answers to offer",
    "Required",
)
GOOGLE_TYPE = {
    QuestionScale.AGREEMENT: "Linear scale, 1 to 5",
    QuestionScale.YES_NO: "Multiple choice",
    QuestionScale.FREE_TEXT: "Paragraph",
}
MICROSOFT_TYPE = {
    QuestionScale.AGREEMENT: "Rating, 5 levels, number",
    QuestionScale.YES_NO: "Choice",
    QuestionScale.FREE_TEXT: "Text, long answer",
}


def form_sheet_rows(form: SurveyForm) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = [
        (1, IDENTITY_QUESTION, "Short answer", "Text", "the district's employee ID", "Yes")
    ]
    for number, question in enumerate(form.questions, start=2):
        offered = choices(question.scale)
        if question.scale is QuestionScale.AGREEMENT:
            answers = f"1 = {offered[0][2:]} … 5 = {offered[-1][2:]}"
        elif question.scale is QuestionScale.YES_NO:
            answers = "; ".join(offered)
        else:
            answers = "A written answer (it stays private to the coordinator)"
        rows.append(
            (
                number,
                question.text,
                GOOGLE_TYPE[question.scale],
                MICROSOFT_TYPE[question.scale],
                answers,
                "No" if question.scale is QuestionScale.FREE_TEXT else "Yes",
            )
        )
    return rows


def how_to_lines(form: SurveyForm) -> list[str]:
    return [
        f"{form.instrument} — {form.program}, {form.year} ({form.timing.lower()}), for "
        f"{form.respondent}.",
        "",
        "1. Make a new form in Google Forms or Microsoft Forms.",
        "2. Add the questions of the Questions sheet in order: paste each question's words "
        "exactly, choose the type shown, and offer the answers shown.",
        "3. Google Forms: in Settings > Responses, turn on 'Collect email addresses'. Microsoft "
        "Forms records each person's e-mail when only people in your organisation can answer.",
        "4. Send the form. When the answers are in, download them: Google Forms > Responses > "
        "Download responses (.csv); Microsoft Forms > Responses > Open in Excel.",
        "5. In Coordinator, Surveys > Import answers (or: coordinator survey import FILE "
        f'--program "{form.program}" --year {form.year} --instrument "{form.instrument}").',
        "",
        "Answers are matched to people by employee ID, else by e-mail. Free-text answers stay "
        "with the coordinator and are never reported with a name.",
    ]


def write_survey_form_sheet(form: SurveyForm, path: Path) -> Path:
    """The Questions and How to sheets as .xlsx, owner-only, all or nothing."""
    from openpyxl.styles import Font

    rows = form_sheet_rows(form)
    book = safe_sheets.new_workbook()
    sheet = safe_sheets.add_sheet(
        book, "Questions", widths=safe_sheets.fitted_widths(QUESTION_HEADERS, rows), freeze="A2"
    )
    safe_sheets.append_row(sheet, QUESTION_HEADERS, font=Font(bold=True))
    for row in rows:
        safe_sheets.append_row(sheet, row)
    guide = safe_sheets.add_sheet(book, "How to", widths=[110])
    for line in how_to_lines(form):
        safe_sheets.append_row(guide, [line])
    return safe_sheets.save_workbook(book, path)
