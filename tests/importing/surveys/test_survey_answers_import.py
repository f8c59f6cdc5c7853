"""Survey answers imported from Google Forms and Microsoft Forms exports into a program year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator.db.engine import Database
from coordinator.db.models import ImportBatch, SurveyAnswer, SurveyResponse
from coordinator.errors import NotFoundError, RefusedError, UnreadableInputError
from coordinator.importing.surveys.apply import import_survey_answers, undo_survey_import
from survey_exports import (
    CONFIDENCE_TEXTS,
    END,
    START,
    google_csv,
    instrument_id,
    microsoft_xlsx,
    survey_district,
)

AUG = dt.datetime(2025, 8, 20, 9, 14, 3)


def _count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_google_csv_matched_by_email_with_problems_and_duplicates(
    db: Database, tmp_path: Path
) -> None:
    d = survey_district(db)
    start = instrument_id(db, d.program_id, START)
    export = google_csv(
        tmp_path / "Mentee confidence (Responses).csv",
        [*CONFIDENCE_TEXTS, "Which campus are you on?"],
        [
            (AUG, "E1001@isd.example", "4", "3", "5", "4", "Thanks!", "Lone Star High"),
            (AUG, "e1002@isd.example", "Agree", "2", "3", "4 - Agree", "", "Lone Star High"),
            (AUG, "nobody@isd.example", "4", "4", "4", "4", "", ""),  # unmatched
            (AUG, "e1003@isd.example", "7", "4", "4", "4", "", ""),  # invalid: off the scale
            (AUG, "E1001@isd.example", "4", "3", "5", "4", "Thanks!", "Lone Star High"),
            (AUG + dt.timedelta(days=1), "e2001@isd.example", "2", "2", "2", "2", "", ""),
            (AUG + dt.timedelta(days=2), "E2001@isd.example", "3", "3", "3", "3", "", ""),
            (AUG, "", "3", "3", "3", "3", "", ""),  # invalid: nobody
        ],
    )
    dry = import_survey_answers(
        db, export, program_year_id=d.year_id, instrument_id=start, dry_run=True
    )
    assert dry.line == "dry run (nothing changed): new=3 matched=5 unmatched=1 invalid=2"
    assert _count(db, SurveyResponse) == 0
    assert _count(db, ImportBatch) == 0
    assert [(c.header, c.letter) for c in dry.ignored] == [("Which campus are you on?", "H")]
    result = import_survey_answers(db, export, program_year_id=d.year_id, instrument_id=start)
    assert result.line == f"new=3 matched=5 unmatched=1 invalid=2 batch={result.batch_id}"
    described = [p.describe() for p in result.problems]
    assert any(
        "row 4, column 'Email Address' (B): value 'nobody@isd.example':" in t and "No mentee" in t
        for t in described
    )
    assert any(
        "row 5, column 'I am confident managing my classroom.' (C): value '7'" in t
        and "1 to 5" in t
        for t in described
    )
    assert any("row 9" in t and "[MISSING_ID]" in t for t in described)
    assert {p.letter for p in result.problems if p.row == 5} == {"C"}
    duplicates = {p.row: p.sentence for p in result.duplicates}
    assert set(duplicates) == {2, 7}
    assert "answered again in row 6 with the same answers (submitted twice)" in duplicates[2]
    assert "row 8" in duplicates[7]
    assert "with different answers" in duplicates[7]
    outcomes = {o.row: o.outcome for o in result.outcomes}
    assert outcomes == {
        2: "duplicate",
        3: "new",
        4: "unmatched",
        5: "invalid",
        6: "new",
        7: "duplicate",
        8: "new",
        9: "invalid",
    }
    with db.reading() as s:
        kept = s.scalars(select(SurveyResponse).order_by(SurveyResponse.row_number)).all()
        assert [r.row_number for r in kept] == [3, 6, 8]
        assert kept[1].submitted_at == AUG
        words = {
            a.question_id: (a.number, a.text)
            for a in s.scalars(select(SurveyAnswer).where(SurveyAnswer.response_id == kept[0].id))
        }
        assert sorted(v for v in words.values()) == [(2, None), (3, None), (4, None), (4, None)]
    again = import_survey_answers(db, export, program_year_id=d.year_id, instrument_id=start)
    assert again.counts == {"new": 0, "matched": 5, "unmatched": 1, "invalid": 2}
    assert _count(db, SurveyResponse) == 3


def test_microsoft_xlsx_matched_by_employee_id(db: Database, tmp_path: Path) -> None:
    d = survey_district(db)
    end = instrument_id(db, d.program_id, END)
    done = dt.datetime(2026, 5, 20, 15, 2, 11)
    export = microsoft_xlsx(
        tmp_path / "Mentee confidence (end of year)(1-3).xlsx",
        CONFIDENCE_TEXTS,
        [
            (done, "anonymous", "Mentee01 Cohort1", "E1001", 5, 4, 5, 5, "A good year"),
            (done, "anonymous", "Mentee02 Cohort1", " e1002 ", 4, 4, 4, 4, None),
            (done, "anonymous", "Someone Else", "E9999", 4, 4, 4, 4, None),
        ],
        employee_id=True,
    )
    result = import_survey_answers(db, export, program_year_id=d.year_id, instrument_id=end)
    assert result.counts == {"new": 1, "matched": 1, "unmatched": 2, "invalid": 0}
    assert result.mapping["employee_id"] == "Employee ID"
    assert result.mapping["submitted"] == "Completion time"
    assert {c.header: c.why for c in result.ignored} == {
        "ID": "the form's response number",
        "Start time": "when the form was opened",
        "Name": "names are not used to match; e-mail or employee ID is",
    }
    unmatched = [p for p in result.problems if p.code == "UNMATCHED"]
    assert [(p.row, p.column, p.letter) for p in unmatched] == [
        (3, "Employee ID", "F"),
        (4, "Employee ID", "F"),
    ]
    with db.reading() as s:
        response = s.scalars(select(SurveyResponse)).one()
        assert response.submitted_at == done


def test_microsoft_xlsx_matched_by_email(db: Database, tmp_path: Path) -> None:
    d = survey_district(db)
    end = instrument_id(db, d.program_id, END)
    done = dt.datetime(2026, 5, 20, 15, 2, 11)
    export = microsoft_xlsx(
        tmp_path / "end.xlsx",
        CONFIDENCE_TEXTS[:4],
        [(done, "E2002@ISD.example", "Mentee02 Cohort2", 4, 5, 4, "Strongly agree")],
    )
    result = import_survey_answers(db, export, program_year_id=d.year_id, instrument_id=end)
    assert result.counts == {"new": 1, "matched": 1, "unmatched": 0, "invalid": 0}
    assert result.missing_questions == [CONFIDENCE_TEXTS[4]]


def test_undo_removes_the_answers_of_that_import_only(db: Database, tmp_path: Path) -> None:
    d = survey_district(db)
    start = instrument_id(db, d.program_id, START)
    first = google_csv(
        tmp_path / "a.csv", CONFIDENCE_TEXTS[:4], [(AUG, "e1001@isd.example", 3, 3, 3, 3)]
    )
    second = google_csv(
        tmp_path / "b.csv", CONFIDENCE_TEXTS[:4], [(AUG, "e1002@isd.example", 4, 4, 4, 4)]
    )
    one = import_survey_answers(db, first, program_year_id=d.year_id, instrument_id=start)
    two = import_survey_answers(db, second, program_year_id=d.year_id, instrument_id=start)
    assert one.batch_id is not None
    assert two.batch_id is not None
    undone = undo_survey_import(db, two.batch_id)
    assert undone.summary() == f"Undid survey import {two.batch_id}: removed=1"
    with db.reading() as s:
        assert [r.row_number for r in s.scalars(select(SurveyResponse))] == [2]
        assert s.scalar(select(func.count()).select_from(SurveyAnswer)) == 4
    with pytest.raises(RefusedError, match="already undone"):
        undo_survey_import(db, two.batch_id)
    with pytest.raises(NotFoundError):
        undo_survey_import(db, 999)
    again = import_survey_answers(db, second, program_year_id=d.year_id, instrument_id=start)
    assert again.counts["new"] == 1  # the undone answers can be imported again


def test_refused_imports_write_nothing(db: Database, tmp_path: Path) -> None:
    d = survey_district(db)
    start = instrument_id(db, d.program_id, START)
    nobody = tmp_path / "no_email.csv"
    nobody.write_text(
        "Timestamp,"
        + ",".join(f'"{t}"' for t in CONFIDENCE_TEXTS[:2])
        + "\n2025/08/20 9:14:03 AM CDT,4,4\n",
        encoding="utf-8",
    )
    with pytest.raises(UnreadableInputError, match=r"no_email\.csv: no column says who answered"):
        import_survey_answers(db, nobody, program_year_id=d.year_id, instrument_id=start)
    other = google_csv(
        tmp_path / "other.csv", ["How was lunch?"], [(AUG, "e1001@isd.example", "ok")]
    )
    with pytest.raises(UnreadableInputError, match="none of the columns is a question"):
        import_survey_answers(db, other, program_year_id=d.year_id, instrument_id=start)
    with pytest.raises(UnreadableInputError, match="there is no such file"):
        import_survey_answers(
            db, tmp_path / "gone.csv", program_year_id=d.year_id, instrument_id=start
        )
    assert _count(db, ImportBatch) == 0
    assert _count(db, SurveyResponse) == 0


@pytest.mark.postgres
def test_import_and_undo_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    from coordinator.db.opening import open_database

    pg = open_database(pg_url)
    try:
        d = survey_district(pg)
        start = instrument_id(pg, d.program_id, START)
        export = google_csv(
            tmp_path / "pg.csv",
            CONFIDENCE_TEXTS[:4],
            [(AUG, "e1001@isd.example", 3, 3, 3, 3), (AUG, "e1001@isd.example", 4, 4, 4, 4)],
        )
        result = import_survey_answers(pg, export, program_year_id=d.year_id, instrument_id=start)
        assert result.counts == {"new": 1, "matched": 2, "unmatched": 0, "invalid": 0}
        assert [p.row for p in result.duplicates] == [2]
        assert result.batch_id is not None
        assert undo_survey_import(pg, result.batch_id).removed == 1
        assert _count(pg, SurveyResponse) == 0
    finally:
        pg.dispose()
