"""Payroll files and the allotment budget, written and read back as a user (or payroll) would."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from coordinator import cli
from coordinator.db.engine import Database
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.pay import ledger, runs
from coordinator.services.pay.exports import HEADERS
from pay_world import _log, _world


def _locked(db: Database) -> tuple[dict[str, int], int]:
    w = _world(db, TEXAS_MPA)
    for n in range(4):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
        _log(db, w, "zoe", dt.date(2025, 10, 6) + dt.timedelta(days=7 * n), 180)
    with db.transaction() as s:
        runs.adjust(s, w["year"], "fall", w["ben"], 3333, "Leave cover")
        return w, runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 5))


def test_xlsx_and_csv_cells_and_totals_to_the_cent(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, run_id = _locked(db)
    xlsx, text = tmp_path / "fall.xlsx", tmp_path / "fall.csv"
    for path in (xlsx, text):
        assert cli.main(["--db", str(db.path), "pay", "export", str(run_id), "-o", str(path)]) == 0
        assert "people=2 total=$855.01" in capsys.readouterr().out
        assert path.stat().st_mode & 0o077 == 0
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet["C2"].number_format == "#,##0.00"
    rows = [
        tuple(Decimal(str(v)) if isinstance(v, float) else v for v in row)
        for row in sheet.iter_rows(values_only=True)
    ]
    assert rows[0] == HEADERS
    assert rows[1] == (
        "M1", "Ana Björk", Decimal("821.68"), "199-13-6119-00-999-0-11-000", "Fall 2025-26",
        "Mentor Program Allotment stipend",
    )  # fmt: skip
    assert rows[2][:3] == ("M2", "Ben Okafor", Decimal("33.33"))
    assert rows[3][1:3] == ("Total", Decimal("855.01"))
    assert sum(r[2] for r in rows[1:3]) == rows[3][2]
    with text.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == list(HEADERS)
    assert lines[1][:3] == ["M1", "Ana Björk", "821.68"]
    assert lines[-1][1:3] == ["Total", "855.01"]


def test_a_preview_does_not_go_to_payroll(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _world(db, TEXAS_MPA)
    with db.transaction() as s:
        draft = runs.adjust(s, w["year"], "fall", w["ben"], 100, "x")
    out = tmp_path / "x.csv"
    assert cli.main(["--db", str(db.path), "pay", "export", str(draft), "-o", str(out)]) == 1
    assert "approve it first" in capsys.readouterr().err
    assert not out.exists()


def test_budget_by_category_warns_of_what_the_allotment_does_not_allow(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    w, _ = _locked(db)
    with db.transaction() as s:
        ledger.set_budget(s, w["year"], per_teacher_cents=90000)
        ledger.add_entry(
            s, w["year"], category="release_time", amount_cents=12000,
            occurred_on=dt.date(2025, 10, 14), person_id=w["ana"], substitute_half_days=2,
        )  # fmt: skip
        ledger.add_entry(
            s, w["year"], category="training_provider", amount_cents=45000,
            occurred_on=dt.date(2025, 9, 1), status="committed",
        )  # fmt: skip
    args = ["--db", str(db.path), "ledger", "add", "--program", "Pilot", "--year", "2025-26"]
    assert cli.main([*args, "--category", "travel", "--amount", "80.10", "--on", "2025-11-02"]) == 0
    assert (
        cli.main(["--db", str(db.path), "budget", "--program", "Pilot", "--year", "2025-26"]) == 0
    )
    out = capsys.readouterr().out
    assert "allotment $900.00 × 2 beginning teachers = $1,800.00" in out
    assert "spent=$1,055.11 committed=$450.00 remaining=$294.89" in out
    assert "Travel: $80.10 is charged to a category the allotment does not allow" in out
    with db.reading() as s:
        shown = ledger.budget(s, w["year"])
    by = {x.category: x for x in shown.lines}
    assert by["mentor_stipend"].spent_cents == 85501
    assert by["release_time"].spent_cents == 12000
    assert by["training_provider"].committed_cents == 45000
    assert not by["travel"].allowed


def test_a_payroll_profile_sets_the_columns_names_and_order(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, run_id = _locked(db)
    base = ["--db", str(db.path), "pay"]
    columns = ["amount=Gross", "employee_id=Emp No", "account_code=Budget code"]
    args = [*base, "profile", "District payroll", *(f"--column={c}" for c in columns)]
    assert cli.main(args) == 0
    assert cli.main([*base, "profile", "Bad", "--column=salary=Pay"]) == 1
    assert "the fields are employee_id" in capsys.readouterr().err
    out = tmp_path / "p.csv"
    export = [*base, "export", str(run_id), "-o", str(out), "--profile", "District payroll"]
    assert cli.main(export) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["Gross", "Emp No", "Budget code"]
    assert lines[1] == ["821.68", "M1", "199-13-6119-00-999-0-11-000"]
    assert lines[-1] == ["855.01", "Total", ""]
    assert cli.main([*export[:-1], "Nope"]) == 1
    assert "saved: District payroll" in capsys.readouterr().err
