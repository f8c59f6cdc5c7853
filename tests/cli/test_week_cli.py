"""`coordinator week` and `coordinator nudge` on a known district with a pinned day."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db.engine import Database
from week_district import build_week_district

YEAR = ["--program", "Texas MPA", "--year", "2025-26", "--today", "2025-10-06"]


def test_week_prints_the_lines_and_nudge_writes_drafts(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_week_district(db)
    db.dispose()
    base = ["--db", str(db_path)]
    assert main([*base, "week", *YEAR]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "Log a check-in: Mentee02 Cohort2: No contact yet (56 days) (warning at 28 days)"
    )
    assert "Nudge: Mentor Number2: no check-in logged for 21 days" in lines
    assert "Assign: Newhire Unassigned: No mentor assigned, 36 days after hire (limit 30)" in lines
    assert lines[-1] == "lines=7"

    out = tmp_path / "drafts"
    nudge = [*base, "nudge", *YEAR, "--who", "not-logged", "--to", "mentors", "-o", str(out)]
    assert main([*nudge, "--attach-workbook"]) == 0
    assert capsys.readouterr().out.strip() == "drafts=1"
    (draft,) = out.iterdir()
    message = email.message_from_bytes(draft.read_bytes(), policy=default)
    assert message["To"] == "Mentor Number2 <m002@district.example>"
    assert message["X-Unsent"] == "1"
    assert len(list(message.iter_attachments())) == 1  # type: ignore[attr-defined]

    assert main([*base, "week", *YEAR]) == 0
    assert "Nudge: Mentor Number2: no check-in logged for 21 days (nudged today)" in (
        capsys.readouterr().out.splitlines()
    )
    assert main([*base, "nudge", *YEAR, "--who", "behind", "--to", "mentees", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == "drafts=6"


def test_nudge_refuses_a_file_as_its_folder(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_week_district(db)
    db.dispose()
    target = tmp_path / "a file.txt"
    target.write_text("keep me")
    args = ["--db", str(db_path), "nudge", *YEAR, "--who", "behind", "--to", "mentors"]
    assert main([*args, "-o", str(target)]) == 1
    assert "is a file" in capsys.readouterr().err
    assert target.read_text() == "keep me"


def test_nudge_survey_writes_to_those_who_have_not_answered(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    from coordinator.importing.surveys.apply import import_survey_answers
    from survey_exports import CONFIDENCE_TEXTS, START, google_csv, instrument_id, survey_district

    d = survey_district(db, mentees_per_mentor=(2,))
    aug = dt.datetime(2025, 8, 20, 9, 14)
    export = google_csv(
        tmp_path / "start.csv", CONFIDENCE_TEXTS, [(aug, "e1001@isd.example", "4", "3", "5", "4")]
    )
    start = instrument_id(db, d.program_id, START)
    import_survey_answers(db, export, program_year_id=d.year_id, instrument_id=start)
    db.dispose()
    base = ["--db", str(db_path)]
    year = ["--program", "Texas MPA", "--year", "2025-26", "--today", "2025-08-21"]
    out = tmp_path / "drafts"
    assert main([*base, "nudge", *year, "--who", "survey", "--to", "mentees", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == "drafts=1"
    (draft,) = out.iterdir()
    message = email.message_from_bytes(draft.read_bytes(), policy=default)
    assert message["To"].startswith("Mentee02 Cohort1 <e1002@isd.example>")
    assert message["Subject"] == "Texas MPA: a short survey is waiting for you"
    assert "- Mentee confidence (start of year)" in message.get_body().get_content()


def test_nudges_in_spanish(db: Database, db_path: Path, tmp_path: Path) -> None:
    build_week_district(db)
    db.dispose()
    out = tmp_path / "borradores"
    args = ["--db", str(db_path), "nudge", *YEAR, "--who", "not-logged", "--to", "mentors"]
    assert main([*args, "--language", "es", "-o", str(out)]) == 0
    (draft,) = out.iterdir()
    message = email.message_from_bytes(draft.read_bytes(), policy=default)
    assert message["Subject"].endswith(": por favor registre sus reuniones")
    body = message.get_body().get_content()  # type: ignore[union-attr]
    assert body.startswith("Hola, ")
    assert "¿Podría registrar las reuniones que ha tenido con sus mentorados" in body
    assert "Mentorados que necesitan atención:" in body
    assert "Hello" not in body
    assert "Thank you" not in body


def test_a_spanish_edit_is_kept_beside_the_english_one(db: Database) -> None:
    from coordinator.services.week.nudge_templates import (
        DEFAULTS,
        NudgeReason,
        NudgeTemplate,
        nudge_template,
        save_nudge_template,
    )
    from coordinator.services.week.nudge_templates_es import SPANISH_DEFAULTS

    build_week_district(db)
    mine = NudgeTemplate("{program}: ¡a registrar!", "Hola, {first_name}.\n")
    with db.transaction() as s:
        from coordinator.db.models import Program

        program_id = s.query(Program.id).scalar()
        save_nudge_template(s, program_id, NudgeReason.BEHIND, mine, "es")
    with db.reading() as s:
        assert nudge_template(s, program_id, NudgeReason.BEHIND, "es") == mine
        assert nudge_template(s, program_id, NudgeReason.BEHIND) == DEFAULTS[NudgeReason.BEHIND]
        spanish = nudge_template(s, program_id, NudgeReason.PAY, "es")
        assert spanish == SPANISH_DEFAULTS[NudgeReason.PAY]


def test_spanish_templates_use_the_same_merge_fields() -> None:
    import string

    from coordinator.services.week.nudge_templates import DEFAULTS
    from coordinator.services.week.nudge_templates_es import SPANISH_DEFAULTS

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert SPANISH_DEFAULTS.keys() == DEFAULTS.keys()
    for reason, english in DEFAULTS.items():
        spanish = SPANISH_DEFAULTS[reason]
        assert fields(spanish.subject) == fields(english.subject), reason
        assert fields(spanish.body) == fields(english.body), reason
