"""Importing a mentor's returned check-in log workbook: per-row problems, idempotent re-import."""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.locks import hold_checkin_imports
from coordinator.db.models import (
    CHECKIN_KIND_LABELS,
    Checkin,
    ImportBatch,
    ImportKind,
    ImportRow,
    Person,
    ProgramYear,
    RowAction,
)
from coordinator.errors import CoordinatorError, UnreadableInputError
from coordinator.importing.checkins.result import CheckinFileShape, CheckinImportResult
from coordinator.importing.checkins.workbook_format import (
    COL,
    COLUMN_OF_INPUT,
    FORMAT,
    META,
    WORDS,
    WorkbookWords,
    words_of,
)
from coordinator.importing.checkins.workbook_signature import UNSIGNED, SignedKeys, verified_keys
from coordinator.importing.filetypes import FileKind, check_zip
from coordinator.importing.problem import SheetColumns, column_letter
from coordinator.importing.values import timestamp_date
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services import audit
from coordinator.services.checkins.entry import cohort_for_mentor, topics_for_year
from coordinator.services.checkins.keyed import store_keyed_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.programs.year_choices import year_label_of
from coordinator.tools.translations import translate

# A kind reads in any language a workbook is written in ("One-to-one", "Individual").
KIND_BY_LABEL = {
    translate(language, label).lower(): kind
    for language in WORDS
    for kind, label in CHECKIN_KIND_LABELS.items()
}


@dataclass(frozen=True)
class _Row:
    number: int
    key: str
    values: dict[str, Any]


class _DryRun(Exception):
    pass


def _open(path: Path) -> tuple[str, Any]:
    """The file's SHA-256 and the workbook opened for streaming (never read whole into memory)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
            digest.update(head)
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise UnreadableInputError(f"Cannot read {path}: {exc.strerror}.") from exc
    if head == b"PK\x03\x04":
        check_zip(path, FileKind.XLSX)  # zip bombs and entity tricks, before openpyxl parses
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except DAMAGED_WORKBOOK as exc:
        raise _damaged(path, exc) from exc
    return digest.hexdigest(), wb


# What openpyxl raises for a damaged file (its sheets are parsed lazily, so reading raises too).
DAMAGED_WORKBOOK = (
    zipfile.BadZipFile,
    zlib.error,
    ParseError,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    OSError,
)


def _damaged(path: Path, exc: BaseException) -> UnreadableInputError:
    return UnreadableInputError(
        f"{path.name} is not an Excel workbook Coordinator can read ({type(exc).__name__}): it "
        "may be damaged. Save it as .xlsx and import it again."
    )


def _meta(wb: Any, name: str) -> tuple[WorkbookWords, dict[str, Any]]:
    """The words the workbook is written in (by its log sheet) and its hidden settings."""
    words = words_of(list(wb.sheetnames))
    if META not in wb.sheetnames or words is None:
        raise UnreadableInputError(
            f"{name} is not a Coordinator check-in log (its hidden settings sheet is missing). "
            "Import the workbook Coordinator wrote for the mentor, or make a new one."
        )
    meta = {str(r[0]): r[1] for r in wb[META].iter_rows(values_only=True) if r and r[0]}
    if meta.get("format") not in (FORMAT, UNSIGNED):
        raise UnreadableInputError(f"{name} was written by another version of the check-in log.")
    return words, meta


def _list_pairs(wb: Any, words: WorkbookWords) -> list[tuple[Any, Any]]:
    """The Lists sheet's (mentee label, person id) pairs, as written (the signature covers them)."""
    return [
        (row[0], row[1])
        for row in wb[words.lists].iter_rows(min_row=2, max_col=2, values_only=True)
        if row and row[0] and row[1] is not None
    ]


def _rows(wb: Any, words: WorkbookWords, path: Path) -> Iterator[_Row]:
    """The log sheet's filled rows, one at a time as openpyxl streams them from the file."""
    cells_of = wb[words.sheet].iter_rows(min_row=2, max_col=len(COL), values_only=True)
    number = 1
    while True:
        try:
            cells = next(cells_of)
        except StopIteration:
            return
        except DAMAGED_WORKBOOK as exc:
            raise _damaged(path, exc) from exc
        number += 1
        values = {h: (cells[c - 1] if c - 1 < len(cells) else None) for h, c in COL.items()}
        key = str(values.pop("Row key") or "").strip()
        if all(v in (None, "") for v in values.values()):
            continue
        yield _Row(number, key, values)


