"""The bad-file corpus: every kind of broken or hostile roster the issue lists, built on the fly."""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.importing.corpus import HEADERS_MONTH_1, MONTH_1, write_csv, write_xls, write_xlsx


def _good_xlsx(path: Path) -> Path:
    return write_xlsx(path, HEADERS_MONTH_1, MONTH_1)


def _rewrite_zip(source: Path, target: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info.filename)))
    return target


def empty_file(folder: Path) -> Path:
    path = folder / "empty.xlsx"
    path.write_bytes(b"")
    return path


def xls_renamed_xlsx(folder: Path) -> Path:
    real = write_xls(folder / "real.xls", HEADERS_MONTH_1, MONTH_1)
    path = folder / "renamed.xlsx"
    real.rename(path)
    return path


def html_saved_as_xls(folder: Path) -> Path:
    path = folder / "report.xls"
    path.write_text(
        "<html><head><meta charset='utf-8'></head><body><table><tr><td>Emp ID</td>"
        "<td>Last Name</td></tr><tr><td>1</td><td>Smith</td></tr></table></body></html>"
    )
    return path


def truncated_zip(folder: Path) -> Path:
    data = _good_xlsx(folder / "whole.xlsx").read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_zip(folder: Path) -> Path:
    """The central directory is intact but the compressed sheet data is garbage."""
    source = _good_xlsx(folder / "whole.xlsx")
    path = folder / "corrupt.xlsx"
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 4, start + min(info.compress_size - 4, 200)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def password_protected(folder: Path) -> Path:
    """What Excel writes for a password: an OLE compound file holding an EncryptedPackage."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HH", 0x3E, 3)
    header += b"\xfe\xff\x09\x00" + b"\x00" * (512 - len(header) - 4)
    name = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    entry = name.ljust(64, b"\x00") + struct.pack("<H", len(name)) + b"\x02" + b"\x00" * 61
    info = "EncryptionInfo".encode("utf-16-le").ljust(128, b"\x00")
    path = folder / "protected.xlsx"
    path.write_bytes(header + entry + info + b"\x00" * 2048)
    return path


def declared_size_bomb(folder: Path, size: int = 0xFFFFFFF0, name_out: str = "bomb.xlsx") -> Path:
    """A small file whose zip directory claims the sheet unpacks to about 4 GB."""
    data = bytearray(_good_xlsx(folder / "whole.xlsx").read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    path = folder / name_out
    path.write_bytes(bytes(data))
    return path


def ratio_bomb(folder: Path) -> Path:
    """Under the size limit in all, but one part says 60 MB from a few kilobytes (a huge ratio)."""
    return declared_size_bomb(folder, 60_000_000, "ratio.xlsx")


def absurd_row_count(folder: Path) -> Path:
    def change(name: str, content: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:G90000000"', content)
        return content

    return _rewrite_zip(_good_xlsx(folder / "whole.xlsx"), folder / "huge.xlsx", change)


def entity_attack(folder: Path) -> Path:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )

    def change(name: str, content: bytes) -> bytes:
        if name == "xl/sharedStrings.xml" or name == "xl/worksheets/sheet1.xml":
            body = re.sub(rb"^<\?xml[^>]*\?>", b"", content)
            return laughs + body.replace(b"<v>", b"<v>&lol3;", 1)
        return content

    return _rewrite_zip(_good_xlsx(folder / "whole.xlsx"), folder / "laughs.xlsx", change)


def entity_after_padding(folder: Path) -> Path:
    """The DOCTYPE after 64 KB of comment: a check that reads only the first 4 KB misses it."""
    padding = b"<!--" + b" " * 65_536 + b"-->"
    doctype = b'<!DOCTYPE x [<!ENTITY big "' + b"A" * 1000 + b'">]>'

    def change(name: str, content: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            body = re.sub(rb"^<\?xml[^>]*\?>", b"", content)
            head = b'<?xml version="1.0"?>' + padding + doctype
            return head + body.replace(b"<v>", b"<v>&big;", 1)
        return content

    return _rewrite_zip(_good_xlsx(folder / "whole.xlsx"), folder / "padded.xlsx", change)


def entity_in_utf16(folder: Path) -> Path:
    """The same trick in a UTF-16 part, whose bytes never spell <!DOCTYPE in ASCII."""

    def change(name: str, content: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            body = re.sub(rb"^<\?xml[^>]*\?>", b"", content).decode("utf-8")
            text = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE s [<!ENTITY e "x">]>' + body
            return text.encode("utf-16")
        return content

    return _rewrite_zip(_good_xlsx(folder / "whole.xlsx"), folder / "utf16.xlsx", change)


def headers_only(folder: Path) -> Path:
    return write_xlsx(folder / "headers-only.xlsx", HEADERS_MONTH_1, [])


def unclosed_quote(folder: Path) -> Path:
    path = folder / "quote.csv"
    path.write_text('Emp ID,Last Name,First Name\n1,Smith,Jo\n2,"Lee,Min\n3,Kim,Ana\n')
    return path


def nul_bytes(folder: Path) -> Path:
    """UTF-16 saved without its marker: a NUL beside every letter (one stray NUL is only a
    problem in its cell: test_nul_byte.py)."""
    path = write_csv(folder / "nul.csv", HEADERS_MONTH_1, [["1", "Smith", "Jo"]])
    path.write_bytes(path.read_bytes().decode("utf-8").encode("utf-16-le"))
    return path


# (builder, words the message must contain)
BAD_FILES: list[tuple[Callable[[Path], Path], str]] = [
    (empty_file, "empty (0 bytes)"),
    (xls_renamed_xlsx, "really an old-style Excel 97-2003 workbook (.xls)"),
    (html_saved_as_xls, "web page"),
    (truncated_zip, "damaged or incomplete"),
    (corrupt_zip, "damaged"),
    (password_protected, "save an unprotected copy"),
    (declared_size_bomb, "unpacks to"),
    (ratio_bomb, "unpacks to 60 MB"),
    (absurd_row_count, "90,000,000 rows"),
    (entity_attack, "XML entity declarations"),
    (entity_after_padding, "XML entity declarations"),
    (entity_in_utf16, "XML entity declarations"),
    (headers_only, "no rows of people"),
    (unclosed_quote, "opened on line 3 is never closed"),
    (nul_bytes, "NUL bytes"),
]
