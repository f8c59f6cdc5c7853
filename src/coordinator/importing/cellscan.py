"""Cells calamine reads as blanks: error values (#N/A) and formulas with no saved value."""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Collection
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from coordinator.importing.filetypes import FORMULA_OR_ERROR_MARKERS, column_number

MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
NO_SAVED_VALUE = "a formula with no saved value"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")

CellErrors = dict[tuple[int, int], str]


def sheet_part(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The zip path of a named worksheet (xl/worksheets/sheetN.xml), via the workbook's rels."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rel_id = None
    for sheet in workbook.iter(f"{MAIN_NS}sheet"):
        if sheet.get("name") == sheet_name:
            rel_id = sheet.get(f"{REL_NS}id")
    if rel_id is None:
        return None
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{PKG_REL_NS}Relationship"):
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def xlsx_cell_errors(path: Path, sheet_name: str, plain_sheets: Collection[str] = ()) -> CellErrors:
    """(row index, column index) -> the error text, for every error or unsaved formula cell.

    `plain_sheets` names worksheet parts already scanned and found to hold no formula or error
    marker (filetypes.check_zip): those are not unpacked again."""
    with zipfile.ZipFile(path) as archive:
        part = sheet_part(archive, sheet_name)
        if part is None or part not in archive.namelist() or part in plain_sheets:
            return {}
        if not _may_hold_errors(archive, part):
            return {}
        with archive.open(part) as stream:
            return _scan(stream)


def _may_hold_errors(archive: zipfile.ZipFile, part: str) -> bool:
    """A fast byte search so ordinary sheets (no formulas, no errors) are never XML-parsed."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            window = tail + chunk
            if any(marker in window for marker in FORMULA_OR_ERROR_MARKERS):
                return True
            tail = chunk[-8:]
    return False


def _scan(stream: IO[bytes]) -> CellErrors:
    errors: CellErrors = {}
    for _event, element in ElementTree.iterparse(stream, events=("end",)):
        if element.tag != f"{MAIN_NS}c":
            continue
        where = _position(element.get("r", ""))
        if where is not None:
            value = element.find(f"{MAIN_NS}v")
            has_value = value is not None and (value.text or "") != ""
            if element.get("t") == "e":
                errors[where] = value.text if value is not None and value.text else "#ERROR"
            elif element.find(f"{MAIN_NS}f") is not None and not has_value:
                errors[where] = NO_SAVED_VALUE
        element.clear()
    return errors


def _position(reference: str) -> tuple[int, int] | None:
    match = _CELL_REF.fullmatch(reference)
    if match is None:
        return None
    return int(match.group(2)) - 1, column_number(match.group(1)) - 1


_NUM_FMT = re.compile(rb'<(?:\w+:)?numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"')
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.DOTALL)
_XF = re.compile(rb"<(?:\w+:)?xf\b([^>]*)")
_XF_NUM_FMT = re.compile(rb'numFmtId="(\d+)"')
_STYLED_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*?\bs="(\d+)"')
PaddedCells = dict[tuple[int, int], int]


def _zero_pad_styles(styles: bytes) -> dict[int, int]:
    """Cell style index -> digits, for styles whose number format only pads with zeros
    ("000000": 42 shows as 000042)."""
    widths = {
        int(fid): len(code)
        for fid, code in (
            (m.group(1), m.group(2).decode("utf-8", "replace")) for m in _NUM_FMT.finditer(styles)
        )
        if code and set(code) == {"0"} and len(code) > 1
    }
    if not widths:
        return {}
    block = _CELL_XFS.search(styles)
    if block is None:
        return {}
    padded: dict[int, int] = {}
    for index, xf in enumerate(_XF.finditer(block.group(1))):
        found = _XF_NUM_FMT.search(xf.group(1))
        if found and int(found.group(1)) in widths:
            padded[index] = widths[int(found.group(1))]
    return padded


def xlsx_zero_padded(path: Path, sheet_name: str) -> PaddedCells:
    """(row index, column index) -> digits, for number cells shown zero-padded (000042)."""
    with zipfile.ZipFile(path) as archive:
        if "xl/styles.xml" not in archive.namelist():
            return {}
        styles = _zero_pad_styles(archive.read("xl/styles.xml"))
        if not styles:
            return {}
        part = sheet_part(archive, sheet_name)
        if part is None or part not in archive.namelist():
            return {}
        data = archive.read(part)
    cells: PaddedCells = {}
    for match in _STYLED_CELL.finditer(data):
        width = styles.get(int(match.group(3)))
        if width:
            row, column = int(match.group(2)) - 1, column_number(match.group(1).decode()) - 1
            cells[(row, column)] = width
    return cells
