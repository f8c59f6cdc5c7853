"""CSV and text rosters: encoding and delimiter detection; files that are not text are refused."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from coordinator.errors import UnreadableInputError

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
SNIFF_CHARS = 64_000
MAX_FIELD_CHARS = 64_000_000


@dataclass(frozen=True)
class TextTable:
    """The rows of a text file, with how it was read (shown in the preview)."""

    rows: list[list[str]]
    encoding: str
    delimiter: str


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was in: UTF-8 (BOM or not), UTF-16 with BOM, cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(path, data[3:], "utf-8"), "UTF-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(path, data, "utf-16"), "UTF-16"
    # A stray NUL or two spoil only their cells (a problem on that row); a file of them is
    # not text at all (binary, or UTF-16 saved without its marker).
    if b"\x00" in data and _mostly_nul(data.count(b"\x00"), len(data)):
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise UnreadableInputError(
            f"{path.name}: line {line} contains NUL bytes, so this is not a plain text file "
            "(perhaps a binary file, or UTF-16 saved without its marker). Open it in Excel and "
            "save it as CSV UTF-8 or .xlsx."
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page; latin-1 catches its 5 unused bytes.
        try:
            return data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "Latin-1"


def _mostly_nul(nuls: int, size: int) -> bool:
    return nuls > 16 and nuls * 100 > size


def _decode(path: Path, data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableInputError(
            f"{path.name}: the file says it is {encoding.upper()} but byte {exc.start} is not "
            "valid; it may be damaged. Save it again as CSV UTF-8."
        ) from exc
    if "\x00" in text and _mostly_nul(text.count("\x00"), len(text)):
        raise UnreadableInputError(
            f"{path.name}: the text contains NUL characters; it is not a plain roster file. "
            "Save it again from Excel as CSV UTF-8."
        )
    return text


def choose_delimiter(text: str) -> tuple[str, str, int]:
    """(delimiter, text without a `sep=` line, lines skipped) from a `sep=` line or a sniff."""
    first_end = text.find("\n")
    first = (text if first_end < 0 else text[:first_end]).strip().strip('"')
    if first.lower().startswith("sep=") and len(first) == 5 and first[4] in ",;\t|":
        return first[4], ("" if first_end < 0 else text[first_end + 1 :]), 1
    sample = text[:SNIFF_CHARS]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS))
        delimiter = str(dialect.delimiter)
    except csv.Error:
        header = sample.split("\n", 1)[0]
        delimiter = max(DELIMITERS, key=header.count)
    return delimiter, text, 0


def read_text_table(path: Path, data: bytes) -> TextTable:
    """Every row of a CSV/TXT roster; an unclosed quote is refused with the line it opened on."""
    text, encoding = decode_text(path, data)
    delimiter, body, skipped = choose_delimiter(text)
    # The csv module's own limit (128 KB a field) would call one overlong cell a broken quote;
    # a long cell is the row checker's problem (TOO_LONG there), not the whole file's.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    line_before = 0
    try:
        for row in reader:
            rows.append(row)
            line_before = reader.line_num
    except csv.Error as exc:
        line = line_before + 1 + skipped
        if "end of data" in str(exc):
            what = f'a quote (") opened on line {line} is never closed, so the rest of the file '
            what += "would run together"
        else:
            what = f'line {line} has a quote (") in the middle of a value'
        raise UnreadableInputError(
            f"{path.name}: {what}. Fix that line in a text editor or export the file again."
        ) from exc
    return TextTable(rows=rows, encoding=encoding, delimiter=delimiter)
