"""Undoing an import batch: fields restored, created people removed or archived, audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, delete, exists, or_, select, update
from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.models import (
    Assignment,
    Campus,
    Checkin,
    CheckinAttendee,
    Enrollment,
    ImportBatch,
    ImportRow,
    ImportStatus,
    MentorProfile,
    Person,
    PersonStatus,
    RosterEntry,
    RowAction,
)
from coordinator.errors import NotFoundError, RefusedError
from coordinator.importing.roster.apply import now
from coordinator.importing.roster.bulk import table_of, update_rows
from coordinator.importing.roster.plan import PERSON_FIELDS
from coordinator.importing.roster.snapshot import forget_snapshot
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services import audit
from coordinator.services.audit import jsonable
from coordinator.services.safety.backups import backup_before

_DATE_FIELDS = {"hire_date", "left_on"}


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    restored: int
    removed: int
    archived: int
    enrollments_removed: int
    campuses_removed: int
    edited_since: int = 0  # people edited after the import: their later edits were kept
    message: str = ""  # a review of possible duplicates says what its undo did in words

    def summary(self) -> str:
        if self.message:
            return self.message
        line = (
            f"Undid batch {self.batch_id}: restored={self.restored} removed={self.removed} "
            f"archived={self.archived} enrollments_removed={self.enrollments_removed}"
        )
        return f"{line} edited_since={self.edited_since}" if self.edited_since else line


def undo_batch(db: Database, batch_id: int, progress: Progress = NO_PROGRESS) -> UndoResult:
    """Undo one applied roster batch in one transaction."""
    backup_before(db, "undo import")
    with db.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(f"There is no import batch {batch_id} (coordinator import list).")
        if batch.status != ImportStatus.APPLIED:
            raise RefusedError(f"Import batch {batch_id} was already undone.")
        if (batch.mapping or {}).get("review"):  # a merge or keep-both from the review list
            from coordinator.services.duplicates.merge import undo_review

            return UndoResult(batch_id, 0, 0, 0, 0, 0, message=undo_review(session, batch))
        _refuse_if_later_batch_touched(session, batch_id)
        conn = session.connection()
        progress.step(0, 3, "Removing enrollments")
        enrollments = conn.execute(delete(Enrollment).where(Enrollment.batch_id == batch_id))
        forget_snapshot(conn, batch_id)
        progress.step(1, 3, "Restoring changed people")
        restored, edited_since = _restore_changed(conn, batch_id)
        progress.step(2, 3, "Removing people the import added")
        removed, archived = _remove_created(conn, batch_id)
        campuses = _remove_created_campuses(conn, batch.mapping.get("created_campus_ids") or [])
        result = UndoResult(
            batch_id,
            restored,
            removed,
            archived,
            int(enrollments.rowcount or 0),
            campuses,
            edited_since,
        )
        batch.status = ImportStatus.UNDONE
        batch.undone_at = now()
        audit.record(
            session,
            "import.undo",
            "import_batch",
            batch_id,
            before={"status": "applied"},
            after={
                "status": "undone",
                "restored": restored,
                "removed": removed,
                "archived": archived,
            },
            batch_id=batch_id,
        )
        progress.step(3, 3, "Saving")
    return result


def _refuse_if_later_batch_touched(session: Session, batch_id: int) -> None:
    mine = select(ImportRow.person_id).where(
        ImportRow.batch_id == batch_id,
        ImportRow.action.in_((RowAction.NEW, RowAction.CHANGED)),
    )
    later = session.scalar(
        select(ImportRow.batch_id)
        .join(ImportBatch, ImportBatch.id == ImportRow.batch_id)
        .where(
            ImportRow.batch_id > batch_id,
            ImportBatch.status == ImportStatus.APPLIED,
            ImportRow.action.in_((RowAction.NEW, RowAction.CHANGED)),
            ImportRow.person_id.in_(mine),
        )
        .limit(1)
    )
    if later is not None:
        raise RefusedError(
            f"Import batch {later} changed some of the same people after batch {batch_id}. "
            f"Undo batch {later} first, then batch {batch_id}."
        )


def _restore_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _DATE_FIELDS:
        return dt.date.fromisoformat(value)
    if name == "updated_at":
        return dt.datetime.fromisoformat(value)
    if name == "status":
        return PersonStatus(value)
    return value


_RESTORED = (*PERSON_FIELDS, "campus_id", "status", "left_on", "version", "updated_at")
_COLUMNS_OF = {"campus": ("campus_id",), "status": ("status", "left_on")}


def _restore_changed(conn: Connection, batch_id: int) -> tuple[int, int]:
    """Put changed people back; (restored, edited since the import).

    A person nobody touched since the import gets every field, version and time stamp back
    exactly. A person edited since gets back only the fields this import set that still hold
    what it set, so a later edit is never overwritten.
    """
    person = table_of(Person)
    current_columns = [person.c[c] for c in _RESTORED]
    query = (
        select(ImportRow.person_id, ImportRow.before, ImportRow.after, *current_columns)
        .join(person, person.c.id == ImportRow.person_id)
        .where(ImportRow.batch_id == batch_id, ImportRow.action == RowAction.CHANGED)
    )
    exact, edited = [], 0
    for row in conn.execute(query):
        saved, after = row.before["restore"], row.after or {}
        current = dict(zip(_RESTORED, row[3:], strict=True))
        if current["version"] == saved["version"] + 1:
            exact.append((*(_restore_value(c, saved[c]) for c in _RESTORED), row.person_id))
            continue
        edited += 1
        _restore_untouched_fields(conn, row.person_id, saved, after, current)
    update_rows(conn, person, _RESTORED, exact)
    return len(exact) + edited, edited


def _restore_untouched_fields(
    conn: Connection,
    person_id: int,
    saved: dict[str, Any],
    after: dict[str, Any],
    current: dict[str, Any],
) -> None:
    values: dict[str, Any] = {}
    for field in after:
        if field == "campus_id" or field == "left_on":
            continue
        columns = _COLUMNS_OF.get(field, (field,))
        set_by_import = after.get("campus_id") if field == "campus" else after[field]
        if jsonable(current[columns[0]]) == set_by_import:
            values.update({c: _restore_value(c, saved[c]) for c in columns})
    if values:
        conn.execute(
            update(table_of(Person))
            .where(table_of(Person).c.id == person_id)
            .values(**values, version=current["version"] + 1, updated_at=now())
        )


def _still_referenced(batch_id: int) -> Any:
    """True for people created by this batch that other records point to."""
    p = table_of(Person).c
    other = table_of(Person).alias("other_person")
    return or_(
        exists().where(Enrollment.person_id == p.id),
        exists().where(or_(Assignment.mentee_id == p.id, Assignment.mentor_id == p.id)),
        exists().where(Checkin.mentor_id == p.id),
        exists().where(CheckinAttendee.mentee_id == p.id),
        exists().where(MentorProfile.person_id == p.id),
        exists().where(ImportRow.person_id == p.id, ImportRow.batch_id != batch_id),
        exists().where(RosterEntry.person_id == p.id),  # listed by another roster
        exists().where(or_(other.c.supervisor_id == p.id, other.c.appraiser_id == p.id)),
    )


def _remove_created(conn: Connection, batch_id: int) -> tuple[int, int]:
    table = table_of(Person)
    created = table.c.created_batch_id == batch_id
    # People edited since the import are kept (archived) so the coordinator's edits survive.
    referenced = or_(_still_referenced(batch_id), table.c.version != 1)
    archived = (
        conn.execute(
            update(table)
            .where(and_(created, referenced))
            .values(status=PersonStatus.ARCHIVED, version=table.c.version + 1, updated_at=now())
        ).rowcount
        or 0
    )
    doomed = select(table.c.id).where(created, table.c.status != PersonStatus.ARCHIVED)
    conn.execute(
        update(ImportRow)
        .where(ImportRow.batch_id == batch_id, ImportRow.person_id.in_(doomed))
        .values(person_id=None)
    )
    removed = (
        conn.execute(delete(table).where(created, table.c.status != PersonStatus.ARCHIVED)).rowcount
        or 0
    )
    return int(removed), int(archived)


def _remove_created_campuses(conn: Connection, campus_ids: list[int]) -> int:
    if not campus_ids:
        return 0
    unused = ~exists().where(Person.campus_id == Campus.id) & ~exists().where(
        RosterEntry.campus_id == Campus.id
    )
    result = conn.execute(delete(Campus).where(Campus.id.in_(campus_ids), unused))
    return int(result.rowcount or 0)
