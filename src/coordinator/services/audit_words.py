"""The audit log in a coordinator's words: what happened as a sentence, fields by their names.

"Logged a group meeting for 28 mentees", "Matched 300 mentees", "Mentor: Ana Björk" — never
`checkin.add`, `program_year_id: 2` or "(import 2)". Ids in the stored values are looked up once
for all the lines shown (people, program years, programs, rule packs, topics, imports).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.enums import CHECKIN_KIND_LABELS, CheckinKind
from coordinator.db.models import ImportBatch, Person, Program, ProgramYear, RulePack, Topic

# A field's name on screen; a field not listed is written from its key ("end_reason": "End reason").
FIELD_LABELS = {
    "program_year_id": "Program year",
    "program_id": "Program",
    "person_id": "Person",
    "mentor_id": "Mentor",
    "mentee_id": "Mentee",
    "rule_pack_id": "Rule pack",
    "occurred_on": "Date",
    "kind": "Kind",
    "minutes": "Minutes",
    "attendees": "Mentees",
    "absent": "Absent",
    "topics": "Topics",
    "next_steps": "Next steps",
    "follow_up_on": "Follow up on",
    "private_notes_chars": "Private notes (length)",
    "private_notes": "Private notes",
    "source": "Entered by",
    "start_date": "Start",
    "end_date": "End",
    "label": "Year",
    "year_in_program": "Year in program",
    "match_weights": "Match weights",
    "years_experience": "Years of experience",
    "teaches_six_hours": "Teaches six hours",
    "capacity": "Capacity",
    "completed_on": "Completed on",
    "copied_from": "Copied from",
    "total_score": "Total score",
    "marked_left": "Marked as left",
    "first_name": "First name",
    "last_name": "Last name",
    "preferred_name": "Preferred name",
    "employee_id": "Employee ID",
    "email": "E-mail",
    "grade": "Grade level",
    "hire_date": "Hire date",
    "left_on": "Left on",
    "ended_on": "Ended on",
}

# Labels that keep their capitals inside a sentence ("Changed the Employee ID and e-mail").
KEEP_CAPITALS = {"employee_id"}
# Fields whose values are ids of people, or lists of them.
PERSON_FIELDS = {"person_id", "mentor_id", "mentee_id", "attendees", "absent"}
# Other fields holding ids, and what they are ids of.
FIELD_LOOKUPS = {
    "program_year_id": "years",
    "program_id": "programs",
    "rule_pack_id": "packs",
    "copied_from": "packs",
    "topics": "topics",
}
# Records the log is about, and where their names are looked up.
ENTITY_LOOKUPS = {
    "import_batch": "imports",
    "program": "programs",
    "program_year": "years",
    "rule_pack": "packs",
    "topic": "topics",
}


def field_label(key: str) -> str:
    return FIELD_LABELS.get(key, key.replace("_", " ").capitalize())


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 mentee", "2 mentees", "1,200 mentees"."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


@dataclass
class Names:
    """What ids in the audit log stand for, looked up once for a page of lines."""

    people: dict[int, str] = field(default_factory=dict)
    years: dict[int, str] = field(default_factory=dict)
    programs: dict[int, str] = field(default_factory=dict)
    packs: dict[int, str] = field(default_factory=dict)
    topics: dict[int, str] = field(default_factory=dict)
    imports: dict[int, str] = field(default_factory=dict)

    def person(self, value: Any) -> str:
        return self.people.get(value, "a person no longer in the database")

    def import_batch(self, batch_id: int) -> str:
        return self.imports.get(batch_id, "an import")


def _local_day(at: dt.datetime) -> dt.date:
    """The local day of a naive UTC time as the database keeps it."""
    return at.replace(tzinfo=dt.UTC).astimezone().date()


def _ids(values: Iterable[Any]) -> set[int]:
    found: set[int] = set()
    for value in values:
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            found.add(value)
        elif isinstance(value, list):
            found |= {v for v in value if isinstance(v, int) and not isinstance(v, bool)}
    return found


def look_up_names(session: Session, entries: Iterable[Any]) -> Names:
    """Names for the ids that `entries` (rows with before, after, person_id, batch_id) mention."""
    wanted: dict[str, set[int]] = {k: set() for k in ENTITY_LOOKUPS.values()}
    wanted["people"] = set()
    for entry in entries:
        for side in (entry.before or {}, entry.after or {}):
            for key, value in side.items():
                group = "people" if key in PERSON_FIELDS else FIELD_LOOKUPS.get(key)
                if group is not None:
                    wanted[group] |= _ids([value])
        if entry.person_id is not None:
            wanted["people"].add(entry.person_id)
        if entry.batch_id is not None:
            wanted["imports"].add(entry.batch_id)
        group = ENTITY_LOOKUPS.get(entry.entity)
        if group is not None and entry.entity_id is not None:
            wanted[group].add(entry.entity_id)
    names = Names()
    if wanted["people"]:
        for p in session.scalars(select(Person).where(Person.id.in_(wanted["people"]))):
            names.people[p.id] = p.display_name
    if wanted["years"]:
        years = session.execute(
            select(ProgramYear.id, Program.name, ProgramYear.label)
            .join(Program, Program.id == ProgramYear.program_id)
            .where(ProgramYear.id.in_(wanted["years"]))
        )
        names.years = {i: f"{program} {label}" for i, program, label in years}
    if wanted["programs"]:
        programs = select(Program.id, Program.name).where(Program.id.in_(wanted["programs"]))
        names.programs = dict(session.execute(programs).all())
    if wanted["packs"]:
        packs = select(RulePack.id, RulePack.name).where(RulePack.id.in_(wanted["packs"]))
        names.packs = dict(session.execute(packs).all())
    if wanted["topics"]:
        topics = select(Topic.id, Topic.name).where(Topic.id.in_(wanted["topics"]))
        names.topics = dict(session.execute(topics).all())
    if wanted["imports"]:
        imports = select(ImportBatch.id, ImportBatch.file_name, ImportBatch.created_at).where(
            ImportBatch.id.in_(wanted["imports"])
        )
        names.imports = {
            i: f"the import of {file_name} on {_local_day(at):%Y-%m-%d}"
            for i, file_name, at in session.execute(imports)
        }
    return names


def value_words(key: str, value: Any, names: Names) -> str:
    """One stored value as the coordinator knows it: a name for an id, a label for a code."""
    if value is None or value == "" or value == []:
        return "—"
    if key in PERSON_FIELDS:
        if isinstance(value, list):
            return ", ".join(names.person(v) for v in value)
        return names.person(value)
    lookups: dict[str, Mapping[int, str]] = {
        "program_year_id": names.years,
        "program_id": names.programs,
        "rule_pack_id": names.packs,
        "copied_from": names.packs,
    }
    if key in lookups and isinstance(value, int):
        return lookups[key].get(value, "one no longer in the database")
    if key == "topics" and isinstance(value, list):
        return ", ".join(
            names.topics.get(v, str(v)) if isinstance(v, int) else str(v) for v in value
        )
    if key == "kind" and value in CheckinKind._value2member_map_:
        return CHECKIN_KIND_LABELS[CheckinKind(value)]
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, str):
        return value.replace("_", " ") if key in ("status", "role", "end_reason") else value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{field_label(str(k))}: {v}" for k, v in value.items())
    return str(value)


def _count(values: Mapping[str, Any] | None, key: str) -> int:
    value = (values or {}).get(key)
    return len(value) if isinstance(value, list) else int(value or 0)


def _kind_words(values: Mapping[str, Any]) -> str:
    kind = str(values.get("kind"))
    if kind == CheckinKind.GROUP:
        return "a group meeting"
    if kind in CheckinKind._value2member_map_:
        return f"a check-in ({CHECKIN_KIND_LABELS[CheckinKind(kind)].lower()})"
    return "a check-in"


Sentence = Callable[[Any, Names], str]


def _checkin_add(e: Any, names: Names) -> str:
    after = e.after or {}
    return f"Logged {_kind_words(after)} for {plural(_count(after, 'attendees'), 'mentee')}"


def _checkin_edit(e: Any, names: Names) -> str:
    day = (e.after or e.before or {}).get("occurred_on")
    return f"Changed {_kind_words(e.after or {})} of {day}" if day else "Changed a check-in"


def _checkin_delete(e: Any, names: Names) -> str:
    day = (e.before or {}).get("occurred_on")
    return f"Deleted {_kind_words(e.before or {})} of {day}" if day else "Deleted a check-in"


def _assign(e: Any, names: Names) -> str:
    mentor = (e.after or {}).get("mentor_id")
    to = f" to {names.person(mentor)}" if mentor is not None else ""
    copied = (e.after or {}).get("copied")
    return f"Assigned a mentor{to}" + (f" (copied forward from {copied})" if copied else "")


def _person_edit(e: Any, names: Names) -> str:
    keys = [k for k in (e.after or {}) if k != "version"]
    shown = [field_label(k) if k in KEEP_CAPITALS else field_label(k).lower() for k in keys]
    if not shown:
        return "Changed a person's details"
    listed = ", ".join(shown[:-1]) + (" and " if len(shown) > 1 else "") + shown[-1]
    return f"Changed the {listed}"


def _assignment_end(e: Any, names: Names) -> str:
    after = e.after or {}
    day = f" on {after['end_date']}" if after.get("end_date") else ""
    why = f": {value_words('end_reason', r, names)}" if (r := after.get("end_reason")) else ""
    return f"Ended the mentor assignment{day}{why}"


ENDINGS = {
    "withdrawn": "Withdrew from the program",
    "completed": "Completed the program",
    "left_district": "Left the program (left the district)",
}


def _enrollment_end(e: Any, names: Names) -> str:
    after = e.after or {}
    what = ENDINGS.get(str(after.get("status")), "Ended an enrollment")
    day = f" on {after['ended_on']}" if after.get("ended_on") else ""
    reason = str(after.get("end_reason") or "")
    shown = value_words("end_reason", reason, names)
    # "Completed the program: completed the program" says nothing twice.
    why = f": {shown}" if reason and shown.lower() not in what.lower() else ""
    return f"{what}{day}{why}"


def _import_apply(e: Any, names: Names) -> str:
    after = e.after or {}
    counts = ", ".join(
        plural(_count(after, key), *words)
        for key, words in (("new", ("new person", "new people")), ("changed", ("change",)))
        if _count(after, key)
    )
    what = names.import_batch(e.entity_id).removeprefix("the import of ")
    return f"Imported {what}" + (f": {counts}" if counts else "")


def _name_of(e: Any, lookup: Mapping[int, str], fallback: str) -> str:
    values = e.after or e.before or {}
    name = values.get("name") or values.get("label")
    if name:
        return str(name)
    return lookup.get(e.entity_id, fallback) if e.entity_id is not None else fallback


def _nudge(e: Any, names: Names) -> str:
    from coordinator.services.week.nudge_templates import NudgeReason

    after = e.after or {}
    who = "mentee" if after.get("to") == "mentees" else "mentor"
    raw = str(after.get("why") or "")
    why = NudgeReason(raw).label if raw in NudgeReason._value2member_map_ else raw.strip()
    return f"Wrote a nudge to {plural(_count(after, 'people'), who)}" + (f" ({why})" if why else "")


SENTENCES: dict[tuple[str, str], Sentence] = {
    ("nudge", "nudge"): _nudge,
    ("checkin.add", "checkin"): _checkin_add,
    ("checkin.edit", "checkin"): _checkin_edit,
    ("checkin.delete", "checkin"): _checkin_delete,
    ("match_all", "match_batch"): lambda e, n: (
        f"Matched {plural(_count(e.after, 'pairs'), 'mentee')} with mentors (Match all)"
    ),
    ("undo_match", "match_batch"): lambda e, n: (
        f"Undid a Match all: {plural(_count(e.after, 'removed'), 'assignment')} removed"
    ),
    ("assign", "assignment"): _assign,
    ("end", "assignment"): _assignment_end,
    ("end", "enrollment"): _enrollment_end,
    ("add", "person"): lambda e, n: f"Added {n.person(e.entity_id)} by hand",
    ("edit", "person"): _person_edit,
    ("enroll", "enrollment"): lambda e, n: (
        f"Enrolled as {value_words('role', (e.after or {}).get('role'), n)} in "
        f"{value_words('program_year_id', (e.after or {}).get('program_year_id'), n)}"
    ),
    ("left_district", "person"): lambda e, n: "Marked as having left the district",
    ("create", "program"): lambda e, n: f"Created the program {_name_of(e, n.programs, '')}",
    ("edit", "program"): lambda e, n: f"Changed the program {_name_of(e, n.programs, '')}",
    ("edit topics", "program"): lambda e, n: (
        f"Changed the topics of {n.programs.get(e.entity_id, 'a program')}"
    ),
    ("create", "program_year"): lambda e, n: (
        f"Created the program year {n.years.get(e.entity_id, _name_of(e, {}, ''))}"
    ),
    ("edit", "mentor_profile"): lambda e, n: "Changed a mentor profile",
    ("add", "mentor_training"): lambda e, n: f"Added the training {_name_of(e, {}, '')}",
    ("remove", "mentor_training"): lambda e, n: f"Removed the training {_name_of(e, {}, '')}",
    ("edit", "mentor_training"): lambda e, n: f"Changed the training {_name_of(e, {}, '')}",
    ("rule_pack.edit", "rule_pack"): lambda e, n: (
        f"Changed the rule pack {_name_of(e, n.packs, '')}"
    ),
    ("pay_run.approve", "pay_run"): lambda e, n: (
        f"Approved and locked pay run {e.entity_id}: "
        f"{_people((e.after or {}).get('people', 0))}, {_money(e, 'total_cents')}"
    ),
    ("pay_run.adjust", "pay_run"): lambda e, n: (
        f"Adjusted the next pay run by {_money(e, 'amount_cents')}: "
        f"{(e.after or {}).get('reason', '')}"
    ),
    ("pay_run.unadjust", "pay_run"): lambda e, n: "Took an adjustment out of the next pay run",
    ("pay_run.reverse", "pay_run"): lambda e, n: (
        f"Reversed pay run {(e.after or {}).get('reverses_run_id')}: "
        f"{(e.after or {}).get('reason', '')}"
    ),
    ("ledger.add", "ledger_entry"): lambda e, n: (
        f"Recorded {_money(e, 'amount_cents')} of "
        f"{_category_words((e.after or {}).get('category'))}"
    ),
    ("budget.set", "allotment_budget"): lambda e, n: "Set the year's allotment",
    ("campus_coordinator.set", "campus_coordinator"): lambda e, n: (
        f"Made campus coordinator of {(e.after or {}).get('campus') or 'a campus'}"
    ),
    ("campus_coordinator.remove", "campus_coordinator"): lambda e, n: (
        f"No longer campus coordinator of {(e.before or {}).get('campus') or 'a campus'}"
    ),
    ("payroll_profile.save", "payroll_profile"): lambda e, n: (
        f"Saved the payroll profile {(e.after or {}).get('name', '')}"
    ),
    ("rule_pack.copy", "rule_pack"): lambda e, n: (
        f"Copied a rule pack as {_name_of(e, n.packs, '')}"
    ),
    ("import.apply", "import_batch"): _import_apply,
    ("import.undo", "import_batch"): lambda e, n: f"Undid {n.import_batch(e.entity_id)}",
    ("person.merge", "person"): lambda e, n: (
        f"Merged {n.person((e.before or {}).get('person_id'))} into {n.person(e.entity_id)}"
        f" ({plural(_count(e.after, 'records_moved'), 'record')} moved)"
    ),
    ("person.merge_row", "person"): lambda e, n: (
        f"Settled row {(e.after or {}).get('row')} an import held as {n.person(e.entity_id)}"
    ),
    ("person.keep_both", "person"): lambda e, n: (
        f"Kept {n.person((e.before or {}).get('person_id'))} and"
        f" {n.person((e.after or {}).get('person_id'))}"
        " as two people"
    ),
    ("profile.save", "mapping_profile"): lambda e, n: (
        f"Saved the column mapping {_name_of(e, {}, '')}"
    ),
    ("update", "setting"): lambda e, n: _setting(e),
    ("close", "program_year"): lambda e, n: (
        f"Closed the year {n.years.get(e.entity_id, '')}: "
        f"{plural(_count(e.after, 'completed'), 'mentee')} completed".replace("  ", " ")
    ),
    ("close", "mentee_outcome"): lambda e, n: (
        f"Year closed: {_outcome_words((e.after or {}).get('outcome'))}"
    ),
    ("edit", "mentee_outcome"): lambda e, n: (
        "Changed the year's outcome"
        + (f" to {_outcome_words(o)}" if (o := (e.after or {}).get("outcome")) else "")
        + (
            f": {r}"
            if (r := (e.after or {}).get("reason") or (e.after or {}).get("certificate_reason"))
            else ""
        )
    ),
    ("override", "enrollment"): lambda e, n: (
        "Kept as a mentee though not a beginning teacher: "
        + str((e.after or {}).get("eligibility_override") or "")
    ),
    ("reopen", "enrollment"): lambda e, n: "Enrollment active again (the outcome was changed)",
    ("demo", "database"): lambda e, n: "Loaded the demo district",
    ("restore", "database"): lambda e, n: (
        f"Restored the database from the backup {(e.after or {}).get('backup', '')}".rstrip()
    ),
}


BACKUP_POLICY_KEYS = {"recent", "daily", "weekly", "monthly"}
VERBS = {"create": "Added", "add": "Added", "update": "Changed", "edit": "Changed"}
VERBS |= {"delete": "Deleted", "remove": "Removed"}
VERBS |= {"overwrite": "Saved over another coordinator's change to"}


def _outcome_words(value: Any) -> str:
    return str(value or "").replace("_", " ").replace("left district", "left the district")


def _setting(entry: Any) -> str:
    keys = set(entry.after or entry.before or {})
    if keys and keys <= BACKUP_POLICY_KEYS:
        return "Changed how many backups are kept"
    return "Changed the setting " + ", ".join(sorted(field_label(k).lower() for k in keys))


def _money(entry: Any, key: str) -> str:
    from coordinator.services.pay.money import money

    return money(int((entry.after or {}).get(key) or 0))


def _people(count: Any) -> str:
    from coordinator.tools.text import count_of

    return count_of(int(count or 0), "person", "people")


def _category_words(category: Any) -> str:
    from coordinator.services.pay.rules import CATEGORY_LABELS

    return CATEGORY_LABELS.get(str(category), str(category)).lower()


def sentence(entry: Any, names: Names, entity_label: str) -> str:
    """What happened, as a coordinator would say it."""
    make = SENTENCES.get((entry.action, entry.entity))
    if make is not None:
        return make(entry, names).rstrip()
    verb = VERBS.get(entry.action.rsplit(".", 1)[-1])
    label = entity_label.lower()
    if verb is not None:
        article = "an" if label[:1] in "aeiou" else "a"
        return f"{verb} {article} {label}"
    return f"{entry.action.replace('.', ' ').replace('_', ' ').capitalize()}: {label}"
