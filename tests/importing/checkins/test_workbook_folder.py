"""A folder of mentor workbooks: one file per mentor, each imports back onto its own mentor."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import Campus, Checkin, CheckinAttendee, Person
from coordinator.errors import NotFoundError
from coordinator.importing.checkins.workbook_folder import (
    ExistingFiles,
    campuses_with_mentors,
    plan_workbooks,
    write_workbooks,
)
from coordinator.importing.checkins.workbook_format import LISTS, SHEET
from coordinator.importing.checkins.workbook_reader import import_checkin_workbook
from coordinator.progress import Progress
from district import District, build_district


def first_mentee_label(path: Path) -> str:
    wb = openpyxl.load_workbook(path)
    return str(wb[LISTS]["A3"].value)  # A2 is the whole cohort


def type_one_checkin(path: Path, day: dt.date, minutes: int) -> None:
    """A mentor fills the first prepared row for their first mentee and saves."""
    label = first_mentee_label(path)
    wb = openpyxl.load_workbook(path)
    for column, value in enumerate((day, label, "Phone", minutes), start=1):
        wb[SHEET].cell(row=2, column=column, value=value)
    wb.save(path)


def rename_mentors_alike(db: Database, d: District) -> None:
    """Both mentors are called Ana Li; the second has no preferred name but the same last name."""
    with db.transaction() as s:
        for mentor_id in d.mentor_ids:
            person = s.get(Person, mentor_id)
            assert person is not None
            person.first_name, person.last_name = "Ana", "Li"


def test_every_mentor_gets_a_workbook_that_imports_back_onto_that_mentor(
    db: Database, tmp_path: Path
) -> None:
    d = build_district(db, mentees_per_mentor=(3, 2, 1))
    rename_mentors_alike(db, d)
    folder = tmp_path / "workbooks for mentors"
    with db.reading() as s:
        plan = plan_workbooks(s, d.year_id)
    result = write_workbooks(db, plan, folder)
    assert result.line == f"Wrote 3 workbooks to {folder}."
    files = sorted(p.name for p in folder.iterdir())
    assert files == [
        "Li, Ana (M001) - check-in log Texas MPA 2025-26.xlsx",
        "Li, Ana (M002) - check-in log Texas MPA 2025-26.xlsx",
        "Li, Ana (M003) - check-in log Texas MPA 2025-26.xlsx",
    ]
    assert all(stat.S_IMODE((folder / f).stat().st_mode) == 0o600 for f in files)
    for n, (book, mentor_id) in enumerate(zip(plan.workbooks, d.mentor_ids, strict=True)):
        assert book.mentor_id == mentor_id
        type_one_checkin(folder / book.file_name, dt.date(2025, 9, 3 + n), 10 + n)
        imported = import_checkin_workbook(db, folder / book.file_name)
        assert (imported.counts["new"], imported.problems) == (1, [])
    with db.reading() as s:
        landed = s.execute(
            select(Checkin.mentor_id, Checkin.minutes, CheckinAttendee.mentee_id).join(
                CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id
            )
        ).all()
    assert sorted(landed) == [
        (mentor_id, 10 + n, d.mentees[mentor_id][0]) for n, mentor_id in enumerate(d.mentor_ids)
    ]


def test_one_mentor_or_one_campus_and_mentors_without_mentees_are_left_out(
    db: Database, tmp_path: Path
) -> None:
    d = build_district(db, mentees_per_mentor=(2, 1, 0))
    with db.transaction() as s:
        north, south = Campus(name="North High"), Campus(name="South Middle")
        s.add_all([north, south])
        s.flush()
        for mentor_id, campus in zip(d.mentor_ids, (north, south, north), strict=True):
            person = s.get(Person, mentor_id)
            assert person is not None
            person.campus_id = campus.id
        north_id = north.id
    with db.reading() as s:
        campuses = campuses_with_mentors(s, d.year_id)
        by_campus = plan_workbooks(s, d.year_id, campus_id=north_id)
        one = plan_workbooks(s, d.year_id, mentor_id=d.mentor_ids[1])
        everyone = plan_workbooks(s, d.year_id)
    # The third mentor is enrolled but has no mentees: no assignment, so no campus count either.
    assert [(c.name, c.mentors) for c in campuses] == [("North High", 1), ("South Middle", 1)]
    assert [w.mentor_id for w in by_campus.workbooks] == [d.mentor_ids[0]]
    assert [(w.mentor_id, w.mentees) for w in one.workbooks] == [(d.mentor_ids[1], 1)]
    assert [w.mentees for w in everyone.workbooks] == [2, 1]
    assert everyone.without_mentees == ["Number3, Mentor"]
    result = write_workbooks(db, everyone, tmp_path / "all")
    assert result.line == (
        f"Wrote 2 workbooks to {tmp_path / 'all'}. 1 mentor has no mentees this year and got "
        "no workbook."
    )
    with db.reading() as s, pytest.raises(NotFoundError, match="does not mentor"):
        plan_workbooks(s, d.year_id, mentor_id=d.mentees[d.mentor_ids[0]][0])


def test_a_file_already_there_is_kept_unless_replacing_is_asked_for(
    db: Database, tmp_path: Path
) -> None:
    d = build_district(db, mentees_per_mentor=(2, 1))
    with db.reading() as s:
        plan = plan_workbooks(s, d.year_id)
    folder = tmp_path / "out"
    folder.mkdir()
    theirs = folder / plan.workbooks[0].file_name
    theirs.write_bytes(b"the mentor's filled-in log")
    assert plan.already_there(folder) == [theirs.name]
    kept = write_workbooks(db, plan, folder)
    assert theirs.read_bytes() == b"the mentor's filled-in log"
    assert (kept.written, kept.skipped) == ([plan.workbooks[1].file_name], [theirs.name])
    assert kept.line == (
        f"Wrote 1 workbook to {folder}. Kept 1 file already there (it was not replaced)."
    )
    replaced = write_workbooks(db, plan, folder, existing=ExistingFiles.REPLACE)
    assert (len(replaced.written), replaced.skipped) == (2, [])
    assert openpyxl.load_workbook(theirs).sheetnames[0] == SHEET


def test_cancel_stops_between_two_whole_files(db: Database, tmp_path: Path) -> None:
    d = build_district(db, mentees_per_mentor=(1, 1, 1))
    with db.reading() as s:
        plan = plan_workbooks(s, d.year_id)
    progress: Progress

    def cancel_during_the_second(done: int, total: int, message: str) -> None:
        if done == 1:  # "Writing workbook 2 of 3…" is showing when the coordinator cancels
            progress.cancel()

    progress = Progress(cancel_during_the_second)
    folder = tmp_path / "out"
    result = write_workbooks(db, plan, folder, progress=progress)
    first_two = [w.file_name for w in plan.workbooks[:2]]
    assert result.stopped
    assert result.written == first_two
    assert sorted(p.name for p in folder.iterdir()) == first_two  # no partial third file
    assert all(openpyxl.load_workbook(folder / name).sheetnames for name in first_two)
    assert result.line == f"Stopped: wrote 2 of 3 workbooks to {folder}."
