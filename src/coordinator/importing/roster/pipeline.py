"""The roster import end to end (read, map, check, plan, apply), shared by window and CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coordinator.db.engine import Database
from coordinator.db.locks import hold_imports
from coordinator.errors import CoordinatorError, RefusedError
from coordinator.importing import layout
from coordinator.importing.filetypes import column_number
from coordinator.importing.headers import (
    FIELD_LABELS,
    ColumnGuess,
    duplicate_fields,
    guess_columns,
)
from coordinator.importing.problem import Problem, column_letter
from coordinator.importing.readers import RosterFile, SheetData, open_roster_file
from coordinator.importing.roster.apply import ApplyResult, BatchSource, seen_versions, write_plan
from coordinator.importing.roster.enroll import EnrollTarget
from coordinator.importing.roster.plan import ImportPlan, make_plan
from coordinator.importing.roster.profiles import (
    ProfileInfo,
    mapping_from_profile,
    profile_by_name,
    profile_for_headers,
)
from coordinator.importing.roster.validate import CheckedRoster, check_rows
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.safety.backups import backup_before, database_identity
from coordinator.tools.gc_pause import collector_paused
from coordinator.tools.text import clean_text, count_of

PREVIEW_ROWS = 20
HIDDEN = "(hidden)"


@dataclass
class RosterSheet:
    """One sheet of a roster file, its header row found and its data rows located."""

    roster: RosterFile
    sheet: SheetData
    header_index: int
    headers: list[str]
    data_rows: list[int]
    notes: list[str] = field(
        default_factory=list
    )  # sheet choice, merged cells: said in the preview
    blank_columns: list[int] = field(default_factory=list)  # data below, no header above
    merged_across: dict[int, tuple[int, str]] = field(default_factory=dict)
    header_chosen: bool = False  # the user named the header row

    @property
    def header_row_number(self) -> int:
        return self.header_index + 1

    def preview(self, count: int = PREVIEW_ROWS) -> list[list[str]]:
        """The first data rows as text, the way the preview shows them.

        Columns holding data we must not keep (SSN, date of birth) are masked even here.
        """
        width = len(self.headers)
        masked = {g.index for g in guess_columns(self.headers) if g.sensitive}
        out = []
        for index in self.data_rows[:count]:
            cells = self.sheet.rows[index]
            out.append(
                [
                    HIDDEN if i in masked else _preview_text(cells[i]) if i < len(cells) else ""
                    for i in range(width)
                ]
            )
        return out


def _preview_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%m/%d/%Y")
    return clean_text(value)


@dataclass
class PreparedImport:
    """A file read, mapped and checked: everything the preview shows before the plan."""

    source: RosterSheet
    guesses: list[ColumnGuess]
    mapping: list[str | None]
    profile_name: str | None
    checked: CheckedRoster
    warnings: list[str] = field(default_factory=list)
    mapping_error: str | None = None  # the mapping lacks a key or names: fix it before planning

    def require_mapping(self) -> None:
        if self.mapping_error is not None:
            raise CoordinatorError(self.mapping_error)

    @property
    def file_name(self) -> str:
        return self.source.roster.file_name

    @property
    def sheet_name(self) -> str:
        return self.source.sheet.name

    def batch_source(self) -> BatchSource:
        columns = {h: f for h, f in zip(self.source.headers, self.mapping, strict=True) if f}
        mapping: dict[str, Any] = {
            "header_row": self.source.header_row_number,
            "columns": columns,
            "profile": self.profile_name,
        }
        return BatchSource(self.file_name, self.source.roster.sha256, self.sheet_name, mapping)


def read_roster(
    path: Path | str, sheet: str | None = None, header_row: int | None = None
) -> RosterSheet:
    """Open the file, pick the sheet, find the header row (or use the one the user named, as
    Excel numbers it); refuse files with no data rows."""
    with collector_paused():
        return _read_roster(path, sheet, header_row)


def _read_roster(path: Path | str, sheet: str | None, header_row: int | None) -> RosterSheet:
    roster = open_roster_file(Path(path))
    try:
        choice = layout.choose_sheet(roster, sheet)
        data = roster.read_sheet(choice.name)
    finally:
        roster.close()
    if not any(any(c not in ("", None) for c in row) for row in data.rows[:200]):
        raise layout.empty_sheet(roster, data)
    if header_row is not None:
        header_index = layout.chosen_header_row(data, roster.file_name, header_row)
    else:
        header_index = layout.find_header_row(data, roster.file_name)
    headers, blank = layout.roster_headers(data, header_index)
    rows, stray = layout.data_rows_and_stray(data, header_index)
    if not rows:
        layout.refuse_headers_only(roster, data)
    merged_notes, across = layout.fill_merged(data, header_index) if data.merged else ([], {})
    notes = [*choice.notes, *merged_notes]
    if stray is not None:
        gap = stray - rows[-1] - 1
        notes.append(
            f"Row {stray + 1:,} and any below it were not read: they come after {gap:,} "
            "blank rows, far below the roster. Delete them in Excel if they are not meant to "
            "be there."
        )
    return RosterSheet(
        roster, data, header_index, headers, rows, notes, blank, across, header_row is not None
    )


def column_warnings(guesses: Sequence[ColumnGuess], mapping: Sequence[str | None]) -> list[str]:
    """Sensitive columns ignored, columns that will not be imported, columns mapped twice, and a
    preferred name standing in for the first name, said plainly."""
    warnings = [
        f"Column {g.header!r} looks like {g.sensitive}; it is ignored and never stored."
        for g in guesses
        if g.sensitive
    ]
    unknown = [g.header for g, f in zip(guesses, mapping, strict=True) if not f and not g.sensitive]
    if unknown:
        warnings.append("Columns not imported: " + ", ".join(repr(h) for h in unknown) + ".")
    headers = [g.header for g in guesses]
    for name, columns in duplicate_fields(list(mapping)).items():
        warnings.append(
            f"{_columns_text(headers, columns)} all hold {FIELD_LABELS.get(name, name)}: choose "
            "which one to import and set the others to (not imported)."
        )
    fields = set(mapping)
    if {"preferred_name", "last_name"} <= fields and not fields & {"first_name", "full_name"}:
        column = list(mapping).index("preferred_name")
        warnings.append(
            f"There is no first-name column: the preferred name (column {column_letter(column)} "
            f"{headers[column]!r}) is imported as each person's first name too."
        )
    return warnings


def _columns_text(headers: Sequence[str], columns: Sequence[int]) -> str:
    named = [f"{column_letter(c)} {headers[c]!r}" for c in columns]
    return "Columns " + (", ".join(named[:-1]) + " and " + named[-1])


def header_problems(source: RosterSheet, mapping: Sequence[str | None]) -> list[Problem]:
    """The header row's own problems: one field in several columns (which one is meant would be
    a guess), and columns holding data under a blank header that nothing maps."""
    roster, row = source.roster, source.header_row_number
    problems = []
    for name, columns in duplicate_fields(list(mapping)).items():
        label = FIELD_LABELS.get(name, name)
        first = columns[0]
        others = ", ".join(f"{column_letter(c)} {source.headers[c]!r}" for c in columns[1:])
        problems.append(
            Problem(
                roster.file_name,
                source.sheet.name,
                row,
                source.headers[first],
                "",
                "DUPLICATE_LABEL",
                f"column {column_letter(first)} {source.headers[first]!r} and column {others} "
                f"both mean {label}; choose the one to import in the mapping (on the command "
                f"line: --map {name}={column_letter(first)}) and the other is left out",
                letter=column_letter(first),
            )
        )
    for column in source.blank_columns:
        if column < len(mapping) and mapping[column]:
            continue
        letter = column_letter(column)
        problems.append(
            Problem(
                roster.file_name,
                source.sheet.name,
                row,
                "",
                "",
                "BLANK_LABEL",
                f"type a header in {letter}{row}, or choose what column {letter} holds in the "
                f"mapping (--map FIELD={letter}); importing the valid rows only leaves it out",
                letter=letter,
            )
        )
    return problems


def choose_columns(
    headers: Sequence[str], mapping: Sequence[str | None], choices: Sequence[str]
) -> list[str | None]:
    """The mapping with the user's `FIELD=COLUMN` choices applied (COLUMN is a header or a
    column letter; FIELD `none` leaves the column out). A field chosen for a column is taken
    from every other column, which is how two columns holding one field are settled."""
    chosen = list(mapping)
    for choice in choices:
        field_text, sep, column_text = choice.partition("=")
        if not sep or not field_text.strip() or not column_text.strip():
            raise CoordinatorError(
                f"--map {choice!r}: write it as FIELD=COLUMN, for example --map employee_id=B "
                'or --map "hire_date=Orig. Hire Dt".'
            )
        name = _field_named(field_text.strip())
        column = _column_named(headers, column_text.strip())
        if name is not None:
            chosen = [None if f == name else f for f in chosen]
        chosen[column] = name
    return chosen


def _field_named(text: str) -> str | None:
    key = text.casefold().replace("-", "_").replace(" ", "_")
    if key in ("none", "skip", "ignore", "not_imported"):
        return None
    for name, label in FIELD_LABELS.items():
        if key == name or text.casefold() == label.casefold():
            return name
    known = ", ".join(FIELD_LABELS)
    raise CoordinatorError(f"--map: there is no field {text!r}. The fields are: {known}, none.")


def _column_named(headers: Sequence[str], text: str) -> int:
    same = [i for i, h in enumerate(headers) if h.casefold() == text.casefold()]
    if len(same) == 1:
        return same[0]
    if len(same) > 1:
        letters = " and ".join(column_letter(i) for i in same)
        raise CoordinatorError(
            f"--map: columns {letters} are both headed {text!r}; name the column by its letter."
        )
    letters = text.upper()
    if letters.isalpha() and letters.isascii() and len(letters) <= 3:
        index = column_number(letters) - 1
        if index < len(headers):
            return index
    shown = ", ".join(f"{column_letter(i)} {h!r}" for i, h in enumerate(headers))
    raise CoordinatorError(f"--map: there is no column {text!r}. The columns are: {shown}.")


def suggest_mapping(
    db: Database, headers: Sequence[str], profile: str | None = None
) -> tuple[list[ColumnGuess], list[str | None], str | None]:
    """Guesses per column, and the mapping to use: a named or matching profile, else guesses."""
    guesses, mapping, chosen = _suggest(db, headers, profile)
    return guesses, mapping, chosen.name if chosen is not None else None


def _suggest(
    db: Database, headers: Sequence[str], profile: str | None
) -> tuple[list[ColumnGuess], list[str | None], ProfileInfo | None]:
    guesses = guess_columns(list(headers))
    with db.reading() as session:
        chosen = (
            profile_by_name(session, profile) if profile else profile_for_headers(session, headers)
        )
    if chosen is not None:
        return guesses, mapping_from_profile(chosen, headers), chosen
    return guesses, [g.field for g in guesses], None


def check_roster(
    source: RosterSheet,
    mapping: Sequence[str | None],
    date_order: str | None = None,
    email_key: bool = False,
) -> CheckedRoster:
    with collector_paused():
        return _check_roster(source, mapping, date_order, email_key)


def _check_roster(
    source: RosterSheet, mapping: Sequence[str | None], date_order: str | None, email_key: bool
) -> CheckedRoster:
    return check_rows(
        source.sheet,
        source.roster.file_name,
        source.headers,
        [f if f in FIELD_LABELS else None for f in mapping],
        source.data_rows,
        source.roster.date1904,
        merged_across=source.merged_across,
        date_order=date_order,
        email_key=email_key,
    )


def prepare_import(
    db: Database,
    path: Path | str,
    *,
    sheet: str | None = None,
    profile: str | None = None,
    mapping: Sequence[str | None] | None = None,
    keep_cells: bool = False,
    header_row: int | None = None,
    columns: Sequence[str] = (),
    date_order: str | None = None,
    email_key: bool = False,
) -> PreparedImport:
    """Read, map and check a roster file (nothing is written).

    `header_row` names the header row as Excel numbers it (default: found); `columns` are
    `FIELD=COLUMN` choices laid over the profile's or the suggested mapping.
    The raw cells are let go once checked (they are most of the memory of a large file) unless
    `keep_cells` asks to keep them for a preview or another mapping.
    """
    source = read_roster(path, sheet, header_row)
    guesses, suggested, found = _suggest(db, source.headers, profile)
    profile_name = found.name if found is not None else None
    if date_order is None and mapping is None and found is not None:
        date_order = found.date_order  # the order saved with the profile, unless one is given
    chosen = list(mapping) if mapping is not None else suggested
    if columns:
        chosen = choose_columns(source.headers, chosen, columns)
    prepared = remap(
        source,
        guesses,
        chosen,
        profile_name if mapping is None else None,
        date_order=date_order,
        email_key=email_key,
    )
    if not keep_cells:
        source.sheet.rows = []
        source.data_rows = []
    return prepared


def remap(
    source: RosterSheet,
    guesses: list[ColumnGuess],
    mapping: Sequence[str | None],
    profile_name: str | None = None,
    *,
    date_order: str | None = None,
    email_key: bool = False,
) -> PreparedImport:
    """Check the rows again with another mapping (the mapping editor calls this); `date_order`
    ("mdy" or "dmy") reads dates like 03/04/2025 when the file's own rows do not settle it."""
    # Columns holding data we must not keep are never imported, whatever a profile says.
    chosen = [None if g.sensitive else f for g, f in zip(guesses, mapping, strict=True)]
    warnings = [*source.notes, *column_warnings(guesses, chosen)]
    head = header_problems(source, chosen)
    if any(p.code == "DUPLICATE_LABEL" for p in head):
        error = "\n".join(p.describe() for p in head if p.code == "DUPLICATE_LABEL")
        return PreparedImport(
            source, guesses, chosen, profile_name, CheckedRoster(problems=head), warnings, error
        )
    try:
        checked = check_roster(source, chosen, date_order, email_key)
    except CoordinatorError as exc:
        return PreparedImport(
            source, guesses, chosen, profile_name, CheckedRoster(), warnings, mapping_error=str(exc)
        )
    checked.problems[:0] = head
    if email_key:
        warnings.append(
            "E-mail is this file's key: rows without an employee ID are matched to people by "
            "e-mail."
        )
    warnings.extend(checked.notes)
    return PreparedImport(source, guesses, chosen, profile_name, checked, warnings)


