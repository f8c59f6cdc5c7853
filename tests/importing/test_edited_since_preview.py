"""A roster import never overwrites someone a coordinator edited after the import's preview:
that person is left as edited and named in the result (by count), on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.importing.corpus import write_xlsx

from coordinator.db.models import ImportRow, Person, RowAction
from coordinator.db.opening import open_database
from coordinator.importing.roster.pipeline import apply_import, plan_import, prepare_import
from coordinator.services.person_edit import edit_person, person_form

HEADERS = ["Employee ID", "Last Name", "First Name", "Email", "Campus", "Position"]
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@contextmanager
def target(engine: str, tmp_path: Path) -> Iterator[str]:
    if engine == "sqlite":
        yield str(tmp_path / f"roster-{uuid.uuid4().hex[:6]}.sqlite")
        return
    from pg_server import throwaway_database

    with throwaway_database() as url:
        yield url


def roster(path: Path, position: str) -> Path:
    rows = [
        [f"E{i:03d}", f"Last{i}", f"First{i}", f"p{i}@district.example", "North High", position]
        for i in range(3)
    ]
    return write_xlsx(path, HEADERS, rows)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_person_edited_since_the_preview_is_reported_not_overwritten(
    engine: str, tmp_path: Path
) -> None:
    with target(engine, tmp_path) as where:
        db = open_database(where)
        other = open_database(where)  # another coordinator, their own connection
        try:
            apply_import(db, prepare_import(db, roster(tmp_path / "august.xlsx", "Teacher")))
            prepared = prepare_import(db, roster(tmp_path / "october.xlsx", "Instructional Coach"))
            preview = plan_import(db, prepared)
            assert preview.counts()["changed"] == 3

            with other.transaction() as s:  # while the preview is on screen
                edited = s.scalar(select(Person.id).where(Person.employee_id == "E001"))
                assert edited is not None
                form = person_form(s, edited)
                edit_person(
                    s,
                    edited,
                    dataclasses.replace(form, position="Assistant Principal"),
                    today=dt.date(2025, 10, 1),
                )

            plan, result = apply_import(db, prepared, previewed=preview)
            assert result.batch_id is not None
            assert result.edited_since_preview == [edited]
            assert result.message == (
                f"Imported as batch {result.batch_id}. 1 person the file would change was edited "
                "by someone else since the preview and was left as they are; import the file "
                "again to update them."
            )
            assert plan.counts()["changed"] == 2
            with db.reading() as s:
                found = s.execute(select(Person.employee_id, Person.position))
                positions = {r[0]: r[1] for r in found}
                changed_rows = s.scalars(
                    select(ImportRow.person_id).where(
                        ImportRow.batch_id == result.batch_id,
                        ImportRow.action == RowAction.CHANGED,
                    )
                ).all()
            assert positions == {
                "E000": "Instructional Coach",
                "E001": "Assistant Principal",  # theirs, kept
                "E002": "Instructional Coach",
            }
            assert edited not in changed_rows  # an undo of the batch leaves their edit alone

            # Imported again (a new preview), the file's value goes in.
            prepared = prepare_import(db, roster(tmp_path / "october.xlsx", "Instructional Coach"))
            _plan, again = apply_import(db, prepared, previewed=plan_import(db, prepared))
            assert again.edited_since_preview == []
            with db.reading() as s:
                assert s.scalar(select(Person.position).where(Person.employee_id == "E001")) == (
                    "Instructional Coach"
                )
        finally:
            other.dispose()
            db.dispose()
