"""The audit log reads in a coordinator's words for real changes: check-ins, imports, years."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tests.importing.corpus import HEADERS_MONTH_1, MONTH_1, write_xlsx

from cohort_builders import YEAR_START, build_district
from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind
from coordinator.importing.roster.pipeline import apply_import, prepare_import
from coordinator.services.audit_view import AuditFilter, audit_lines
from coordinator.services.checkins.entry import CheckinInput, add_checkin


def test_a_group_meeting_reads_as_a_sentence_with_names(db: Database) -> None:
    district = build_district(db)
    mentees = tuple(district.librarian_ids[:28])
    with db.transaction() as session:
        add_checkin(
            session,
            CheckinInput(
                program_year_id=district.library_year_id,
                mentor_id=district.library_mentor_id,
                occurred_on=YEAR_START + dt.timedelta(days=20),
                kind=CheckinKind.GROUP,
                minutes=60,
                mentee_ids=mentees,
                private_notes="Talked about the library budget",
            ),
        )
    with db.reading() as session:
        (line,) = audit_lines(session, AuditFilter(entity="checkin"))
    assert line.what == "Logged a group meeting for 28 mentees"
    assert "Program year: Library cohort " in line.after  # the year's name, not its id
    assert "program_year_id" not in line.after
    assert "Mentor: FirstL0001 LastL0001" in line.after
    assert "Kind: Group or cohort meeting" in line.after
    assert "library budget" not in line.after  # private notes never reach the audit text


def test_an_import_names_its_file_and_what_it_did(db: Database, tmp_path: Path) -> None:
    roster = write_xlsx(tmp_path / "new-hires.xlsx", HEADERS_MONTH_1, MONTH_1)
    apply_import(db, prepare_import(db, roster))
    with db.reading() as session:
        (line,) = audit_lines(session, AuditFilter(entity="import_batch"))
    assert re.fullmatch(r"Imported new-hires\.xlsx on \d{4}-\d\d-\d\d: 4 new people", line.what)
    assert "(import" not in line.what
