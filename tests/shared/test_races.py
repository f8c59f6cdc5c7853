"""Two coordinators at once, for real: the invariants hold under every interleaving we can make.

Each test runs REPETITIONS races (RACE_REPETITIONS: 5 by default, 50 in CI), each on a fresh
copy of a database built once for the test, on SQLite and on the PostgreSQL test server, between
two worker processes started once for the test.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from tests.cohort_builders import YEAR_START
from tests.district import build_district
from tests.importing.corpus import write_xlsx
from tests.shared.races import (
    REPETITIONS,
    Go,
    Outcome,
    at_once,
    broken_invariants,
    build_cohort,
    cli_sets_capacity,
    dialog_saves_capacity,
    racers,
    template_database,
    year_of,
)

from coordinator.db.engine import Database
from coordinator.db.models import Checkin, Person
from coordinator.db.opening import open_database
from coordinator.importing.checkins.workbook_format import LISTS, SHEET, write_checkin_workbook
from coordinator.importing.checkins.workbook_reader import import_checkin_workbook
from coordinator.importing.roster.pipeline import apply_import, prepare_import
from coordinator.services.cohorts import assignments, mentor_setup
from coordinator.services.matching.apply import apply_draft
from coordinator.services.matching.suggest import draft_match

START = YEAR_START + dt.timedelta(days=30)  # never today: the clock is not part of the race
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _kinds(outcomes: list[Outcome]) -> list[str]:
    assert not [o for o in outcomes if o.kind == "error"], outcomes
    return sorted(o.kind for o in outcomes)


# --- the sides each process runs (module level, so they travel to a worker by name) ----------


def _assign(year_id: int, mentee_id: int, mentor_id: int, db: Database) -> str:
    with db.transaction() as session:
        year = year_of(session, year_id)
        made = assignments.assign(session, year, mentee_id, mentor_id, start=START)
        return f"assignment {made.id}"


def _match_all(year_id: int, _target: str, db: Database) -> Go:
    """Match all in the window: the draft is on screen (read before the barrier); Go is Apply."""
    with db.reading() as session:
        draft = draft_match(session, year_of(session, year_id))

    def apply() -> str:
        with db.transaction() as session:
            applied = apply_draft(session, year_of(session, year_id), draft, start=START)
            return f"{len(applied.assignment_ids)} pairs"

    return apply


def _import_checkins(workbook: Path, db: Database) -> str:
    result = import_checkin_workbook(db, workbook)
    return f"{result.counts['new']} new, {result.counts['unchanged']} unchanged"


def _import(roster: Path, db: Database) -> str:
    # The roster has no employee IDs, so the import says e-mail is its key.
    _plan, result = apply_import(db, prepare_import(db, roster, email_key=True))
    return result.message


# --- the races ---------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_two_match_alls_apply_the_pairs_once(engine: str, tmp_path: Path) -> None:
    """Two coordinators each have Match all's 12 pairs on screen and press Apply at once."""
    build = functools.partial(build_cohort, mentors_count=4, capacity=3, mentees=12)
    with template_database(engine, tmp_path, build) as (template, cohort), racers() as two:
        side = functools.partial(_match_all, cohort.year_id)
        for _ in range(REPETITIONS):
            with template.copy() as target:
                outcomes = two.race(target, side, side)
                assert _kinds(outcomes) == ["done", "refused"]
                assert sorted(o.words for o in outcomes)[0] == "12 pairs"
                (refused,) = [o for o in outcomes if o.kind == "refused"]
                assert "already have a mentor" in refused.words
                assert "Nothing was applied" in refused.words
                assert _broken(target, capacity=3) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_two_assigns_of_one_mentee_make_one_assignment(engine: str, tmp_path: Path) -> None:
    build = functools.partial(build_cohort, mentors_count=2, capacity=3, mentees=1)
    with template_database(engine, tmp_path, build) as (template, cohort), racers() as two:
        (mentee,) = cohort.mentee_ids
        first, second = (
            at_once(functools.partial(_assign, cohort.year_id, mentee, mentor))
            for mentor in cohort.mentor_ids
        )
        for _ in range(REPETITIONS):
            with template.copy() as target:
                outcomes = two.race(target, first, second)
                assert _kinds(outcomes) == ["done", "refused"]
                (refused,) = [o for o in outcomes if o.kind == "refused"]
                assert "already has a mentor" in refused.words
                assert _broken(target, capacity=3) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_two_assigns_to_a_mentors_last_place_fill_it_once(engine: str, tmp_path: Path) -> None:
    build = functools.partial(build_cohort, mentors_count=1, capacity=1, mentees=2)
    with template_database(engine, tmp_path, build) as (template, cohort), racers() as two:
        (mentor,) = cohort.mentor_ids
        first, second = (
            at_once(functools.partial(_assign, cohort.year_id, mentee, mentor))
            for mentee in cohort.mentee_ids
        )
        for _ in range(REPETITIONS):
            with template.copy() as target:
                outcomes = two.race(target, first, second)
                assert _kinds(outcomes) == ["done", "refused"]
                (refused,) = [o for o in outcomes if o.kind == "refused"]
                assert "caseload full (1/1)" in refused.words
                assert _broken(target, capacity=1) == []


