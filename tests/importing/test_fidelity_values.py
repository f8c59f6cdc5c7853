"""Values stored exactly as the file means them, or a problem in the preview: never a guess,
never a silent change (IDs, phones, hire dates, invisible characters, spacing, encodings)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from tests.importing.corpus import write_csv, write_xlsx

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.importing.roster.pipeline import PreparedImport, apply_import, prepare_import

HEADERS = ["Emp ID", "Last Name", "First Name", "Phone", "Hire Date"]
LATEST = dt.date.today().year + 1  # the importer's own bound; the test values sit far from it


def _csv(tmp_path: Path, rows: list[list[object]], name: str = "roster.csv") -> Path:
    return write_csv(tmp_path / name, HEADERS, rows)


def _problems(prepared: PreparedImport) -> list[tuple[int | None, str, str]]:
    return [(p.row, p.letter, p.code) for p in prepared.checked.problems]


def test_ids_and_phones_mangled_into_scientific_notation_are_problems(
    db: Database, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["1.00231E+05", "Abe", "Cy", "", ""],
        ["100232", "Bo", "Di", "5.12555E+09", ""],
        ["100233", "Ek", "Fa", "5125550100", ""],
    ]
    prepared = prepare_import(db, _csv(tmp_path, rows))
    assert _problems(prepared) == [(2, "A", "ID_DIGITS_LOST"), (3, "D", "NUMBER_DIGITS_LOST")]
    assert (
        prepared.checked.problems[0]
        .describe()
        .startswith(
            "roster.csv, row 2, column 'Emp ID' (A): value '1.00231E+05': Excel turned this number "
            "into scientific notation and dropped digits: format the ID column as Text"
        )
    )
    assert [r.values.get("phone") for r in prepared.checked.records] == ["5125550100"]


def test_an_id_written_with_a_trailing_point_zero_is_accepted_with_a_note(
    db: Database, tmp_path: Path
) -> None:
    prepared = prepare_import(db, _csv(tmp_path, [["100235.0", "Abe", "Cy", "", ""]]))
    assert prepared.checked.records[0].values["employee_id"] == "100235"
    assert "Column A 'Emp ID': IDs ending in '.0' were read without the '.0' (row 2)." in (
        prepared.warnings
    )


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2025-08-24", dt.date(2025, 8, 24)),
        ("Aug 24, 2025", dt.date(2025, 8, 24)),
        ("24.08.2025", dt.date(2025, 8, 24)),
        ("24/08/2025", dt.date(2025, 8, 24)),
        ("08/24/2025", dt.date(2025, 8, 24)),
        ("08/08/2025", dt.date(2025, 8, 8)),  # the same either way
    ],
)
def test_unambiguous_dates_are_read(
    db: Database, tmp_path: Path, written: str, day: dt.date
) -> None:
    prepared = prepare_import(db, _csv(tmp_path, [["1", "Abe", "Cy", "", written]]))
    assert prepared.checked.problems == []
    assert prepared.checked.records[0].values["hire_date"] == day


def test_an_ambiguous_date_follows_the_files_other_rows(db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["1", "Abe", "Cy", "", "03/04/2025"],
        ["2", "Bo", "Di", "", "25/08/2025"],
    ]
    prepared = prepare_import(db, _csv(tmp_path, rows))
    assert prepared.checked.problems == []
    assert prepared.checked.records[0].values["hire_date"] == dt.date(2025, 4, 3)
    assert (
        "Column E 'Hire Date': dates like 03/04/2025 were read day first, as row 3 shows (row 2)."
    ) in prepared.warnings


def test_an_ambiguous_date_nothing_settles_is_a_problem_until_the_order_is_chosen(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path, [["1", "Abe", "Cy", "", "03/04/2025"]])
    assert main(["--db", str(db_path), "init"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", "roster", str(path)]) == 1
    err = capsys.readouterr().err
    assert (
        "roster.csv, row 2, column 'Hire Date' (E): value '03/04/2025': It is not clear which "
        "number is the month." in err
    )
    assert "[AMBIGUOUS_DATE]" in err
    assert main(["--db", str(db_path), "import", "roster", str(path), "--date-order", "mdy"]) == 0
    assert "dates like 03/04/2025 were read month first, as the mapping says" in (
        capsys.readouterr().err
    )


def test_rows_that_disagree_on_the_order_leave_every_unclear_date_a_problem(
    db: Database, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["1", "Abe", "Cy", "", "03/04/2025"],
        ["2", "Bo", "Di", "", "25/08/2025"],
        ["3", "Ek", "Fa", "", "08/25/2025"],
    ]
    prepared = prepare_import(db, _csv(tmp_path, rows))
    assert _problems(prepared) == [(2, "E", "AMBIGUOUS_DATE")]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("2024.0815", "SERIAL_IN_TEXT"),
        ("45519", "SERIAL_IN_TEXT"),
        ("03/04/1905", "DATE_NOT_PLAUSIBLE"),
        ("2099-08-01", "DATE_NOT_PLAUSIBLE"),
        ("next week", "BAD_DATE"),
    ],
)
def test_what_is_not_plausibly_a_hire_date_is_a_problem_never_a_guess(
    db: Database, tmp_path: Path, written: str, code: str
) -> None:
    prepared = prepare_import(
        db, _csv(tmp_path, [["1", "Abe", "Cy", "", written]]), date_order="mdy"
    )
    assert _problems(prepared) == [(2, "E", code)]
    assert prepared.checked.records == []


def test_real_date_cells_are_read_and_a_bare_number_cell_is_not(
    db: Database, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["1", "Abe", "Cy", "", dt.date(2025, 8, 24)],
        ["2", "Bo", "Di", "", 45519],  # a number in a General cell: not a date
        ["3", "Ek", "Fa", "", dt.date(1905, 3, 4)],
    ]
    prepared = prepare_import(db, write_xlsx(tmp_path / "dates.xlsx", HEADERS, rows))
    assert _problems(prepared) == [(3, "E", "SERIAL_IN_TEXT"), (4, "E", "DATE_NOT_PLAUSIBLE")]
    assert prepared.checked.records[0].values["hire_date"] == dt.date(2025, 8, 24)
    assert LATEST > 2025


def test_invisible_characters_are_removed_and_named_and_never_stored(
    db: Database, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["1", "Abe\u202e", "Cy", "", ""],  # a right-to-left override
        ["2", "Bo\u200b", "Di\tAnn", "", ""],  # a zero-width space; a tab inside the name
    ]
    prepared = prepare_import(db, _csv(tmp_path, rows))
    assert prepared.checked.problems == []
    names = [(r.values["last_name"], r.values["first_name"]) for r in prepared.checked.records]
    assert names == [("Abe", "Cy"), ("Bo", "Di Ann")]
    assert (
        "Column B 'Last Name': invisible characters removed: U+202E RIGHT-TO-LEFT OVERRIDE "
        "(row 2)." in prepared.warnings
    )
    assert (
        "Column B 'Last Name': invisible characters removed: U+200B ZERO WIDTH SPACE (row 3)."
        in prepared.warnings
    )
    assert "Column C 'First Name': invisible characters removed: U+0009 TAB (row 3)." in (
        prepared.warnings
    )
    plan, _ = apply_import(db, prepared)
    assert [p.values["last_name"] for p in plan.new] == ["Abe", "Bo"]


def test_spaces_nbsp_and_decomposed_accents_are_fixed_and_said(
    db: Database, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["1", " Abe ", "Cy", "", ""],
        ["2", "Nguye\u0302\u0303n", "Mai\u00a0", "", ""],
    ]
    prepared = prepare_import(db, _csv(tmp_path, rows))
    assert [r.values["last_name"] for r in prepared.checked.records] == ["Abe", "Nguyễn"]
    assert prepared.checked.records[1].values["first_name"] == "Mai"
    warnings = prepared.warnings
    assert (
        "Column B 'Last Name': spaces before or after the value were trimmed (row 2)." in warnings
    )
    assert (
        "Column B 'Last Name': accented letters were stored in composed form (Unicode NFC) "
        "(row 3)." in warnings
    )
    assert "Column C 'First Name': non-breaking spaces were made ordinary spaces (row 3)." in (
        warnings
    )


@pytest.mark.parametrize("garbled", ["NguyÃ…n", "Nguy?n", "GarcÃ­a"])
def test_garbled_encodings_are_flagged_with_the_fix(
    db: Database, tmp_path: Path, garbled: str
) -> None:
    prepared = prepare_import(db, _csv(tmp_path, [["1", garbled, "Mai", "", ""]]))
    [problem] = prepared.checked.problems
    assert (problem.row, problem.letter, problem.code) == (2, "B", "GARBLED_TEXT")
    assert "Save As > CSV UTF-8" in problem.sentence


@pytest.mark.parametrize("name", ["NA", "NULL", "TRUE", "None", "#N/A"])
def test_words_that_look_like_nothing_are_names_in_a_csv(
    db: Database, tmp_path: Path, name: str
) -> None:
    prepared = prepare_import(db, _csv(tmp_path, [["1", name, "Cy", "", ""]]))
    assert prepared.checked.problems == []
    plan, _ = apply_import(db, prepared)
    assert plan.new[0].values["last_name"] == name


def test_an_error_cell_in_a_workbook_is_a_problem_per_cell(db: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.append(["1", "Abe", "Cy", "", "#N/A"])
    sheet["E2"].data_type = "e"
    book.save(tmp_path / "errors.xlsx")
    prepared = prepare_import(db, tmp_path / "errors.xlsx")
    assert _problems(prepared) == [(2, "E", "CELL_ERROR")]


def test_a_number_cell_formatted_with_leading_zeros_keeps_them(
    db: Database, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.append([42, "Abe", "Cy", 5125550100, dt.date(2025, 8, 24)])
    sheet.append([115838, "Bo", "Di", "", dt.date(2025, 8, 24)])
    sheet["A2"].number_format = "000000"
    sheet["A3"].number_format = "000000"
    book.save(tmp_path / "padded.xlsx")
    prepared = prepare_import(db, tmp_path / "padded.xlsx")
    assert prepared.checked.problems == []
    assert [r.values["employee_id"] for r in prepared.checked.records] == ["000042", "115838"]
    assert prepared.checked.records[0].values["phone"] == "5125550100"


def test_a_200000_character_field_spoils_only_its_own_cell(db: Database, tmp_path: Path) -> None:
    huge = "x" * 200_000
    path = tmp_path / "long.csv"
    path.write_text(
        "Emp ID,Last Name,First Name,Notes\r\n"
        f"1,Abe,Cy,{huge}\r\n"  # an unmapped column: read past, never stored
        f"2,{huge},Di,\r\n"
        "3,Ek,Fa,\r\n"
    )
    prepared = prepare_import(db, path)
    assert _problems(prepared) == [(3, "B", "TOO_LONG")]
    assert [r.values["employee_id"] for r in prepared.checked.records] == ["1", "3"]
    assert len(prepared.checked.problems[0].value) < 60


def test_a_row_without_an_id_is_a_problem_unless_email_is_the_files_key(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "by email.csv",
        ["Emp ID", "Last Name", "First Name", "Email"],
        [["9001", "Abe", "Cy", "cy@isd.example"], ["", "Bo", "Di", "di@isd.example"]],
    )
    assert main(["--db", str(db_path), "init"]) == 0
    capsys.readouterr()
    args = ["--db", str(db_path), "import", "roster", str(path)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert (
        "by email.csv, row 3, column 'Emp ID' (A): The row has no employee ID. Type the person's "
        "employee ID; if this file is keyed by e-mail instead, say so in the mapping (--key "
        "email) and rows are matched by e-mail. [MISSING_ID]"
    ) in err
    assert main([*args, "--key", "email"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("new=2 ")
    assert "note: E-mail is this file's key: rows without an employee ID are matched" in (
        captured.err
    )
