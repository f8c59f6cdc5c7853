"""Possible duplicates an import held: listed, merged (everything moves, undoable), kept both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.cohort_builders import YEAR_START
from tests.duplicate_world import SECOND_FILE, history_of_twins, second_import, seed_people
from tests.importing.conftest import dump
from tests.importing.corpus import HEADERS_MONTH_1, write_csv

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import (
    Assignment,
    AuditEntry,
    CheckinAttendee,
    Enrollment,
    Person,
    PersonStatus,
    Role,
)
from coordinator.errors import CoordinatorError, RefusedError
from coordinator.importing.roster.pipeline import plan_import, prepare_import
from coordinator.importing.roster.undo import undo_batch
from coordinator.services.duplicates.merge import keep_both, merge_people
from coordinator.services.duplicates.queue import review_queue


def test_same_name_and_hire_date_and_nfd_twins_are_held(db: Database, tmp_path: Path) -> None:
    seed_people(db, tmp_path)
    path = write_csv(tmp_path / "october.csv", HEADERS_MONTH_1, SECOND_FILE)
    plan = plan_import(db, prepare_import(db, path, date_order="mdy"))
    assert plan.new == []
    assert [(d.row, d.other_employee_id, d.reason) for d in plan.duplicates] == [
        (2, "115840", "e-mail already used by employee ID 115840"),
        (3, "115839", "same name and hire date under another ID"),
        (
            4,
            "555001",
            "same name and campus under another ID "
            "(the name's accents are encoded differently: NFC/NFD twins)",
        ),
    ]


def test_the_queue_outlives_the_import_and_lists_what_matches(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_people(db, tmp_path)
    second_import(db, tmp_path)
    assert main(["--db", str(db_path), "import", "duplicates"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 possible duplicates waiting for a decision:")
    assert "october.csv, row 3: same name and hire date under another ID." in out
    assert (
        "  A 115839: Jo Smith\n  B 999003: Jo Smith (not in the database; only in the file)" in out
    )
    assert "  same: Name, Hire date" in out
    assert "  differs: Campus: Travis Middle | Lamar Elementary" in out
    assert "  differs: Employee ID: 115840 | 999001" in out


def test_keep_both_adds_the_row_and_undo_removes_it(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_people(db, tmp_path)
    second_import(db, tmp_path)
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", "keep-both", "115839", "999003"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Kept both: added Jo Smith (999003) from row 3 of october.csv.")
    with db.reading() as session:
        added = session.scalar(select(Person).where(Person.employee_id == "999003"))
        assert added is not None
        assert added.hire_date == dt.date(2025, 8, 11)
        assert added.campus is not None
        assert added.campus.name == "Lamar Elementary"
        assert [p.other.key for p in review_queue(session)] == ["999001", "999004"]
    batch = int(out.split("coordinator import undo ")[1].split("'")[0])
    assert main(["--db", str(db_path), "import", "undo", str(batch)]) == 0
    with db.reading() as session:
        assert session.scalar(select(Person).where(Person.employee_id == "999003")) is None
        assert len(review_queue(session)) == 3


def test_merge_moves_everything_in_one_step_and_undo_puts_it_back(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_people(db, tmp_path)
    _year_id, a_id, b_id = history_of_twins(db)
    before = {t: dump(db, t) for t in ("enrollment", "assignment", "checkin_attendee")}
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", "merge", "090011", "777001"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "Merged Mai Nguyen (777001) into Thị Mai Nguyễn (090011): 2 records moved, 777001 archived."
    )
    with db.reading() as session:
        b = session.get(Person, b_id)
        assert b is not None
        assert b.status == PersonStatus.ARCHIVED
        assert session.scalars(select(Assignment.mentee_id)).all() == [a_id]
        assert session.scalars(select(CheckinAttendee.mentee_id)).all() == [a_id]
        mentees = select(Enrollment.person_id).where(Enrollment.role == Role.MENTEE)
        assert session.scalars(mentees).all() == [a_id]  # B's enrollment was A's twice over
        words = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action.like("person.merge%"))
        ).all()
        assert words == ["person.merge"]
    batch = int(out.split("coordinator import undo ")[1].split("'")[0])
    assert main(["--db", str(db_path), "import", "undo", str(batch)]) == 0
    assert "the merge is undone, Mai Nguyen is back" in capsys.readouterr().out
    after = {t: dump(db, t) for t in before}
    assert after["assignment"] == before["assignment"]
    assert after["checkin_attendee"] == before["checkin_attendee"]
    assert sorted(after["enrollment"]) == sorted(before["enrollment"])
    with db.reading() as session:
        b = session.get(Person, b_id)
        assert b is not None
        assert b.status == PersonStatus.ACTIVE


def test_merge_refuses_two_open_assignments_in_one_year_and_writes_nothing(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_people(db, tmp_path)
    year_id, a_id, _b_id = history_of_twins(db)
    with db.transaction() as session:
        mentor = session.scalar(select(Person).where(Person.employee_id == "115839"))
        assert mentor is not None
        session.add(
            Assignment(
                program_year_id=year_id, mentee_id=a_id, mentor_id=mentor.id, start_date=YEAR_START
            )
        )
    tables = ("person", "enrollment", "assignment", "import_batch", "audit_log")
    before = {t: dump(db, t) for t in tables}
    with pytest.raises(RefusedError) as refused:
        merge_people(db, "090011", "777001")
    assert str(refused.value) == (
        "Cannot merge 777001 into 090011: both have an open assignment in 2025-26: end one of "
        "them first (Cohorts > End assignment...), then merge."
    )
    assert main(["--db", str(db_path), "import", "merge", "090011", "777001"]) != 0
    assert "both have an open assignment in 2025-26" in capsys.readouterr().err
    assert {t: dump(db, t) for t in tables} == before


def test_a_row_only_in_the_file_cannot_be_the_one_kept(db: Database, tmp_path: Path) -> None:
    seed_people(db, tmp_path)
    second_import(db, tmp_path)
    with pytest.raises(RefusedError, match=r"999001 is only in row 2 of october\.csv"):
        merge_people(db, "999001", "115840")
    result = merge_people(db, "115840", "999001")
    assert result.message.startswith("Row 2 of october.csv is Zoë García (115840): nothing added")
    with db.reading() as session:
        assert [p.other.key for p in review_queue(session)] == ["999003", "999004"]
        assert session.scalar(select(func.count()).select_from(Person)) == 5
    with pytest.raises(CoordinatorError, match="No possible duplicate pairs 115840 with 999001"):
        keep_both(db, "115840", "999001")
    undo_batch(db, result.batch_id)
    with db.reading() as session:
        assert len(review_queue(session)) == 3


def test_the_audit_log_says_it_in_words(db: Database, tmp_path: Path) -> None:
    from coordinator.services.audit_view import AuditFilter, audit_lines

    seed_people(db, tmp_path)
    history_of_twins(db)
    merge_people(db, "090011", "777001")
    with db.reading() as session:
        lines = [line.what for line in audit_lines(session, AuditFilter())]
    assert "Merged Mai Nguyen into Thị Mai Nguyễn (2 records moved)" in lines


def test_a_mentor_profile_moves_and_two_profiles_are_refused(db: Database, tmp_path: Path) -> None:
    from coordinator.db.models import MentorProfile

    seed_people(db, tmp_path)
    with db.transaction() as session:
        ids = {r[0]: r[1] for r in session.execute(select(Person.employee_id, Person.id))}
        session.add(MentorProfile(person_id=ids["115839"], years_experience=6, capacity=2))
        session.add(MentorProfile(person_id=ids["115840"], years_experience=9))
        supervised = session.get(Person, ids["115838"])
        assert supervised is not None
        supervised.supervisor_id = ids["115839"]
    with pytest.raises(RefusedError) as refused:
        merge_people(db, "115840", "115839")
    assert "both have a mentor profile (experience and trainings)" in str(refused.value)
    with db.transaction() as session:
        session.delete(
            session.scalars(select(MentorProfile).where(MentorProfile.years_experience == 9)).one()
        )
    merge_people(db, "115840", "115839")
    with db.reading() as session:
        profile = session.scalars(select(MentorProfile)).one()
        assert profile.person_id == ids["115840"]
        supervised = session.get(Person, ids["115838"])
        assert supervised is not None
        assert supervised.supervisor_id == ids["115840"]  # who B supervised, A now does


def test_a_roster_naming_the_merged_id_again_holds_it_instead_of_bringing_it_back(
    db: Database, tmp_path: Path
) -> None:
    seed_people(db, tmp_path)
    history_of_twins(db)
    merge_people(db, "090011", "777001")
    row = ["777001", "Nguyen", "Mai", "m.nguyen@district.org", "", "Librarian", ""]
    path = write_csv(tmp_path / "november.csv", HEADERS_MONTH_1, [row])
    plan = plan_import(db, prepare_import(db, path))
    assert plan.changed == []
    assert [(d.row, d.reason, d.other_employee_id) for d in plan.duplicates] == [
        (2, "employee ID 777001 was merged into 090011", "090011")
    ]
