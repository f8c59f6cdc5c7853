"""What kind of file a roster really is (by its bytes), and safety checks made before parsing."""

from __future__ import annotations

import codecs
import enum
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from coordinator.errors import UnreadableInputError

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

# Limits checked before any parser sees the file: a real roster is far inside all of them.
MAX_UNCOMPRESSED_BYTES = 1_000_000_000
MAX_ZIP_ENTRIES = 10_000
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_MIN_BYTES = 20_000_000
MAX_DECLARED_ROWS = 1_048_576
MAX_DECLARED_COLUMNS = 16_384
XML_HEAD_BYTES = 4096  # where a sheet's <dimension> tag is (Excel writes it first)
XML_CHUNK_BYTES = 1 << 20  # the whole of each XML part is scanned, this much at a time

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"')
_ENTITY_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
# A worksheet holding none of these has no error cell and no formula (cellscan looks no further).
FORMULA_OR_ERROR_MARKERS = (b't="e"', b"<f>", b"<f ", b"<f/>")


class FileKind(enum.StrEnum):
    XLSX = "xlsx"  # also .xlsm: the same Office Open XML zip; macros are never run
    XLS = "xls"
    ODS = "ods"
    TEXT = "text"  # csv or txt


EXTENSION_KINDS = {
    ".xlsx": FileKind.XLSX,
    ".xlsm": FileKind.XLSX,
    ".xls": FileKind.XLS,
    ".ods": FileKind.ODS,
    ".csv": FileKind.TEXT,
    ".txt": FileKind.TEXT,
    ".tsv": FileKind.TEXT,
}

KIND_NAMES = {
    FileKind.XLSX: "an Excel workbook (.xlsx)",
    FileKind.XLS: "an old-style Excel 97-2003 workbook (.xls)",
    FileKind.ODS: "an OpenDocument spreadsheet (.ods)",
    FileKind.TEXT: "a text (CSV) file",
}

KIND_EXTENSIONS = {
    FileKind.XLSX: ".xlsx",
    FileKind.XLS: ".xls",
    FileKind.ODS: ".ods",
    FileKind.TEXT: ".csv",
}


@dataclass(frozen=True)
class ZipFacts:
    """What the pre-parse check learned about a zip-based workbook."""

    date1904: bool = False
    macros: bool = False  # an .xlsm's VBA project: never run, only said
    # Worksheet parts the scan found no formula or error marker in (cellscan skips them).
    plain_sheets: frozenset[str] = frozenset()


def unreadable(path: Path, what: str) -> UnreadableInputError:
    return UnreadableInputError(f"{path.name}: {what}")


def detect_kind(path: Path, data: bytes) -> FileKind:
    """The file's real kind from its bytes; refuse files whose name promises another kind."""
    if not data:
        raise unreadable(path, "the file is empty (0 bytes). Export the roster again.")
    head = data[:4096]
    if head.startswith(CFB_MAGIC):
        refuse_encrypted_ole(path, data)
    claimed = EXTENSION_KINDS.get(path.suffix.lower())
    actual = _kind_from_bytes(path, head)
    if claimed is not None and claimed != actual:
        raise unreadable(
            path,
            f"the name says {KIND_NAMES[claimed]} but the file is really "
            f"{KIND_NAMES[actual]}. Open it in Excel and save it again as .xlsx, or rename it "
            f"to end in {KIND_EXTENSIONS[actual]}.",
        )
    return actual


def _kind_from_bytes(path: Path, head: bytes) -> FileKind:
    if head.startswith(CFB_MAGIC):
        return FileKind.XLS
    if head.startswith(ZIP_MAGICS):
        return _zip_kind(path)
    lowered = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<table", b"<meta")):
        raise unreadable(
            path,
            "this is a web page (HTML or XML) saved with a spreadsheet name, not a real "
            "workbook. Open it in Excel and use Save As > Excel Workbook (.xlsx).",
        )
    if head.startswith(b"%PDF"):
        raise unreadable(path, "this is a PDF, not a spreadsheet. Ask HR for the Excel export.")
    return FileKind.TEXT


