"""Viewing and editing rule packs in Settings: typed fields, validated values, audited changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import Program, RulePack
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services import audit, stale_edits
from coordinator.services.compliance.packs import DEFAULT_ON
from coordinator.services.milestones.definitions import read_milestones

FieldKind = Literal["minutes", "int", "bool", "days", "topics", "milestones"]


@dataclass(frozen=True)
class RuleField:
    """One editable rule: its JSON key, the label a coordinator reads, and its type."""

    key: str
    label: str
    kind: FieldKind
    optional_int: bool = True  # an empty number means "no such rule"


RULE_FIELDS: tuple[RuleField, ...] = (
    RuleField("contact_minutes_per_semester", "Minimum contact time each semester", "minutes"),
    RuleField("contact_minutes_per_month", "Minimum contact time each month", "minutes"),
    RuleField("contacts_per_month", "Minimum check-ins each month", "int"),
    RuleField("observations_count", "Observations count toward the minimum", "bool"),
    RuleField("contact_gap_warning_days", "Warn after days without contact", "days"),
    RuleField("assign_within_days_of_hire", "Assign a mentor within days of hire", "int"),
    RuleField("caseload_cap", "Caseload cap (mentees per mentor)", "int"),
    RuleField("caseload_cap_full_time_teacher", "Cap for a mentor teaching 6+ hours a day", "int"),
    RuleField("mentor_min_years_experience", "Mentor's minimum years of teaching", "int"),
    RuleField("mentor_training_before_year", "Approved mentor training before the year", "bool"),
    RuleField(
        "mentor_district_training_before_year", "District mentor training before the year", "bool"
    ),
    RuleField("supplemental_training_hours", "Supplemental training hours during the year", "int"),
    RuleField("staff_training_before_year", "Campus and district staff are trained", "bool"),
    RuleField(
        "beginning_teacher_years_below", "A mentee has fewer years of experience than", "int"
    ),
    RuleField("mentor_not_appraiser", "Mentor may not be the mentee's appraiser", "bool"),
    RuleField(
        "mentor_not_supervisor", "Mentor may not be the supervisor (unless overridden)", "bool"
    ),
    RuleField("match_same_campus", "Matching prefers the same campus", "bool"),
    RuleField("match_same_subject_or_grade", "Matching prefers the same subject or grade", "bool"),
    RuleField(
        "minutes_from_others_count",
        "Minutes with others than the assigned mentor count",
        "bool",
    ),
    RuleField("meet_at_designated_time", "Meetings at the campus's designated time", "bool"),
    RuleField("min_program_years", "Years of mentoring a mentee receives", "int"),
    RuleField("required_topics", "Required topics each year", "topics"),
    RuleField("milestones", "Milestones", "milestones"),
)
FIELDS_BY_KEY = {f.key: f for f in RULE_FIELDS}
# What a pack without the rule means, as the checks read it: no number, no list, no, except that
# observations count unless a pack says they do not. Saving that value is no change.
_ABSENT_BY_KIND: dict[FieldKind, Any] = {
    "minutes": None, "int": None, "bool": False, "days": [], "topics": [], "milestones": [],
}  # fmt: skip
_ABSENT_BY_KEY: dict[str, Any] = dict.fromkeys(DEFAULT_ON, True)


@dataclass(frozen=True)
class PackSummary:
    id: int
    name: str
    description: str
    builtin: bool
    version: int
    programs: int


@dataclass(frozen=True)
class PackDetail:
    id: int
    name: str
    description: str
    builtin: bool
    version: int
    rules: dict[str, Any]


def list_packs(session: Session) -> list[PackSummary]:
    used = dict(
        session.execute(
            select(Program.rule_pack_id, func.count()).group_by(Program.rule_pack_id)
        ).all()
    )
    return [
        PackSummary(p.id, p.name, p.description, p.builtin, p.version, int(used.get(p.id, 0)))
        for p in session.scalars(select(RulePack).order_by(RulePack.name))
    ]


def _pack(session: Session, pack_id: int) -> RulePack:
    pack = session.get(RulePack, pack_id)
    if pack is None:
        raise NotFoundError(f"There is no rule pack with id {pack_id}.")
    return pack


def get_pack(session: Session, pack_id: int) -> PackDetail:
    p = _pack(session, pack_id)
    return PackDetail(p.id, p.name, p.description, p.builtin, p.version, dict(p.rules or {}))


def _whole_number(field: RuleField, value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise RefusedError(f"{field.label}: enter a whole number, or leave it empty.")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise RefusedError(f"{field.label}: {value!r} is not a whole number.") from None
    if number < 0:
        raise RefusedError(f"{field.label}: a negative number makes no sense here.")
    return number


def _check_value(field: RuleField, value: Any) -> Any:
    if field.kind in ("minutes", "int"):
        return _whole_number(field, value)
    if field.kind == "bool":
        if not isinstance(value, bool):
            raise RefusedError(f"{field.label}: choose yes or no.")
        return value
    if not isinstance(value, list):
        raise RefusedError(f"{field.label}: expected a list.")
    if field.kind == "milestones":
        return [m.as_json() for m in read_milestones(value)]
    if field.kind == "days":
        return sorted({n for n in (_whole_number(field, v) for v in value) if n})
    topics = [str(v).strip() for v in value if str(v).strip()]
    if len({t.lower() for t in topics}) != len(topics):
        raise RefusedError(f"{field.label}: a topic is listed twice.")
    return topics


def validate_rules(rules: dict[str, Any]) -> dict[str, Any]:
    """The rules with every value checked against its type; unknown keys are refused."""
    unknown = sorted(set(rules) - set(FIELDS_BY_KEY) - {"pay"})
    if unknown:
        raise RefusedError(f"Unknown rule {unknown[0]!r}. Known rules: {', '.join(FIELDS_BY_KEY)}.")
    clean: dict[str, Any] = {}
    for key, value in rules.items():
        if key == "pay":
            if value:
                from coordinator.services.pay.rules import read_pay_rules

                read_pay_rules(value)
                clean[key] = value
            continue
        checked = _check_value(FIELDS_BY_KEY[key], value)
        if checked is not None and checked != []:
            clean[key] = checked
        elif key == "caseload_cap":
            clean[key] = None
    return clean


def _check_name(session: Session, name: str, pack_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise RefusedError("A rule pack needs a name.")
    clash = session.scalar(select(RulePack.id).where(func.lower(RulePack.name) == name.lower()))
    if clash is not None and clash != pack_id:
        raise RefusedError(f"A rule pack named {name!r} already exists; choose another name.")
    return name


def update_pack(
    session: Session,
    pack_id: int,
    *,
    name: str | None = None,
    description: str | None = None,
    rules: dict[str, Any] | None = None,
    expected_version: int | None = None,
    seen: PackDetail | None = None,
    overwrite: bool = False,
) -> None:
    """Change a pack's name, description or rules; the audit log keeps before and after of each
    field and rule that changed, and a save that changes nothing writes nothing.

    Refused with `ConcurrentEditError` naming what changed since `seen` (the pack as read) when
    the pack is no longer at `expected_version`, unless `overwrite` (audited as such).
    """
    pack = _pack(session, pack_id)
    if expected_version is not None and pack.version != expected_version:
        current = get_pack(session, pack_id)
        stale_edits.settle(
            session,
            "rule_pack",
            pack_id,
            seen_version=expected_version,
            current_version=pack.version,
            seen=_seen_values(seen or current),
            current=_seen_values(current),
            words=PACK_WORDS,
            overwrite=overwrite,
        )
    before = _audited(pack)
    if name is not None:
        pack.name = _check_name(session, name, pack.id)
    if description is not None:
        pack.description = description.strip()
    if rules is not None:
        clean = validate_rules(rules)
        if "pay" not in rules and (pack.rules or {}).get("pay"):
            clean["pay"] = pack.rules["pay"]  # the pack editor has no pay fields: keep them
        if _meaning(clean) != _meaning(pack.rules):
            pack.rules = clean
    after = _audited(pack)
    session.flush()
    audit.record_edit(session, "rule_pack.edit", "rule_pack", pack.id, before=before, after=after)


# What a coordinator calls each part of a pack another coordinator may have changed.
PACK_WORDS = {
    "name": "the name",
    "description": "the description",
    **{f"rules.{f.key}": f"the rule “{f.label}”" for f in RULE_FIELDS},
}


def _seen_values(pack: PackDetail) -> dict[str, Any]:
    return {"name": pack.name, "description": pack.description, **_meaning(pack.rules)}


def rule_value(rules: dict[str, Any], key: str) -> Any:
    """A rule's value as the checks read it: a missing rule as what its absence means."""
    return rules[key] if key in rules else _absent(key)