class _RowError(CoordinatorError):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


@dataclass
class _Context:
    year_id: int
    mentor_id: int
    mentees: dict[str, int]
    topics: dict[str, int]
    words: WorkbookWords


def _names_to_ids(ctx: _Context, text: str, column: str) -> tuple[int, ...]:
    ids = []
    for part in [p.strip().lower() for p in text.replace(";", ",").split(",") if p.strip()]:
        matches = {
            i for label, i in ctx.mentees.items() if label == part or label.startswith(part + " (")
        }
        if len(matches) != 1:
            raise _RowError(
                column,
                "a name does not match one mentee in the list; copy the "
                "names exactly as the Mentee list shows them.",
            )
        ids.append(matches.pop())
    return tuple(ids)


def _input(session: Session, ctx: _Context, row: _Row) -> CheckinInput:
    v = row.values
    day = timestamp_date(v["Date"]) if v["Date"] not in (None, "") else None
    if day is None:
        raise _RowError("Date", "enter the date of the check-in as yyyy-mm-dd.")
    who = str(v["Mentee"] or "").strip()
    if not who:
        raise _RowError("Mentee", "choose a mentee (or the whole cohort) from the list.")
    absent = _names_to_ids(ctx, str(v["Absent (group meetings)"] or ""), "Absent (group meetings)")
    if who == ctx.words.whole_cohort:
        mentees = tuple(
            p.person_id for p in cohort_for_mentor(session, ctx.year_id, ctx.mentor_id, day)
        )
        if not mentees:
            raise _RowError("Mentee", "the mentor had no mentees assigned on that date.")
    else:
        mentees = _names_to_ids(ctx, who, "Mentee")
    kind = KIND_BY_LABEL.get(str(v["Kind"] or "").strip().lower())
    if kind is None:
        raise _RowError("Kind", "choose the kind of check-in from the list.")
    try:
        minutes = int(str(v["Minutes"]).strip().split(".")[0]) if v["Minutes"] is not None else 0
    except ValueError:
        minutes = 0
    if minutes <= 0:
        raise _RowError("Minutes", "enter the minutes as a whole number greater than 0.")
    topic_ids = []
    for n in (1, 2, 3):
        name = str(v[f"Topic {n}"] or "").strip().lower()
        if name:
            if name not in ctx.topics:
                raise _RowError(f"Topic {n}", "choose a topic from the program's list.")
            topic_ids.append(ctx.topics[name])
    follow = v["Follow-up date"]
    follow_up = timestamp_date(follow) if follow not in (None, "") else None
    if follow not in (None, "") and follow_up is None:
        raise _RowError("Follow-up date", "enter the follow-up date as yyyy-mm-dd, or clear it.")
    return CheckinInput(
        program_year_id=ctx.year_id,
        mentor_id=ctx.mentor_id,
        occurred_on=day,
        kind=kind,
        minutes=minutes,
        mentee_ids=mentees,
        absent_ids=absent,
        topic_ids=tuple(dict.fromkeys(topic_ids)),
        private_notes=str(v["Private notes"] or "").strip(),
        next_steps=str(v["Next steps"] or "").strip(),
        follow_up_on=follow_up,
    )


def import_workbook(
    db: Database, path: Path, *, dry_run: bool, progress: Progress = NO_PROGRESS
) -> CheckinImportResult:
    progress.step(0, 1, "Reading the workbook")
    content_hash, wb = _open(path)
    try:
        try:
            words, meta = _meta(wb, path.name)
            pairs = _list_pairs(wb, words)
            total = max(int(wb[words.sheet].max_row or 1) - 1, 1)
        except DAMAGED_WORKBOOK as exc:
            raise _damaged(path, exc) from exc
        result = CheckinImportResult(path.name, dry_run, CheckinFileShape.WORKBOOK)
        with db.transaction() as session:
            hold_checkin_imports(session)  # one import of a file at a time
            keys = verified_keys(session, path.name, meta, pairs)
            result.credited_to = credited_to(session, keys.program_year_id, keys.mentor_id)
            rows = _rows(wb, words, path)
            _apply(session, result, words, rows, keys, content_hash, progress, total)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    finally:
        wb.close()
    return result


def credited_to(session: Session, program_year_id: int, mentor_id: int) -> str:
    """Whose check-ins the rows become: "mentor Maria García (E102), Texas MPA 2025-26"."""
    year = session.get(ProgramYear, program_year_id)
    mentor = session.get(Person, mentor_id)
    if year is None or mentor is None:
        raise UnreadableInputError(
            "The workbook names a mentor or program year this database does not have."
        )
    ident = mentor.employee_id or f"#{mentor.id}"
    return f"mentor {mentor.display_name} ({ident}), {year_label_of(year)}"


