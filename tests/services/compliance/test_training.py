"""Training in three parts (TEC §21.458(b)(1)-(2), (b-1)): eligibility, status and the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from cohort_builders import YEAR_END, YEAR_START, make_year, person
from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, Person, Role, RulePack, TrainingKind
from coordinator.reports.year_end import write_year_end_report
from coordinator.services.cohorts import mentors
from coordinator.services.compliance.checks import ComplianceState
from coordinator.services.compliance.evaluate import evaluate_mentors
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.compliance.training import (
    TrainingFact,
    mentor_standing,
    record_training,
    year_training,
)
from coordinator.services.programs import programs
from coordinator.services.reporting.year_end import build_year_end_report

APPROVED, DISTRICT, SUPPLEMENTAL = TrainingKind
TEXAS_RULES = {
    "mentor_training_before_year": True,
    "mentor_district_training_before_year": True,
    "supplemental_training_hours": 6,
}
MID_YEAR = dt.date(2026, 2, 2)
AFTER = YEAR_END + dt.timedelta(days=10)


def test_each_part_reads_as_a_coordinator_signs_it() -> None:
    facts = [
        TrainingFact(APPROVED, dt.date(2025, 7, 14)),
        TrainingFact(DISTRICT, dt.date(2025, 8, 4), 360),
        TrainingFact(SUPPLEMENTAL, dt.date(2025, 10, 14), 120),
        TrainingFact(SUPPLEMENTAL, dt.date(2026, 1, 20), 60),
        TrainingFact(SUPPLEMENTAL, dt.date(2026, 3, 24), 120),  # after the day judged
        TrainingFact(SUPPLEMENTAL, dt.date(2025, 4, 1), 600),  # last year's: not this year's
    ]
    standing = mentor_standing(TEXAS_RULES, facts, YEAR_START, MID_YEAR)
    assert standing.summary == (
        "approved ✓ 2025-07-14; district ✓ 2025-08-04; supplemental 3 of 6 h ✗"
    )
    assert not standing.met
    assert standing.before_year_reasons == []  # supplemental never blocks an assignment
    later = mentor_standing(TEXAS_RULES, facts, YEAR_START, YEAR_END)
    assert later.summary.endswith("supplemental 5 of 6 h ✗")


def test_a_training_after_the_year_began_or_missing_is_said_so() -> None:
    facts = [TrainingFact(APPROVED, dt.date(2025, 9, 20))]
    standing = mentor_standing(TEXAS_RULES, facts, YEAR_START, MID_YEAR)
    assert standing.summary == (
        "approved ✗ 2025-09-20, after the year began; district ✗ none recorded; "
        "supplemental 0 of 6 h ✗"
    )
    assert standing.before_year_reasons == [
        "mentor training not completed before the year began (completed 2025-09-20)",
        "no district mentor training recorded",
    ]


def _texas_mentor(db: Database) -> tuple[int, int]:
    with db.transaction() as session:
        year = make_year(session, "Texas", TEXAS_MPA)
        mentor = person(session, "M1", position="Teacher")
        mentors.edit_mentor_profile(session, mentor.id, years_experience=8)
        mentors.add_training(session, mentor.id, "TEA mentor training", dt.date(2025, 6, 2))
        programs.enroll(session, year, [mentor.id], Role.MENTOR)
        return year.id, mentor.id


def test_a_mentor_needs_the_districts_training_too_unless_the_pack_says_not(db: Database) -> None:
    year_id, mentor_id = _texas_mentor(db)
    with db.transaction() as session:
        year = programs.year_by_id(session, year_id)
        mentor = session.get(Person, mentor_id)
        assert mentor is not None
        result = mentors.eligibility(session, mentor, year)
        assert result.reasons == ["no district mentor training recorded"]
        pack = session.scalars(select(RulePack).where(RulePack.name == TEXAS_MPA)).one()
        pack.rules = {**pack.rules, "mentor_district_training_before_year": False}
        session.flush()
        assert mentors.eligibility(session, mentor, year).eligible
        pack.rules = {**pack.rules, "mentor_district_training_before_year": True}
        session.flush()
        record_training(session, mentor_id, kind=DISTRICT, name="District orientation",
                        completed_on=dt.date(2025, 8, 4), provider="Teaching and Learning",
                        minutes=360)  # fmt: skip
        assert mentors.eligibility(session, mentor, year).eligible
    with db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "mentor_training").order_by(
                AuditEntry.id.desc())
        ).first()  # fmt: skip
        assert entry is not None
        assert entry.after is not None
        assert (entry.after["kind"], entry.after["provider"], entry.after["minutes"]) == (
            "district",
            "Teaching and Learning",
            360,
        )


def test_supplemental_hours_short_are_a_risk_then_not_met(db: Database) -> None:
    year_id, mentor_id = _texas_mentor(db)
    with db.transaction() as session:
        record_training(session, mentor_id, kind=DISTRICT, name="District orientation",
                        completed_on=dt.date(2025, 8, 4))  # fmt: skip
        record_training(session, mentor_id, kind=SUPPLEMENTAL, name="Cohort meeting",
                        completed_on=dt.date(2025, 10, 14), minutes=180)  # fmt: skip
    with db.reading() as session:
        (during,) = evaluate_mentors(session, year_id, as_of=MID_YEAR)
        (after,) = evaluate_mentors(session, year_id, as_of=AFTER)
    words = "approved ✓ 2025-06-02; district ✓ 2025-08-04; supplemental 3 of 6 h ✗"
    assert (during.state, during.reasons) == (ComplianceState.AT_RISK, (words,))
    assert (after.state_word, after.reasons) == ("Not met", (words,))
    with db.transaction() as session:
        record_training(session, mentor_id, kind=SUPPLEMENTAL, name="Cohort meeting 2",
                        completed_on=dt.date(2026, 1, 20), minutes=180)  # fmt: skip
    with db.reading() as session:
        (done,) = evaluate_mentors(session, year_id, as_of=AFTER)
    assert (done.state_word, done.reasons) == ("Met", ())


def test_leaders_who_supervise_mentees_are_held_to_b1_and_the_report_says_who_is_short(
    db: Database, tmp_path: Path
) -> None:
    year_id, _mentor = _texas_mentor(db)
    with db.transaction() as session:
        year = programs.year_by_id(session, year_id)
        principal = person(session, "P1", position="Principal", last_name="Okafor")
        assistant = person(session, "P2", position="Assistant Principal", last_name="Reyes")
        mentee = person(session, "N1", position="Teacher", supervisor_id=principal.id,
                        appraiser_id=assistant.id, years_experience=0)  # fmt: skip
        programs.enroll(session, year, [mentee.id], Role.MENTEE)
        record_training(session, principal.id, kind=DISTRICT, name="Supporting new teachers",
                        completed_on=dt.date(2025, 7, 29))  # fmt: skip
        record_training(session, principal.id, kind=SUPPLEMENTAL, name="Leaders' check-in",
                        completed_on=dt.date(2025, 11, 4), minutes=360)  # fmt: skip
        found = year_training(session, year, AFTER)
    staff = {line.employee_id: (line.role, line.standing.summary) for line in found.staff}
    assert staff == {
        "P1": ("Supervisor", "district ✓ 2025-07-29; supplemental 6 of 6 h ✓"),
        "P2": ("Appraiser", "district ✗ none recorded; supplemental 0 of 6 h ✗"),
    }
    assert [line.employee_id for line in found.mentors] == ["M1"]
    with db.reading() as session:
        report = build_year_end_report(session, year_id, as_of=AFTER)
    out = tmp_path / "year-end.pdf"
    write_year_end_report(report, out)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)
    assert "Training of mentors and staff" in text
    assert "0 of 1 mentor hold every part; 1 of 2 staff members hold every part" in text
    assert "district ✗ none recorded; supplemental 0 of 6 h ✗" in text
    assert "approved ✓ 2025-06-02; district ✗ none recorded" in text
