"""A returned workbook whose hidden keys were edited is refused; its rows are never credited."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from coordinator.db.engine import Database
from coordinator.db.models import Checkin, Setting
from coordinator.db.opening import open_database
from coordinator.errors import UnreadableInputError
from coordinator.importing.checkins.workbook_format import (
    LISTS,
    META,
    SHEET,
    write_checkin_workbook,
)
from coordinator.importing.checkins.workbook_reader import import_checkin_workbook
from coordinator.importing.checkins.workbook_signature import SECRET_KEY
from district import District, build_district


def _written(db: Database, tmp_path: Path) -> tuple[District, Path]:
    d = build_district(db, mentees_per_mentor=(3, 2))
    path = tmp_path / "log.xlsx"
    with db.reading() as s:  # the window and the CLI write workbooks from a reading session
        write_checkin_workbook(s, d.year_id, d.mentor_ids[0], path)
    book = openpyxl.load_workbook(path)
    labels = [r[0] for r in book[LISTS].iter_rows(min_row=2, values_only=True) if r[1]]
    for n, label in enumerate(labels[:2], start=2):  # long sessions: many hours a row
        for col, value in enumerate(["2025-10-01", label, "Phone", 1440], 1):
            book[SHEET].cell(row=n, column=col, value=value)
    book.save(path)
    return d, path


def _checkins(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Checkin)) or 0)


def _edit(path: Path, sheet: str, row: int, column: int, value: object) -> None:
    book = openpyxl.load_workbook(path)
    book[sheet].cell(row=row, column=column, value=value)
    book.save(path)


def test_a_workbook_moved_to_another_mentor_is_refused_and_nothing_credited(
    db: Database, tmp_path: Path
) -> None:
    d, path = _written(db, tmp_path)
    other = d.mentor_ids[1]
    _edit(path, META, 3, 2, other)  # mentor_id
    for n, mentee in enumerate(d.mentees[other], start=3):  # and the list to the other's mentees
        _edit(path, LISTS, n, 2, mentee)
    with pytest.raises(UnreadableInputError, match=r"cannot be trusted: its hidden sheets"):
        import_checkin_workbook(db, path)
    assert _checkins(db) == 0


def test_a_list_label_pointed_at_another_person_is_refused(db: Database, tmp_path: Path) -> None:
    d, path = _written(db, tmp_path)
    _edit(path, LISTS, 3, 2, d.mentees[d.mentor_ids[1]][0])
    with pytest.raises(UnreadableInputError, match="signature does not match"):
        import_checkin_workbook(db, path)
    assert _checkins(db) == 0


def test_a_row_with_a_key_coordinator_never_wrote_is_listed_untrusted_not_imported(
    db: Database, tmp_path: Path
) -> None:
    _d, path = _written(db, tmp_path)
    _edit(path, SHEET, 3, 12, "0badc0ffee00-0001")  # the second row's hidden key
    result = import_checkin_workbook(db, path)
    assert (result.counts["new"], result.counts["invalid"]) == (1, 1)
    assert result.problems[0].row == 3
    assert "not one Coordinator wrote into this workbook" in result.problems[0].describe()
    assert _checkins(db) == 1


def test_the_summary_names_whose_check_ins_the_rows_become(db: Database, tmp_path: Path) -> None:
    _d, path = _written(db, tmp_path)
    result = import_checkin_workbook(db, path, dry_run=True)
    assert result.line.endswith("Credited to mentor Mentor Number1 (M001), Texas MPA 2025-26.")


def test_an_old_unsigned_workbook_is_refused_with_what_to_do(db: Database, tmp_path: Path) -> None:
    _d, path = _written(db, tmp_path)
    book = openpyxl.load_workbook(path)
    meta = book[META]
    meta.cell(row=1, column=2, value="coordinator-checkin-log/1")
    meta.delete_rows(4, 3)  # what a workbook written before signing holds
    book.save(path)
    with pytest.raises(UnreadableInputError, match=r"older Coordinator.*Write a new workbook"):
        import_checkin_workbook(db, path)
    assert _checkins(db) == 0


def test_a_workbook_from_another_database_is_refused(db: Database, tmp_path: Path) -> None:
    _d, path = _written(db, tmp_path)
    other = open_database(tmp_path / "other.sqlite")
    try:
        build_district(other, mentees_per_mentor=(3, 2))
        with pytest.raises(UnreadableInputError, match="another database wrote it"):
            import_checkin_workbook(other, path)
    finally:
        other.dispose()


def test_the_secret_is_kept_in_the_database_and_never_in_the_workbook(
    db: Database, tmp_path: Path
) -> None:
    _d, path = _written(db, tmp_path)
    with db.reading() as s:
        setting = s.get(Setting, SECRET_KEY)
        secret = str(setting.value) if setting is not None else ""
    assert len(secret) == 64
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            assert secret.encode() not in archive.read(name)
    assert import_checkin_workbook(db, path).counts["new"] == 2


def test_workbooks_for_several_mentors_in_one_reading_all_verify(
    db: Database, tmp_path: Path
) -> None:
    """A folder of workbooks written from one reading session shares the one stored secret."""
    d = build_district(db, mentees_per_mentor=(3, 2))
    paths = [tmp_path / f"log-{n}.xlsx" for n in range(2)]
    with db.reading() as s:
        for mentor, path in zip(d.mentor_ids, paths, strict=True):
            write_checkin_workbook(s, d.year_id, mentor, path)
    for path in paths:
        assert import_checkin_workbook(db, path, dry_run=True).counts["invalid"] == 0