def _apply(
    session: Session,
    result: CheckinImportResult,
    words: WorkbookWords,
    rows: Iterator[_Row],
    keys: SignedKeys,
    content_hash: str,
    progress: Progress,
    total: int,
) -> None:
    ctx = _Context(
        keys.program_year_id,
        keys.mentor_id,
        {str(label).strip().lower(): person for label, person in keys.mentees},
        {t.name.lower(): t.topic_id for t in topics_for_year(session, keys.program_year_id)},
        words,
    )
    file_name = result.file_name
    batch = ImportBatch(
        kind=ImportKind.CHECKINS,
        file_name=file_name,
        content_hash=content_hash,
        sheet=words.sheet,
        actor=audit.current_actor(session),
    )
    session.add(batch)
    session.flush()
    prefix = f"wb:{ctx.year_id}:{ctx.mentor_id}:"
    seen: set[str] = set()
    for row in rows:
        progress.step(min(row.number - 2, total), total, "Importing the check-ins")
        if row.key and not keys.is_row_key(row.key):
            _untrusted(result, words, row)
            continue
        key = prefix + (row.key or "h" + hashlib.sha256(repr(row.values).encode()).hexdigest()[:16])
        if key in seen:
            result.counts["duplicates"] += 1
            result.problems.append(
                _columns(file_name, words).problem(
                    row.number,
                    "Row key",
                    None,
                    "REPEATED_IN_FILE",
                    fix="this row repeats another row's hidden key (copied "
                    "row); type it into an empty prepared row instead.",
                )
            )
            continue
        seen.add(key)
        _import_row(session, result, ctx, row, key, batch.id)
    result.counts["missing"] = len(
        set(
            session.scalars(select(Checkin.source_key).where(Checkin.source_key.like(prefix + "%")))
        )
        - seen
    )
    batch.counts = dict(result.counts)
    result.batch_id = batch.id


def _untrusted(result: CheckinImportResult, words: WorkbookWords, row: _Row) -> None:
    result.counts["invalid"] += 1
    result.problems.append(
        _columns(result.file_name, words).problem(
            row.number,
            "Row key",
            None,
            "ROW_UNTRUSTED",
            fix="this row's hidden key is not one Coordinator wrote into this workbook, so the "
            "row was not imported; type the check-in into an empty prepared row instead.",
        )
    )


def _import_row(
    session: Session,
    result: CheckinImportResult,
    ctx: _Context,
    row: _Row,
    key: str,
    batch_id: int,
) -> None:
    try:
        with session.begin_nested():
            data = _input(session, ctx, row)
            action, cid = store_keyed_checkin(
                session, data, key, source="workbook", batch_id=batch_id
            )
            if action is RowAction.UNCHANGED:
                result.counts["unchanged"] += 1
                return
    except _RowError as exc:
        _invalid(result, ctx.words, row, exc.column, fix=exc.message)
        return
    except CoordinatorError as exc:
        column = COLUMN_OF_INPUT.get(exc.field or "")
        _invalid(result, ctx.words, row, column, message=str(exc))
        return
    session.add(ImportRow(batch_id=batch_id, row_number=row.number, action=action, checkin_id=cid))
    result.counts[action.value] += 1


def _columns(file_name: str, words: WorkbookWords) -> SheetColumns:
    """Where the log sheet's problems are: each column by its header as the workbook shows it."""
    return SheetColumns(
        file_name,
        words.sheet,
        headers={h: words.header(h) for h in COL},
        letters={h: column_letter(i - 1) for h, i in COL.items()},
    )


def _invalid(
    result: CheckinImportResult,
    words: WorkbookWords,
    row: _Row,
    column: str | None,
    *,
    fix: str = "",
    message: str = "",
) -> None:
    result.counts["invalid"] += 1
    result.problems.append(
        _columns(result.file_name, words).problem(
            row.number, column, None, "ROW_REFUSED", fix=fix, message=message
        )
    )


def import_checkin_workbook(
    db: Database, path: Path, *, dry_run: bool = False, progress: Progress = NO_PROGRESS
) -> CheckinImportResult:
    """Import a returned log workbook; re-importing the same file adds nothing twice."""
    return import_workbook(db, Path(path), dry_run=dry_run, progress=progress)
