"""Saving a mapping profile again: each change (its name's spelling, its headers, its mapping)
audited with the values before, and a save that changes nothing writes no audit entry."""

from __future__ import annotations

from typing import Any

import pytest

from audit_checks import audit_mark, only_entry, written_since
from coordinator.db.engine import Database
from coordinator.importing.roster.profiles import profile_by_name, save_profile

HEADERS = ["Emp No", "Surname", "Given name", "Campus"]
MAPPING: list[str | None] = ["employee_id", "last_name", "first_name", "campus"]
NAME = "Payroll export"

CHANGES: list[tuple[str, dict[str, Any], str, Any, Any]] = [
    ("name", {"name": "PAYROLL export"}, "name", NAME, "PAYROLL export"),
    (
        "headers",
        {"headers": [*HEADERS, "Notes"], "mapping": [*MAPPING, None]},
        "headers",
        HEADERS,
        [*HEADERS, "Notes"],
    ),
    (
        "mapping",
        {"mapping": [*MAPPING[:3], "campus_code"]},
        "mapping",
        {"Emp No": "employee_id", "Surname": "last_name", "Given name": "first_name",
         "Campus": "campus"},
        {"Emp No": "employee_id", "Surname": "last_name", "Given name": "first_name",
         "Campus": "campus_code"},
    ),
]  # fmt: skip


@pytest.fixture
def saved(db: Database) -> None:
    save_profile(db, NAME, HEADERS, MAPPING)


@pytest.mark.parametrize(
    ("_label", "change", "field", "old", "new"), CHANGES, ids=[c[0] for c in CHANGES]
)
def test_saving_a_profile_with_one_change_audits_just_that_change(
    db: Database, saved: None, _label: str, change: dict[str, Any], field: str, old: Any, new: Any
) -> None:
    values: dict[str, Any] = {"name": NAME, "headers": HEADERS, "mapping": MAPPING, **change}
    mark = audit_mark(db)
    info = save_profile(db, values["name"], values["headers"], values["mapping"])
    entry = only_entry(db, mark)
    assert (entry.action, entry.entity, entry.entity_id) == (
        "profile.save",
        "mapping_profile",
        info.id,
    )
    assert entry.before is not None
    assert entry.after is not None
    assert entry.before[field] == old
    assert entry.after[field] == new
    assert {k for k in entry.after if entry.before.get(k) != entry.after[k]} == {field}
    with db.reading() as session:
        assert getattr(profile_by_name(session, NAME), field) == new


def test_saving_an_unchanged_profile_writes_no_audit_entry(db: Database, saved: None) -> None:
    mark = audit_mark(db)
    save_profile(db, f"  {NAME} ", HEADERS, MAPPING)
    assert written_since(db, mark) == []
