"""A mapping profile keeps the date order it was saved with, and applying it reads dates so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.importing.corpus import write_csv

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.importing.roster.pipeline import prepare_import
from coordinator.importing.roster.profiles import profile_by_name, save_profile

HEADERS = ["Emp No", "Surname", "Given name", "Start"]
MAPPING: list[str | None] = ["employee_id", "last_name", "first_name", "hire_date"]
ROWS = [["100001", "Owusu", "Ama", "03/04/2025"], ["100002", "Kim", "Jae", "05/06/2025"]]


def test_the_profile_keeps_the_date_order_and_applying_it_uses_it(
    db: Database, tmp_path: Path
) -> None:
    saved = save_profile(db, "UK payroll", HEADERS, MAPPING, date_order="dmy")
    assert saved.date_order == "dmy"
    with db.reading() as session:
        assert profile_by_name(session, "uk payroll").date_order == "dmy"
    path = write_csv(tmp_path / "uk.csv", HEADERS, ROWS)
    prepared = prepare_import(db, path)  # the headers find the profile by themselves
    assert prepared.profile_name == "UK payroll"
    assert prepared.checked.problems == []
    assert [r.values["hire_date"] for r in prepared.checked.records] == [
        dt.date(2025, 4, 3),
        dt.date(2025, 6, 5),
    ]
    assert "dates like 03/04/2025 were read day first, as the mapping says" in " ".join(
        prepared.warnings
    )
    # a date order given now still wins over the profile's
    chosen = prepare_import(db, path, date_order="mdy")
    assert chosen.checked.records[0].values["hire_date"] == dt.date(2025, 3, 4)


def test_the_command_line_applies_the_profiles_date_order(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_profile(db, "UK payroll", HEADERS, MAPPING, date_order="dmy")
    path = write_csv(tmp_path / "uk.csv", HEADERS, ROWS)
    assert (
        main(["--db", str(db_path), "import", "roster", str(path), "--profile", "UK payroll"]) == 0
    )
    with db.reading() as session:
        hired = session.scalar(select(Person.hire_date).where(Person.employee_id == "100001"))
    assert hired == dt.date(2025, 4, 3)
    assert main(["--db", str(db_path), "import", "profiles"]) == 0
    assert "dates day first" in capsys.readouterr().out


def test_a_profile_saved_without_one_asks_as_before(db: Database, tmp_path: Path) -> None:
    save_profile(db, "No order", HEADERS, MAPPING)
    path = write_csv(tmp_path / "any.csv", HEADERS, ROWS)
    prepared = prepare_import(db, path)
    assert {p.code for p in prepared.checked.problems} == {"AMBIGUOUS_DATE"}
