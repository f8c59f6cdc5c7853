"""`--if-version`: a command edits a record only if no one changed it since it was listed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from cohort_builders import build_district
from coordinator.cli import main
from coordinator.db.opening import open_database
from coordinator.services.cohorts import mentor_setup, mentors
from coordinator.services.lookup import person_by_employee_id, program_by_name
from coordinator.services.programs import programs

STALE = "Changed by someone else since you opened it"


def run(db_path: Path, *argv: str) -> int:
    return main(["--db", str(db_path), *argv])


def test_a_program_edit_from_an_old_listing_exits_1_and_keeps_theirs(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "program", "create", "Library cohort", "--topic", "Advocacy") == 0
    assert run(db_path, "program", "list") == 0
    listed = re.search(r"Library cohort .*\(version (\d+)\)", capsys.readouterr().out)
    assert listed is not None
    other = open_database(db_path)  # another coordinator renames it meanwhile
    with other.transaction() as s:
        programs.edit_program(s, program_by_name(s, "Library cohort").id, name="Librarians")
    other.dispose()
    assert run(db_path, "program", "edit", "Librarians", "--topic", "Collection development",
               "--if-version", listed.group(1)) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert err.startswith(f"coordinator: {STALE} (version {listed.group(1)} was read")
    assert "nothing was saved" in err
    check = open_database(db_path)
    with check.reading() as s:
        assert programs.list_programs(s)[0].topics == ["Advocacy"]
        current = programs.list_programs(s)[0].version
    check.dispose()
    assert run(db_path, "program", "edit", "Librarians", "--topic", "Collection development",
               "--if-version", str(current)) == 0  # fmt: skip
    assert f"version {current + 1}" in capsys.readouterr().out


def test_a_mentor_edit_from_before_their_training_exits_1(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_path)
    build_district(db, texas_mentees=0)
    assert run(db_path, "mentor", "L0001") == 0
    shown = re.search(r"Profile version: (\d+)", capsys.readouterr().out)
    assert shown is not None
    with db.transaction() as s:
        person = person_by_employee_id(s, "L0001")
        mentors.add_training(s, person.id, "TEA mentor training", dt.date(2025, 6, 1))
    assert run(db_path, "mentor", "L0001", "--capacity", "3", "--if-version", shown.group(1)) == 1
    assert capsys.readouterr().err.startswith(f"coordinator: {STALE}")
    with db.reading() as s:
        stored = mentor_setup.stored_draft(s, person_by_employee_id(s, "L0001").id)
    db.dispose()
    assert stored.capacity != 3
    assert len(stored.trainings) == 1
