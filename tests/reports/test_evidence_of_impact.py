"""The Evidence of Impact workbook with the surveys' before/after change for each mentee."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
from tests.outcome_years import build_outcome_district

from coordinator.db.engine import Database
from coordinator.reports.evidence_of_impact import write_evidence_of_impact
from coordinator.services.outcomes.summary import build_outcomes


def test_survey_changes_fill_the_column_and_the_program_average(
    db: Database, tmp_path: Path
) -> None:
    district = build_outcome_district(db, tmp_path)
    district.year_two()
    ids = district.ids
    changes: dict[int, Decimal | None] = {
        ids[f"N{n:02d}"]: Decimal(n) / 4 for n in range(1, 7)
    }  # 0.25 .. 1.50
    changes[ids["N07"]] = None  # answered only one survey
    with db.reading() as session:
        summary = build_outcomes(session, district.year_id, survey_change=changes)
    out = write_evidence_of_impact(summary, tmp_path / "evidence.xlsx")
    book = openpyxl.load_workbook(out)
    program = [list(r) for r in book["Program"].iter_rows(values_only=True)]
    survey = next(r for r in program if r[0] == "Start to end of year")
    assert survey[:3] == ["Start to end of year", 6, 0.88]  # (0.25 + ... + 1.5) / 6 = 0.875
    rows = {r[0]: r for r in book["Mentees"].iter_rows(values_only=True)}
    assert rows["N02"][4] == 0.5
    assert rows["N07"][4] == "not answered before and after"


def test_too_few_survey_pairs_are_hidden(db: Database, tmp_path: Path) -> None:
    district = build_outcome_district(db, tmp_path)
    changes: dict[int, Decimal | None] = {district.ids["N01"]: Decimal("0.5")}
    with db.reading() as session:
        summary = build_outcomes(session, district.year_id, survey_change=changes)
    book = openpyxl.load_workbook(write_evidence_of_impact(summary, tmp_path / "e.xlsx"))
    survey = next(
        r for r in book["Program"].iter_rows(values_only=True) if r[0] == "Start to end of year"
    )
    assert survey[1:3] == ("fewer than 5", "fewer than 5")
