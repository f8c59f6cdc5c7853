"""Applying an import plan in one transaction, recorded as a batch with per-row provenance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session

from coordinator.db.locks import hold_imports
from coordinator.db.models import (
    Campus,
    CampusLevel,
    ImportBatch,
    ImportKind,
    ImportRow,
    ImportStatus,
    Person,
    PersonStatus,
    RowAction,
)
from coordinator.importing.roster.bulk import insert_rows, table_of, to_sqlite, update_rows
from coordinator.importing.roster.departures import mark_departures
from coordinator.importing.roster.enroll import (
    EnrollTarget,
    enroll_note,
    enroll_people,
    people_to_enroll,
)
from coordinator.importing.roster.plan import (
    PERSON_FIELDS,
    ImportPlan,
    PlannedPerson,
    restore_point,
)
from coordinator.importing.roster.snapshot import campus_of, record_snapshot
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services import audit
from coordinator.tools.text import count_of

_NEW_PERSON_COLUMNS = (
    *PERSON_FIELDS,
    "campus_id",
    "status",
    "created_batch_id",
    "created_at",
    "updated_at",
    "version",
)
_PLAIN_FIELDS = tuple(f for f in PERSON_FIELDS if f != "hire_date")  # text or whole numbers
assert _NEW_PERSON_COLUMNS[: len(PERSON_FIELDS)] == PERSON_FIELDS
_ROW_COLUMNS = ("batch_id", "row_number", "action", "person_id", "before", "after")
CHUNK = 20_000


@dataclass(frozen=True)
class BatchSource:
    """Where the rows came from, kept on the import batch."""

    file_name: str
    sha256: str
    sheet: str
    mapping: dict[str, Any]


@dataclass
class ApplyResult:
    counts: dict[str, int]
    batch_id: int | None
    enrolled: int = 0
    new_campuses: list[str] = field(default_factory=list)
    message: str = ""
    # People the file would change whom someone else edited since the preview: left as they are.
    edited_since_preview: list[int] = field(default_factory=list)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _json_values(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}


def write_plan(
    session: Session,
    plan: ImportPlan,
    source: BatchSource,
    *,
    enroll: EnrollTarget | None = None,
    mark_left: Collection[int] = (),
    roster_date: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
    seen: dict[int, int] | None = None,
    before_writing: Callable[[], object] | None = None,
) -> ApplyResult:
    """Write what the plan says inside the caller's transaction; nothing is written if no change.

    `seen` holds each person's version as the preview read them: someone the file would change
    who was edited since (in the window, on the command line, by another coordinator) is left as
    they are and reported, never overwritten; so is one edited while this plan was being made.

    `mark_left` names people from the plan's "not in this file" list to mark as having left.
    `roster_date` is the day the roster describes (today when not given): its snapshot of who
    was listed is what retention reads. The caller planned inside `hold_imports` (taken again
    here, which is harmless) so no other import wrote between its plan and this write.
    `before_writing` runs once it is clear something will be written, before the first write
    (the backup before an import: an import that changes nothing makes none).
    """
    hold_imports(session)
    conn = session.connection()
    kept = edited_since(conn, plan, seen or {})
    if kept:
        held = {id(p) for p in kept}
        plan.changed = [p for p in plan.changed if id(p) not in held]
    enroll_ids = people_to_enroll(conn, plan, enroll) if enroll else []
    leaving = {m.person_id for m in plan.missing} & set(mark_left)
    counts = plan.counts()
    edited = [p.person_id for p in kept if p.person_id is not None]
    # A new file that leaves people out says who is gone: its roster snapshot is news.
    gone = bool(plan.missing) and _earlier_batch(session, source) is None
    if not plan.changes_anything and not enroll_ids and not leaving and not gone:
        message = _nothing_message(session, plan, source) + _kept_words(edited)
        return ApplyResult(counts, None, message=message, edited_since_preview=edited)
    if before_writing is not None:
        before_writing()
    stamp = now()
    batch_id = _create_batch(session, source, counts, stamp)
    progress.step(0, 4, "Creating campuses")
    created_campuses = _create_campuses(conn, plan, batch_id)
    progress.step(1, 4, "Adding new people")
    new_ids = _insert_new_people(conn, plan, batch_id, stamp)
    progress.step(2, 4, "Updating changed people")
    _update_changed_people(conn, plan, stamp)
    _insert_new_provenance(conn, plan, batch_id, new_ids)
    rows = _provenance_rows(plan, batch_id)
    rows += mark_departures(conn, plan, sorted(leaving), batch_id, stamp)
    record_snapshot(conn, plan, batch_id, new_ids, roster_date or dt.date.today())
    for start in range(0, len(rows), CHUNK):
        insert_rows(
            conn,
            table_of(ImportRow),
            _ROW_COLUMNS,
            rows[start : start + CHUNK],
            convert=("before", "after"),
        )
    progress.step(3, 4, "Enrolling")
    enrolled = 0
    if enroll is not None:
        enroll_ids = people_to_enroll(conn, plan, enroll, new_ids)
        enroll_people(conn, enroll, enroll_ids, batch_id, dt.date.today())
        enrolled = len(enroll_ids)
    counts = {**counts, "enrolled": enrolled, "marked_left": len(leaving)}
    session.execute(
        update(ImportBatch)
        .where(ImportBatch.id == batch_id)
        .values(
            counts=counts,
            mapping={
                **source.mapping,
                "created_campus_ids": created_campuses,
                "enroll": enroll_note(enroll),
            },
        )
    )
    audit.record(session, "import.apply", "import_batch", batch_id, after=counts, batch_id=batch_id)
    progress.step(4, 4, "Saving")
    return ApplyResult(
        counts,
        batch_id,
        enrolled,
        plan.new_campuses,
        f"Imported as batch {batch_id}.{_kept_words(edited)}",
        edited,
    )


def _kept_words(edited: list[int]) -> str:
    if not edited:
        return ""
    return (
        f" {count_of(len(edited), 'person', 'people')} the file would change "
        f"{'was' if len(edited) == 1 else 'were'} edited by someone else since the preview and "
        f"{'was' if len(edited) == 1 else 'were'} left as they are; import the file again to "
        "update them."
    )


def _earlier_batch(session: Session, source: BatchSource) -> int | None:
    """The latest applied batch of this very file, if it was imported before."""
    return session.scalar(
        select(func.max(ImportBatch.id)).where(
            ImportBatch.content_hash == source.sha256, ImportBatch.status == ImportStatus.APPLIED
        )
    )


def _nothing_message(session: Session, plan: ImportPlan, source: BatchSource) -> str:
    earlier = _earlier_batch(session, source)
    seen = f" This file was already imported as batch {earlier}." if earlier else ""
    return (
        "Nothing to change: "
        + count_of(
            len(plan.unchanged),
            "person in the file already matches",
            "people in the file already match",
        )
        + f" the database.{seen}"
    )


def _create_batch(
    session: Session, source: BatchSource, counts: dict[str, int], stamp: dt.datetime
) -> int:
    batch = ImportBatch(
        kind=ImportKind.ROSTER,
        file_name=source.file_name,
        content_hash=source.sha256,
        sheet=source.sheet or None,
        mapping=source.mapping,
        counts=counts,
        status=ImportStatus.APPLIED,
        actor=audit.current_actor(session),
        created_at=stamp,
    )
    session.add(batch)
    session.flush()
    return batch.id


_LEVEL_WORDS = (
    ("elementary", CampusLevel.ELEMENTARY),
    ("primary", CampusLevel.ELEMENTARY),
    ("middle", CampusLevel.MIDDLE),
    ("junior high", CampusLevel.MIDDLE),
    ("intermediate", CampusLevel.MIDDLE),
    ("high", CampusLevel.HIGH),
)


def campus_level(name: str) -> CampusLevel:
    """Elementary, middle or high from the campus name ("Travis Middle" is middle), else other."""
    words = " ".join(name.casefold().replace("-", " ").split())
    for word, level in _LEVEL_WORDS:
        if f" {word} " in f" {words} ":
            return level
    return CampusLevel.OTHER


def _create_campuses(conn: Connection, plan: ImportPlan, batch_id: int) -> list[int]:
    """Campuses the file names that the database does not have yet, by name (and code)."""
    created = []
    for name in plan.new_campuses:
        code = plan.new_campus_codes.get(name.casefold())
        cid = conn.execute(
            table_of(Campus)
            .insert()
            .values(name=name, code=code, level=campus_level(name), version=1)
        ).inserted_primary_key
        assert cid is not None
        plan.campus_ids[name.casefold()] = int(cid[0])
        created.append(int(cid[0]))
    return created


def _insert_new_people(
    conn: Connection, plan: ImportPlan, batch_id: int, stamp: dt.datetime
) -> dict[int, int]:
    """Insert new people in bulk; returns file row -> new person id."""
    if not plan.new:
        return {}
    # The time stamp is the same on every row: convert it once, not once per row.
    sqlite = conn.dialect.name == "sqlite"
    when: Any = to_sqlite(stamp) if sqlite else stamp
    tail = (PersonStatus.ACTIVE.value, batch_id, when, when, 1)
    if sqlite:
        # The write lock is held (BEGIN IMMEDIATE), so the next ids are ours to hand out.
        first = int(conn.execute(select(func.coalesce(func.max(Person.id), 0))).scalar_one()) + 1
        ids = {p.row: first + n for n, p in enumerate(plan.new)}
        # The hire date last of the fields, made ISO text as the row is built: one pass, not two.
        columns: tuple[str, ...] = ("id", *_PLAIN_FIELDS, "hire_date", *_NEW_PERSON_COLUMNS[-6:])
        rows = [
            (
                ids[p.row],
                *map(p.values.get, _PLAIN_FIELDS),
                None
                if (hired := p.values.get("hire_date")) is None
                else hired.isoformat()
                if type(hired) is dt.date
                else to_sqlite(hired),
                campus_of(plan, p, None),
                *tail,
            )
            for p in plan.new
        ]
        for start in range(0, len(rows), CHUNK):
            insert_rows(conn, table_of(Person), columns, rows[start : start + CHUNK], convert=())
        return ids
    columns = _NEW_PERSON_COLUMNS
    rows = [(*map(p.values.get, PERSON_FIELDS), campus_of(plan, p, None), *tail) for p in plan.new]
    for start in range(0, len(rows), CHUNK):
        insert_rows(
            conn, table_of(Person), columns, rows[start : start + CHUNK], convert=("hire_date",)
        )
    return _new_ids(conn, plan, batch_id)


def _new_ids(conn: Connection, plan: ImportPlan, batch_id: int) -> dict[int, int]:
    """File row -> id of the person it created, read back after the insert."""
    by_id, by_email = {}, {}
    for pid, emp, email in conn.execute(
        select(Person.id, Person.employee_id, Person.email).where(
            Person.created_batch_id == batch_id
        )
    ):
        if emp:
            by_id[emp] = pid
        elif email:
            by_email[email.casefold()] = pid
    return {
        p.row: (
            by_id[p.values["employee_id"]]
            if p.values.get("employee_id")
            else by_email[p.values["email"].casefold()]
        )
        for p in plan.new
    }


def seen_versions(plan: ImportPlan) -> dict[int, int]:
    """Each person's version as this plan read them (for a preview: what the coordinator saw)."""
    return {person_id: int(row["version"]) for person_id, row in plan.existing.items()}


