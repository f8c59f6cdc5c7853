"""Amounts written as the locale does ($1,234.50 in en_US, 1 234,50 $ in fr_CA), payroll files
in plain numbers whatever the locale."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale

from coordinator import cli
from coordinator.db.engine import Database
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.pay import runs
from coordinator.services.pay.money import (
    NBSP,
    STYLES,
    currency_style,
    locale_from_environment,
    money,
    use_locale,
)
from pay_world import _log, _world

AMOUNTS = (0, 5, 99, 100, 123450, 100000000, 123456789)


def test_us_english_and_canadian_french() -> None:
    assert money(123450, "en_US") == "$1,234.50"
    assert money(-1200, "en_US") == "-$12.00"
    assert money(123450, "fr_CA") == f"1{NBSP}234,50{NBSP}$"
    assert money(-123450, "fr_CA") == f"-1{NBSP}234,50{NBSP}$"
    assert money(123456789, "de_DE") == f"1.234.567,89{NBSP}$"
    use_locale("fr_CA")
    assert money(50000) == f"500,00{NBSP}$"  # the one function, in the chosen locale
    use_locale("en_US")
    assert money(50000) == "$500.00"


@pytest.mark.parametrize("name", sorted(STYLES))
def test_each_known_locale_writes_dollars_as_qt_cldr_does(name: str) -> None:
    qt = QLocale(name)
    assert qt.name() == name
    for cents in AMOUNTS:
        assert money(cents, name) == qt.toCurrencyString(cents / 100, "$", 2), cents


def test_an_unknown_territory_takes_its_language_and_an_unknown_language_us_english() -> None:
    assert money(123450, "fr_BE") == money(123450, "fr_CA")
    assert money(123450, "es_MX") == "$1,234.50"
    assert money(123450, "xx_YY") == "$1,234.50"
    assert currency_style("fr-CA.UTF-8").locale == "fr_CA"


def test_the_environment_chooses_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COORDINATOR_LOCALE")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MONETARY", "fr_CA.UTF-8")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert locale_from_environment() == "fr_CA"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert locale_from_environment() is None
    monkeypatch.setenv("COORDINATOR_LOCALE", "de_DE")
    assert locale_from_environment() == "de_DE"


def test_cli_prints_the_locale_and_payroll_files_keep_plain_numbers(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    w = _world(db, TEXAS_MPA)
    for n in range(4):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
    with db.transaction() as s:
        runs.adjust(s, w["year"], "fall", w["ben"], 123456, "Covered a leave")
        run_id = runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 5))
    monkeypatch.setenv("COORDINATOR_LOCALE", "fr_CA")
    base = ["--db", str(db.path), "pay"]
    assert cli.main([*base, "show", str(run_id)]) == 0
    shown = capsys.readouterr().out
    assert f"total=1{NBSP}734,56{NBSP}$" in shown
    assert "$1,734.56" not in shown
    csv_file, xlsx_file = tmp_path / "pay.csv", tmp_path / "pay.xlsx"
    assert cli.main([*base, "export", str(run_id), "-o", str(csv_file)]) == 0
    assert cli.main([*base, "export", str(run_id), "-o", str(xlsx_file)]) == 0
    with csv_file.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert [r[2] for r in rows[1:]] == ["500.00", "1234.56", "1734.56"]
    sheet = load_workbook(xlsx_file).active
    assert sheet is not None
    amounts = [sheet.cell(row=n, column=3).value for n in range(2, 5)]
    assert amounts == [500, 1234.56, 1734.56]
    assert sheet.cell(row=3, column=3).number_format == "#,##0.00"
    monkeypatch.setenv("COORDINATOR_LOCALE", "en_US")
    assert cli.main([*base, "show", str(run_id)]) == 0
    assert "total=$1,734.56" in capsys.readouterr().out
