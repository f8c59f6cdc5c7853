"""The year-end report's Funds section, read back with pypdf and checked against the ledger."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from report_helpers import pdf_pages
from sqlalchemy import func, select

from coordinator import cli
from coordinator.db.engine import Database
from coordinator.db.models import LedgerEntry, PayLine, PayRun, Program, RulePack
from coordinator.services.compliance.packs import LOCAL_PROGRAM, TEXAS_MPA
from coordinator.services.pay import ledger, runs
from coordinator.services.pay.funds import year_funds
from coordinator.services.pay.money import money, share
from pay_world import _log, _world


def _paid_year(db: Database) -> dict[str, int]:
    """Fall paid, reversed and paid again; spring paid; release time, a provider, travel."""
    w = _world(db, TEXAS_MPA)
    for n in range(4):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
        _log(db, w, "zoe", dt.date(2025, 10, 6) + dt.timedelta(days=7 * n), 180)
        _log(db, w, "nguyen", dt.date(2026, 2, 2) + dt.timedelta(days=7 * n), 180)
    with db.transaction() as s:
        runs.adjust(s, w["year"], "fall", w["ben"], 3333, "Covered a leave")
        first = runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 5))
        runs.reverse(s, first, reason="Wrong account code", today=dt.date(2026, 1, 6))
        runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 7))
        runs.approve(s, w["year"], "spring", today=dt.date(2026, 5, 29))
        year = w["year"]
        ledger.add_entry(
            s, year, category="release_time", amount_cents=18050, occurred_on=dt.date(2025, 10, 14),
            person_id=w["ana"], substitute_half_days=2, description="Substitute",
        )  # fmt: skip
        ledger.add_entry(
            s, year, category="release_time", amount_cents=9025, occurred_on=dt.date(2026, 3, 3),
            person_id=w["ana"], substitute_half_days=1, status=ledger.COMMITTED,
        )  # fmt: skip
        ledger.add_entry(
            s, year, category="training_provider", amount_cents=100001,
            occurred_on=dt.date(2025, 7, 20), description="Region 13 mentor training",
        )  # fmt: skip
        ledger.add_entry(
            s, year, category="travel", amount_cents=4550, occurred_on=dt.date(2025, 11, 2)
        )
        ledger.set_budget(s, year, per_teacher_cents=90000)
    return w


def _figures(text: str, label: str) -> list[str]:
    """The dollar amounts printed right after `label` on one row of a table."""
    row = re.search(re.escape(label) + r"((?: -?\$[\d,]+\.\d\d)+)", text)
    assert row is not None, f"{label!r} row not found"
    return row.group(1).split()


def test_funds_section_adds_up_to_the_cent_against_the_ledger(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _paid_year(db)
    out = tmp_path / "year.pdf"
    argv = ["--db", str(db.path), "report", "year-end", "--program", "Pilot", "--year", "2025-26"]
    assert cli.main([*argv, "-o", str(out)]) == 0
    pages = pdf_pages(out)
    contents = pages[1]
    assert "Funds" in contents
    funds_at = next(i for i, p in enumerate(pages) if "Stipends paid" in p)
    assert f"Funds {funds_at + 1} Mentor cohorts" in contents  # the contents give its page
    text = " ".join(pages[funds_at : funds_at + 2])

    with db.reading() as s:
        locked = (
            select(func.sum(PayLine.amount_cents))
            .join(PayRun)
            .where(PayRun.status == "locked", PayRun.program_year_id == w["year"])
        )
        stipends = int(s.scalar(locked) or 0)
        spent_entries = int(
            s.scalar(
                select(func.sum(LedgerEntry.amount_cents)).where(LedgerEntry.status == "spent")
            )
        )
        committed = int(
            s.scalar(
                select(func.sum(LedgerEntry.amount_cents)).where(LedgerEntry.status == "committed")
            )
        )
    ana_fall = 50000 + share(50000, 92, 143)
    assert stipends == 2 * ana_fall + 3333 - (ana_fall + 3333) + 50000
    spent = stipends + spent_entries
    # the category table: each row, and the total row is the sum of the rows
    assert _figures(text, "Mentor stipends") == [money(stipends), "$0.00", money(stipends)]
    assert _figures(text, "Release time") == ["$180.50", "$90.25", "$270.75"]
    assert _figures(text, "Approved training providers") == ["$1,000.01", "$0.00", "$1,000.01"]
    assert _figures(text, "Travel") == ["$45.50", "$0.00", "$45.50"]
    assert "Travel $45.50 $0.00 $45.50 NOT ALLOWED" in text
    assert "Warning: Travel: $45.50 is charged to a category the allotment does not allow" in text
    assert f"Total {money(spent)} {money(committed)} {money(spent + committed)}" in text
    assert f"Allotment: $900.00 × 2 beginning teachers = $1,800.00. Spent {money(spent)}" in text
    # stipends by period: fall paid twice and reversed once; the total is the ledger's
    fall_paid = 2 * ana_fall + 3333
    assert _figures(text, "Fall semester") == [
        money(fall_paid), money(-(ana_fall + 3333)), money(ana_fall)
    ]  # fmt: skip
    assert _figures(text, "Spring semester") == ["$500.00", "$0.00", "$500.00"]
    assert f"Total {money(fall_paid + 50000)} {money(-(ana_fall + 3333))} {money(stipends)}" in text
    assert (
        "2 entries for 1 mentor; 1.5 substitute days: $180.50 spent and $90.25 committed." in text
    )
    per_mentee = share(spent, 1, 2)
    assert f"{money(spent)} ÷ 2 mentees = {money(per_mentee)} a mentee" in text
    assert "commitments not yet spent are not counted" in text

    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", str(funds_at + 1), "-l", str(funds_at + 1),
         str(out), str(tmp_path / "funds")],
        check=True,
    )  # fmt: skip
    png = next(tmp_path.glob("funds*.png"))
    assert png.stat().st_size > 10_000


def test_a_year_without_pay_rules_or_money_has_no_funds_section(
    db: Database, tmp_path: Path
) -> None:
    w = _world(db, LOCAL_PROGRAM)
    with db.transaction() as s:
        pack = s.get(RulePack, s.scalars(select(Program.rule_pack_id)).one())
        assert pack is not None
        pack.rules = {k: v for k, v in pack.rules.items() if k != "pay"}
    with db.reading() as s:
        assert year_funds(s, w["year"]) is None
    out = tmp_path / "year.pdf"
    argv = ["--db", str(db.path), "report", "year-end", "--program", "Pilot", "--year", "2025-26"]
    assert cli.main([*argv, "-o", str(out)]) == 0
    pages = pdf_pages(out)
    assert "Funds" not in pages[1]
    assert "Stipends paid" not in " ".join(pages)
    with db.transaction() as s:  # one ledger entry is money to report
        ledger.add_entry(
            s, w["year"], category="materials", amount_cents=1999, occurred_on=dt.date(2025, 9, 9)
        )
    assert cli.main([*argv, "-o", str(out)]) == 0
    text = " ".join(pdf_pages(out))
    assert "Materials $19.99 $0.00 $19.99 Yes" in text
    assert "No pay run was approved this year." in text


def test_funds_export_carries_the_report_figures_as_exact_numbers(
    db: Database, tmp_path: Path
) -> None:
    from decimal import Decimal

    import openpyxl

    from coordinator.services.pay.money import as_decimal

    w = _paid_year(db)
    base = ["--db", str(db.path), "export", "funds", "--program", "Pilot", "--year", "2025-26"]
    xlsx, csv_file = tmp_path / "funds.xlsx", tmp_path / "funds.csv"
    assert cli.main([*base, "-o", str(xlsx)]) == 0
    assert cli.main([*base, "-o", str(csv_file)]) == 0
    with db.reading() as s:
        funds = year_funds(s, w["year"])
    assert funds is not None
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    rows = {(r[0], r[1]): r[2:] for r in sheet.iter_rows(min_row=2, values_only=True)}
    categories = [v for (section, item), v in rows.items() if section == "Spent and committed"]
    *lines, total = categories
    assert Decimal(str(total[0])) == as_decimal(funds.budget.spent_cents)
    assert sum(Decimal(str(x[0])) for x in lines) == Decimal(str(total[0]))  # to the cent
    assert sum(Decimal(str(x[1])) for x in lines) == Decimal(str(total[1]))
    assert rows[("Spent and committed", "Travel")][3] == "NOT ALLOWED by the allotment"
    assert rows[("Stipends paid", "Total")][0] == 1321.68
    assert rows[("Allotment", "Allotment")][2] == 1800
    assert rows[("Per-mentee cost", "Total spent ÷ 2 mentees served")][2] == 1273.85
    assert sheet.cell(row=2, column=5).number_format == "#,##0.00"
    text = csv_file.read_text(encoding="utf-8-sig")
    assert "Stipends paid,Total,1321.68,,1321.68," in text
    assert "Per-mentee cost,Total spent ÷ 2 mentees served,,,1273.85," in text
