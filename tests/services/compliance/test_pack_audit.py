"""Every field of a rule pack (name, description, each rule), changed alone, writes one audit entry
showing just that rule; saving the editor's whole form unchanged writes none and leaves the pack
as it was."""

from __future__ import annotations

from typing import Any

import pytest

from audit_checks import audit_mark, only_entry, written_since
from coordinator.db.engine import Database
from coordinator.services.compliance.pack_admin import (
    RULE_FIELDS,
    copy_pack,
    get_pack,
    list_packs,
    update_pack,
)
from coordinator.services.compliance.packs import LOCAL_PROGRAM, TEXAS_MPA, ensure_builtin_packs

# A new value for each rule, valid for its type, different from both shipped packs' values.
NEW_VALUES: dict[str, Any] = {
    "contact_minutes_per_semester": 900,
    "contact_minutes_per_month": 90,
    "contacts_per_month": 3,
    "observations_count": False,
    "contact_gap_warning_days": [10, 21],
    "assign_within_days_of_hire": 45,
    "caseload_cap": 6,
    "caseload_cap_full_time_teacher": 3,
    "mentor_min_years_experience": 4,
    "mentor_training_before_year": False,
    "mentor_not_appraiser": False,
    "mentor_not_supervisor": False,
    "minutes_from_others_count": True,
    "meet_at_designated_time": True,
    "match_same_campus": False,
    "match_same_subject_or_grade": False,
    "min_program_years": 3,
    "required_topics": ["Orientation", "Classroom management"],
    "milestones": [
        {
            "key": "stay-conversation",
            "name": "Stay conversation",
            "for": "pair",
            "due": {"after": "fixed", "month": 3, "day": 1},
            "met_by": {"kind": "document"},
        }
    ],
}


def test_every_rule_has_a_new_value_here() -> None:
    assert set(NEW_VALUES) == {f.key for f in RULE_FIELDS}


def _pack_id(db: Database, name: str) -> int:
    with db.transaction() as session:
        ensure_builtin_packs(session)
        source = next(p.id for p in list_packs(session) if p.name == name)
        return copy_pack(session, source, f"{name} (district copy)")


def _form_rules(rules: dict[str, Any]) -> dict[str, Any]:
    """The rules as the Settings editor sends them: every field, empty ones as None, [] or no."""
    empty = {"minutes": None, "int": None, "bool": False, "days": [], "topics": [],
             "milestones": []}  # fmt: skip
    return {f.key: rules.get(f.key, empty[f.kind]) for f in RULE_FIELDS}


@pytest.mark.parametrize("key", list(NEW_VALUES))
def test_changing_one_rule_audits_just_that_rule(db: Database, key: str) -> None:
    pack_id = _pack_id(db, TEXAS_MPA)
    with db.reading() as session:
        old = get_pack(session, pack_id).rules.get(key)
    mark = audit_mark(db)
    with db.transaction() as session:
        rules = get_pack(session, pack_id).rules
        update_pack(session, pack_id, rules={**rules, key: NEW_VALUES[key]})
    entry = only_entry(db, mark)
    assert (entry.action, entry.entity, entry.entity_id) == ("rule_pack.edit", "rule_pack", pack_id)
    assert entry.before == {f"rules.{key}": old}
    assert entry.after == {f"rules.{key}": NEW_VALUES[key]}


@pytest.mark.parametrize(
    ("field", "value"), [("name", "Texas MPA (2026 rules)"), ("description", "Checked 2026")]
)
def test_changing_the_name_or_description_audits_just_that(
    db: Database, field: str, value: str
) -> None:
    pack_id = _pack_id(db, TEXAS_MPA)
    with db.reading() as session:
        old = getattr(get_pack(session, pack_id), field)
    mark = audit_mark(db)
    with db.transaction() as session:
        update_pack(session, pack_id, **{field: value})
    entry = only_entry(db, mark)
    assert entry.before == {field: old}
    assert entry.after == {field: value}


@pytest.mark.parametrize("pack", [TEXAS_MPA, LOCAL_PROGRAM])
def test_saving_the_editor_unchanged_writes_no_audit_entry(db: Database, pack: str) -> None:
    pack_id = _pack_id(db, pack)
    with db.reading() as session:
        detail = get_pack(session, pack_id)
    mark = audit_mark(db)
    with db.transaction() as session:
        update_pack(
            session,
            pack_id,
            name=detail.name,
            description=detail.description,
            rules=_form_rules(detail.rules),
            expected_version=detail.version,
        )
    with db.reading() as session:
        saved = get_pack(session, pack_id)
    assert written_since(db, mark) == []
    assert saved.version == detail.version


def test_a_form_save_of_the_local_pack_audits_only_the_rule_that_changed(db: Database) -> None:
    pack_id = _pack_id(db, LOCAL_PROGRAM)
    with db.reading() as session:
        rules = _form_rules(get_pack(session, pack_id).rules)
    mark = audit_mark(db)
    with db.transaction() as session:
        update_pack(session, pack_id, rules={**rules, "contacts_per_month": 2})
    entry = only_entry(db, mark)
    assert entry.before == {"rules.contacts_per_month": 1}
    assert entry.after == {"rules.contacts_per_month": 2}
