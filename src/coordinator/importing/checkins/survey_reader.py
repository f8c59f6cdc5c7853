"""Importing check-ins from a survey-form export (csv/xlsx), with the roster import's reading.

The file is opened, its sheet and header row found, and its cells read exactly as a roster is;
its columns are matched to the survey fields by name (exact words first, then close spellings);
every row becomes a check-in or a problem naming the file, row, column and how to fix it.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from coordinator.db.engine import Database
from coordinator.db.locks import hold_checkin_imports
from coordinator.db.models import ImportBatch, ImportKind, ImportRow, RowAction
from coordinator.errors import CoordinatorError, UnreadableInputError
from coordinator.importing.checkins.result import CheckinFileShape, CheckinImportResult
from coordinator.importing.checkins.survey_rows import (
    FIELD_OF_INPUT,
    SURVEY_FIELDS,
    SurveyCheckin,
    SurveyPlan,
    plan_survey_rows,
)
from coordinator.importing.headers import header_text, normalise
from coordinator.importing.layout import (
    candidate_sheets,
    data_row_indexes,
    find_header_row,
    headers_of,
)
from coordinator.importing.problem import SheetColumns, column_letter
from coordinator.importing.readers import RosterFile, open_roster_file
from coordinator.importing.values import timestamp_date
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services import audit
from coordinator.services.checkins.keyed import store_keyed_checkin

SURVEY_HEADERS: dict[str, tuple[str, ...]] = {
    "timestamp": (
        "timestamp",
        "submitted",
        "submitted at",
        "submission date",
        "date",
        "meeting date",
        "date of meeting",
        "start time",
        "completion time",
    ),
    "email": (
        "email",
        "email address",
        "e mail",
        "e mail address",
        "mentor email",
        "your email",
        "username",
        "mentor e mail",
    ),
    "mentee": (
        "mentee",
        "mentee name",
        "name of mentee",
        "mentee s name",
        "mentee full name",
        "who did you meet with",
        "beginning teacher",
        "new teacher",
    ),
    "kind": (
        "meeting type",
        "type of meeting",
        "type",
        "kind",
        "contact type",
        "type of contact",
        "how did you meet",
        "format",
    ),
    "minutes": (
        "minutes",
        "duration",
        "duration minutes",
        "length minutes",
        "time spent",
        "time spent minutes",
        "how many minutes",
        "number of minutes",
        "length",
    ),
    "topics": (
        "topics",
        "topic",
        "topics discussed",
        "topics covered",
        "what did you discuss",
        "focus areas",
    ),
    "next_steps": (
        "next steps",
        "next step",
        "action items",
        "next actions",
        "what are the next steps",
    ),
    "follow_up": (
        "follow up date",
        "follow up on",
        "follow up",
        "next meeting date",
        "date of next meeting",
        "next meeting",
    ),
}
FIELD_NAMES = {
    "timestamp": "Timestamp",
    "email": "E-mail",
    "mentee": "Mentee name",
    "kind": "Meeting type",
    "minutes": "Minutes",
    "topics": "Topics",
    "next_steps": "Next steps",
    "follow_up": "Follow-up date",
}
OPTIONAL = ("topics", "next_steps", "follow_up")
_INDEX = {syn: name for name, syns in SURVEY_HEADERS.items() for syn in syns}


class _DryRun(Exception):
    pass


def map_survey_headers(headers: list[str]) -> dict[str, int]:
    """Survey field -> column index, by exact words, then by close spelling (difflib)."""
    found: dict[str, tuple[int, float]] = {}
    for index, header in enumerate(headers):
        key = normalise(header_text(header))
        name, score = _INDEX.get(key), 1.0
        if name is None:
            close = difflib.get_close_matches(key, _INDEX, n=1, cutoff=0.8)
            if not close:
                continue
            name, score = _INDEX[close[0]], difflib.SequenceMatcher(None, key, close[0]).ratio()
        if name not in found or score > found[name][1]:
            found[name] = (index, score)
    return {name: index for name, (index, _) in found.items()}


def is_survey_export(path: Path) -> bool:
    """Whether a file's headers read as a survey export (its first sheet, first rows)."""
    roster = open_roster_file(path)
    try:
        sheet = roster.read_sheet(_sheet(roster), nrows=30)
        header = find_header_row(sheet, roster.file_name)
        return len(map_survey_headers(headers_of(sheet, header))) >= 4
    except CoordinatorError:
        return False
    finally:
        roster.close()


def _sheet(roster: RosterFile) -> str:
    candidates = candidate_sheets(roster)
    if not candidates:
        raise UnreadableInputError(f"{roster.file_name}: the workbook has no worksheet to read.")
    return candidates[0].name