def edited_since(conn: Connection, plan: ImportPlan, seen: dict[int, int]) -> list[PlannedPerson]:
    """The changed people someone else edited since their version was read (the preview, or
    this plan): locked until the import commits on PostgreSQL (SELECT ... FOR UPDATE), so none
    can be edited between this check and the update; SQLite's write lock is already held."""
    ids = [p.person_id for p in plan.changed if p.person_id is not None]
    current: dict[int, int] = {}
    people = table_of(Person)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        query = select(people.c.id, people.c.version).where(people.c.id.in_(chunk))
        current.update({row[0]: row[1] for row in conn.execute(query.with_for_update())})
    return [
        p
        for p in plan.changed
        if p.person_id is not None
        and current.get(p.person_id) != seen.get(p.person_id, plan.existing[p.person_id]["version"])
    ]


def _update_changed_people(conn: Connection, plan: ImportPlan, stamp: dt.datetime) -> None:
    rows = []
    for person in plan.changed:
        assert person.person_id is not None
        current = plan.existing[person.person_id]
        values = {f: person.values.get(f, current[f]) for f in PERSON_FIELDS}
        campus = campus_of(plan, person, current["campus_id"])
        left_on = current["left_on"] if current["status"] == PersonStatus.ACTIVE else None
        rows.append(
            (
                *values.values(),
                campus,
                PersonStatus.ACTIVE,
                left_on,
                current["version"] + 1,
                stamp,
                person.person_id,
            )
        )
    columns = (*PERSON_FIELDS, "campus_id", "status", "left_on", "version", "updated_at")
    update_rows(conn, table_of(Person), columns, rows)