def _absent(key: str) -> Any:
    field = FIELDS_BY_KEY.get(key)
    if field is None:
        return None
    return _ABSENT_BY_KEY.get(key, _ABSENT_BY_KIND[field.kind])


def _meaning(rules: dict[str, Any] | None) -> dict[str, Any]:
    """Every rule as its own audited field ('rules.<key>'), a missing rule as what its absence
    means (an empty number, list or no), so storing that value is no change."""
    rules = rules or {}
    keys = dict.fromkeys([*FIELDS_BY_KEY, *rules])
    return {f"rules.{key}": audit.jsonable(rules.get(key, _absent(key))) for key in keys}


def _audited(pack: RulePack) -> dict[str, Any]:
    return {"name": pack.name, "description": pack.description, **_meaning(pack.rules)}


def copy_pack(session: Session, pack_id: int, new_name: str) -> int:
    """A new, editable pack starting from an existing one's rules (a new state, a new program)."""
    source = _pack(session, pack_id)
    pack = RulePack(
        name=_check_name(session, new_name, None),
        description=source.description,
        rules=validate_rules(dict(source.rules or {})),
        builtin=False,
    )
    session.add(pack)
    session.flush()
    audit.record(
        session,
        "rule_pack.copy",
        "rule_pack",
        pack.id,
        after={"name": pack.name, "copied_from": source.id, "rules": pack.rules},
    )
    return pack.id