def _read(
    path: Path,
) -> tuple[RosterFile, SheetColumns, list[tuple[int, dict[str, Any]]], list[str]]:
    roster = open_roster_file(path)
    try:
        sheet = roster.read_sheet(_sheet(roster))
        if not sheet.rows:
            raise UnreadableInputError(f"{roster.file_name}: the file is empty.")
        header = find_header_row(sheet, roster.file_name)
        headers = headers_of(sheet, header)
        columns = map_survey_headers(headers)
        missing = [FIELD_NAMES[f] for f in SURVEY_FIELDS if f not in columns and f not in OPTIONAL]
        if missing:
            raise UnreadableInputError(
                f"{roster.file_name}: no column for {', '.join(missing)}. A survey export needs "
                "Timestamp, E-mail, Mentee name, Meeting type and Minutes (Topics is optional); "
                "rename the column headers and import again."
            )
        rows = []
        for index in data_row_indexes(sheet, header):
            cells = sheet.rows[index]
            row = {f: (cells[c] if c < len(cells) else None) for f, c in columns.items()}
            row["date"] = timestamp_date(row.get("timestamp"), roster.date1904)
            if row.get("follow_up") not in (None, ""):
                row["follow_up_date"] = timestamp_date(row["follow_up"], roster.date1904)
            rows.append((index + 1, row))
        where = SheetColumns(
            roster.file_name,
            sheet.name,
            headers={f: headers[c] for f, c in columns.items()},
            letters={f: column_letter(c) for f, c in columns.items()},
        )
        used = set(columns.values())
        left_out = [
            f"{header_text(h)} (column {column_letter(i)})"
            for i, h in enumerate(headers)
            if i not in used and header_text(h).strip()
        ]
        return roster, where, rows, left_out
    finally:
        roster.close()


def import_survey(
    db: Database,
    path: Path,
    *,
    program_year_id: int,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> CheckinImportResult:
    """Import a survey export into the program year; the same export twice adds nothing."""
    path = Path(path)
    progress.step(0, 1, "Reading the survey export")
    roster, where, rows, left_out = _read(path)
    result = CheckinImportResult(
        path.name, dry_run, CheckinFileShape.SURVEY, mapping=dict(where.headers)
    )
    try:
        with db.transaction() as session:
            hold_checkin_imports(session)  # one import of a file at a time
            plan = plan_survey_rows(session, program_year_id, rows, where)
            _store(session, result, plan, rows, roster, where, progress)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    if left_out:
        result.notes.append(f"Columns not imported: {', '.join(left_out)}.")
    return result


def _meeting(item: SurveyCheckin) -> tuple[Any, ...]:
    """What a form sent twice has in common, whatever its timestamp says."""
    d = item.data
    return (d.mentor_id, d.mentee_ids, d.occurred_on, d.kind, d.minutes)


def _store(
    session: Any,
    result: CheckinImportResult,
    plan: SurveyPlan,
    rows: list[tuple[int, dict[str, Any]]],
    roster: RosterFile,
    where: SheetColumns,
    progress: Progress,
) -> None:
    values = dict(rows)
    result.problems.extend(plan.problems)
    result.counts["invalid"] += len(plan.problems)
    sheet = where.sheet
    batch = ImportBatch(
        kind=ImportKind.CHECKINS,
        file_name=roster.file_name,
        content_hash=roster.sha256,
        sheet=sheet or None,
        mapping=result.mapping,
        actor=audit.current_actor(session),
    )
    session.add(batch)
    session.flush()
    seen: dict[str, int] = {}
    meetings: dict[tuple[Any, ...], int] = {}
    for done, item in enumerate(plan.checkins):
        if done % 50 == 0:
            progress.step(done, len(plan.checkins), "Importing the check-ins")
        first = seen.get(item.source_key)
        if first is not None:
            result.counts["duplicates"] += 1
            result.notes.append(
                f"Row {item.row} repeats row {first} (the same timestamp, e-mail and mentee): "
                "imported once."
            )
            continue
        seen[item.source_key] = item.row
        first = meetings.setdefault(_meeting(item), item.row)
        if first != item.row:
            result.counts["duplicates"] += 1
            result.notes.append(
                f"Row {item.row} looks like a second submission of row {first} (the same "
                "mentor, mentee, day, meeting type and minutes): not imported; if they met "
                "twice that day, enter the second check-in by hand."
            )
            continue
        try:
            with session.begin_nested():
                action, cid = store_keyed_checkin(
                    session, item.data, item.source_key, source="survey", batch_id=batch.id
                )
        except CoordinatorError as exc:
            survey_field = FIELD_OF_INPUT.get(exc.field or "")
            value = values[item.row].get(survey_field) if survey_field else None
            result.counts["invalid"] += 1
            result.problems.append(
                where.problem(item.row, survey_field, value, "REFUSED", message=str(exc))
            )
            continue
        if action is RowAction.UNCHANGED:
            result.counts["unchanged"] += 1
            continue
        result.counts[action.value] += 1
        session.add(
            ImportRow(batch_id=batch.id, row_number=item.row, action=action, checkin_id=cid)
        )
    batch.counts = dict(result.counts)
    result.batch_id = batch.id
