"""Importing a mentor's returned check-in log workbook: per-row problems, idempotent re-import."""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.models import (
    CHECKIN_KIND_LABELS,
    Checkin,
    ImportBatch,
    ImportKind,
    ImportRow,
    RowAction,
)
from coordinator.errors import CoordinatorError, UnreadableInputError
from coordinator.importing.checkins.result import CheckinFileShape, CheckinImportResult
from coordinator.importing.checkins.workbook_format import (
    COL,
    COLUMN_OF_INPUT,
    FORMAT,
    LISTS,
    META,
    SHEET,
    WHOLE_COHORT,
)
from coordinator.importing.filetypes import FileKind, check_zip
from coordinator.importing.problem import SheetColumns, column_letter
from coordinator.importing.values import timestamp_date
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services import audit
from coordinator.services.checkins.entry import cohort_for_mentor, topics_for_year
from coordinator.services.checkins.keyed import store_keyed_checkin
from coordinator.services.checkins.validation import CheckinInput

KIND_BY_LABEL = {label.lower(): kind for kind, label in CHECKIN_KIND_LABELS.items()}


@dataclass(frozen=True)
class _Row:
    number: int
    key: str
    values: dict[str, Any]


class _DryRun(Exception):
    pass


def _open(path: Path) -> tuple[bytes, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInputError(f"Cannot read {path}: {exc.strerror}.") from exc
    if data[:4] == b"PK\x03\x04":
        check_zip(path, FileKind.XLSX)  # zip bombs and entity tricks, before openpyxl parses
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except DAMAGED_WORKBOOK as exc:
        raise _damaged(path, exc) from exc
    return data, wb


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


def _meta(wb: Any, name: str) -> dict[str, Any]:
    if META not in wb.sheetnames or SHEET not in wb.sheetnames:
        raise UnreadableInputError(
            f"{name} is not a Coordinator check-in log (its hidden settings sheet is missing). "
            "Import the workbook Coordinator wrote for the mentor, or make a new one."
        )
    meta = {str(r[0]): r[1] for r in wb[META].iter_rows(values_only=True) if r and r[0]}
    if meta.get("format") != FORMAT:
        raise UnreadableInputError(f"{name} was written by another version of the check-in log.")
    return meta


def _lists(wb: Any) -> dict[str, int]:
    labels: dict[str, int] = {}
    for row in wb[LISTS].iter_rows(min_row=2, values_only=True):
        if row and row[0] and row[1] is not None:
            labels[str(row[0]).strip().lower()] = int(row[1])
    return labels


def _rows(wb: Any) -> list[_Row]:
    rows = []
    for number, cells in enumerate(wb[SHEET].iter_rows(min_row=2, values_only=True), start=2):
        values = {
            h: (cells[i] if i < len(cells) else None)
            for h, i in ((h, c - 1) for h, c in COL.items())
        }
        key = str(values.pop("Row key") or "").strip()
        if all(v in (None, "") for v in values.values()):
            continue
        rows.append(_Row(number, key, values))
    return rows


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
    if who == WHOLE_COHORT:
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
    data, wb = _open(path)
    try:
        meta = _meta(wb, path.name)
        result = CheckinImportResult(path.name, dry_run, CheckinFileShape.WORKBOOK)
        rows = _rows(wb)
        mentees = _lists(wb)
    except DAMAGED_WORKBOOK as exc:
        raise _damaged(path, exc) from exc
    finally:
        wb.close()
    try:
        with db.transaction() as session:
            _apply(
                session,
                result,
                rows,
                meta,
                mentees,
                path.name,
                hashlib.sha256(data).hexdigest(),
                progress,
            )
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    return result


def _apply(
    session: Session,
    result: CheckinImportResult,
    rows: list[_Row],
    meta: dict[str, Any],
    mentees: dict[str, int],
    file_name: str,
    content_hash: str,
    progress: Progress,
) -> None:
    ctx = _Context(
        int(meta["program_year_id"]),
        int(meta["mentor_id"]),
        mentees,
        {
            t.name.lower(): t.topic_id
            for t in topics_for_year(session, int(meta["program_year_id"]))
        },
    )
    batch = ImportBatch(
        kind=ImportKind.CHECKINS,
        file_name=file_name,
        content_hash=content_hash,
        sheet=SHEET,
        actor=audit.current_actor(),
    )
    session.add(batch)
    session.flush()
    prefix = f"wb:{ctx.year_id}:{ctx.mentor_id}:"
    seen: set[str] = set()
    for done, row in enumerate(rows):
        progress.step(done, len(rows), "Importing the check-ins")
        key = prefix + (row.key or "h" + hashlib.sha256(repr(row.values).encode()).hexdigest()[:16])
        if key in seen:
            result.counts["duplicates"] += 1
            result.problems.append(
                _columns(file_name).problem(
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
        _invalid(result, row, exc.column, fix=exc.message)
        return
    except CoordinatorError as exc:
        _invalid(result, row, COLUMN_OF_INPUT.get(exc.field or ""), message=str(exc))
        return
    session.add(ImportRow(batch_id=batch_id, row_number=row.number, action=action, checkin_id=cid))
    result.counts[action.value] += 1


def _columns(file_name: str) -> SheetColumns:
    """Where the log sheet's problems are: each header is its own field name."""
    return SheetColumns(
        file_name,
        SHEET,
        headers={h: h for h in COL},
        letters={h: column_letter(i - 1) for h, i in COL.items()},
    )


def _invalid(
    result: CheckinImportResult,
    row: _Row,
    column: str | None,
    *,
    fix: str = "",
    message: str = "",
) -> None:
    result.counts["invalid"] += 1
    result.problems.append(
        _columns(result.file_name).problem(
            row.number, column, None, "ROW_REFUSED", fix=fix, message=message
        )
    )


def import_checkin_workbook(
    db: Database, path: Path, *, dry_run: bool = False, progress: Progress = NO_PROGRESS
) -> CheckinImportResult:
    """Import a returned log workbook; re-importing the same file adds nothing twice."""
    return import_workbook(db, Path(path), dry_run=dry_run, progress=progress)
