"""Every field of a program (name, description, rule pack, match weights, each topic), changed
alone through the CLI's edit or the program dialog's save, writes one audit entry showing just
that change; a save that changes nothing writes none."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from audit_checks import Written, audit_mark, only_entry, written_since
from coordinator.db.engine import Database
from coordinator.db.models import RulePack
from coordinator.services.compliance.packs import LOCAL_PROGRAM, TEXAS_MPA
from coordinator.services.programs import programs, setup
from coordinator.services.programs.match_weights import DEFAULT_WEIGHTS
from coordinator.services.programs.setup import ProgramForm, TopicEdit

NAME = "Librarians"
DESCRIPTION = "New school librarians"
TOPICS = ["Collection development", "Circulation", "Author visits"]


@pytest.fixture
def program_id(db: Database) -> int:
    with db.transaction() as session:
        program = programs.create_program(
            session,
            NAME,
            rule_pack=LOCAL_PROGRAM,
            topics=TOPICS,
            description=DESCRIPTION,
            match_weights=dict(DEFAULT_WEIGHTS),
        )
        return program.id


def _pack_id(db: Database, name: str) -> int:
    with db.reading() as session:
        pack_id = session.scalar(select(RulePack.id).where(RulePack.name == name))
    assert pack_id is not None
    return pack_id


def _topic_ids(db: Database, program_id: int) -> dict[str, int]:
    with db.reading() as session:
        return {t.name: t.id for t in setup.program_by_id(session, program_id).topics}


# --- the CLI's edit_program ---------------------------------------------------------------------

EDITS: list[tuple[str, dict[str, Any], str]] = [
    ("name", {"name": "School librarians"}, "name"),
    ("description", {"description": "Librarians in their first two years"}, "description"),
    ("rule_pack", {"rule_pack": TEXAS_MPA}, "rule_pack_id"),
    ("match_weights", {"match_weights": {**DEFAULT_WEIGHTS, "same_campus": 7.0}}, "match_weights"),
]


@pytest.mark.parametrize(("_label", "edit", "field"), EDITS, ids=[e[0] for e in EDITS])
def test_editing_one_program_field_audits_just_that_field(
    db: Database, program_id: int, _label: str, edit: dict[str, Any], field: str
) -> None:
    mark = audit_mark(db)
    with db.transaction() as session:
        programs.edit_program(session, program_id, **edit)
    entry = only_entry(db, mark)
    assert (entry.action, entry.entity, entry.entity_id) == ("edit", "program", program_id)
    assert entry.before is not None
    assert entry.after is not None
    assert set(entry.before) == set(entry.after) == {field}
    if field == "rule_pack_id":
        assert entry.before[field] == _pack_id(db, LOCAL_PROGRAM)
        assert entry.after[field] == _pack_id(db, TEXAS_MPA)
    else:
        assert entry.after[field] == next(iter(edit.values()))


def test_editing_a_programs_topics_from_the_cli_is_audited(db: Database, program_id: int) -> None:
    ids = _topic_ids(db, program_id)
    mark = audit_mark(db)
    with db.transaction() as session:
        programs.edit_program(session, program_id, topics=[*TOPICS[:2], "Advocacy"])
    entry = only_entry(db, mark)
    assert entry.entity == "program"
    assert entry.before is not None
    assert entry.after is not None
    retired = f"topic {ids['Author visits']}"
    assert entry.before == {retired: {"name": "Author visits", "required": False,
                                      "active": True, "order": 2}}  # fmt: skip
    assert entry.after[retired]["active"] is False
    (added,) = set(entry.after) - {retired}
    assert entry.after[added]["name"] == "Advocacy"


def test_an_edit_that_changes_nothing_writes_no_audit_entry(db: Database, program_id: int) -> None:
    mark = audit_mark(db)
    with db.transaction() as session:
        programs.edit_program(
            session,
            program_id,
            name=NAME,
            rule_pack=LOCAL_PROGRAM,
            topics=TOPICS,
            description=DESCRIPTION,
            match_weights=dict(DEFAULT_WEIGHTS),
        )
    assert written_since(db, mark) == []


# --- the program dialog's save_program ----------------------------------------------------------


def _renamed_topic(form: ProgramForm) -> ProgramForm:
    first = dataclasses.replace(form.topics[0], name="Weeding the collection")
    return dataclasses.replace(form, topics=[first, *form.topics[1:]])


def _required_topic(form: ProgramForm) -> ProgramForm:
    second = dataclasses.replace(form.topics[1], required=True)
    return dataclasses.replace(form, topics=[form.topics[0], second, *form.topics[2:]])


def _retired_topic(form: ProgramForm) -> ProgramForm:
    last = dataclasses.replace(form.topics[2], active=False)
    return dataclasses.replace(form, topics=[*form.topics[:2], last])


def _swapped_topics(form: ProgramForm) -> ProgramForm:
    return dataclasses.replace(form, topics=[form.topics[1], form.topics[0], form.topics[2]])


def _added_topic(form: ProgramForm) -> ProgramForm:
    return dataclasses.replace(form, topics=[*form.topics, TopicEdit(None, "Advocacy")])


def _weight(key: str) -> Callable[[ProgramForm], ProgramForm]:
    return lambda form: dataclasses.replace(form, weights={**form.weights, key: 9.5})


FORM_CHANGES: list[tuple[str, Callable[[ProgramForm], ProgramForm], str, set[str] | None]] = [
    ("name", lambda f: dataclasses.replace(f, name="School librarians"), "edit", {"name"}),
    ("description", lambda f: dataclasses.replace(f, description="Year two"), "edit",
     {"description"}),
    ("rule_pack", lambda f: dataclasses.replace(f, rule_pack=TEXAS_MPA), "edit", {"rule_pack_id"}),
    *[(f"weight {key}", _weight(key), "edit", {"match_weights"}) for key in DEFAULT_WEIGHTS],
    ("topic renamed", _renamed_topic, "edit topics", None),
    ("topic required", _required_topic, "edit topics", None),
    ("topic retired", _retired_topic, "edit topics", None),
    ("topics reordered", _swapped_topics, "edit topics", None),
    ("topic added", _added_topic, "edit topics", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("_label", "change", "action", "fields"), FORM_CHANGES, ids=[c[0] for c in FORM_CHANGES]
)
def test_saving_the_program_form_with_one_change_audits_just_that_change(
    db: Database,
    program_id: int,
    _label: str,
    change: Callable[[ProgramForm], ProgramForm],
    action: str,
    fields: set[str] | None,
) -> None:
    with db.reading() as session:
        form = setup.program_form(session, program_id)
    mark = audit_mark(db)
    with db.transaction() as session:
        setup.save_program(session, change(form))
    entry = only_entry(db, mark)
    assert (entry.action, entry.entity, entry.entity_id) == (action, "program", program_id)
    assert entry.before is not None
    assert entry.after is not None
    if fields is not None:
        assert set(entry.before) == set(entry.after) == fields
    else:
        _assert_topic_change(entry, _label)


def _assert_topic_change(entry: Written, label: str) -> None:
    assert entry.before is not None
    assert entry.after is not None
    changed = {k: (entry.before.get(k), entry.after[k]) for k in entry.after}
    assert all(key.startswith("topic ") for key in changed)
    if label == "topic renamed":
        ((old, new),) = changed.values()
        assert (old["name"], new["name"]) == ("Collection development", "Weeding the collection")
    elif label == "topic required":
        ((old, new),) = changed.values()
        assert (old["required"], new["required"]) == (False, True)
    elif label == "topic retired":
        ((old, new),) = changed.values()
        assert (old["active"], new["active"]) == (True, False)
    elif label == "topics reordered":
        assert sorted((old["order"], new["order"]) for old, new in changed.values()) == [
            (0, 1),
            (1, 0),
        ]
    else:
        ((old, new),) = changed.values()
        assert old is None
        assert new["name"] == "Advocacy"


def test_saving_an_unchanged_program_form_writes_no_audit_entry(
    db: Database, program_id: int
) -> None:
    with db.reading() as session:
        form = setup.program_form(session, program_id)
    mark = audit_mark(db)
    with db.transaction() as session:
        setup.save_program(session, form)
    assert written_since(db, mark) == []
