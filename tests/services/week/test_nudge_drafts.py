"""Nudges as .eml drafts, read back with `email`: headers, fields, workbook, privacy."""

from __future__ import annotations

import email
import io
import stat
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from urllib.parse import unquote

import openpyxl
import pytest

from coordinator.db.engine import Database
from coordinator.errors import RefusedError
from coordinator.importing.checkins.workbook_format import SHEET
from coordinator.services.audit import recent_entries
from coordinator.services.audit_words import look_up_names, sentence
from coordinator.services.week.drafts import mailto_url, write_drafts
from coordinator.services.week.nudge_templates import (
    DEFAULTS,
    Audience,
    NudgeReason,
    NudgeTemplate,
    fill,
    nudge_template,
    save_nudge_template,
)
from coordinator.services.week.nudges import plan_nudges
from week_district import SECRET_NOTE, SECRET_STEP, TODAY, build_week_district


def read_draft(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def body_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")  # type: ignore[attr-defined]


def test_behind_on_hours_drafts_to_mentors_with_their_workbooks(
    db: Database, tmp_path: Path
) -> None:
    district = build_week_district(db)
    with db.reading() as s:
        plan = plan_nudges(s, district.year_id, NudgeReason.BEHIND, Audience.MENTORS, TODAY)
        template = nudge_template(s, plan.program_id, NudgeReason.BEHIND)
    assert [r.name for r in plan.recipients] == ["Mentor Number1", "Mentor Number2"]
    result = write_drafts(db, plan, template, tmp_path / "drafts", attach_workbook=True)
    assert result.line == "drafts=2"
    files = sorted((tmp_path / "drafts").iterdir())
    assert [p.name for p in files] == [
        "Number1, Mentor (M001) - nudge behind on hours.eml",
        "Number2, Mentor (M002) - nudge behind on hours.eml",
    ]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)

    first = read_draft(files[0])
    assert first["X-Unsent"] == "1"
    assert first["To"] == "Mentor Number1 <m001@district.example>"
    assert first["Subject"] == "Texas MPA: mentoring hours this semester"
    assert first["From"] is None
    body = body_of(first)
    assert body.startswith("Hello Mentor,\n")
    # Mentor Number1: 2 of 36 hours logged for three mentees, 10 weeks left in the fall.
    assert "2 of 36 hours are logged so far this semester, with 10 weeks left" in body
    assert "- Mentee01 Cohort1: 1 of 12 hours this semester" in body
    assert "- Mentee03 Cohort1: 0 of 12 hours" in body
    assert "{" not in body
    # Only this mentor's own mentees, and never a private note or next step.
    assert "Cohort2" not in body
    assert "Newhire" not in body
    raw = files[0].read_bytes().decode("ascii")
    for secret in (SECRET_NOTE, SECRET_STEP):
        assert secret not in raw
        assert secret not in body
    second = body_of(read_draft(files[1]))
    assert "Mentee01 Cohort2" in second
    assert "Cohort1" not in second

    attachments = list(first.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_filename() == (
        "Number1, Mentor (M001) - check-in log Texas MPA 2025-26.xlsx"
    )
    data = attachments[0].get_content()
    workbook = openpyxl.load_workbook(io.BytesIO(data))  # a real workbook, not just bytes
    assert SHEET in workbook.sheetnames
    text = " ".join(
        str(c.value) for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.value
    )
    assert "Mentee01 Cohort1" in text
    assert "Cohort2" not in text
    assert SECRET_NOTE not in text

    with db.reading() as s:
        entries = recent_entries(s, action="nudge")
        names = look_up_names(s, entries)
        assert [sentence(e, names, "Nudge") for e in entries] == [
            "Wrote a nudge to 2 mentors (behind on hours)"
        ]
        assert SECRET_NOTE not in str(entries[0].after)


def test_drafts_to_mentees_name_no_other_mentee(db: Database, tmp_path: Path) -> None:
    district = build_week_district(db)
    with db.reading() as s:
        plan = plan_nudges(s, district.year_id, NudgeReason.NO_CONTACT, Audience.MENTEES, TODAY)
        template = nudge_template(s, plan.program_id, NudgeReason.NO_CONTACT)
    names = [r.name for r in plan.recipients]
    assert names == ["Mentee02 Cohort1", "Mentee03 Cohort1", "Mentee01 Cohort2", "Mentee02 Cohort2"]
    result = write_drafts(db, plan, template, tmp_path / "out", attach_workbook=True)
    assert result.line == "drafts=4"
    for path in (tmp_path / "out").iterdir():
        message = read_draft(path)
        body = body_of(message)
        own = str(message["To"]).split(" <")[0]
        others = [n for n in names if n != own]
        assert not any(n in body for n in others)
        assert SECRET_NOTE not in body
        assert SECRET_STEP not in body
        assert not list(message.iter_attachments())  # a mentee gets no mentor workbook


def test_a_program_edits_its_template_and_a_broken_one_is_refused(db: Database) -> None:
    district = build_week_district(db)
    mine = NudgeTemplate("Hours, {first_name}", "Dear {name}: {hours_so_far}/{hours_needed}.\n")
    with db.transaction() as s:
        save_nudge_template(s, district.program_id, NudgeReason.BEHIND, mine)
    with db.reading() as s:
        assert nudge_template(s, district.program_id, NudgeReason.BEHIND) == mine
        assert (
            nudge_template(s, district.program_id, NudgeReason.NOT_LOGGED)
            == (DEFAULTS[NudgeReason.NOT_LOGGED])
        )
        plan = plan_nudges(
            s,
            district.year_id,
            NudgeReason.BEHIND,
            Audience.MENTEES,
            TODAY,
            person_ids=[district.mentees[district.mentor_ids[0]][0]],
        )
    preview = fill(mine, plan.recipients[0].fields)
    assert preview == NudgeTemplate("Hours, Mentee01", "Dear Mentee01 Cohort1: 1/12.\n")
    url = mailto_url(plan.recipients[0], mine)
    assert url.startswith("mailto:e1001@district.example?subject=Hours%2C%20Mentee01&body=")
    assert unquote(url.split("body=")[1]) == "Dear Mentee01 Cohort1: 1/12.\n"
    with pytest.raises(RefusedError, match="merge field"), db.transaction() as s:
        save_nudge_template(s, district.program_id, NudgeReason.BEHIND, NudgeTemplate("{", "x"))


def test_people_chosen_on_screen_become_the_audience(db: Database) -> None:
    district = build_week_district(db)
    first, second = district.mentor_ids
    mentee = district.mentees[second][0]
    with db.reading() as s:
        to_mentors = plan_nudges(
            s,
            district.year_id,
            NudgeReason.BEHIND,
            Audience.MENTORS,
            TODAY,
            person_ids=[first, mentee],
        )
        to_mentees = plan_nudges(
            s,
            district.year_id,
            NudgeReason.BEHIND,
            Audience.MENTEES,
            TODAY,
            person_ids=[second],
        )
    assert [r.person_id for r in to_mentors.recipients] == [first, second]
    assert [r.name for r in to_mentees.recipients] == ["Mentee01 Cohort2", "Mentee02 Cohort2"]
    assert all(r.fields["mentees_behind"] == "" for r in to_mentees.recipients)


def test_a_spanish_nudge_attaches_the_workbook_in_spanish(db: Database, tmp_path: Path) -> None:
    district = build_week_district(db)
    with db.reading() as s:
        plan = plan_nudges(
            s, district.year_id, NudgeReason.BEHIND, Audience.MENTORS, TODAY, language="es"
        )
        template = nudge_template(s, plan.program_id, NudgeReason.BEHIND, "es")
    write_drafts(db, plan, template, tmp_path / "borradores", attach_workbook=True)
    first = read_draft(sorted((tmp_path / "borradores").iterdir())[0])
    (attachment,) = first.iter_attachments()
    assert attachment.get_filename() == (
        "Number1, Mentor (M001) - registro de reuniones Texas MPA 2025-26.xlsx"
    )
    workbook = openpyxl.load_workbook(io.BytesIO(attachment.get_content()))
    assert workbook.sheetnames[:3] == ["Reuniones", "Listas", "Instrucciones"]
    assert workbook["Reuniones"]["A1"].value == "Fecha"
