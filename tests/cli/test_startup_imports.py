"""The command line starts fast: `--version`, `--help` and each command import only what they use.

Each check runs a fresh `python -X importtime` and reads which top-level packages it imported.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from coordinator.db.engine import Database
from district import build_district

# What a bare argparse front door has no use for: the database layer, the window, the spreadsheet,
# PDF and matching libraries. Each costs hundreds of milliseconds and tens of MB to import.
HEAVY = ("sqlalchemy", "alembic", "scipy", "numpy", "openpyxl", "reportlab", "PySide6", "pandas")

COMMANDS = [
    "gui",
    "init",
    "check",
    "demo",
    "import",
    "program",
    "year",
    "enroll",
    "match",
    "assign",
    "reassign",
    "withdraw",
    "complete",
    "end-assignment",
    "mentor",
    "cohort",
    "checkin",
    "status",
    "calendar",
    "workbooks",
    "report",
    "export",
    "district",
    "backup",
    "restore",
]


def imported_packages(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run `python -X importtime -m coordinator ARGS`; the top-level packages it imported."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "coordinator", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    modules = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    return result, {name.split(".")[0] for name in modules}


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["status", "--help"]])
def test_version_and_help_import_nothing_heavy(args: list[str]) -> None:
    result, packages = imported_packages(*args)
    assert result.returncode == 0, result.stderr[-500:]
    assert "coordinator" in packages  # the measurement saw the app's own imports
    assert sorted(packages & set(HEAVY)) == []


def test_help_lists_every_command_and_each_command_its_options() -> None:
    """Every command and every option is still in the help, built without a heavy import."""
    code = """
import argparse, sys
from coordinator.cli import build_parser

def walk(parser, name):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, child in action.choices.items():
                yield from walk(child, f"{name} {sub}")

for name, parser in walk(build_parser(), "coordinator"):
    text = parser.format_help()
    shown = [a for a in parser._actions if a.help != argparse.SUPPRESS]
    options = [o for a in shown for o in a.option_strings]
    missing = [o for o in options if o not in text]
    print(f"{name}|{len(options)}|{','.join(missing)}")
print("HEAVY|" + ",".join(sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[1:]))))
"""
    result = subprocess.run(
        [sys.executable, "-c", code, *HEAVY], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-500:]
    lines = dict(line.split("|", 1) for line in result.stdout.splitlines())
    assert lines.pop("HEAVY") == ""
    top = subprocess.run(
        [sys.executable, "-m", "coordinator", "--help"], capture_output=True, text=True, timeout=300
    ).stdout
    for command in COMMANDS:
        assert f"coordinator {command}" in lines
        assert f"    {command} " in top or f"    {command}\n" in top, command
    for name, counts in lines.items():
        assert counts.split("|")[1] == "", f"{name} --help leaves out options {counts}"
    assert lines["coordinator export"].startswith("8|")  # -h --help --program ... -o --output
    assert len(lines) >= 39  # every command and every action (program list, checkin add, ...)


def test_status_imports_no_spreadsheet_pdf_matching_or_migration_code(db: Database) -> None:
    """`coordinator status` reads the database: no openpyxl, reportlab, scipy or Alembic."""
    build_district(db)
    db_file = str(db.path)
    db.dispose()
    result, packages = imported_packages(
        "--db",
        db_file,
        "status",
        "--program",
        "Texas MPA",
        "--year",
        "2025-26",
        "--as-of",
        "2025-10-01",
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "mentees" in result.stdout
    assert "sqlalchemy" in packages  # it did open the database
    assert sorted(packages & {"alembic", "scipy", "openpyxl", "reportlab", "PySide6"}) == []


def test_a_command_that_needs_a_library_still_gets_it(db: Database, tmp_path: Path) -> None:
    """Moving imports into the commands did not lose one: an export still writes its xlsx."""
    build_district(db)
    db_file = str(db.path)
    db.dispose()
    out = tmp_path / "people.xlsx"
    result, packages = imported_packages(
        "--db",
        db_file,
        "export",
        "people",
        "--program",
        "Texas MPA",
        "--year",
        "2025-26",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert out.stat().st_size > 0
    # the export streams its sheet itself (tools.xlsx_stream): openpyxl is not needed to write it
    assert "openpyxl" not in packages
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(1, 1).value == "Employee ID"
    assert sheet.max_row > 1


RUN_AND_LIST = """
import runpy, sys
try:
    runpy.run_module("coordinator", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
sys.stderr.write("MODULES|" + " ".join(sorted(sys.modules)))
"""


def imported_modules(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run `python -m coordinator ARGS`; every module loaded when it ended."""
    result = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    listed = result.stderr.rpartition("MODULES|")[2]
    return result, set(listed.split())


def test_the_command_table_names_each_modules_own_commands() -> None:
    """`COMMANDS` routes each command to the module that registers it, and names them all."""
    import argparse

    from coordinator.cli import COMMAND_MODULES, COMMANDS, command_module

    registered = {}
    for name in COMMAND_MODULES:
        commands = argparse.ArgumentParser().add_subparsers()
        command_module(name).register(commands)
        registered.update(dict.fromkeys(commands.choices, name))
    assert registered == COMMANDS


def test_a_command_imports_its_own_module_not_every_command() -> None:
    """`--version` reads no command module; `status --help` only the check-ins commands."""
    result, modules = imported_modules("--version")
    assert "coordinator.cli" in modules, result.stderr[-500:]
    assert result.stdout.startswith("Coordinator ")
    assert sorted(m for m in modules if m.startswith("coordinator.cli.")) == []
    assert "multiprocessing" not in modules
    result, modules = imported_modules("status", "--help")
    assert "usage: coordinator status" in result.stdout, result.stderr[-500:]
    commands = {m for m in modules if m.startswith("coordinator.cli.")} - {"coordinator.cli.common"}
    assert commands == {"coordinator.cli.checkins"}
    assert "multiprocessing" not in modules  # a report's child process is the window's business


@pytest.mark.parametrize("line", [["-h", "import"], ["--help", "status"], ["--db", "x", "-h"]])
def test_the_help_before_a_command_lists_every_command(line: list[str]) -> None:
    """argparse shows the program's help when -h comes before the command: all of it."""
    result = subprocess.run(
        [sys.executable, "-m", "coordinator", *line], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-500:]
    for command in ("import", "report", "status", "backup", "pay"):
        assert f"    {command} " in result.stdout, command
