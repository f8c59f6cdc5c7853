"""Two HR exports a month apart: counts, diffs, re-import that changes nothing, exact undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.importing.conftest import TABLES, counts, dump
from tests.importing.corpus import (
    HEADERS_MONTH_1,
    HEADERS_MONTH_2,
    MONTH_1,
    MONTH_2,
    TITLE_BLOCK,
    write_xlsx,
)

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, Campus, ImportBatch, ImportRow, Person, RowAction
from coordinator.errors import RefusedError
from coordinator.importing.roster.pipeline import apply_import, plan_import, prepare_import
from coordinator.importing.roster.plan import Change
from coordinator.importing.roster.undo import undo_batch

PEOPLE_TABLES = ("person", "campus", "enrollment")


@pytest.fixture
def month_files(tmp_path: Path) -> tuple[Path, Path]:
    first = write_xlsx(tmp_path / "new-hires-august.xlsx", HEADERS_MONTH_1, MONTH_1)
    second = write_xlsx(
        tmp_path / "new-hires-september.xlsx",
        HEADERS_MONTH_2,
        MONTH_2,
        above=TITLE_BLOCK,
        sheet="HR Export",
        extra_sheets=[("Instructions", "visible"), ("Lookups", "hidden")],
    )
    return first, second


def test_first_month_creates_everyone_exactly_as_written(
    db: Database, month_files: tuple[Path, Path]
) -> None:
    prepared = prepare_import(db, month_files[0])
    plan, result = apply_import(db, prepared)
    assert plan.counts() == {
        "new": 4,
        "changed": 0,
        "unchanged": 0,
        "missing": 0,
        "duplicates": 0,
        "invalid": 0,
    }
    assert result.batch_id is not None
    with db.reading() as session:
        people = {
            p.employee_id: (p.last_name, p.first_name, p.hire_date)
            for p in session.scalars(select(Person))
        }
        campuses = sorted(session.scalars(select(Campus.name)))
    assert sorted(people) == ["090011", "115838", "115839", "115840"]
    assert people["090011"] == ("Nguyễn", "Thị Mai", dt.date(2025, 8, 4))
    assert people["115838"][1] == "Seán"
    assert campuses == ["Crockett High", "Lamar Elementary", "Travis Middle"]


def test_second_month_finds_new_changed_missing_with_other_headers_and_a_title_block(
    db: Database, month_files: tuple[Path, Path]
) -> None:
    apply_import(db, prepare_import(db, month_files[0]))
    prepared = prepare_import(db, month_files[1])
    assert prepared.sheet_name == "HR Export"  # the instruction sheet was skipped
    assert prepared.source.header_row_number == 4  # title, run date and blank row skipped
    assert prepared.mapping == [
        "employee_id",
        "full_name",
        "email",
        "campus",
        "position",
        "hire_date",
    ]
    plan = plan_import(db, prepared)
    assert plan.counts() == {
        "new": 1,
        "changed": 1,
        "unchanged": 2,
        "missing": 1,
        "duplicates": 0,
        "invalid": 0,
    }
    assert [p.values["employee_id"] for p in plan.new] == ["120001"]
    (moved,) = plan.changed
    assert moved.row == 6
    assert moved.changes == [Change("campus", "Travis Middle", "Bowie Elementary")]
    assert [(m.employee_id, m.name) for m in plan.missing] == [("115839", "Smith, Jo")]
    assert plan.new_campuses == ["Bowie Elementary"]


def test_reimport_of_the_same_file_changes_nothing_and_says_so(
    db: Database,
    db_path: Path,
    month_files: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--db", str(db_path), "import", "roster", str(month_files[0])]) == 0
    assert capsys.readouterr().out.strip().endswith("invalid=0 batch=1")
    before = {t: dump(db, t) for t in TABLES}
    assert main(["--db", str(db_path), "import", "roster", str(month_files[0])]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "new=0 changed=0 unchanged=4 missing=0 duplicates=0 invalid=0"
    assert "already imported as batch 1" in captured.err
    assert {t: dump(db, t) for t in TABLES} == before


def test_undo_of_the_second_month_restores_every_table_exactly(
    db: Database, month_files: tuple[Path, Path]
) -> None:
    apply_import(db, prepare_import(db, month_files[0]))
    before = {t: dump(db, t) for t in PEOPLE_TABLES}
    _plan, result = apply_import(db, prepare_import(db, month_files[1]))
    assert result.batch_id is not None
    assert {t: dump(db, t) for t in PEOPLE_TABLES} != before
    with db.reading() as session:
        changed = session.execute(
            select(ImportRow.before, ImportRow.after).where(
                ImportRow.batch_id == result.batch_id, ImportRow.action == RowAction.CHANGED
            )
        ).all()
    assert changed[0].after == {"campus": "Bowie Elementary", "campus_id": 4}
    assert changed[0].before["diff"] == {"campus": "Travis Middle"}

    undone = undo_batch(db, result.batch_id)
    assert (undone.restored, undone.removed, undone.archived) == (1, 1, 0)
    assert {t: dump(db, t) for t in PEOPLE_TABLES} == before
    with db.reading() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert batch is not None
        assert batch.status == "undone"
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions == ["import.apply", "import.apply", "import.undo"]
    with pytest.raises(RefusedError, match="already undone"):
        undo_batch(db, result.batch_id)


def test_undo_of_an_earlier_batch_waits_for_the_later_one(
    db: Database, month_files: tuple[Path, Path]
) -> None:
    _p, first = apply_import(db, prepare_import(db, month_files[0]))
    apply_import(db, prepare_import(db, month_files[1]))
    assert first.batch_id is not None
    with pytest.raises(RefusedError, match="Undo batch 2 first"):
        undo_batch(db, first.batch_id)


def test_undo_archives_a_created_person_that_others_point_to(
    db: Database, month_files: tuple[Path, Path]
) -> None:
    from coordinator.db.models import MentorProfile, PersonStatus

    _p, result = apply_import(db, prepare_import(db, month_files[0]))
    assert result.batch_id is not None
    with db.transaction() as session:
        mentor = session.scalar(select(Person).where(Person.employee_id == "115840"))
        assert mentor is not None
        session.add(MentorProfile(person_id=mentor.id, years_experience=5))
    undone = undo_batch(db, result.batch_id)
    assert (undone.removed, undone.archived) == (3, 1)
    with db.reading() as session:
        left = session.execute(select(Person.employee_id, Person.status)).all()
        campuses = session.scalars(select(Campus.name)).all()
    assert [tuple(p) for p in left] == [("115840", PersonStatus.ARCHIVED)]
    assert campuses == ["Crockett High"]  # the archived person's campus stays


def test_enrollment_in_a_program_year_is_applied_and_undone(
    db: Database,
    db_path: Path,
    month_files: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from coordinator.db.models import Enrollment, Program, ProgramYear, Role
    from coordinator.services.compliance.packs import ensure_builtin_packs

    with db.transaction() as session:
        pack = next(iter(ensure_builtin_packs(session).values()))
        session.flush()
        program = Program(name="Library Cohort", rule_pack_id=pack.id)
        session.add(program)
        session.flush()
        session.add(
            ProgramYear(
                program_id=program.id,
                label="2025-26",
                start_date=dt.date(2025, 8, 1),
                end_date=dt.date(2026, 6, 30),
            )
        )
    before = counts(db)
    args = [
        "--db",
        str(db_path),
        "import",
        "roster",
        str(month_files[0]),
        "--enroll",
        "library cohort",
        "--year",
        "2025-26",
        "--as",
        "mentee",
    ]
    assert main(args) == 0
    assert capsys.readouterr().out.strip().endswith("batch=1")
    with db.reading() as session:
        roles = session.scalars(select(Enrollment.role)).all()
    assert roles == [Role.MENTEE] * 4
    assert main(["--db", str(db_path), "import", "undo", "1"]) == 0
    after = counts(db)
    assert after["enrollment"] == before["enrollment"] == 0
    assert after["person"] == 0


def test_cancel_during_apply_writes_nothing(db: Database, month_files: tuple[Path, Path]) -> None:
    from coordinator.progress import Cancelled, Progress

    prepared = prepare_import(db, month_files[0])
    progress = Progress(lambda done, _total, _msg: progress.cancel() if done >= 1 else None)
    before = counts(db)
    with pytest.raises(Cancelled):
        apply_import(db, prepared, progress=progress)
    assert counts(db) == before


def test_mark_left_on_the_command_line_is_undone_with_the_batch(
    db: Database,
    db_path: Path,
    month_files: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from coordinator.db.models import PersonStatus

    assert main(["--db", str(db_path), "import", "roster", str(month_files[0])]) == 0
    before = {t: dump(db, t) for t in PEOPLE_TABLES}
    args = ["--db", str(db_path), "import", "roster", str(month_files[1]), "--mark-left"]
    assert main(args) == 0
    assert capsys.readouterr().out.strip().endswith("missing=1 duplicates=0 invalid=0 batch=2")
    with db.reading() as session:
        smith = session.execute(
            select(Person.status, Person.left_on).where(Person.employee_id == "115839")
        ).one()
    assert smith.status == PersonStatus.LEFT
    assert smith.left_on == dt.date.today()
    assert main(["--db", str(db_path), "import", "undo", "2"]) == 0
    assert capsys.readouterr().out.strip() == (
        "Undid batch 2: restored=2 removed=1 archived=0 enrollments_removed=0"
    )
    assert {t: dump(db, t) for t in PEOPLE_TABLES} == before


def test_undo_keeps_edits_made_after_the_import(
    db: Database, month_files: tuple[Path, Path]
) -> None:
    apply_import(db, prepare_import(db, month_files[0]))
    _plan, result = apply_import(db, prepare_import(db, month_files[1]))
    assert result.batch_id is not None
    with db.transaction() as session:
        moved = session.scalar(select(Person).where(Person.employee_id == "115838"))
        hired = session.scalar(select(Person).where(Person.employee_id == "120001"))
        assert moved is not None
        assert hired is not None
        moved.phone = "512-555-0199"  # the coordinator edits the changed person...
        hired.preferred_name = "MJ"  # ...and the new hire, after the import
    undone = undo_batch(db, result.batch_id)
    assert (undone.restored, undone.edited_since, undone.removed, undone.archived) == (1, 1, 0, 1)
    with db.reading() as session:
        row = session.execute(
            select(Person.phone, Campus.name).join(Campus).where(Person.employee_id == "115838")
        ).one()
        status = session.scalar(select(Person.status).where(Person.employee_id == "120001"))
    assert tuple(row) == ("512-555-0199", "Travis Middle")  # campus back, phone edit kept
    assert status == "archived"
