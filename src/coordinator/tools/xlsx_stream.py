"""One table written as an xlsx sheet straight from its rows, in constant memory.

For export tables of any size (a year's 222,000 check-ins): each row is turned into sheet XML as
it arrives and kept in an unnamed temporary file, so neither the rows nor their cells are held;
the package (workbook, styles, sheet) is zipped at the end, when the columns' fitted widths over
every row and the filter's last row are known. The cells are the ones tools.safe_sheets makes
with openpyxl: text is a string cell (never a formula) with Excel's quote prefix when it looks
like one, control characters removed and cut at Excel's limit; numbers keep the column's number
format; dates are dates ("yyyy-mm-dd"); the bold header row is frozen and filtered.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import IO, Any

from coordinator.tools.safe_sheets import (
    EXCEL_CELL_LIMIT,
    FORMULA_STARTS,
    ILLEGAL_CHARACTERS,
    WIDTH_CAP,
    column_widths,
    shown_length,
    workbook_text,
)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# Excel's own numbers for the formats it has built in; others are declared from 164 on.
BUILT_IN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4}
DATE_FORMAT, DATETIME_FORMAT = "yyyy-mm-dd", "yyyy-mm-dd h:mm:ss"  # what openpyxl gives dates
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
FLUSH_ROWS = 1000  # rows of XML gathered before they go to the temporary file
SEEN_LIMIT = 50_000  # remembered cells per column (a year's names recur; notes do not)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def column_letter(n: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Styles:
    """The sheet's cell formats (xf records), numbered as they are first asked for."""

    def __init__(self) -> None:
        self.formats: dict[str, int] = {}
        self.xfs: dict[tuple[int, int, bool], int] = {(0, 0, False): 0}

    def index(
        self, number_format: str | None = None, *, bold: bool = False, quote: bool = False
    ) -> int:
        format_id = 0
        if number_format is not None:
            format_id = BUILT_IN_FORMATS.get(number_format, -1)
            if format_id < 0:
                format_id = self.formats.setdefault(number_format, 164 + len(self.formats))
        return self.xfs.setdefault((format_id, int(bold), quote), len(self.xfs))

    def xml(self) -> str:
        formats = "".join(
            f'<numFmt numFmtId="{n}" formatCode="{escape_attribute(code)}"/>'
            for code, n in self.formats.items()
        )
        xfs = "".join(
            f'<xf numFmtId="{fmt}" fontId="{font}" fillId="0" borderId="0" xfId="0"'
            + (' applyNumberFormat="1"' if fmt else "")
            + (' applyFont="1"' if font else "")
            + (' quotePrefix="1"' if quote else "")
            + "/>"
            for fmt, font, quote in self.xfs
        )
        return (
            f'{DECLARATION}<styleSheet xmlns="{MAIN}">'
            f'<numFmts count="{len(self.formats)}">{formats}</numFmts>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><b val="1"/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
            '<fills count="2"><fill><patternFill/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            "</borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            f'</cellStyleXfs><cellXfs count="{len(self.xfs)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        )


def _text_body(value: str, quoted: int, plain: int = 0) -> str:
    """A string cell after its reference (inline, never a formula); "" for no text at all.

    `quoted` is the style with the quote prefix, for text Excel would run as a formula."""
    if ILLEGAL_CHARACTERS.search(value) or len(value) > EXCEL_CELL_LIMIT:
        value = workbook_text(value)
    if not value:
        return ""  # an empty cell, as openpyxl leaves it
    style = quoted if value.startswith(FORMULA_STARTS) else plain
    s = f' s="{style}"' if style else ""
    space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
    return f'{s} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'


def _serial(value: dt.date) -> float | int:
    if isinstance(value, dt.datetime):
        delta = value.replace(tzinfo=None) - EXCEL_EPOCH
        return delta.days + delta.seconds / 86_400 + delta.microseconds / 86_400_000_000
    return (value - EXCEL_EPOCH.date()).days


class _Column:
    """One column's cell styles, the cells of values it has seen (names and dates recur), and
    the longest value it shows so far (safe_sheets.shown_length)."""

    def __init__(self, styles: _Styles, number_format: str | None, quoted: int) -> None:
        self.number = styles.index(number_format) if number_format else 0
        self.date = self.number or styles.index(DATE_FORMAT)
        self.datetime = self.number or styles.index(DATETIME_FORMAT)
        self.quoted = quoted
        self.seen: dict[Any, tuple[str, int]] = {}
        self.longest = 0
        self.low: float | Decimal = 0  # numbers between low and high cannot widen the column
        self.high: float | Decimal = 0

    def body(self, value: Any) -> str:
        """The cell for a str or date after its reference, remembered; widens the column."""
        known = self.seen.get(value)
        if known is None:
            if len(self.seen) >= SEEN_LIMIT:
                self.seen.clear()
            if isinstance(value, str):
                known = (_text_body(value, self.quoted), shown_length(value))
            elif isinstance(value, dt.datetime):
                known = (f' s="{self.datetime}"><v>{_serial(value)!r}</v></c>', 16)
            elif isinstance(value, dt.date):
                known = (f' s="{self.date}"><v>{_serial(value)}</v></c>', 10)
            else:
                known = (_text_body(str(value), self.quoted), len(str(value)))
            self.seen[value] = known
        if known[1] > self.longest:
            self.longest = known[1]
        return known[0]

    def number_body(self, value: int | float | Decimal) -> str:
        if type(value) is Decimal:  # "1.500" is longer than "2.5": every one is measured
            self.longest = max(self.longest, shown_length(value))
        elif not self.low <= value <= self.high:  # the shown length grows with the size
            self.low, self.high = min(self.low, value), max(self.high, value)
            self.longest = max(self.longest, shown_length(value))
        style = f' s="{self.number}"' if self.number else ""
        return f"{style}><v>{value}</v></c>"


def write_table(
    out: IO[bytes],
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    number_formats: Sequence[str | None] = (),
    *,
    on_rows: Callable[[int], None] | None = None,
    cap: int = WIDTH_CAP,
) -> int:
    """Write `headers` and `rows` as one sheet named `title` to `out`; returns the data rows.

    `number_formats` gives each column's Excel number format, by position (None: General; dates
    still read as dates). `on_rows(n)` is called every FLUSH_ROWS rows with the rows written so
    far (progress, and Cancel: whatever it raises ends the write).
    """
    width = len(headers)
    letters = [column_letter(n) for n in range(1, width + 1)]
    styles = _Styles()
    header_style = styles.index(bold=True)
    quoted = styles.index(quote=True)
    header_quoted = styles.index(bold=True, quote=True)
    formats = [*number_formats, *[None] * width][:width]
    columns = [_Column(styles, f, quoted) for f in formats]
    count = 0
    with tempfile.TemporaryFile() as cells:
        header = "".join(
            f'<c r="{letters[n]}1"{body}'
            for n, h in enumerate(headers)
            if (body := _text_body(h, header_quoted, header_style))
        )
        parts = [f'<row r="1">{header}</row>']
        for row in rows:
            count += 1
            r = count + 1
            xml = []
            for letter, column, value in zip(letters, columns, row, strict=False):
                if value is None:
                    continue
                kind = type(value)
                if kind is int or kind is float or kind is Decimal:
                    xml.append(f'<c r="{letter}{r}"{column.number_body(value)}')
                elif kind is bool:
                    column.longest = max(column.longest, 3)
                    s = f' s="{column.number}"' if column.number else ""
                    xml.append(f'<c r="{letter}{r}"{s} t="b"><v>{int(value)}</v></c>')
                elif body := column.body(value):
                    xml.append(f'<c r="{letter}{r}"{body}')
            parts.append(f'<row r="{r}">{"".join(xml)}</row>')
            if count % FLUSH_ROWS == 0:
                cells.write("".join(parts).encode("utf-8"))
                parts.clear()
                if on_rows is not None:
                    on_rows(count)
        cells.write("".join(parts).encode("utf-8"))
        last = f"{letters[-1] if letters else 'A'}{count + 1}"
        longest = [max(len(h), c.longest) for h, c in zip(headers, columns, strict=True)]
        _package(out, title, cells, styles, column_widths(longest, cap=cap), last)
    return count


def _package(
    out: IO[bytes], title: str, cells: IO[bytes], styles: _Styles, widths: list[float], last: str
) -> None:
    size = cells.tell()
    cells.seek(0)
    cols = "".join(
        f'<col min="{n}" max="{n}" width="{w:g}" customWidth="1"/>'
        for n, w in enumerate(widths, start=1)
    )
    head = (
        f'{DECLARATION}<worksheet xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}">'
        f'<dimension ref="A1:{last}"/>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + "<sheetData>"
    )
    tail = (
        f'</sheetData><autoFilter ref="A1:{last}"/>'
        '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
        "</worksheet>"
    )
    name = workbook_text(title)[:31] or "Sheet"
    quoted_name = "'" + name.replace("'", "''") + "'"
    end = "$".join(_split_ref(last))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr(
            "xl/workbook.xml",
            f'{DECLARATION}<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><workbookPr/>'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f'<sheets><sheet name="{escape_attribute(name)}" sheetId="1" r:id="rId1"/></sheets>'
            '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" '
            f'hidden="1">{escape(quoted_name)}!$A$1:${end}</definedName></definedNames>'
            '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>',
        )
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        book.writestr("xl/styles.xml", styles.xml())
        big = size + len(head) + len(tail) > zipfile.ZIP64_LIMIT // 2
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=big) as sheet:
            sheet.write(head.encode("utf-8"))
            shutil.copyfileobj(cells, sheet, 1 << 20)
            sheet.write(tail.encode("utf-8"))


def _split_ref(ref: str) -> tuple[str, str]:
    digits = len(ref) - len(ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return ref[:digits], ref[digits:]


CONTENT_TYPES = (
    f'{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'{DECLARATION}<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK_RELS = (
    f'{DECLARATION}<Relationships xmlns="{PACKAGE}">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>'
)
