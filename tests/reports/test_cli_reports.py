"""`coordinator report` and `coordinator export`: files written, exit codes, clear messages."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from report_fixtures import SECRET, ProgramData
from report_helpers import pdf_pages, pdf_text

from coordinator.cli import main
from coordinator.db.engine import Database

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")

SCOPE = ["--program", "texas mpa", "--year", "2025-26"]


def _run(db: Database, *args: str) -> int:
    return main(["--db", str(db.path), *args])


@pytest.mark.parametrize(
    ("kind", "extra"),
    [
        ("year-end", []),
        ("cohort", ["--mentor", "E0000"]),
        ("mentee-log", ["--mentee", "E0013"]),
        ("mentee-log", ["--mentor", "E0001"]),
        ("certificates", []),
        ("certificates", ["--for", "mentors"]),
    ],
)
def test_each_report_is_written(
    db: Database, program: ProgramData, tmp_path: Path, kind: str, extra: list[str]
) -> None:
    out = tmp_path / "report.pdf"
    if kind == "certificates" and not extra:  # mentee certificates go to completers only
        assert _run(db, "complete", *SCOPE, "--on", "2026-05-29", "E0013") == 0
    assert _run(db, "report", kind, *SCOPE, *extra, "-o", str(out)) == 0
    assert pdf_pages(out)
    assert SECRET not in pdf_text(out)


def test_private_notes_need_the_flag(db: Database, program: ProgramData, tmp_path: Path) -> None:
    out = tmp_path / "log.pdf"
    args = ["report", "mentee-log", *SCOPE, "--mentee", "E0013", "-o", str(out)]
    assert _run(db, *args, "--include-private-notes") == 0
    assert SECRET in pdf_text(out)


def test_export_writes_a_workbook_and_redacts(
    db: Database, program: ProgramData, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "people.xlsx"
    assert _run(db, "export", "people", *SCOPE, "--redact-contacts", "-o", str(out)) == 0
    assert "Wrote" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert "E-mail" not in [c.value for c in sheet[1]]
    assert sheet.max_row == 10  # a header and nine enrolled people
    csv_out = tmp_path / "compliance.csv"
    assert _run(db, "export", "compliance", *SCOPE, "-o", str(csv_out)) == 0
    assert csv_out.read_text(encoding="utf-8-sig").startswith(
        "Mentee employee ID,Mentee,Mentor employee ID,Mentor,State"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["report", "year-end", "--program", "nope", "--year", "2025-26", "-o", "x.pdf"],
            "no program",
        ),
        (
            ["report", "year-end", "--program", "texas mpa", "--year", "1999", "-o", "x.pdf"],
            "no year",
        ),
        (["report", "cohort", *SCOPE, "-o", "x.pdf"], "Choose the mentor"),
        (["report", "cohort", *SCOPE, "--mentor", "NOBODY", "-o", "x.pdf"], "No person"),
        (["report", "year-end", *SCOPE, "-o", "x.docx"], "ending in .pdf"),
        (["export", "people", *SCOPE, "-o", "x.ods"], ".xlsx or .csv"),
    ],
)
def test_mistakes_exit_1_with_a_clear_message(
    db: Database,
    program: ProgramData,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _run(db, *args) == 1
    assert message in capsys.readouterr().err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("x")]


def test_usage_errors_exit_2(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        _run(db, "report", "summary", *SCOPE, "-o", "x.pdf")
    assert stopped.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_district_name_and_logo_reach_the_cover(
    db: Database, program: ProgramData, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (90, 40), (200, 30, 30)).save(logo)
    assert _run(db, "district", "--name", "Zoë Valley ISD", "--logo", str(logo)) == 0
    assert "District name: Zoë Valley ISD" in capsys.readouterr().out
    out = tmp_path / "year.pdf"
    assert _run(db, "report", "year-end", *SCOPE, "-o", str(out)) == 0
    assert "Zoë Valley ISD" in pdf_pages(out)[0]
    assert _run(db, "district", "--logo", str(tmp_path / "missing.png")) == 1
    assert "no image file" in capsys.readouterr().err
    assert _run(db, "district", "--no-logo") == 0
    assert "Logo: (none)" in capsys.readouterr().out


def test_cli_exports_keep_a_formula_like_name_as_text(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    """`coordinator export` writes the person named `=cmd|' /C calc'!A0` as inert text."""
    xlsx, csv_out = tmp_path / "people.xlsx", tmp_path / "people.csv"
    assert _run(db, "export", "people", *SCOPE, "-o", str(xlsx)) == 0
    assert _run(db, "export", "people", *SCOPE, "-o", str(csv_out)) == 0
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    (cell,) = [c for row in sheet.iter_rows() for c in row if c.value == "=cmd|' /C calc'!A0"]
    assert (cell.data_type, cell.quotePrefix) == ("s", True)
    text = csv_out.read_text(encoding="utf-8-sig")
    assert "'=cmd|' /C calc'!A0" in text
    assert ",=cmd" not in text


def test_certificates_and_logs_in_spanish(
    db: Database, program: ProgramData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "en_US")  # the system says English; the flag says Spanish
    assert _run(db, "complete", *SCOPE, "--on", "2026-05-29", "E0013") == 0
    out = tmp_path / "certificado.pdf"
    args = ["report", "certificates", *SCOPE, "--mentee", "E0013", "-o", str(out)]
    assert _run(db, *args, "--language", "es") == 0
    assert "Certificado de finalización" in pdf_text(out)
    assert "15 de julio de 2026" in pdf_text(out)
    log = tmp_path / "registro.pdf"
    args = ["report", "mentee-log", *SCOPE, "--mentee", "E0013", "-o", str(log)]
    assert _run(db, *args, "--language", "es") == 0
    assert "Tiempo de contacto por semestre" in pdf_text(log)


def test_the_language_defaults_to_settings_then_the_system(
    db: Database, program: ProgramData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator.ui.app_settings import choose_language, use_settings_folder

    out = tmp_path / "log.pdf"
    args = ["report", "mentee-log", *SCOPE, "--mentee", "E0013", "-o", str(out)]
    monkeypatch.setenv("LANGUAGE", "es_MX")
    assert _run(db, *args) == 0
    assert "Registro del mentorado" in pdf_text(out)  # the system's language
    use_settings_folder()
    choose_language("en")  # chosen in the window's Settings
    assert _run(db, *args) == 0
    assert "Mentee log" in pdf_text(out)
