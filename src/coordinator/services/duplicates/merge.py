"""Settling a possible duplicate: merge B into A (one transaction, audited, undone) or keep both."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.models import (
    Assignment,
    Campus,
    ImportBatch,
    ImportKind,
    ImportRow,
    ImportStatus,
    MenteeOutcome,
    MentorProfile,
    Person,
    PersonStatus,
    ProgramYear,
)
from coordinator.errors import NotFoundError, RefusedError
from coordinator.services import audit
from coordinator.services.duplicates.moves import move_all, move_back
from coordinator.services.duplicates.queue import (
    REVIEW_FILE_NAME,
    DuplicatePair,
    PersonCard,
    find_pair,
)
from coordinator.services.safety.backups import backup_before


@dataclass(frozen=True)
class ReviewResult:
    batch_id: int
    done: str  # what was done, in a sentence

    @property
    def message(self) -> str:
        """The sentence and, for the command line, how to undo it."""
        return f"{self.done} Undo with 'coordinator import undo {self.batch_id}'."


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def person_by_key(session: Session, key: str) -> Person | None:
    """The person an employee ID (or, failing that, an e-mail) names."""
    person = session.scalar(select(Person).where(Person.employee_id == key.strip()))
    if person is None and "@" in key:
        person = session.scalar(
            select(Person)
            .where(func.lower(Person.email) == key.strip().casefold())
            .order_by(Person.status == PersonStatus.ARCHIVED, Person.id)
            .limit(1)
        )
    return person


def _review_batch(session: Session, what: str, mapping: dict[str, Any]) -> ImportBatch:
    batch = ImportBatch(
        kind=ImportKind.ROSTER,
        file_name=REVIEW_FILE_NAME,
        content_hash="",
        mapping={"review": what, **mapping},
        counts={},
        actor=audit.current_actor(session),
    )
    session.add(batch)
    session.flush()
    return batch


def merge_people(db: Database, keep: str, merge: str) -> ReviewResult:
    """Keep A (`keep`); everything that points to B (`merge`) moves to A and B is archived."""
    backup_before(db, "merge people")
    with db.transaction() as session:
        pair = find_pair(session, keep, merge)
        a = person_by_key(session, keep)
        b = person_by_key(session, merge)
        if a is None:
            if pair is not None and pair.other.key.casefold() == keep.casefold():
                raise RefusedError(
                    f"{keep} is only in row {pair.row} of {pair.file_name}, not in the database, "
                    f"so it cannot be the one kept: use 'coordinator import merge {merge} {keep}' "
                    f"to keep {merge}, or 'coordinator import keep-both {merge} {keep}'."
                )
            raise NotFoundError(f"Nobody has the employee ID or e-mail {keep}.")
        held = [pair.held_row_id] if pair is not None else []
        if b is None or b.id == a.id:
            if pair is None:
                if b is None:
                    raise NotFoundError(f"Nobody has the employee ID or e-mail {merge}.")
                raise RefusedError(f"{keep} and {merge} are the same person already.")
            return _settle_row(session, pair, a)
        if b.status == PersonStatus.ARCHIVED:
            raise RefusedError(
                f"{merge} is archived (merged or removed before): nothing to merge. Use "
                "'coordinator import list' to find the merge and undo it if that was a mistake."
            )
        _refuse_clashes(session, a, b, keep, merge)
        conn = session.connection()
        before = {"status": b.status.value, "left_on": audit.jsonable(b.left_on)}
        record = move_all(conn, b.id, a.id)
        session.expire_all()
        b = session.get(Person, b.id)
        assert b is not None
        b.status = PersonStatus.ARCHIVED
        b.version += 1
        b.updated_at = _now()
        moved = sum(len(v) for v in record["moved"].values())
        batch = _review_batch(
            session,
            "merge",
            {
                "kept": a.id,
                "merged": b.id,
                "held_row_ids": held,
                "before": {**before, "version": b.version - 1},
                **record,
            },
        )
        batch.counts = {"merged": 1, "moved": moved}
        audit.record(
            session,
            "person.merge",
            "person",
            a.id,
            before={"person_id": b.id},
            after={"person_id": a.id, "records_moved": moved},
            person_id=a.id,
            batch_id=batch.id,
        )
        return ReviewResult(
            batch.id,
            f"Merged {b.display_name} ({merge}) into {a.display_name} ({keep}): "
            f"{_records(moved)} moved, {merge} archived.",
        )


def _records(count: int) -> str:
    return f"{count} record" if count == 1 else f"{count} records"


def _settle_row(session: Session, pair: DuplicatePair, a: Person) -> ReviewResult:
    """The file's row is A: nothing to move, the pair leaves the queue."""
    batch = _review_batch(session, "merge", {"kept": a.id, "held_row_ids": [pair.held_row_id]})
    batch.counts = {"merged": 1}
    audit.record(
        session,
        "person.merge_row",
        "person",
        a.id,
        after={"person_id": a.id, "row": pair.row},
        person_id=a.id,
        batch_id=batch.id,
    )
    return ReviewResult(
        batch.id,
        f"Row {pair.row} of {pair.file_name} is {a.display_name} ({pair.kept.key}): nothing "
        f"added, the pair leaves the review list.",
    )


