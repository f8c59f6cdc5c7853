"""An import, and undoing one, are preceded by a verified backup of the state before them."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from coordinator.db.engine import Database
from coordinator.importing.roster.pipeline import apply_import, prepare_import
from coordinator.importing.roster.undo import undo_batch
from coordinator.services.safety import backups
from safety.population import populate, read_counts

ROSTER = """Emp ID,Last Name,First Name,Email,Position
900001,Okafor,Lena,lena.okafor@district.example,Librarian
900002,Nguyễn,Thị Mai,mai.nguyen@district.example,Teacher
"""


def test_import_and_undo_each_back_up_first(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    populate(db, 5, 2)
    roster = tmp_path / "new hires.csv"
    roster.write_text(ROSTER, encoding="utf-8")

    _plan, result = apply_import(db, prepare_import(db, roster))
    assert read_counts(db).people == 7
    (before_import,) = backups.list_backups(db.path)
    assert (before_import.reason, before_import.people) == ("before-import", 5)

    assert result.batch_id is not None
    undo_batch(db, result.batch_id)
    assert read_counts(db).people == 5
    newest = backups.list_backups(db.path)[0]
    assert (newest.reason, newest.people) == ("before-undo-import", 7)


def test_the_backup_is_made_once_the_import_writes_and_holds_the_state_it_planned_against(
    db: Database, tmp_path: Path
) -> None:
    assert db.path is not None
    populate(db, 5, 2)
    roster = tmp_path / "new hires.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    apply_import(db, prepare_import(db, roster))
    assert len(backups.list_backups(db.path)) == 1

    # The same file again changes nothing, so nothing needs undoing: no backup either.
    _plan, again = apply_import(db, prepare_import(db, roster))
    assert again.batch_id is None
    assert again.message.startswith("Nothing to change: 2 people in the file already match")
    assert len(backups.list_backups(db.path)) == 1

    # A changed position: the backup before it has the 7 people and the old position.
    roster.write_text(ROSTER.replace("Librarian", "Counselor"), encoding="utf-8")
    _plan, changed = apply_import(db, prepare_import(db, roster))
    assert changed.batch_id is not None
    newest = backups.list_backups(db.path)[0]
    assert (newest.reason, newest.people) == ("before-import", 7)
    with contextlib.closing(sqlite3.connect(newest.path)) as conn:
        (position,) = conn.execute(
            "SELECT position FROM person WHERE employee_id = '900001'"
        ).fetchone()
    assert position == "Librarian"
