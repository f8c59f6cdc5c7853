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
from coordinator.importing.headers import FIELD_LABELS, ColumnGuess, guess_columns
from coordinator.importing.readers import RosterFile, SheetData, open_roster_file
from coordinator.importing.roster.apply import ApplyResult, BatchSource, seen_versions, write_plan
from coordinator.importing.roster.enroll import EnrollTarget
from coordinator.importing.roster.plan import ImportPlan, make_plan
from coordinator.importing.roster.profiles import (
    mapping_from_profile,
    profile_by_name,
    profile_for_headers,
)
from coordinator.importing.roster.validate import CheckedRoster, check_rows
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.safety.backups import backup_before
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


def read_roster(path: Path | str, sheet: str | None = None) -> RosterSheet:
    """Open the file, pick the sheet, find the header row; refuse files with no data rows."""
    with collector_paused():
        return _read_roster(path, sheet)


def _read_roster(path: Path | str, sheet: str | None) -> RosterSheet:
    roster = open_roster_file(Path(path))
    try:
        name = layout.choose_sheet(roster, sheet)
        data = roster.read_sheet(name)
    finally:
        roster.close()
    if not any(any(c not in ("", None) for c in row) for row in data.rows[:200]):
        raise layout.empty_sheet(roster, data)
    header_index = layout.find_header_row(data, roster.file_name)
    headers = layout.headers_of(data, header_index)
    rows = layout.data_row_indexes(data, header_index)
    if not rows:
        layout.refuse_headers_only(roster, data)
    return RosterSheet(roster, data, header_index, headers, rows)


def column_warnings(guesses: Sequence[ColumnGuess], mapping: Sequence[str | None]) -> list[str]:
    """Sensitive columns ignored, and columns that will not be imported, said plainly."""
    warnings = [
        f"Column {g.header!r} looks like {g.sensitive}; it is ignored and never stored."
        for g in guesses
        if g.sensitive
    ]
    unknown = [g.header for g, f in zip(guesses, mapping, strict=True) if not f and not g.sensitive]
    if unknown:
        warnings.append("Columns not imported: " + ", ".join(repr(h) for h in unknown) + ".")
    return warnings


def suggest_mapping(
    db: Database, headers: Sequence[str], profile: str | None = None
) -> tuple[list[ColumnGuess], list[str | None], str | None]:
    """Guesses per column, and the mapping to use: a named or matching profile, else guesses."""
    guesses = guess_columns(list(headers))
    with db.reading() as session:
        chosen = (
            profile_by_name(session, profile) if profile else profile_for_headers(session, headers)
        )
    if chosen is not None:
        return guesses, mapping_from_profile(chosen, headers), chosen.name
    return guesses, [g.field for g in guesses], None


def check_roster(source: RosterSheet, mapping: Sequence[str | None]) -> CheckedRoster:
    with collector_paused():
        return _check_roster(source, mapping)


def _check_roster(source: RosterSheet, mapping: Sequence[str | None]) -> CheckedRoster:
    return check_rows(
        source.sheet,
        source.roster.file_name,
        source.headers,
        [f if f in FIELD_LABELS else None for f in mapping],
        source.data_rows,
        source.roster.date1904,
    )


def prepare_import(
    db: Database,
    path: Path | str,
    *,
    sheet: str | None = None,
    profile: str | None = None,
    mapping: Sequence[str | None] | None = None,
    keep_cells: bool = False,
) -> PreparedImport:
    """Read, map and check a roster file (nothing is written).

    The raw cells are let go once checked (they are most of the memory of a large file) unless
    `keep_cells` asks to keep them for a preview or another mapping.
    """
    source = read_roster(path, sheet)
    guesses, suggested, profile_name = suggest_mapping(db, source.headers, profile)
    chosen = list(mapping) if mapping is not None else suggested
    prepared = remap(source, guesses, chosen, profile_name if mapping is None else None)
    if not keep_cells:
        source.sheet.rows = []
        source.data_rows = []
    return prepared


def remap(
    source: RosterSheet,
    guesses: list[ColumnGuess],
    mapping: Sequence[str | None],
    profile_name: str | None = None,
) -> PreparedImport:
    """Check the rows again with another mapping (the mapping editor calls this)."""
    # Columns holding data we must not keep are never imported, whatever a profile says.
    chosen = [None if g.sensitive else f for g, f in zip(guesses, mapping, strict=True)]
    warnings = column_warnings(guesses, chosen)
    try:
        checked = check_roster(source, chosen)
    except CoordinatorError as exc:
        return PreparedImport(
            source, guesses, chosen, profile_name, CheckedRoster(), warnings, mapping_error=str(exc)
        )
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
    backup_before(db, "import")
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
        )
        return plan, result