def _year_label(session: Session, year_id: int) -> str:
    year = session.get(ProgramYear, year_id)
    return year.label if year is not None else "one program year"


def _refuse_clashes(session: Session, a: Person, b: Person, keep: str, merge: str) -> None:
    """Say why the two cannot become one, in words; nothing is written."""
    reasons: list[str] = []
    open_years = set(
        session.scalars(
            select(Assignment.program_year_id).where(
                Assignment.mentee_id == a.id, Assignment.end_date.is_(None)
            )
        )
    )
    for year, _mentor in session.execute(
        select(Assignment.program_year_id, Assignment.mentor_id).where(
            Assignment.mentee_id == b.id, Assignment.end_date.is_(None)
        )
    ):
        if year in open_years:
            reasons.append(
                f"both have an open assignment in {_year_label(session, year)}: end one of them "
                "first (Cohorts > End assignment...), then merge"
            )
    pairs = select(Assignment.id).where(
        ((Assignment.mentee_id == a.id) & (Assignment.mentor_id == b.id))
        | ((Assignment.mentee_id == b.id) & (Assignment.mentor_id == a.id))
    )
    if session.scalar(pairs.limit(1)) is not None:
        reasons.append("one is the other's mentor: a person cannot mentor themselves")
    if {a.supervisor_id, a.appraiser_id} & {b.id} or {b.supervisor_id, b.appraiser_id} & {a.id}:
        reasons.append("one is the other's supervisor or appraiser")
    profiles = session.scalar(
        select(func.count())
        .select_from(MentorProfile)
        .where(MentorProfile.person_id.in_((a.id, b.id)))
    )
    if profiles == 2:
        reasons.append(
            "both have a mentor profile (experience and trainings): copy what B's holds into "
            "A's (Cohorts > Mentor profile...) and remove B's first"
        )
    outcome_years = select(MenteeOutcome.program_year_id).where(MenteeOutcome.person_id == a.id)
    shared = session.scalar(
        select(MenteeOutcome.program_year_id)
        .where(MenteeOutcome.person_id == b.id, MenteeOutcome.program_year_id.in_(outcome_years))
        .limit(1)
    )
    if shared is not None:
        reasons.append(f"both have an outcome for the closed year {_year_label(session, shared)}")
    if reasons:
        raise RefusedError(
            f"Cannot merge {merge} into {keep}: " + "; ".join(dict.fromkeys(reasons)) + "."
        )