def _zip_kind(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return FileKind.XLSX
            if "mimetype" in names and archive.read("mimetype").strip() == ODS_MIMETYPE:
                return FileKind.ODS
            if "content.xml" in names:
                return FileKind.ODS
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
        raise damaged_zip(path) from exc
    raise unreadable(
        path, "this zip file holds no spreadsheet. Choose the .xlsx, .ods or .csv file itself."
    )


def damaged_zip(path: Path) -> UnreadableInputError:
    return unreadable(
        path,
        "the file is damaged or incomplete (a broken zip; perhaps the download or copy was cut "
        "short). Download or export it again.",
    )


_ENCRYPTED_NAME = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
CFB_HEADER_BYTES = 512
CFB_ENTRY_BYTES = 128


def refuse_encrypted_ole(path: Path, data: bytes) -> None:
    """A password-protected .xlsx is an OLE file holding a stream named EncryptedPackage.

    Only a real directory entry counts (on a 128-byte boundary after the header, with the name
    length field saying 34 bytes), so cell text that happens to read "EncryptedPackage" does not.
    """
    at = data.find(_ENCRYPTED_NAME)
    while at >= 0:
        aligned = at >= CFB_HEADER_BYTES and (at - CFB_HEADER_BYTES) % CFB_ENTRY_BYTES == 0
        if aligned and data[at + 64 : at + 66] == len(_ENCRYPTED_NAME).to_bytes(2, "little"):
            raise password_protected(path)
        at = data.find(_ENCRYPTED_NAME, at + 1)


def password_protected(path: Path) -> UnreadableInputError:
    return unreadable(
        path,
        "the workbook is protected with a password. Open it in Excel, remove the password "
        "(File > Info > Protect Workbook) and save an unprotected copy, then import that copy.",
    )


def check_zip(path: Path, kind: FileKind) -> ZipFacts:
    """Refuse zip bombs, absurd sheet sizes and XML entity tricks before any parser runs."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(path, infos)
            date1904 = False
            macros = any(i.filename.lower().endswith("vbaproject.bin") for i in infos)
            plain: set[str] = set()
            for info in infos:
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                head, marked = _scan_part(path, archive, info)
                if kind is FileKind.XLSX and info.filename.startswith("xl/worksheets/"):
                    _check_dimension(path, head)
                    if not marked:
                        plain.add(info.filename)
                if info.filename == "xl/workbook.xml":
                    date1904 = _workbook_uses_1904(archive, info)
            return ZipFacts(date1904=date1904, macros=macros, plain_sheets=frozenset(plain))
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
        raise damaged_zip(path) from exc
    except OSError as exc:  # a garbled offset makes zipfile seek before the file's start
        raise damaged_zip(path) from exc
    except RuntimeError as exc:  # zipfile raises this for encrypted members
        raise password_protected(path) from exc


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ZIP_ENTRIES:
        raise unreadable(
            path,
            f"the file holds {len(infos):,} parts, far more than any roster; it is not a normal "
            "spreadsheet. Export the roster again.",
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _too_big(path, total)
    for info in infos:
        if info.file_size > RATIO_CHECK_MIN_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise _too_big(path, info.file_size)


def _too_big(path: Path, size: int) -> UnreadableInputError:
    return unreadable(
        path,
        f"the file says it unpacks to {size / 1_000_000:,.0f} MB, which no roster needs; it was "
        "not opened. Export only the roster sheet again.",
    )


def _scan_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[bytes, bool]:
    """Read the whole XML part in chunks, refusing entity declarations wherever they are (a
    parser may accept a DOCTYPE after any amount of padding); return its first bytes, and
    whether a formula or error cell marker appears in it (the same pass, so a worksheet's
    text is unpacked once for both).

    The text is looked at as UTF-8 or, when the part says so with its first bytes, as UTF-16;
    the bytes read are counted, so a part that unpacks past its declared size is refused too.
    """
    head = b""
    decoder: codecs.IncrementalDecoder | None = None
    carry = b""
    read = 0
    marked = False
    with archive.open(info) as part:
        while chunk := part.read(XML_CHUNK_BYTES):
            read += len(chunk)
            if read > info.file_size or read > MAX_UNCOMPRESSED_BYTES:
                raise _too_big(path, read)
            if not head:
                head = chunk[:XML_HEAD_BYTES]
                decoder = _utf16_decoder(chunk)
            text = (
                decoder.decode(chunk).encode("utf-8", "replace") if decoder is not None else chunk
            )
            window = carry + text
            if b"<!" in window:  # both markers begin so: the rest is looked at only then
                _check_entities(path, window.upper())
            # '<f' first: one search of the chunk settles a sheet without formulas.
            marked = marked or (
                (b"<f" in window or b't="e"' in window)
                and any(m in window for m in FORMULA_OR_ERROR_MARKERS)
            )
            carry = window[-MARKER_OVERLAP:]
    return head, marked


MARKER_OVERLAP = max(len(m) for m in (*_ENTITY_MARKERS, *FORMULA_OR_ERROR_MARKERS)) - 1


def _utf16_decoder(first: bytes) -> codecs.IncrementalDecoder | None:
    if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return codecs.getincrementaldecoder("utf-16")("replace")
    if first.startswith(b"<\x00"):
        return codecs.getincrementaldecoder("utf-16-le")("replace")
    if first.startswith(b"\x00<"):
        return codecs.getincrementaldecoder("utf-16-be")("replace")
    return None


def _check_entities(path: Path, text: bytes) -> None:
    if any(marker in text for marker in _ENTITY_MARKERS):
        raise unreadable(
            path,
            "the file contains XML entity declarations, which spreadsheet programs never write; "
            "it was not opened. Open the original in Excel and save a fresh copy.",
        )


def _check_dimension(path: Path, head: bytes) -> None:
    match = _DIMENSION.search(head)
    if match is None:
        return
    last_col, last_row = match.group(3) or match.group(1), match.group(4) or match.group(2)
    rows = int(last_row) if last_row else 0
    columns = column_number(last_col.decode()) if last_col else 0
    if rows > MAX_DECLARED_ROWS or columns > MAX_DECLARED_COLUMNS:
        raise unreadable(
            path,
            f"a sheet declares {rows:,} rows and {columns:,} columns, more than Excel allows; "
            "the file was not opened. Export the roster again.",
        )


def _workbook_uses_1904(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    with archive.open(info) as part:
        text = part.read(200_000)
    return re.search(rb'date1904="(1|true)"', text) is not None


def column_number(letters: str) -> int:
    """`A` -> 1, `AB` -> 28."""
    number = 0
    for letter in letters:
        number = number * 26 + (ord(letter) - 64)
    return number


def column_letters(number: int) -> str:
    """1 -> `A`, 28 -> `AB`."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
