"""The survey commands, run the way a coordinator types them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from coordinator.cli import main
from coordinator.db.engine import Database
from survey_exports import CONFIDENCE_TEXTS, google_csv, pdf_text, survey_district

PROGRAM = ["--program", "Texas MPA", "--year", "2025-26"]
START = ["--instrument", "Mentee confidence (start"]


def test_template_import_status_undo(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    survey_district(db, mentees_per_mentor=(2, 1))
    db.dispose()
    base = ["--db", str(db_path), "survey"]
    pdf, sheet = tmp_path / "start.pdf", tmp_path / "start.xlsx"
    assert main([*base, "template", *PROGRAM, *START, "-o", str(pdf)]) == 0
    assert "Mentee confidence (start of year), 5 questions." in capsys.readouterr().out
    assert "I feel that I belong on my campus." in pdf_text(pdf)
    assert main([*base, "template", *PROGRAM, *START, "-o", str(sheet)]) == 0
    book = openpyxl.load_workbook(sheet)
    assert book["Questions"]["B3"].value == CONFIDENCE_TEXTS[0]

    when = dt.datetime(2025, 8, 20, 9, 0)
    export = google_csv(
        tmp_path / "answers.csv",
        CONFIDENCE_TEXTS[:4],
        [
            (when, "e1001@isd.example", 4, 4, 4, 4),
            (when, "e1001@isd.example", 4, 4, 4, 4),
            (when, "stranger@isd.example", 4, 4, 4, 4),
        ],
    )
    capsys.readouterr()
    assert main([*base, "import", str(export), *PROGRAM, *START, "--dry-run"]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "dry run (nothing changed): new=1 matched=2 unmatched=1 invalid=0"
    assert "row 2" in out.err
    assert "answered again in row 3" in out.err
    assert "row 4, column 'Email Address'" in out.err

    assert main([*base, "status", *PROGRAM, *START]) == 0
    status = capsys.readouterr().out.splitlines()
    assert status[0] == "Mentee confidence (start of year): 0 of 3 answered (0%)"

    assert main([*base, "import", str(export), *PROGRAM, *START]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("new=1 matched=2 unmatched=1 invalid=0 batch=")
    batch = line.rsplit("=", 1)[1]

    assert main([*base, "status", *PROGRAM]) == 0
    status = capsys.readouterr().out.splitlines()
    assert status[0] == "Mentee confidence (start of year): 1 of 3 answered (33%)"
    assert status[1:3] == [
        "  not answered: Mentee02 Cohort1 (E1002, e1002@isd.example)",  # by last name
        "  not answered: Mentee01 Cohort2 (E2001, e2001@isd.example)",
    ]
    assert "Mentor satisfaction with the program: 0 of 2 answered (0%)" in status

    assert main([*base, "undo", batch]) == 0
    assert capsys.readouterr().out.strip() == f"Undid survey import {batch}: removed=1"
    assert main([*base, "status", *PROGRAM, *START]) == 0
    assert capsys.readouterr().out.startswith("Mentee confidence (start of year): 0 of 3")


def test_refusals_say_why_and_exit_codes(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    survey_district(db)
    db.dispose()
    base = ["--db", str(db_path), "survey"]
    assert main([*base, "template", *PROGRAM, *START, "-o", str(tmp_path / "x.docx")]) == 1
    assert "not .docx" in capsys.readouterr().err
    assert main([*base, "template", *PROGRAM, "--instrument", "Lunch", "-o", "x.pdf"]) == 1
    assert "no survey instrument 'Lunch'" in capsys.readouterr().err
    missing = tmp_path / "gone.csv"
    assert main([*base, "import", str(missing), *PROGRAM, *START]) == 2
    assert "gone.csv: there is no such file" in capsys.readouterr().err
    bad = google_csv(
        tmp_path / "bad.csv",
        CONFIDENCE_TEXTS[:1],
        [(dt.datetime(2025, 8, 20), "e1001@isd.example", "maybe")],
    )
    assert main([*base, "import", str(bad), *PROGRAM, *START]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip().startswith("new=0 matched=0 unmatched=0 invalid=1")
    assert (
        "row 2, column 'I am confident managing my classroom.' (C): value 'maybe'" in captured.err
    )


def test_a_printed_form_in_spanish(db: Database, db_path: Path, tmp_path: Path) -> None:
    survey_district(db, mentees_per_mentor=(2, 1))
    db.dispose()
    pdf = tmp_path / "inicio.pdf"
    args = ["--db", str(db_path), "survey", "template", *PROGRAM, *START]
    assert main([*args, "--language", "es", "-o", str(pdf)]) == 0
    text = pdf_text(pdf)
    for spanish in (
        "Para los mentorados de Texas MPA, 2025-26 (inicio del año).",
        "Nombre",
        "N.º de empleado",
        "Correo electrónico",
        "Plantel",
        "Marque una casilla.",
        "Totalmente en desacuerdo",
        "Ni de acuerdo ni en desacuerdo",
        "Totalmente de acuerdo",
        "Gracias. Entregue el formulario a su coordinador(a) del programa.",
        "Encuesta de inicio del año · preparada el",
        "Página 1 de",
    ):
        assert spanish in text, spanish
    assert "Confianza del mentorado (inicio del año)" in text
    assert "3. Siento que pertenezco a mi plantel." in text  # a shipped question
    english_words = ("Tick one box", "Strongly", "Your answers", "Thank you", "Page ", "survey")
    for english in (*english_words, "I feel", "confidence"):
        assert english not in text, english


def test_a_question_the_coordinator_wrote_prints_as_written(tmp_path: Path) -> None:
    from coordinator.db.enums import QuestionScale
    from coordinator.reports.survey_form_pdf import write_survey_form_pdf
    from coordinator.services.surveys.forms import SurveyForm
    from coordinator.services.surveys.instruments import QuestionRef

    form = SurveyForm(
        program="Texas MPA",
        year="2025-26",
        instrument="Encuesta de bienestar",
        timing="End of year",
        respondent="mentees",
        description="",
        questions=(QuestionRef(1, "own", "¿Cómo se siente en su plantel?", QuestionScale.YES_NO),),
        prepared_on=dt.date(2026, 5, 1),
    )
    text = pdf_text(write_survey_form_pdf(form, tmp_path / "propia.pdf", "es"))
    assert "1. ¿Cómo se siente en su plantel?" in text
    assert "☐ Sí" in text
    assert "Encuesta de fin del año · preparada el 2026-05-01" in text