_NEW_ROW_COLUMNS = ("batch_id", "row_number", "action", "person_id")


def _insert_new_provenance(
    conn: Connection, plan: ImportPlan, batch_id: int, new_ids: dict[int, int]
) -> None:
    """Each new person's provenance: the batch and the file row that created them.

    The values themselves are the person's own row (created by this batch, `created_batch_id`),
    so they are not copied again as JSON; an undo removes the batch's people by that id."""
    new = RowAction.NEW.value
    rows = [(batch_id, p.row, new, new_ids[p.row]) for p in plan.new]
    for start in range(0, len(rows), CHUNK):
        insert_rows(
            conn, table_of(ImportRow), _NEW_ROW_COLUMNS, rows[start : start + CHUNK], convert=()
        )


def _provenance_rows(plan: ImportPlan, batch_id: int) -> list[tuple[Any, ...]]:
    """Provenance of the changed rows (with what an undo restores), held and invalid rows."""
    rows: list[tuple[Any, ...]] = []
    for p in plan.changed:
        assert p.person_id is not None
        current = plan.existing[p.person_id]
        before = restore_point(current)
        after = {c.field: c.after for c in p.changes}
        if "campus" in after:  # the id too, so an undo can tell whether it was changed since
            after["campus_id"] = campus_of(plan, p, current["campus_id"])
        rows.append(
            (
                batch_id,
                p.row,
                RowAction.CHANGED.value,
                p.person_id,
                {"restore": before, "diff": {c.field: c.before for c in p.changes}},
                _json_values(after),
            )
        )
    rows.extend(
        (
            batch_id,
            h.row,
            RowAction.DUPLICATE.value,
            h.other_person_id,
            None,
            {**_json_values(h.values), "reason": h.reason},
        )
        for h in plan.duplicates
    )
    rows.extend(
        (batch_id, p.row or 0, RowAction.INVALID.value, None, None, None)
        for p in _invalid_rows(plan)
    )
    return rows


@dataclass(frozen=True)
class _InvalidRow:
    row: int | None


def _invalid_rows(plan: ImportPlan) -> list[_InvalidRow]:
    rows = sorted({p.row for p in plan.problems if p.row is not None})
    return [_InvalidRow(r) for r in rows]
