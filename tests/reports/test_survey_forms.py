"""The survey form as a printable PDF (read back, looked at as a picture) and a form-tool sheet."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
from PIL import Image
from report_helpers import pdf_pages

from coordinator.db.engine import Database
from coordinator.reports.survey_form_pdf import write_survey_form_pdf
from coordinator.reports.survey_form_sheet import write_survey_form_sheet
from coordinator.services.surveys.forms import SurveyForm, survey_form
from survey_exports import END, instrument_id, survey_district

TODAY = dt.date(2025, 8, 4)


def _form(db: Database, name: str = END) -> SurveyForm:
    d = survey_district(db)
    with db.reading() as s:
        return survey_form(s, d.year_id, instrument_id(db, d.program_id, name), today=TODAY)


def test_pdf_form_reads_back_with_every_question_and_its_boxes(
    db: Database, tmp_path: Path
) -> None:
    path = write_survey_form_pdf(_form(db), tmp_path / "end.pdf")
    assert path.stat().st_mode & 0o077 == 0  # owner-only
    pages = pdf_pages(path)
    text = " ".join(pages)
    assert "Mentee confidence (end of year)" in pages[0]
    assert "For mentees of Texas MPA, 2025-26 (end of year)." in text
    assert "1. I am confident managing my classroom." in text
    assert "4. I intend to keep teaching in this district next year." in text
    assert "5. Anything else you would like the program to know?" in text
    assert text.count("Strongly disagree") == 4  # one scale under each agreement question
    assert "Employee ID" in text
    assert "End of year survey · prepared 2025-08-04" in text
    assert "Page 1 of" in pages[0]


def test_pdf_form_looks_like_a_form(db: Database, tmp_path: Path) -> None:
    path = write_survey_form_pdf(
        _form(db, "Mentor satisfaction with the program"), tmp_path / "mentor.pdf"
    )
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    assert image.size == (340, 440)  # a Letter page at 40 dpi
    dark = sum(1 for v in image.get_flattened_data() if v < 128)
    assert 0.01 < dark / (image.size[0] * image.size[1]) < 0.25  # words and boxes, not a blank
    lower = image.crop((0, 300, 340, 420))
    assert any(v < 128 for v in lower.get_flattened_data())  # the questions run down the page


def test_xlsx_form_sheet_cells(db: Database, tmp_path: Path) -> None:
    form = _form(db, "Mentee satisfaction with their mentor")
    path = write_survey_form_sheet(form, tmp_path / "satisfaction.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Questions", "How to"]
    rows = [tuple(r) for r in book["Questions"].iter_rows(values_only=True)]
    assert rows[0] == (
        "Number",
        "Question (paste these words exactly)",
        "Google Forms type",
        "Microsoft Forms type",
        "Answers to offer",
        "Required",
    )
    assert rows[1] == (
        1,
        "Employee ID",
        "Short answer",
        "Text",
        "the district's employee ID",
        "Yes",
    )
    assert rows[2] == (
        2,
        "My mentor helped me when I needed it.",
        "Linear scale, 1 to 5",
        "Rating, 5 levels, number",
        "1 = Strongly disagree … 5 = Strongly agree",
        "Yes",
    )
    assert rows[4][1:] == (
        "Would you recommend your mentor to another new teacher?",
        "Multiple choice",
        "Choice",
        "Yes; No",
        "Yes",
    )
    assert rows[5][2:] == (
        "Paragraph",
        "Text, long answer",
        "A written answer (it stays private to the coordinator)",
        "No",
    )
    guide = [r[0] for r in book["How to"].iter_rows(values_only=True)]
    assert any("Collect email addresses" in (line or "") for line in guide)
    assert any(
        '--instrument "Mentee satisfaction with their mentor"' in (line or "") for line in guide
    )