HEADERS = ["Last Name", "First Name", "Email", "Campus", "Position"]


def _nothing(_db: Database) -> None:
    """An empty, migrated database."""


@pytest.mark.parametrize("engine", ENGINES)
def test_two_imports_of_one_roster_add_each_person_once(engine: str, tmp_path: Path) -> None:
    """The roster has no employee IDs: the e-mail is each person's key."""
    rows = [
        [f"Last{i}", f"First{i}", f" Person{i}@District.example ", "North High", "Teacher"]
        for i in range(60)
    ]
    roster = write_xlsx(tmp_path / "roster.xlsx", HEADERS, rows)
    with template_database(engine, tmp_path, _nothing) as (template, _), racers() as two:
        side = at_once(functools.partial(_import, roster))
        for _ in range(REPETITIONS):
            with template.copy() as target:
                outcomes = two.race(target, side, side)
                assert _kinds(outcomes) == ["done", "done"]
                words = sorted(o.words for o in outcomes)
                assert words[0].startswith("Imported as batch")
                assert words[1].startswith("Nothing to change: 60 people in the file already match")
                assert _broken(target, capacity=0) == []
                assert _count(target, Person) == 60


def _one_mentor(db: Database) -> tuple[int, int, str, int]:
    cohort = build_cohort(db, mentors_count=1, capacity=3, mentees=0)
    (mentor,) = cohort.mentor_ids
    with db.reading() as session:
        version = mentor_setup.stored_draft(session, mentor).version or 0
        employee_id = session.get(Person, mentor).employee_id
    return mentor, cohort.year_id, str(employee_id), version


@pytest.mark.parametrize("engine", ENGINES)
def test_a_dialog_save_and_a_cli_edit_of_one_profile_keep_one_and_tell_the_other(
    engine: str, tmp_path: Path
) -> None:
    """The window's mentor profile dialog and `coordinator mentor --if-version` save at once:
    one is saved, the other is told (the dialog stays open with what was typed, or the command
    exits 1), and what is stored is exactly the one saved, never a mixture or a silent loss."""
    with (
        template_database(engine, tmp_path, _one_mentor) as (template, opened),
        racers("spawn") as two,
    ):
        mentor, year_id, employee_id, version = opened
        dialog = functools.partial(dialog_saves_capacity, mentor, year_id, 5)
        cli = functools.partial(cli_sets_capacity, employee_id, version, 7)
        winners = []
        for _ in range(REPETITIONS):
            with template.copy() as target:
                outcomes = two.race(target, dialog, cli)
                assert _kinds(outcomes) == ["done", "done"]
                words = sorted(o.words for o in outcomes)
                db = open_database(target)
                with db.reading() as session:
                    stored = mentor_setup.stored_draft(session, mentor)
                db.dispose()
                if words[1] == "dialog saved":  # the window won; the command was told
                    assert words[0].startswith("cli exit 1: coordinator: Changed by someone else")
                    assert "nothing was saved" in words[0]
                    winners.append(5)
                else:  # the command won; the dialog says so and keeps what was typed
                    assert words[0] == "cli exit 0: "
                    assert words[1].startswith("dialog stale: Changed by someone else")
                    assert words[1].endswith("(still open, capacity 5 kept)")
                    winners.append(7)
                assert stored.capacity == winners[-1]
                assert stored.version == version + 1  # one save, not two


def _returned_workbook(path: Path, db: Database) -> Path:
    """A mentor's check-in log as it comes back: five check-ins typed into its rows."""
    district = build_district(db, mentees_per_mentor=(3,))
    with db.reading() as session:
        write_checkin_workbook(session, district.year_id, district.mentor_ids[0], path)
    book = openpyxl.load_workbook(path)
    mentees = [str(r[0]) for r in book[LISTS].iter_rows(min_row=2, values_only=True) if r[0]]
    for row in range(2, 7):
        values = [dt.date(2025, 9, row), mentees[1 + row % 3], "Phone", 10 + row]
        for column, value in enumerate(values, start=1):
            book[SHEET].cell(row=row, column=column, value=value)
    book.save(path)
    return path


@pytest.mark.parametrize("engine", ENGINES)
def test_two_imports_of_one_checkin_workbook_add_each_checkin_once(
    engine: str, tmp_path: Path
) -> None:
    build = functools.partial(_returned_workbook, tmp_path / "log.xlsx")
    with template_database(engine, tmp_path, build) as (template, workbook), racers() as two:
        side = at_once(functools.partial(_import_checkins, workbook))
        for _ in range(REPETITIONS):
            with template.copy() as target:
                outcomes = two.race(target, side, side)
                assert _kinds(outcomes) == ["done", "done"]
                words = sorted(o.words for o in outcomes)
                assert words == ["0 new, 5 unchanged", "5 new, 0 unchanged"]
                assert _count(target, Checkin) == 5


def _broken(target: str, capacity: int) -> list[str]:
    db = open_database(target)
    try:
        return broken_invariants(db, capacity)
    finally:
        db.dispose()


def _count(target: str, model: type[Person] | type[Checkin]) -> int:
    db = open_database(target)
    try:
        with db.reading() as session:
            return session.scalar(select(func.count()).select_from(model)) or 0
    finally:
        db.dispose()
