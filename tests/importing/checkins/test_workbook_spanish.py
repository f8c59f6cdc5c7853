"""A mentor's check-in workbook in Spanish: written, read back with openpyxl, and imported back.

The columns stay where they are; the headers, sheet names, lists, messages and instructions are
Spanish, and the returned file imports as check-ins like an English one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.enums import CheckinKind
from coordinator.db.models import Checkin
from coordinator.importing.checkins.intake import import_checkin_file
from coordinator.importing.checkins.result import CheckinFileShape
from coordinator.importing.checkins.workbook_format import (
    HEADERS,
    INSTRUCTION_LINES,
    is_checkin_workbook,
    write_checkin_workbook,
)
from district import build_district

SPANISH_HEADERS = [
    "Fecha",
    "Mentorado",
    "Tipo",
    "Minutos",
    "Tema 1",
    "Tema 2",
    "Tema 3",
    "Ausentes (reuniones de grupo)",
    "Próximos pasos",
    "Fecha de seguimiento",
    "Notas privadas",
    "Clave de fila",
]


def _spanish_workbook(db: Database, path: Path) -> tuple[int, list[int]]:
    d = build_district(db, mentees_per_mentor=(2,))
    mentor = d.mentor_ids[0]
    with db.reading() as s:
        assert write_checkin_workbook(s, d.year_id, mentor, path, language="es") == 2
    return d.year_id, d.mentees[mentor]


def test_a_spanish_workbook_reads_in_spanish(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "registro.xlsx"
    _spanish_workbook(db, path)
    assert is_checkin_workbook(path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Reuniones", "Listas", "Instrucciones", "_coordinator"]
    log = wb["Reuniones"]
    assert [c.value for c in log[1]] == SPANISH_HEADERS
    assert len(SPANISH_HEADERS) == len(HEADERS)
    lists = wb["Listas"]
    assert [c.value for c in lists[1]] == ["Mentorado", "N.º de persona", "Tipo", "Tema"]
    assert lists["A2"].value == "Toda la cohorte (reunión de grupo)"
    kinds = [lists.cell(row=r, column=3).value for r in range(2, 7)]
    assert kinds[0] == "Individual"
    assert "Reunión de grupo o cohorte" in kinds
    validations = {dv.errorTitle: dv for dv in log.data_validations.dataValidation}
    assert set(validations) >= {"Mentorado", "Tipo", "Fecha", "Minutos"}
    assert validations["Mentorado"].formula1.startswith("=Listas!$A$2")
    assert validations["Minutos"].error == "Escriba los minutos como un número entero de 1 a 1440."
    assert validations["Fecha"].error.startswith("Escriba una fecha del año del programa 2025-26")
    instructions = [row[0] for row in wb["Instrucciones"].iter_rows(values_only=True)]
    assert instructions[0].startswith("Registro de reuniones de ")
    assert instructions[0].endswith(", año del programa 2025-26")
    assert instructions[2] == (
        "Llene una fila de la hoja Reuniones por cada contacto con sus mentorados:"
    )
    written = [line for line in instructions[1:] if line]
    assert len(written) == len([line for line in INSTRUCTION_LINES if line])
    for line in written:  # no English sentence left over
        assert not any(word in line for word in ("the ", "choose", "Mentee", "Save")), line


def test_a_returned_spanish_workbook_imports_as_check_ins(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "registro.xlsx"
    year_id, mentees = _spanish_workbook(db, path)
    wb = openpyxl.load_workbook(path)
    log = wb["Reuniones"]
    lists = wb["Listas"]
    first = lists["A3"].value  # "Name (employee ID)", as the dropdown shows it
    rows = [
        [dt.date(2025, 9, 9), first, "Individual", 45],
        [dt.date(2025, 9, 16), "Toda la cohorte (reunión de grupo)", "Reunión de grupo o cohorte"],
        [dt.date(2025, 9, 23), first, "Teléfono", 0],  # no minutes: refused
    ]
    rows[1] += [60]
    for n, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            log.cell(row=n, column=c, value=value)
    log.cell(row=2, column=9, value="Planear la próxima observación")
    wb.save(path)

    result = import_checkin_file(db, path, program_year_id=None)
    assert result.shape is CheckinFileShape.WORKBOOK
    assert (result.counts["new"], result.counts["invalid"]) == (2, 1)
    (problem,) = result.problems
    assert (problem.row, problem.column, problem.letter) == (4, "Minutos", "D")
    with db.reading() as s:
        logged = s.scalars(
            select(Checkin).where(Checkin.program_year_id == year_id).order_by(Checkin.occurred_on)
        ).all()
        assert [c.kind for c in logged] == [CheckinKind.ONE_TO_ONE, CheckinKind.GROUP]
        assert [c.minutes for c in logged] == [45, 60]
        assert logged[0].next_steps == "Planear la próxima observación"
        assert sorted(a.mentee_id for a in logged[1].attendees) == sorted(mentees)

    again = import_checkin_file(db, path, program_year_id=None)  # the same file again
    assert again.counts["new"] == 0
    assert again.counts["unchanged"] == 2


def test_english_stays_the_default(db: Database, tmp_path: Path) -> None:
    d = build_district(db, mentees_per_mentor=(1,))
    path = tmp_path / "log.xlsx"
    with db.reading() as s:
        write_checkin_workbook(s, d.year_id, d.mentor_ids[0], path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Check-ins", "Lists", "Instructions", "_coordinator"]
    assert [c.value for c in wb["Check-ins"][1]] == list(HEADERS)


def test_the_workbooks_command_in_spanish(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_district(db, mentees_per_mentor=(1, 1))
    db.dispose()
    folder = tmp_path / "para enviar"
    year = ["--program", "Texas MPA", "--year", "2025-26"]
    assert (
        main(["--db", str(db_path), "workbooks", *year, "-o", str(folder), "--language", "es"]) == 0
    )
    assert capsys.readouterr().out.strip() == f"Wrote 2 workbooks to {folder}."
    files = sorted(folder.iterdir())
    assert [p.name for p in files] == [
        "Number1, Mentor (M001) - registro de reuniones Texas MPA 2025-26.xlsx",
        "Number2, Mentor (M002) - registro de reuniones Texas MPA 2025-26.xlsx",
    ]
    assert openpyxl.load_workbook(files[0]).sheetnames[0] == "Reuniones"

    one = tmp_path / "uno.xlsx"
    template = ["checkin", "template", "--mentor", "M001", "-o", str(one), "--language", "es"]
    assert main(["--db", str(db_path), *template]) == 0
    assert openpyxl.load_workbook(one)["Reuniones"]["B1"].value == "Mentorado"
