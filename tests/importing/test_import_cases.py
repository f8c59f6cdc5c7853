"""Lines of IMPORT_CASES.md no other test covered: each file built here, imported through the
command line (the code the wizard shares), what the user sees asserted, and a refusal writing
nothing."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from tests.importing.conftest import counts
from tests.importing.corpus import HEADERS_MONTH_1, MONTH_1, write_csv, write_xlsx

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Campus, Person
from coordinator.importing.roster.pipeline import prepare_import

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(db_path: Path, db: Database, capsys: pytest.CaptureFixture[str]) -> Run:
    def go(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), "import", "roster", *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return go


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, change(info.filename, old.read(info.filename)))
    return target


def _sheet_xml(change: Callable[[bytes], bytes]) -> Callable[[str, bytes], bytes]:
    return lambda name, data: change(data) if name.startswith("xl/worksheets/sheet") else data


# --- Containers ----------------------------------------------------------------------------------


def test_blank_lines_and_delimiters_only_are_no_header_not_a_success(
    run: Run, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "blank.csv"
    path.write_text(",,,\n\n;;;\n,,,\n", encoding="utf-8")
    before = counts(db)
    code, out, err = run(str(path))
    assert code == 2
    assert err.startswith("coordinator: blank.csv: no header row was found in the first 30 rows")
    assert "imported" not in out
    assert counts(db) == before


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("notbook.xlsx", "zip", "this zip file holds no spreadsheet"),
        ("scan.xlsx", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "this is a PDF"),
        ("text.xlsx", "csv", "the file is really a text (CSV) file"),
        ("book.csv", "xlsx", "the file is really an Excel workbook (.xlsx)"),
    ],
)
def test_a_file_whose_name_lies_is_sniffed_and_said_what_it_is(
    run: Run, db: Database, tmp_path: Path, name: str, content: object, words: str
) -> None:
    path = tmp_path / name
    if content == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    elif content == "csv":
        write_csv(path, HEADERS_MONTH_1, MONTH_1)
    elif content == "xlsx":
        path.write_bytes(write_xlsx(tmp_path / "real.xlsx", HEADERS_MONTH_1, MONTH_1).read_bytes())
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    before = counts(db)
    code, _out, err = run(str(path))
    assert code == 2
    assert err.startswith(f"coordinator: {name}: ")
    assert words in err
    assert counts(db) == before


def _with_macros(tmp_path: Path) -> Path:
    plain = write_xlsx(tmp_path / "plain.xlsx", HEADERS_MONTH_1, MONTH_1)

    def add_type(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(
                b"</Types>",
                b'<Default Extension="bin" '
                b'ContentType="application/vnd.ms-office.vbaProject"/></Types>',
            )
        return data

    path = _rewrite(plain, tmp_path / "roster.xlsm", add_type)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + bytes(200))
    return path


def test_an_xlsm_is_read_and_its_macros_are_said_to_be_ignored(
    run: Run, db: Database, tmp_path: Path
) -> None:
    path = _with_macros(tmp_path)
    code, out, err = run(str(path), "--date-order", "mdy")
    assert code == 0, err
    assert (
        "note: roster.xlsm (an Excel workbook with macros: the macros were ignored, never run)"
        in (err)
    )
    assert out.startswith("new=4 ")
    prepared = prepare_import(db, path, date_order="mdy")
    assert prepared.source.roster.note.startswith("an Excel workbook with macros")


def test_a_workbook_with_only_sheet_protection_imports_normally(
    run: Run, db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "locked.xlsx", HEADERS_MONTH_1, MONTH_1)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.protection.sheet = True
    sheet.protection.password = "hr"
    book.save(path)
    code, out, err = run(str(path), "--date-order", "mdy")
    assert code == 0, err
    assert out.startswith("new=4 ")


@pytest.mark.parametrize("dimension", [b"A1", b"A1:G1048576"])
def test_a_dimension_that_lies_reads_the_rows_really_there(
    run: Run, db: Database, tmp_path: Path, dimension: bytes
) -> None:
    plain = write_xlsx(tmp_path / "plain.xlsx", HEADERS_MONTH_1, MONTH_1)
    path = _rewrite(
        plain,
        tmp_path / "claims.xlsx",
        _sheet_xml(
            lambda xml: re.sub(
                rb'<dimension ref="[^"]*"/>', b'<dimension ref="' + dimension + b'"/>', xml
            )
        ),
    )
    code, out, err = run(str(path), "--date-order", "mdy")
    assert code == 0, err
    assert out.startswith("new=4 ")


def test_one_stray_cell_on_the_last_row_is_not_a_person(
    run: Run, db: Database, tmp_path: Path
) -> None:
    plain = write_xlsx(tmp_path / "plain.xlsx", HEADERS_MONTH_1, MONTH_1)
    stray = b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    path = _rewrite(
        plain,
        tmp_path / "stray.xlsx",
        _sheet_xml(lambda xml: xml.replace(b"</sheetData>", stray + b"</sheetData>")),
    )
    code, out, err = run(str(path), "--date-order", "mdy")
    assert code == 0, err
    assert out.startswith("new=4 ")
    assert (
        "note: Row 1,048,576 and any below it were not read: they come after 1,048,570 blank "
        "rows, far below the roster."
    ) in err
    assert "MISSING_NAME" not in err


# --- Rows ---------------------------------------------------------------------------------------


def test_the_same_person_twice_in_the_file_names_both_rows(
    run: Run, db: Database, tmp_path: Path
) -> None:
    rows = [*MONTH_1, ["090011", "Nguyễn", "Mai", "", "Lamar Elementary", "Librarian", ""]]
    path = write_csv(tmp_path / "twice.csv", HEADERS_MONTH_1, rows)
    before = counts(db)
    code, _out, err = run(str(path), "--date-order", "mdy")
    assert code == 1
    assert "row 2" in err
    assert "row 6" in err
    assert "[REPEATED_IN_FILE]" in err
    assert counts(db) == before


def test_embedded_newlines_and_cr_only_line_ends_keep_excel_row_numbers(
    run: Run, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(
        b"Emp ID,Last Name,First Name,Campus Name\r"
        b'100001,"Smith\nJones",Jo,Lamar Elementary\r'
        b"100002,Kim,Ana,Lamar Elementary\r\n"
        b"100003,Lee,,Lamar Elementary\n"
    )
    before = counts(db)
    code, _out, err = run(str(path))
    assert code == 1
    assert "mac.csv, row 4, column 'Last Name' (B): The row has no name" in err  # as Excel counts
    assert "invisible characters removed: U+000A LINE FEED (row 2)" in err
    assert counts(db) == before
    code, _out, err = run(str(path), "--skip-invalid")
    assert code == 0, err
    with db.reading() as session:
        names = session.scalars(select(Person.last_name).order_by(Person.employee_id)).all()
    assert names == ["Smith Jones", "Kim"]


def test_bad_rows_deep_in_a_large_file_are_all_reported_in_one_pass(
    run: Run, db: Database, tmp_path: Path
) -> None:
    rows = [
        [f"{200000 + i}", f"Last{i}", f"First{i}", "", "Lamar Elementary", "", ""]
        for i in range(6000)
    ]
    rows[4100][1] = ""  # no last name
    rows[5990][0] = "1.00231E+05"  # digits lost
    path = write_csv(tmp_path / "big.csv", HEADERS_MONTH_1, rows)
    before = counts(db)
    code, _out, err = run(str(path))
    assert code == 1
    assert "big.csv, row 4102," in err
    assert "big.csv, row 5992," in err
    assert "2 rows have problems, so nothing was imported" in err
    assert counts(db) == before


# --- Values -------------------------------------------------------------------------------------


def test_a_formula_with_a_cached_value_gives_the_value(
    run: Run, db: Database, tmp_path: Path
) -> None:
    plain = write_xlsx(
        tmp_path / "plain.xlsx",
        ["Emp ID", "Last Name", "First Name", "Campus Name"],
        [["100001", "Kim", "Ana", "placeholder"]],
    )
    cached = b'<c r="D2" t="str"><f>"Lamar "&amp;"Elementary"</f><v>Lamar Elementary</v></c>'
    path = _rewrite(
        plain,
        tmp_path / "formula.xlsx",
        _sheet_xml(lambda xml: re.sub(rb'<c r="D2"[^>]*>.*?</c>', cached, xml)),
    )
    code, _out, err = run(str(path))
    assert code == 0, err
    with db.reading() as session:
        campus = session.scalar(select(Campus.name))
    assert campus == "Lamar Elementary"


def test_the_encoding_and_delimiter_are_shown(run: Run, db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "hr.txt", HEADERS_MONTH_1, MONTH_1, encoding="utf-16", delimiter="\t"
    )
    code, _out, err = run(str(path), "--dry-run", "--date-order", "mdy")
    assert code == 0, err
    assert "note: hr.txt (UTF-16, tab-separated)" in err
    legacy = write_csv(
        tmp_path / "ansi.csv",
        HEADERS_MONTH_1,
        [["1", "Müller", "Zoë", "", "", "", ""]],
        encoding="cp1252",
        delimiter=";",
    )
    code, _out, err = run(str(legacy), "--dry-run")
    assert code == 0, err
    assert "note: ansi.csv (Windows-1252, semicolon-separated)" in err
