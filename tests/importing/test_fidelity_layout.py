"""Real HR layouts: abbreviated headers, title blocks, duplicate and blank labels, hidden sheets,
totals and section rows, merged cells and ragged rows, each said in the preview with its place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from tests.importing.corpus import write_csv, write_xlsx

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.errors import CoordinatorError
from coordinator.importing.headers import score_header
from coordinator.importing.roster.pipeline import apply_import, plan_import, prepare_import

HR_HEADERS = [
    "Emp. No.",
    "Last Nm",
    "First Name",
    "Work E-Mail",
    "Job Descr",
    "Bldg",
    "Loc Nbr",
    "Orig. Hire Dt",
    "Sup Name",
]
HR_ROWS = [
    [
        "104411",
        "Okafor",
        "Ada",
        "ada.okafor@isd.example",
        "Teacher",
        "Lee ES",
        "101",
        dt.date(2025, 8, 4),
        "Pat Boss",
    ],
    [
        "104412",
        "Lindqvist",
        "Bo",
        "bo.lindqvist@isd.example",
        "Counselor",
        "Lee ES",
        "101",
        dt.date(2025, 8, 11),
        "Pat Boss",
    ],
]


def args_for(db_path: Path, path: Path) -> list[str]:
    return ["--db", str(db_path), "import", "roster", str(path), "--dry-run"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Emp. No.", "employee_id"),
        ("Emp #", "employee_id"),
        ("EMP NBR", "employee_id"),
        ("Work E-Mail", "email"),
        ("Job Descr", "position"),
        ("Bldg", "campus"),
        ("Orig. Hire Dt", "hire_date"),
        ("Loc Nbr", "campus_code"),
        ("Phone No.", "phone"),
    ],
)
def test_hr_abbreviations_are_spelt_out_before_matching(header: str, field: str) -> None:
    assert score_header(header) == (field, 1.0)


def test_a_supervisor_name_is_known_and_never_taken_for_the_persons_name() -> None:
    assert score_header("Sup Name") == (None, 0.0)
    assert score_header("Supv. Name") == (None, 0.0)


def test_an_hr_export_under_a_title_block_imports_with_every_abbreviation_mapped(
    db: Database, tmp_path: Path
) -> None:
    above = [
        ["Human Resources - Active Staff"],
        ["Report: STF-114 Active employees by building"],
        ["Run date: 09/30/2025"],
        [],
    ]
    path = write_xlsx(tmp_path / "hr.xlsx", HR_HEADERS, HR_ROWS, above=above)
    prepared = prepare_import(db, path)
    assert prepared.source.header_row_number == 5
    assert prepared.mapping == [
        "employee_id",
        "last_name",
        "first_name",
        "email",
        "position",
        "campus",
        "campus_code",
        "hire_date",
        None,
    ]
    assert "Columns not imported: 'Sup Name'." in prepared.warnings
    assert prepared.checked.problems == []
    plan, _result = apply_import(db, prepared)
    assert [(p.values["employee_id"], p.values["hire_date"]) for p in plan.new] == [
        ("104411", dt.date(2025, 8, 4)),
        ("104412", dt.date(2025, 8, 11)),
    ]


def test_the_header_row_can_be_named_on_the_command_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two header-like rows: the report's own column-group row and the real headers below it.
    above = [["Emp ID", "Last Name", "First Name", "", "", "", "", "", ""]]
    path = write_xlsx(tmp_path / "hr.xlsx", HR_HEADERS, HR_ROWS, above=above)
    assert main(["--db", str(db_path), "init"]) == 0
    capsys.readouterr()
    args = ["--db", str(db_path), "import", "roster", str(path), "--dry-run"]
    assert main([*args, "--header-row", "2"]) == 0
    captured = capsys.readouterr()
    assert "note: hr.xlsx: sheet 'Roster', headers on row 2." in captured.err
    assert captured.out.strip() == (
        "dry run (nothing changed): new=2 changed=0 unchanged=0 missing=0 duplicates=0 invalid=0"
    )
    assert main([*args, "--header-row", "40"]) == 2  # unreadable as asked
    assert "there is no row 40 to use as the header row" in capsys.readouterr().err


def test_two_columns_meaning_one_field_are_a_duplicate_label_naming_both(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = ["Emp ID", "Last Name", "First Name", "Employee Number", "Email"]
    rows = [["1001", "Okafor", "Ada", "E-1001", "ada@isd.example"]]
    path = write_xlsx(tmp_path / "two ids.xlsx", headers, rows)
    prepared = prepare_import(db, path)
    [problem] = prepared.checked.problems
    assert problem.code == "DUPLICATE_LABEL"
    assert problem.describe().startswith(
        "two ids.xlsx, sheet 'Roster', row 1, column 'Emp ID' (A): Two columns have headers "
        "meaning the same thing: column A 'Emp ID' and column D 'Employee Number' both mean "
        "Employee ID"
    )
    assert prepared.mapping_error is not None
    assert "column D 'Employee Number'" in prepared.mapping_error
    with pytest.raises(CoordinatorError):
        plan_import(db, prepared)
    assert main(["--db", str(db_path), "import", "roster", str(path), "--dry-run"]) == 1
    assert "DUPLICATE_LABEL" in capsys.readouterr().err
    # The user settles it: the ID is column D.
    assert main([*args_for(db_path, path), "--map", "employee_id=D"]) == 0
    chosen = prepare_import(db, path, columns=["employee_id=Employee Number"])
    assert chosen.mapping == [None, "last_name", "first_name", "employee_id", "email"]
    assert [r.values["employee_id"] for r in chosen.checked.records] == ["E-1001"]


def test_the_same_label_twice_is_settled_by_column_letter(db: Database, tmp_path: Path) -> None:
    headers = ["Emp ID", "Last Name", "First Name", "Email", "Email"]
    rows = [["1001", "Okafor", "Ada", "ada@home.example", "ada@isd.example"]]
    path = write_xlsx(tmp_path / "twice.xlsx", headers, rows)
    assert [p.code for p in prepare_import(db, path).checked.problems] == ["DUPLICATE_LABEL"]
    with pytest.raises(CoordinatorError, match="columns D and E are both headed 'Email'"):
        prepare_import(db, path, columns=["email=Email"])
    chosen = prepare_import(db, path, columns=["email=E"])
    assert chosen.checked.problems == []
    assert chosen.checked.records[0].values["email"] == "ada@isd.example"


def test_a_blank_header_over_data_is_a_problem_until_the_column_is_mapped(
    db: Database, tmp_path: Path
) -> None:
    headers = ["Emp ID", "Last Name", "First Name", "", "Email"]
    rows = [["1001", "Okafor", "Ada", "Lee ES", "ada@isd.example"]]
    path = write_xlsx(tmp_path / "blank.xlsx", headers, rows)
    prepared = prepare_import(db, path)
    [problem] = prepared.checked.problems
    assert problem.code == "BLANK_LABEL"
    assert problem.describe() == (
        "blank.xlsx, sheet 'Roster', row 1, column D: This column has data but no header: type "
        "a header in D1, or choose what column D holds in the mapping (--map FIELD=D); "
        "importing the valid rows only leaves it out. [BLANK_LABEL]"
    )
    assert "Lee ES" not in problem.describe()
    assert plan_import(db, prepared).problems == [problem]  # the import is held
    mapped = prepare_import(db, path, columns=["campus=D"])
    assert mapped.checked.problems == []
    assert mapped.checked.records[0].values["campus"] == "Lee ES"


def test_a_preferred_name_and_last_name_list_imports_and_says_so(
    db: Database, tmp_path: Path
) -> None:
    headers = ["Emp ID", "Preferred Name", "Last", "School", "Start"]
    rows = [["2001", "Bea", "Ruiz", "Lee ES", "2025-08-11"], ["2002", "Kit", "Ng", "Lee ES", ""]]
    path = write_csv(tmp_path / "cohort.csv", headers, rows)
    prepared = prepare_import(db, path)
    assert prepared.checked.problems == []
    assert (
        "There is no first-name column: the preferred name (column B 'Preferred Name') is "
        "imported as each person's first name too."
    ) in prepared.warnings
    plan, _ = apply_import(db, prepared)
    assert [(p.values["first_name"], p.values["preferred_name"]) for p in plan.new] == [
        ("Bea", "Bea"),
        ("Kit", "Kit"),
    ]


def _workbook(path: Path, sheets: list[tuple[str, str, list[list[object]]]]) -> Path:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, state, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        sheet.sheet_state = state
    book.save(path)
    return path


ROSTER_ROWS: list[list[object]] = [
    ["Emp ID", "Last Name", "First Name", "Email"],
    ["3001", "Abe", "Cy", "cy@isd.example"],
]
INSTRUCTIONS: list[list[object]] = [["How to use this workbook"], ["Fill in the roster sheet."]]


def test_a_roster_on_a_hidden_sheet_is_read_and_its_hidden_state_is_said(
    db: Database, tmp_path: Path
) -> None:
    path = _workbook(
        tmp_path / "hidden.xlsx",
        [("Instructions", "visible", INSTRUCTIONS), ("Data", "hidden", ROSTER_ROWS)],
    )
    prepared = prepare_import(db, path)
    assert prepared.sheet_name == "Data"
    assert prepared.warnings[0].startswith(
        "The roster was read from sheet 'Data', which is hidden in the workbook"
    )
    assert [r.values["employee_id"] for r in prepared.checked.records] == ["3001"]


def test_a_very_hidden_sheet_is_never_read_unless_named_and_always_named(
    db: Database, tmp_path: Path
) -> None:
    old = [ROSTER_ROWS[0], ["9999", "Old", "Row", "old@isd.example"]]
    path = _workbook(
        tmp_path / "veryhidden.xlsx",
        [("Roster", "visible", ROSTER_ROWS), ("Old", "veryHidden", old)],
    )
    prepared = prepare_import(db, path)
    assert prepared.sheet_name == "Roster"
    assert (
        "The workbook has a very hidden sheet 'Old' (Excel's Unhide does not list it); it was "
        "not read. Choose it by name to read it."
    ) in prepared.warnings
    named = prepare_import(db, path, sheet="Old")
    assert [r.values["employee_id"] for r in named.checked.records] == ["9999"]
    assert "Sheet 'Old' is very hidden in the workbook" in named.warnings[0]


def test_totals_sections_and_footers_are_skipped_and_listed(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = ["Emp ID", "Last Name", "First Name", "Email", "Campus"]
    rows: list[list[object]] = [
        ["Campus: Lee ES", "", "", "", ""],
        ["4001", "Abe", "Cy", "cy@isd.example", "Lee ES"],
        ["4002", "Bo", "Di", "di@isd.example", "Lee ES"],
        ["Total: 2", "", "", "", ""],
        ["", "", "", "", 2],
        ["Grand Total", 2, "", "", ""],
        ["End of report", "", "", "", ""],
    ]
    path = write_xlsx(tmp_path / "sections.xlsx", headers, rows)
    assert main(["--db", str(db_path), "import", "roster", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("new=2 changed=0 unchanged=0 missing=0 duplicates=0 invalid=0")
    assert captured.err.splitlines() == [
        "note: row 2 skipped: a section heading ('Campus: Lee ES')",
        "note: row 5 skipped: a total line ('Total: 2')",
        "note: row 6 skipped: a row with only a count ('2')",
        "note: row 7 skipped: a total line ('Grand Total 2')",
        "note: row 8 skipped: a report footer ('End of report')",
    ]


def test_a_row_with_only_an_id_is_a_problem_not_a_total(db: Database, tmp_path: Path) -> None:
    headers = ["Emp ID", "Last Name", "First Name"]
    path = write_xlsx(tmp_path / "id only.xlsx", headers, [["4001", "Abe", "Cy"], [4002]])
    prepared = prepare_import(db, path)
    assert prepared.checked.skipped == []
    assert [(p.row, p.code) for p in prepared.checked.problems] == [(3, "MISSING_NAME")]


def _merged(path: Path, merge: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Roster"
    sheet.append(["Emp ID", "Last Name", "First Name", "Campus"])
    sheet.append(["5001", "Abe", "Cy", "Lee ES"])
    sheet.append(["5002", "Bo", "Di", None])
    sheet.append(["5003", "Ek", "Fa", None])
    sheet.merge_cells(merge)
    book.save(path)
    return path


def test_merged_cells_down_a_column_are_filled_with_a_note_per_range(
    db: Database, tmp_path: Path
) -> None:
    prepared = prepare_import(db, _merged(tmp_path / "merged.xlsx", "D2:D4"))
    assert [r.values["campus"] for r in prepared.checked.records] == ["Lee ES"] * 3
    assert (
        "Cells D2:D4 are merged: the value of D2 was used for rows 2 to 4. Check that this is "
        "right, or unmerge the cells in Excel and fill in each row."
    ) in prepared.warnings


def test_merged_cells_across_columns_are_a_problem_never_blanks(
    db: Database, tmp_path: Path
) -> None:
    prepared = prepare_import(db, _merged(tmp_path / "across.xlsx", "B3:C3"))
    merged = [p for p in prepared.checked.problems if p.code == "MERGED_CELLS"]
    assert [p.describe() for p in merged] == [
        "across.xlsx, sheet 'Roster', row 3, column 'Last Name' (B): These cells are merged "
        "across several columns: unmerge B3:C3 in Excel and type each value in its own cell. "
        "[MERGED_CELLS]"
    ]
    assert 3 in prepared.checked.invalid_rows


@pytest.mark.parametrize(
    ("line", "code", "expected"),
    [
        (
            "6002,Bo",
            "MISSING_CELL",
            "ragged.csv, row 3, column 'First Name' (C): The row is shorter than the header "
            "row: the row ends after column B, so it has no cell for C 'First Name', D 'Email'; "
            "check for a missing delimiter or a line broken in two. [MISSING_CELL]",
        ),
        (
            "6002,Bo,Di,di@isd.example,Lee ES",
            "EXTRA_CELL",
            "ragged.csv, row 3, column E: value 'Lee ES': The row has more cells than the "
            "header row: the row has 5 cells but the header row names 4; check for a delimiter "
            "inside a value that should be in quotes. [EXTRA_CELL]",
        ),
    ],
)
def test_ragged_csv_rows_are_problems_naming_the_columns(
    db: Database,
    tmp_path: Path,
    table_counts: Callable[[], dict[str, int]],
    line: str,
    code: str,
    expected: str,
) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        f"Emp ID,Last Name,First Name,Email\r\n6001,Abe,Cy,cy@isd.example\r\n{line}\r\n"
    )
    prepared = prepare_import(db, path)
    assert [p.describe() for p in prepared.checked.problems] == [expected]
    before = table_counts()
    with pytest.raises(CoordinatorError, match="1 row has problems, so nothing was imported"):
        apply_import(db, prepared)
    assert table_counts() == before
