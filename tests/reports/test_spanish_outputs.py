"""Certificates and mentee logs in Spanish: the words, the dates, and the accents as drawn."""

from __future__ import annotations

import ast
import datetime as dt
import string
import subprocess
from pathlib import Path

import pypdf
import pytest
import time_machine
from report_fixtures import ProgramData, complete_active_mentees
from report_helpers import pdf_pages, pdf_text

from coordinator.db.engine import Database
from coordinator.db.enums import CHECKIN_KIND_LABELS
from coordinator.reports.jobs import ReportKind, ReportRequest, generate_report
from coordinator.tools.translations import SPANISH, long_date, system_language, translate
from pdf_boxes import ink, render, words

SRC = Path(__file__).parents[2] / "src" / "coordinator"
TRANSLATED_MODULES = [
    SRC / "reports" / "certificates.py",
    SRC / "reports" / "mentee_log.py",
    SRC / "reports" / "document.py",
    SRC / "services" / "reporting" / "mentee_logs.py",
    SRC / "importing" / "checkins" / "workbook_format.py",
]
# fixed English wording of the two outputs; none may be left on a Spanish page
ENGLISH_LEFT_OVER = [
    "Certificate",
    "This certifies",
    "took part",
    "hours of mentoring",
    "Program coordinator",
    "Date",
    "Mentee log",
    "Employee ID",
    "Position",
    "Hired",
    "Semester",
    "Hours",
    "Required",
    "not met",
    "Whole year",
    "Until",
    "Why it ended",
    "still assigned",
    "Contact time",
    "Assignment history",
    "Check-ins",
    "private notes",
    "Topics:",
    "Next steps:",
    "signature",
    "Signatures",
    "Page ",
    "Prepared",
    "confidential",
    "Not counted",
    "One-to-one",
    "Observation",
    "Phone",
    "Group or cohort",
]
PINNED = dt.datetime(2026, 8, 15, 9, 0, tzinfo=dt.UTC)


def _spanish(kind: ReportKind, program: ProgramData, **chosen: object) -> ReportRequest:
    return ReportRequest(kind, program.year_id, language="es", **chosen)  # type: ignore[arg-type]


def _no_english(text: str) -> None:
    left = [phrase for phrase in ENGLISH_LEFT_OVER if phrase in text]
    assert left == []


def test_a_spanish_certificate(db: Database, program: ProgramData, tmp_path: Path) -> None:
    complete_active_mentees(db, program)
    request = _spanish(ReportKind.CERTIFICATES, program, mentee_id=program.mentee_ids[4])
    with time_machine.travel(PINNED, tick=False):
        path = generate_report(db, request, tmp_path / "certificado.pdf")
    (page,) = pdf_pages(path)
    assert "Certificado de finalización" in page
    assert "Se certifica que" in page
    assert "María José Güemes-Øster" in page  # names as they are
    assert "participó como mentorado en Texas MPA, 2025-26," in page
    assert "horas de mentoría." in page
    assert "Mentor: Fatima Al-Sayed" in page
    assert "Coordinador(a) del programa" in page
    assert "15 de agosto de 2026" in page
    _no_english(page)
    assert pypdf.PdfReader(str(path)).metadata.title == "Certificados de finalización"
    _drawn_with_the_embedded_font(path, ["finalización", "mentoría."], tmp_path)


def test_a_spanish_mentor_certificate(db: Database, program: ProgramData, tmp_path: Path) -> None:
    from coordinator.db.enums import Role

    request = _spanish(
        ReportKind.CERTIFICATES, program, mentor_id=program.mentor_ids[0], recipients=Role.MENTOR
    )
    (page,) = pdf_pages(generate_report(db, request, tmp_path / "mentor.pdf"))
    assert "participó como mentor en Texas MPA, 2025-26," in page
    _no_english(page)