def keep_both(db: Database, a_key: str, b_key: str) -> ReviewResult:
    """The two are different people: the pair leaves the queue; a row only in the file is added."""
    with db.transaction() as session:
        pair = find_pair(session, a_key, b_key)
        if pair is None:
            raise NotFoundError(
                f"No possible duplicate pairs {a_key} with {b_key} "
                "(coordinator import duplicates lists them)."
            )
        batch = _review_batch(session, "keep-both", {"held_row_ids": [pair.held_row_id]})
        added = None
        row_side = pair.other if not pair.other.in_database else None
        if row_side is not None:
            added = _add_from_row(session, pair, batch)
            batch.mapping = {**batch.mapping, "created_person_id": added.id}
        batch.counts = {"kept_both": 1, "new": 1 if added else 0}
        audit.record(
            session,
            "person.keep_both",
            "person",
            pair.kept.person_id,
            before={"person_id": pair.kept.person_id},
            after={"person_id": added.id if added else pair.other.person_id},
            person_id=pair.kept.person_id,
            batch_id=batch.id,
        )
        if added is not None:
            return ReviewResult(
                batch.id,
                f"Kept both: added {added.display_name} ({_key(pair.other)}) from row "
                f"{pair.row} of {pair.file_name}.",
            )
        return ReviewResult(
            batch.id,
            f"Kept both {pair.kept.name} ({_key(pair.kept)}) and {pair.other.name} "
            f"({_key(pair.other)}): they are no longer listed as possible duplicates.",
        )


def _key(card: PersonCard) -> str:
    return card.key or "no ID"


def _add_from_row(session: Session, pair: DuplicatePair, batch: ImportBatch) -> Person:
    held = session.get(ImportRow, pair.held_row_id)
    assert held is not None
    values = dict(held.after or {})
    campus_id = None
    if values.get("campus"):
        campus_id = session.scalar(
            select(Campus.id).where(func.lower(Campus.name) == str(values["campus"]).lower())
        )
    person = Person(
        employee_id=values.get("employee_id") or None,
        first_name=values.get("first_name") or "",
        last_name=values.get("last_name") or "",
        preferred_name=values.get("preferred_name") or None,
        email=values.get("email") or None,
        phone=values.get("phone") or None,
        position=values.get("position") or None,
        subject=values.get("subject") or None,
        grade=values.get("grade") or None,
        campus_id=campus_id,
        hire_date=pair.other.hire_date,
        years_experience=values.get("years_experience"),
        created_batch_id=batch.id,
    )
    session.add(person)
    session.flush()
    return person


def undo_review(session: Session, batch: ImportBatch) -> str:
    """Undo a merge or a keep-both inside the caller's transaction; the summary line."""
    mapping = batch.mapping or {}
    if mapping.get("review") == "merge" and mapping.get("merged") is not None:
        b = session.get(Person, int(mapping["merged"]))
        kept = int(mapping["kept"])
        before = mapping["before"]
        if b is None or b.status != PersonStatus.ARCHIVED or b.version != before["version"] + 1:
            raise RefusedError(
                f"The person merged by batch {batch.id} was changed since, so the merge "
                "cannot be undone safely."
            )
        move_back(session.connection(), mapping, b.id, kept)
        session.expire_all()
        b = session.get(Person, int(mapping["merged"]))
        assert b is not None
        b.status = PersonStatus(before["status"])
        b.left_on = dt.date.fromisoformat(before["left_on"]) if before["left_on"] else None
        b.version += 1
        b.updated_at = _now()
        summary = f"Undid batch {batch.id}: the merge is undone, {b.display_name} is back"
    elif mapping.get("created_person_id") is not None:
        person = session.get(Person, int(mapping["created_person_id"]))
        if person is not None:
            if person.version != 1:
                raise RefusedError(
                    f"The person batch {batch.id} added was edited since; remove them on the "
                    "People page instead."
                )
            _refuse_if_used(session, person.id, batch.id)
            session.delete(person)
        summary = f"Undid batch {batch.id}: the person it added is removed"
    else:
        summary = f"Undid batch {batch.id}: the pair is back in the review list"
    batch.status = ImportStatus.UNDONE
    batch.undone_at = _now()
    audit.record(
        session,
        "import.undo",
        "import_batch",
        batch.id,
        before={"status": "applied"},
        after={"status": "undone"},
        batch_id=batch.id,
    )
    return summary


def _refuse_if_used(session: Session, person_id: int, batch_id: int) -> None:
    from coordinator.services.duplicates.moves import person_columns

    conn = session.connection()
    for pc in person_columns():
        if pc.table.name == "person":
            continue
        if conn.execute(select(pc.column).where(pc.column == person_id).limit(1)).first():
            raise RefusedError(
                f"The person batch {batch_id} added already has records "
                f"({pc.table.name.replace('_', ' ')}s); they stay."
            )
