"""Opening a roster file of any supported kind and reading a sheet's raw rows (python-calamine)."""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine as calamine

from coordinator.errors import UnreadableInputError
from coordinator.importing import cellscan
from coordinator.importing.filetypes import (
    FileKind,
    check_zip,
    damaged_zip,
    detect_kind,
    password_protected,
    unreadable,
)
from coordinator.importing.textfiles import DELIMITER_NAMES, read_text_table

TEXT_SHEET = ""  # a CSV file has one unnamed sheet


HIDDEN = "hidden"
VERY_HIDDEN = "very hidden"  # hidden in a way Excel's Unhide does not list


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool
    is_worksheet: bool
    state: str = "visible"  # "visible", HIDDEN or VERY_HIDDEN


@dataclass
class SheetData:
    """A sheet's cells as read: `rows[0]` is the row Excel numbers 1."""

    name: str
    rows: list[list[Any]]
    cell_errors: cellscan.CellErrors = field(default_factory=dict)
    # Merged ranges as ((first row, first column), (last row, last column)), 0-based, inclusive.
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    ragged: bool = False  # a text file: rows keep their own length, a short row is not padded
    padded: cellscan.PaddedCells = field(default_factory=dict)  # number cells shown as 000042


@dataclass
class RosterFile:
    """An opened roster: what it is, its sheets, and a way to read one of them."""

    path: Path
    kind: FileKind
    sha256: str
    sheets: list[SheetInfo]
    date1904: bool = False
    note: str = ""  # how a text file was read, or that macros were ignored, for the preview
    _workbook: Any = None
    _text_rows: list[list[str]] | None = None
    plain_sheets: frozenset[str] = frozenset()  # worksheet parts with no formula or error cell

    @property
    def file_name(self) -> str:
        return self.path.name

    def read_sheet(self, name: str, *, nrows: int | None = None) -> SheetData:
        """Every row of the named sheet (or the first `nrows`), with error cells located."""
        if self._text_rows is not None:
            rows: list[list[Any]] = list(self._text_rows[:nrows] if nrows else self._text_rows)
            return SheetData(name=TEXT_SHEET, rows=rows, ragged=True)
        scan: Future[cellscan.CellErrors] | None = None
        if self.kind is FileKind.XLSX and nrows is None:
            # Calamine parses without holding the interpreter lock: look for error cells meanwhile.
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cellscan")
            scan = pool.submit(cellscan.xlsx_cell_errors, self.path, name, self.plain_sheets)
            pool.shutdown(wait=False)
        try:
            sheet = self._workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False, nrows=nrows)
            merged = _merged_ranges(sheet) if nrows is None else []
        except calamine.PasswordError as exc:
            raise password_protected(self.path) from exc
        except (calamine.CalamineError, ValueError, OSError) as exc:
            raise unreadable(
                self.path,
                f"sheet {name!r} cannot be read; the file is damaged ({type(exc).__name__}). "
                "Open it in Excel and save it again, or export it again.",
            ) from exc
        finally:
            errors = self._scan_result(scan)
        padded = self._padded(name) if self.kind is FileKind.XLSX and nrows is None else {}
        return SheetData(name=name, rows=rows, cell_errors=errors, merged=merged, padded=padded)

    def _padded(self, name: str) -> cellscan.PaddedCells:
        try:
            return cellscan.xlsx_zero_padded(self.path, name)
        except (zipfile.BadZipFile, zlib.error, ElementTree.ParseError, OSError, EOFError) as exc:
            raise damaged_zip(self.path) from exc

    def _scan_result(self, scan: Future[cellscan.CellErrors] | None) -> cellscan.CellErrors:
        if scan is None:
            return {}
        try:
            return scan.result()
        except (zipfile.BadZipFile, zlib.error, ElementTree.ParseError, OSError, EOFError) as exc:
            raise damaged_zip(self.path) from exc

    def close(self) -> None:
        # A text file's rows are let go too: the sheet read from them is the caller's now, and
        # an import lets its cells go once checked (they are most of a large file's memory).
        self._text_rows = None
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None


def _merged_ranges(sheet: Any) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The sheet's merged ranges (xlsx, xls, ods: whatever calamine knows), never None."""
    try:
        ranges = sheet.merged_cell_ranges
    except (AttributeError, calamine.CalamineError):
        return []
    return [((a, b), (c, d)) for (a, b), (c, d) in ranges or []]


def _state(visible: Any) -> str:
    if visible == calamine.SheetVisibleEnum.Visible:
        return "visible"
    return VERY_HIDDEN if visible == calamine.SheetVisibleEnum.VeryHidden else HIDDEN


def open_roster_file(path: Path) -> RosterFile:
    """Check the file's real kind and safety, then open it; every failure names the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableInputError(f"{path.name}: there is no such file ({path}).") from exc
    except IsADirectoryError as exc:
        raise UnreadableInputError(f"{path.name}: this is a folder, not a file.") from exc
    except OSError as exc:
        raise UnreadableInputError(
            f"{path.name}: the file cannot be read ({exc.strerror}). Check that it is not "
            "open elsewhere and that you may read it."
        ) from exc
    kind = detect_kind(path, data)
    digest = hashlib.sha256(data).hexdigest()
    if kind is FileKind.TEXT:
        table = read_text_table(path, data)
        note = f"{table.encoding}, {DELIMITER_NAMES.get(table.delimiter, 'other')}-separated"
        return RosterFile(
            path=path,
            kind=kind,
            sha256=digest,
            sheets=[SheetInfo(TEXT_SHEET, True, True)],
            note=note,
            _text_rows=table.rows,
        )
    facts = None if kind is FileKind.XLS else check_zip(path, kind)
    date1904 = facts.date1904 if facts is not None else False
    note = (
        "an Excel workbook with macros: the macros were ignored, never run"
        if facts is not None and facts.macros
        else ""
    )
    del data
    workbook = _open_workbook(path, kind)
    sheets = [
        SheetInfo(
            name=meta.name,
            visible=meta.visible == calamine.SheetVisibleEnum.Visible,
            is_worksheet=meta.typ == calamine.SheetTypeEnum.WorkSheet,
            state=_state(meta.visible),
        )
        for meta in workbook.sheets_metadata
    ]
    return RosterFile(
        path=path,
        kind=kind,
        sha256=digest,
        sheets=sheets,
        date1904=date1904,
        note=note,
        _workbook=workbook,
        plain_sheets=facts.plain_sheets if facts is not None else frozenset(),
    )


def _open_workbook(path: Path, kind: FileKind) -> Any:
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError as exc:
        raise password_protected(path) from exc
    except calamine.ZipError as exc:
        raise damaged_zip(path) from exc
    except (calamine.CalamineError, calamine.XmlError, ValueError, OSError) as exc:
        what = "workbook" if kind is not FileKind.ODS else "spreadsheet"
        raise unreadable(
            path,
            f"the {what} is damaged and cannot be read ({type(exc).__name__}). Open it in Excel "
            "or LibreOffice and save it again.",
        ) from exc
