"""Every field of a mentor profile, changed alone, writes one audit entry showing just that field;
a save that changes nothing writes none; the profile's notes are never copied into the log."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from audit_checks import audit_mark, only_entry, written_since
from cohort_builders import person
from coordinator.db.engine import Database
from coordinator.services.cohorts import mentors
from coordinator.services.cohorts.mentor_setup import MentorDraft, save_mentor_draft

NOTES = "Prefers mornings; caring for a parent this spring"
TRAINING = ("TEA mentor training", dt.date(2025, 6, 1))
START: dict[str, Any] = {
    "years_experience": 5,
    "teaches_six_hours": False,
    "capacity": 2,
    "notes": NOTES,
}
CHANGES: list[tuple[str, Any]] = [
    ("years_experience", 7),
    ("years_experience", None),
    ("teaches_six_hours", True),
    ("capacity", 3),
    ("capacity", None),
]


@pytest.fixture
def mentor_id(db: Database) -> int:
    with db.transaction() as session:
        mentor = person(session, "T0001", position="Teacher")
        mentors.edit_mentor_profile(session, mentor.id, **START)
        mentors.add_training(session, mentor.id, *TRAINING)
        return mentor.id


def _draft(**changes: Any) -> MentorDraft:
    values = {**START, "trainings": [TRAINING], **changes}
    return MentorDraft(**values)


def _assert_no_notes_text(*values: object) -> None:
    text = json.dumps(values, default=str)
    assert "mornings" not in text
    assert "parent" not in text


@pytest.mark.parametrize(("field", "value"), CHANGES)
def test_editing_one_profile_field_audits_just_that_field(
    db: Database, mentor_id: int, field: str, value: Any
) -> None:
    mark = audit_mark(db)
    with db.transaction() as session:
        mentors.edit_mentor_profile(session, mentor_id, **{field: value})
    entry = only_entry(db, mark)
    assert (entry.action, entry.entity, entry.person_id) == ("edit", "mentor_profile", mentor_id)
    assert entry.before == {field: START[field]}
    assert entry.after == {field: value}


@pytest.mark.parametrize(("field", "value"), CHANGES)
def test_saving_the_profile_form_with_one_field_changed_audits_just_that_field(
    db: Database, mentor_id: int, field: str, value: Any
) -> None:
    mark = audit_mark(db)
    with db.transaction() as session:
        save_mentor_draft(session, mentor_id, _draft(**{field: value}))
    entry = only_entry(db, mark)
    assert entry.before == {field: START[field]}
    assert entry.after == {field: value}


@pytest.mark.parametrize("through_form", [False, True])
def test_a_notes_change_is_audited_without_the_notes(
    db: Database, mentor_id: int, through_form: bool
) -> None:
    mark = audit_mark(db)
    with db.transaction() as session:
        if through_form:
            save_mentor_draft(session, mentor_id, _draft(notes="Moved to the afternoon group"))
        else:
            mentors.edit_mentor_profile(session, mentor_id, notes="Moved to the afternoon group")
    entry = only_entry(db, mark)
    assert entry.after == {"notes": "changed"}
    assert "notes" not in (entry.before or {})
    _assert_no_notes_text(entry.before, entry.after)
    assert "afternoon" not in json.dumps([entry.before, entry.after])


def test_setting_up_a_profile_never_copies_the_notes(db: Database) -> None:
    with db.transaction() as session:
        mentor = person(session, "T0002")
    mark = audit_mark(db)
    with db.transaction() as session:
        mentors.edit_mentor_profile(session, mentor.id, **START)
    entry = only_entry(db, mark)
    assert entry.after == {"years_experience": 5, "capacity": 2, "notes": "changed"}
    _assert_no_notes_text(entry.before, entry.after)


@pytest.mark.parametrize("through_form", [False, True])
def test_saving_an_unchanged_profile_writes_no_audit_entry(
    db: Database, mentor_id: int, through_form: bool
) -> None:
    mark = audit_mark(db)
    with db.transaction() as session:
        if through_form:
            save_mentor_draft(session, mentor_id, _draft())
        else:
            mentors.edit_mentor_profile(session, mentor_id, **START)
    assert written_since(db, mark) == []


def test_adding_a_training_in_the_form_audits_only_the_training(
    db: Database, mentor_id: int
) -> None:
    mark = audit_mark(db)
    added = ("Coaching cycles", dt.date(2025, 7, 1))
    with db.transaction() as session:
        save_mentor_draft(session, mentor_id, _draft(trainings=[TRAINING, added]))
    entry = only_entry(db, mark)
    assert (entry.action, entry.entity) == ("add", "mentor_training")
    assert entry.after == {
        "name": added[0],
        "completed_on": added[1].isoformat(),
        "kind": "approved",  # a row added in the form is the commissioner-approved training
        "provider": None,
        "minutes": None,
    }


def test_changing_a_trainings_date_audits_the_old_and_the_new_training(
    db: Database, mentor_id: int
) -> None:
    """A training has no identity in the form: a new date removes the old row and adds one."""
    mark = audit_mark(db)
    moved = (TRAINING[0], dt.date(2025, 7, 15))
    with db.transaction() as session:
        save_mentor_draft(session, mentor_id, _draft(trainings=[moved]))
    rows = written_since(db, mark)
    assert [(r.action, r.entity) for r in rows] == [
        ("remove", "mentor_training"),
        ("add", "mentor_training"),
    ]
    assert rows[0].before == {"name": TRAINING[0], "completed_on": "2025-06-01"}
    assert rows[1].after == {
        "name": TRAINING[0],
        "completed_on": "2025-07-15",
        "kind": "approved",
        "provider": None,
        "minutes": None,
    }
