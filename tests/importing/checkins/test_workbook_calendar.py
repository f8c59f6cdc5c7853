"""Offline round trip: a mentor's workbook filled the way a mentor would, imported twice; .ics."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from coordinator.db.engine import Database
from coordinator.db.models import (
    Checkin,
    CheckinAttendee,
    CheckinKind,
    ImportBatch,
    Person,
    Topic,
)
from coordinator.errors import UnreadableInputError
from coordinator.importing.checkins.workbook_format import (
    LISTS,
    SHEET,
    WHOLE_COHORT,
    write_checkin_workbook,
)
from coordinator.importing.checkins.workbook_reader import import_checkin_workbook
from coordinator.services.checkins.calendar import export_follow_ups
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from district import build_district


def write(db: Database, tmp_path: Path) -> tuple[Path, list[int], int]:
    d = build_district(db, mentees_per_mentor=(3,))
    mentor = d.mentor_ids[0]
    path = tmp_path / "log.xlsx"
    with db.reading() as s:
        assert write_checkin_workbook(s, d.year_id, mentor, path) == 3
    return path, d.mentees[mentor], mentor


def fill(path: Path, rows: list[list[object]]) -> None:
    """Type rows into the prepared rows the way a mentor would, leaving the hidden keys alone."""
    wb = openpyxl.load_workbook(path)
    sheet = wb[SHEET]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c, value=value)
    wb.save(path)


def labels(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [str(r[0]) for r in wb[LISTS].iter_rows(min_row=2, values_only=True) if r[0]]


def test_workbook_has_dropdowns_hidden_keys_and_is_private(db: Database, tmp_path: Path) -> None:
    path, _, _ = write(db, tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    wb = openpyxl.load_workbook(path)
    sheet = wb[SHEET]
    assert wb.sheetnames[:3] == [SHEET, LISTS, "Instructions"]
    assert wb[LISTS].sheet_state == "hidden"
    assert sheet.column_dimensions["L"].hidden
    assert sheet["L2"].value != sheet["L3"].value
    formulas = {dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert "=Lists!$A$2:$A$5" in formulas
    assert labels(path)[0] == WHOLE_COHORT
    assert labels(path)[1] == "Mentee01 Cohort1 (E1001)"


HOSTILE_NAME = "=cmd|' /C calc'!A0"
HOSTILE_TOPIC = '=HYPERLINK("http://x","y")'


def test_formula_like_names_and_topics_stay_text_and_still_import(
    db: Database, tmp_path: Path
) -> None:
    """A mentee, a mentor and a topic named like formulas reach the workbook as plain text."""
    d = build_district(db, mentees_per_mentor=(3,))
    mentor_id, mentee_id = d.mentor_ids[0], d.mentees[d.mentor_ids[0]][0]
    with db.transaction() as s:
        mentee, mentor = s.get(Person, mentee_id), s.get(Person, mentor_id)
        assert mentee is not None
        assert mentor is not None
        mentee.first_name = HOSTILE_NAME
        mentor.first_name = "@SUM(A1)"
        topic = s.get(Topic, next(iter(d.topic_ids.values())))
        assert topic is not None
        topic.name = HOSTILE_TOPIC
    path = tmp_path / "log.xlsx"
    with db.reading() as s:
        write_checkin_workbook(s, d.year_id, mentor_id, path)
    wb = openpyxl.load_workbook(path)
    cells = [c for sheet in wb.worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.value for c in cells if c.data_type == "f"]
    hostile = [c for c in cells if isinstance(c.value, str) and c.value.startswith(("=", "@"))]
    assert {str(c.value) for c in hostile} >= {HOSTILE_TOPIC}
    assert any(HOSTILE_NAME in str(c.value) for c in hostile)
    assert str(wb["Instructions"]["A1"].value).startswith("Check-in log for @SUM(A1) ")
    assert all(c.data_type == "s" and c.quotePrefix for c in hostile)
    label = next(x for x in labels(path) if HOSTILE_NAME in x)
    fill(path, [[dt.date(2025, 9, 3), label, "Phone", 20, HOSTILE_TOPIC]])
    wb = openpyxl.load_workbook(path)
    for cell in wb[SHEET][2]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # chosen from the dropdown: text, as Excel stores it
    wb.save(path)
    result = import_checkin_workbook(db, path)
    assert (result.counts["new"], result.problems) == (1, [])
    with db.reading() as s:
        attendee = s.scalar(select(CheckinAttendee.mentee_id))
    assert attendee == mentee_id


def test_round_trip_then_reimport_adds_nothing(db: Database, tmp_path: Path) -> None:
    path, mentees, _ = write(db, tmp_path)
    names = labels(path)
    fill(
        path,
        [
            [
                dt.date(2025, 9, 3),
                names[1],
                "One-to-one",
                30,
                "Professional development",
                None,
                None,
                None,
                "Plan a lesson",
                dt.date(2025, 9, 17),
                "worried about observation",
            ],
            [
                dt.date(2025, 9, 10),
                WHOLE_COHORT,
                "Group or cohort meeting",
                60,
                "Professional expectations",
                "Data-driven instructional practices",
                None,
                "Mentee03 Cohort1",
            ],
            [dt.date(2024, 1, 1), names[2], "Phone", 15],
            [dt.date(2025, 9, 12), names[2], "Phone", "ten"],
        ],
    )
    dry = import_checkin_workbook(db, path, dry_run=True)
    assert dry.summary == "new=2 changed=0 unchanged=0 missing=0 duplicates=0 invalid=2"
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Checkin)) == 0
    first = import_checkin_workbook(db, path)
    assert first.counts["new"] == 2
    assert [(p.row, p.column) for p in first.problems] == [(4, "Date"), (5, "Minutes")]
    assert "outside the program year" in first.problems[0].message
    again = import_checkin_workbook(db, path)
    assert again.summary == "new=0 changed=0 unchanged=2 missing=0 duplicates=0 invalid=2"
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Checkin)) == 2
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 2
        group = s.scalar(select(Checkin).where(Checkin.kind == CheckinKind.GROUP))
        assert group is not None
        present = dict(
            s.execute(
                select(CheckinAttendee.mentee_id, CheckinAttendee.present).where(
                    CheckinAttendee.checkin_id == group.id
                )
            ).all()
        )
    assert present == {mentees[0]: True, mentees[1]: True, mentees[2]: False}
    fill(path, [[dt.date(2025, 9, 3), names[1], "One-to-one", 45]])
    changed = import_checkin_workbook(db, path)
    assert (changed.counts["changed"], changed.counts["unchanged"]) == (1, 1)


def test_copied_row_is_a_duplicate_and_a_stranger_file_is_unreadable(
    db: Database, tmp_path: Path
) -> None:
    path, _, _ = write(db, tmp_path)
    names = labels(path)
    fill(path, [[dt.date(2025, 9, 3), names[1], "Phone", 10]])
    wb = openpyxl.load_workbook(path)
    sheet = wb[SHEET]
    for col in range(1, 13):
        sheet.cell(row=3, column=col, value=sheet.cell(row=2, column=col).value)
    wb.save(path)
    result = import_checkin_workbook(db, path)
    assert result.summary == "new=1 changed=0 unchanged=0 missing=0 duplicates=1 invalid=0"
    other = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(other)
    with pytest.raises(UnreadableInputError, match="not a Coordinator check-in log"):
        import_checkin_workbook(db, other)
    text = tmp_path / "notes.xlsx"
    text.write_text("hello")
    with pytest.raises(UnreadableInputError, match="not an Excel workbook"):
        import_checkin_workbook(db, text)


def test_follow_ups_calendar_parses_back_without_private_notes(
    db: Database, tmp_path: Path
) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    mentor = d.mentor_ids[0]
    a, b = d.mentees[mentor]
    with db.transaction() as s:
        add_checkin(
            s,
            CheckinInput(
                d.year_id,
                mentor,
                dt.date(2025, 9, 3),
                CheckinKind.PHONE,
                20,
                (a,),
                private_notes="SECRET",
                next_steps="Send rubric",
                follow_up_on=dt.date(2025, 9, 20),
            ),
        )
        add_checkin(
            s,
            CheckinInput(
                d.year_id,
                mentor,
                dt.date(2025, 9, 4),
                CheckinKind.GROUP,
                60,
                (a, b),
                follow_up_on=dt.date(2025, 9, 1),
            ),
        )
    out = tmp_path / "follow-ups.ics"
    with db.reading() as s:
        assert export_follow_ups(s, out, since=dt.date(2025, 9, 5)) == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert b"SECRET" not in out.read_bytes()
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 1
    assert events[0].decoded("dtstart") == dt.date(2025, 9, 20)
    assert str(events[0]["summary"]) == "Follow up: Mentee01 Cohort1 (Mentor Number1)"
    assert "Next steps: Send rubric" in str(events[0]["description"])


def test_a_zip_bomb_posing_as_a_returned_log_is_refused_before_parsing(
    db: Database, tmp_path: Path
) -> None:
    """The roster import's zip checks guard the check-in workbook too."""
    import struct

    path = tmp_path / "returned.xlsx"
    openpyxl.Workbook().save(path)
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:  # every entry's directory record now claims about 4 GB unpacked
        struct.pack_into("<I", data, at + 24, 0xFFFFFFF0)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    with db.reading() as session:
        before = session.scalar(select(func.count(Checkin.id)))
    with pytest.raises(UnreadableInputError, match="unpacks to"):
        import_checkin_workbook(db, path)
    with db.reading() as session:
        assert session.scalar(select(func.count(Checkin.id))) == before