def test_a_spanish_mentee_log(db: Database, program: ProgramData, tmp_path: Path) -> None:
    request = _spanish(
        ReportKind.MENTEE_LOG, program, mentee_id=program.mentee_ids[4], include_private_notes=True
    )
    path = generate_report(db, request, tmp_path / "registro.pdf")
    text = pdf_text(path)
    for spanish in (
        "Registro del mentorado: María José Güemes-Øster",
        "N.º de empleado",
        "Plantel",
        "Puesto",
        "Fecha de contratación",
        "Tiempo de contacto por semestre",
        "Semestre Horas Requeridas",
        "Todo el año",
        "Historial de asignaciones",
        "Desde Hasta Motivo de finalización",
        "sigue asignado",
        "Moved campus",  # the coordinator's own words stay as written
        "Reuniones (",
        "con notas privadas",
        "Observación",
        "Individual",
        "Teléfono",
        "Reunión de grupo o cohorte",
        "con Fatima Al-Sayed",
        "Próximos pasos: Plan the next lesson",
        "No cuenta para las horas: no fue con el mentor asignado el 2025-10-20",
        "Firma del mentorado",
        "Firma del mentor",
        "Firma del coordinador(a) del programa",
        "Firmas",
        "Página 1 de",
        "registro confidencial de mentoría",
    ):
        assert spanish in text, spanish
    assert "no cumplido" in text or "cumplido" in text
    _no_english(text)
    _drawn_with_the_embedded_font(path, ["contratación", "Página"], tmp_path)


def test_spanish_cohort_logs_number_each_mentee(
    db: Database, program: ProgramData, tmp_path: Path
) -> None:
    request = _spanish(ReportKind.MENTEE_LOG, program, mentor_id=program.mentor_ids[0])
    text = pdf_text(generate_report(db, request, tmp_path / "registros.pdf"))
    assert "en este archivo)" in text
    assert "sin notas privadas" in text
    _no_english(text)


def test_english_stays_the_default(db: Database, program: ProgramData, tmp_path: Path) -> None:
    request = ReportRequest(ReportKind.MENTEE_LOG, program.year_id, mentee_id=program.mentee_ids[4])
    text = pdf_text(generate_report(db, request, tmp_path / "log.pdf"))
    assert "Contact time by semester" in text
    assert "Registro" not in text


def _drawn_with_the_embedded_font(path: Path, spanish_words: list[str], tmp_path: Path) -> None:
    """The DejaVu faces the text is set in are embedded; the accented words put ink on the page."""
    listing = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    dejavu = [line.split() for line in listing if "DejaVu" in line]
    assert dejavu
    assert all(columns[-5] == "yes" for columns in dejavu)  # "emb": the font travels in the file
    image = render(path, 1, tmp_path)
    found = {w.text: w for w in words(path) if w.page == 1}
    for word in spanish_words:
        box = found[word]
        # the accented letter drew: the word has ink (a missing glyph draws nothing or a box)
        assert ink(image, box.x0, box.y0, box.x1, box.y1) > 20, word


def test_long_dates() -> None:
    assert long_date(dt.date(2025, 8, 15), "es") == "15 de agosto de 2025"
    assert long_date(dt.date(2026, 1, 1), "es") == "1 de enero de 2026"
    assert long_date(dt.date(2025, 8, 15), "en") == "August 15, 2025"


def test_system_language() -> None:
    assert system_language({"LANG": "es_MX.UTF-8"}) == "es"
    assert system_language({"LANGUAGE": "es_US:en", "LANG": "en_US.UTF-8"}) == "es"
    assert system_language({"LANG": "en_US.UTF-8"}) == "en"
    assert system_language({}) == "en"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_spanish_fills_the_same_blanks() -> None:
    for english, spanish in SPANISH.items():
        assert _placeholders(english) == _placeholders(spanish), english
    assert translate("es", "Page {page} of {pages}", page="2", pages="5") == "Página 2 de 5"


def _wordings(path: Path) -> set[str]:
    """The literal wordings a module hands to translate(), and the constants it names there."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        node.targets[0].id: node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate":
            arg = node.args[1]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
            elif isinstance(arg, ast.Name) and arg.id in constants:
                found.add(constants[arg.id])
        # wordings picked before the call: string constants of an IfExp or a tuple/list
        if isinstance(node, ast.IfExp):
            for side in (node.body, node.orelse):
                if isinstance(side, ast.Constant) and isinstance(side.value, str) and side.value:
                    found.add(side.value)
    return found


@pytest.mark.parametrize("module", TRANSLATED_MODULES, ids=lambda p: p.name)
def test_every_wording_has_spanish(module: Path) -> None:
    missing = sorted(w for w in _wordings(module) if "{" in w or " " in w or w.istitle())
    missing = [w for w in missing if w not in SPANISH and not w.startswith(("%", "—"))]
    assert missing == []


def test_every_check_in_kind_has_spanish() -> None:
    assert [k for k in CHECKIN_KIND_LABELS.values() if k not in SPANISH] == []
