"""Milestones and follow-ups in one .ics: stable UIDs, a mentor's own only, and no notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from sqlalchemy import select

from coordinator.cli import main
from coordinator.db.engine import Database
from coordinator.db.models import Checkin, CheckinAttendee, Person
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from district import build_district

SECRET = "Private-about-the-principal"


def events(path: Path) -> dict[str, dict[str, str]]:
    cal = Calendar.from_ical(path.read_bytes())
    return {
        str(e["uid"]): {
            "day": e.decoded("dtstart").isoformat(),
            "summary": str(e["summary"]),
            "description": str(e["description"]),
            "sequence": str(e.get("sequence")),
        }
        for e in cal.walk("VEVENT")
    }


def test_the_calendar_holds_milestones_and_follow_ups_and_keeps_uids(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, program="Librarians",
                              mentees_per_mentor=(1, 1))  # fmt: skip
    first = district.mentee_ids[0]
    with db.transaction() as s:
        c = Checkin(program_year_id=district.year_id, mentor_id=district.mentor_ids[0],
                    occurred_on=dt.date(2025, 9, 2), kind="one_to_one", minutes=30,
                    private_notes=SECRET, follow_up_on=dt.date(2025, 9, 16))  # fmt: skip
        c.attendees.append(CheckinAttendee(mentee_id=first))
        s.add(c)
    ics = tmp_path / "year.ics"
    base = ["--db", str(db_path), "calendar", "--program", "Librarians", "--year", "2025-26"]
    assert main([*base, "--since", "2025-09-01", "-o", str(ics)]) == 0
    found = events(ics)
    summaries = sorted(e["summary"] for e in found.values())
    assert "Follow up: Mentee01 Cohort1 (Mentor Number1)" in summaries
    assert "Induction documents: Mentee01 Cohort1" in summaries
    assert "Stay conversation: Mentee01 Cohort2" in summaries
    assert "Mentor training: Mentor Number1" in summaries
    stay = next(e for e in found.values() if e["summary"] == "Stay conversation: Mentee01 Cohort2")
    assert stay["day"] == "2026-03-15"
    assert stay["description"].startswith(
        "A check-in with the topic Stay conversation (March 15). Upcoming: due 2026-03-15"
    )
    assert all(SECRET not in e["description"] for e in found.values())
    assert ics.stat().st_mode & 0o077 == 0
    # Exported again later: the same UIDs (updated in place), a higher SEQUENCE.
    again = tmp_path / "again.ics"
    assert main([*base, "--since", "2025-09-01", "-o", str(again)]) == 0
    assert set(events(again)) == set(found)


def test_a_mentors_calendar_names_only_their_own_mentees(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, program="Librarians",
                              mentees_per_mentor=(1, 1))  # fmt: skip
    with db.session() as s:
        mentor = s.get(Person, district.mentor_ids[0])
        assert mentor is not None
        employee_id = str(mentor.employee_id)
    ics = tmp_path / "mentor.ics"
    assert main(["--db", str(db_path), "calendar", "--program", "Librarians", "--year",
                 "2025-26", "--mentor", employee_id, "--since", "2025-09-01",
                 "-o", str(ics)]) == 0  # fmt: skip
    text = " ".join(e["summary"] for e in events(ics).values())
    assert "Cohort1" in text
    assert "Mentor Number1" in text
    assert "Cohort2" not in text
    assert "Mentor Number2" not in text
    assert "Induction documents" not in text  # the mentee's own paperwork, not the mentor's


def test_milestones_cli_lists_and_ticks(db: Database, db_path: Path, capsys: object) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, program="Librarians",
                              mentees_per_mentor=(2,))  # fmt: skip
    with db.session() as s:
        mentees = select(Person).where(Person.id.in_(district.mentee_ids)).order_by(Person.id)
        ids = [p.employee_id for p in s.scalars(mentees)]
    base = ["--db", str(db_path), "milestones", "--program", "Librarians", "--year", "2025-26",
            "--today", "2026-02-20"]  # fmt: skip
    assert main([*base, "--tick", "induction-documents", "--person", str(ids[0]),
                 "--on", "2026-02-10"]) == 0  # fmt: skip
    assert main(base) == 0
    assert main([*base, "--milestone", "Induction documents"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "ticked=1" in out
    assert (
        "induction-documents: Induction documents (February 15; a document received): "
        "overdue=1 due_soon=0 upcoming=0 met_late=0 met=1"
    ) in out
    assert "Met: Mentee01 Cohort1: met on 2026-02-10" in out
    assert "Overdue: Mentee02 Cohort1: due 2026-02-15, 5 days overdue" in out
    assert main([*base, "--tick", "first-meeting", "--person", str(ids[0]),
                 "--on", "2026-02-10"]) == 1  # fmt: skip