def plan_import(db: Database, prepared: PreparedImport) -> ImportPlan:
    """The dry run: the plan against the database, nothing written."""
    prepared.require_mapping()
    with collector_paused(), db.reading() as session:
        return make_plan(session, prepared.checked)


def apply_import(
    db: Database,
    prepared: PreparedImport,
    *,
    skip_invalid: bool = False,
    enroll: EnrollTarget | None = None,
    mark_left: Collection[int] = (),
    roster_date: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
    previewed: ImportPlan | None = None,
) -> tuple[ImportPlan, ApplyResult]:
    """Plan again inside one write transaction and apply it; all or nothing. Given the plan the
    coordinator previewed, someone edited since that preview is reported and left as they are."""
    prepared.require_mapping()
    if db.is_sqlite:
        database_identity(db)  # the backup's id is written now, before the write lock is held
    with collector_paused(), db.transaction() as session:
        progress.step(0, 4, "Comparing with the database")
        hold_imports(session)  # a second import at the same time plans after this one is saved
        plan = make_plan(session, prepared.checked)
        if plan.problems and not skip_invalid:
            raise RefusedError(
                f"{prepared.file_name}: "
                f"{count_of(plan.invalid_rows, 'row has', 'rows have')} problems, so nothing "
                "was imported. Fix them and import again, or choose to import the valid rows only."
            )
        result = write_plan(
            session,
            plan,
            prepared.batch_source(),
            enroll=enroll,
            mark_left=mark_left,
            roster_date=roster_date,
            progress=progress,
            seen=seen_versions(previewed if previewed is not None else plan),
            # The backup holds the state the plan was made against: the write lock is held
            # since, so no one else has written; an import that changes nothing makes none.
            before_writing=lambda: backup_before(db, "import"),
        )
        return plan, result
