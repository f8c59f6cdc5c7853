"""Each file row's provenance: new people by batch and row, changes with what an undo restores."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import ImportRow, Person, RowAction
from coordinator.importing.roster.pipeline import apply_import, prepare_import
from coordinator.importing.roster.undo import undo_batch

ROSTER = """Emp ID,Last Name,First Name,Email,Position
900001,Okafor,Lena,lena.okafor@district.example,Librarian
900002,Nguyễn,Thị Mai,mai.nguyen@district.example,Teacher
900003,O'Brien,Seán,sean.obrien@district.example,Teacher
"""


def _rows(db: Database, batch_id: int) -> list[tuple[int, str, int | None, object, object]]:
    with db.reading() as session:
        return [
            (r.row_number, r.action.value, r.person_id, r.before, r.after)
            for r in session.scalars(
                select(ImportRow).where(ImportRow.batch_id == batch_id).order_by(ImportRow.id)
            )
        ]


def _people(db: Database) -> dict[str, tuple[int, str | None, int | None, str]]:
    with db.reading() as session:
        return {
            p.employee_id or "": (p.id, p.position, p.created_batch_id, p.status.value)
            for p in session.scalars(select(Person))
        }


def test_new_rows_name_the_file_row_and_the_person_and_changes_keep_the_restore_point(
    db: Database, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    _plan, first = apply_import(db, prepare_import(db, roster))
    assert first.batch_id is not None
    people = _people(db)
    assert {k: v[2] for k, v in people.items()} == dict.fromkeys(people, first.batch_id)
    # The file's rows as Excel numbers them, each with the person it created. The values are
    # the person's own row (created by this batch): not copied again.
    assert _rows(db, first.batch_id) == [
        (2, RowAction.NEW.value, people["900001"][0], None, None),
        (3, RowAction.NEW.value, people["900002"][0], None, None),
        (4, RowAction.NEW.value, people["900003"][0], None, None),
    ]

    roster.write_text(ROSTER.replace("Librarian", "Counselor"), encoding="utf-8")
    _plan, second = apply_import(db, prepare_import(db, roster))
    assert second.batch_id is not None
    ((row, action, person_id, before, after),) = _rows(db, second.batch_id)
    assert (row, action, person_id) == (2, RowAction.CHANGED.value, people["900001"][0])
    assert isinstance(before, dict)
    assert before["diff"] == {"position": "Librarian"}
    assert before["restore"]["position"] == "Librarian"
    assert after == {"position": "Counselor"}

    undo_batch(db, second.batch_id)
    assert _people(db)["900001"][1] == "Librarian"
    undo_batch(db, first.batch_id)
    # The two no later import touched are gone; the one a later (undone) batch changed is kept,
    # archived, as every undo keeps someone other records name.
    assert _people(db) == {"900001": (people["900001"][0], "Librarian", first.batch_id, "archived")}
