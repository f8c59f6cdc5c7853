"""A finished year closes: Met / Not met after the last semester, outcomes, certificates to
completers only, on the demo district (whose 40 unassigned mentees have 0 hours)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from coordinator import cli
from coordinator.db.engine import Database
from coordinator.db.models import (
    Assignment,
    AuditEntry,
    Enrollment,
    EnrollmentStatus,
    MenteeOutcome,
    Outcome,
    Person,
    Role,
    YearClose,
)
from coordinator.demo import build_demo
from coordinator.errors import CoordinatorError
from coordinator.services.compliance.checks import ComplianceState
from coordinator.services.compliance.evaluate import evaluate_mentors, evaluate_program_year
from coordinator.services.compliance.year_close import (
    close_year,
    edit_outcome,
    year_outcomes,
)
from coordinator.services.lookup import program_year_by_names
from coordinator.services.reporting.year_end import build_year_end_report
from coordinator.tools.names import display_name
from coordinator.tools.sql_chunks import as_dict

SCOPE = ["--program", "Teacher Induction", "--year", "2025-26"]
AFTER_THE_YEAR = dt.date(2026, 6, 30)  # the demo's last semester ends on 2026-06-05
MID_SPRING = dt.date(2026, 3, 15)


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, scale="district")
    return db


def _run(db: Database, *args: str) -> int:
    return cli.main(["--db", str(db.path), *args])


def _year_id(db: Database) -> int:
    with db.reading() as session:
        return program_year_by_names(session, "Teacher Induction", "2025-26").id


def _unassigned_mentees(db: Database, year_id: int) -> dict[int, str]:
    with db.reading() as session:
        assigned = select(Assignment.mentee_id).where(Assignment.program_year_id == year_id)
        rows = session.execute(
            select(Person.id, Person.first_name, Person.preferred_name, Person.last_name)
            .join(Enrollment, Enrollment.person_id == Person.id)
            .where(
                Enrollment.program_year_id == year_id,
                Enrollment.role == Role.MENTEE,
                Enrollment.status == EnrollmentStatus.ACTIVE,
                Person.id.not_in(assigned),
            )
        )
        return {
            pid: display_name(first=first, preferred=preferred, last=last)
            for pid, first, preferred, last in rows
        }


def _certificate_pages(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]


def test_after_the_last_semester_nobody_is_at_risk(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    year_id = _year_id(demo)
    with demo.reading() as session:
        spring = evaluate_program_year(session, year_id, as_of=MID_SPRING)
        final = evaluate_program_year(session, year_id, as_of=AFTER_THE_YEAR)
        mentors = evaluate_mentors(session, year_id, as_of=AFTER_THE_YEAR)
    assert any(s.state is ComplianceState.AT_RISK for s in spring)  # mid-year, some are at risk
    assert not any(s.state is ComplianceState.AT_RISK for s in final)
    assert not any(m.state is ComplianceState.AT_RISK for m in mentors)
    assert {s.state_word for s in final} == {"Met", "Not met"}

    capsys.readouterr()
    assert _run(demo, "status", *SCOPE, "--as-of", AFTER_THE_YEAR.isoformat()) == 0
    after = capsys.readouterr().out
    assert "At risk" not in after
    assert "at risk" not in after
    assert "Not met" in after
    assert _run(demo, "status", *SCOPE, "--as-of", MID_SPRING.isoformat()) == 0
    assert "At risk" in capsys.readouterr().out


def test_the_40_unassigned_mentees_get_no_certificate_once_the_year_is_closed(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year_id = _year_id(demo)
    unassigned = _unassigned_mentees(demo, year_id)
    assert len(unassigned) == 40
    out = tmp_path / "certificates.pdf"
    # Before the year is closed nobody has completed: no "Certificates of Completion" at all.
    assert _run(demo, "report", "certificates", *SCOPE, "-o", str(out)) == 1
    assert "Nobody in this selection has completed" in capsys.readouterr().err
    assert not out.exists()

    assert _run(demo, "year", "close", *SCOPE, "--today", "2026-06-10") == 0
    printed = capsys.readouterr().out
    assert "Closed Teacher Induction 2025-26 on 2026-06-10." in printed
    assert "Not completed" in printed
    assert "Mentor assigned within 30 days" in printed

    assert _run(demo, "report", "certificates", *SCOPE, "-o", str(out)) == 0
    pages = _certificate_pages(out)
    with demo.reading() as session:
        outcomes = year_outcomes(session, year_id, today=dt.date(2026, 6, 10))
        report = build_year_end_report(session, year_id, as_of=AFTER_THE_YEAR)
    completers = [line for line in outcomes.lines if line.outcome is Outcome.COMPLETED]
    assert len(pages) == len(completers) == report.summary.completed > 0
    assert all(p.count("Certificate of Completion") == 1 for p in pages)
    text = " ".join(pages)
    assert "with 0 hours" not in text
    assert "with 0.0 hours" not in text
    for line in outcomes.lines:
        if line.person_id in unassigned:
            assert line.outcome is Outcome.NOT_COMPLETED
            assert any("Mentor assigned" in r or "Has a mentor" in r for r in line.rules_not_met)
    for name in unassigned.values():
        assert f"that {name} took part" not in text
    # the status words of the closed year's report: no "At risk"
    words = {row.status for section in report.mentors for row in section.rows}
    assert "At risk" not in words


def test_closing_before_the_last_semester_ends_is_refused_and_writes_nothing(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(demo, "year", "close", *SCOPE, "--today", "2026-06-01") == 1
    assert "cannot be closed before its last semester ends on 2026-06-05" in (
        capsys.readouterr().err
    )
    with demo.reading() as session:
        assert session.scalars(select(YearClose)).first() is None
        assert session.scalars(select(MenteeOutcome)).first() is None
    assert _run(demo, "year", "close", *SCOPE, "--today", "2026-06-10") == 0
    assert _run(demo, "year", "close", *SCOPE, "--today", "2026-06-11") == 1
    assert "already closed on 2026-06-10" in capsys.readouterr().err


def test_withdrawn_and_left_keep_their_date_and_get_no_certificate(demo: Database) -> None:
    year_id = _year_id(demo)
    with demo.transaction() as session:
        outcomes = close_year(session, year_id, today=dt.date(2026, 6, 10))
        ended = {
            pid: (status, on)
            for pid, status, on in session.execute(
                select(Enrollment.person_id, Enrollment.status, Enrollment.ended_on).where(
                    Enrollment.program_year_id == year_id, Enrollment.role == Role.MENTEE
                )
            )
        }
    left = [line for line in outcomes.lines if line.outcome is Outcome.LEFT_DISTRICT]
    withdrawn = [line for line in outcomes.lines if line.outcome is Outcome.WITHDRAWN]
    assert left
    assert withdrawn
    for line in left + withdrawn:
        assert line.ended_on == ended[line.person_id][1] is not None
        assert not line.gets_certificate
        assert line.description.endswith(f"on {line.ended_on.isoformat()}")
    for line in outcomes.lines:
        if line.outcome is Outcome.COMPLETED:
            assert ended[line.person_id][0] is EnrollmentStatus.COMPLETED


def test_an_outcome_changes_with_a_reason_and_the_audit_log_keeps_it(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year_id = _year_id(demo)
    names = _unassigned_mentees(demo, year_id)
    unassigned = sorted(names)
    with demo.transaction() as session:
        close_year(session, year_id, today=dt.date(2026, 6, 10))
        rows = session.execute(
            select(Person.id, Person.employee_id).where(Person.id.in_(unassigned[:2]))
        )
        employee = as_dict(rows)
    first, second = unassigned[:2]
    reason = "Mentored by the campus coach; district records confirm 24 hours"
    args = ["year", "outcome", *SCOPE, "--mentee", employee[first], "--outcome", "completed"]
    assert _run(demo, *args, "--reason", "  ") == 1
    assert "Give a reason for the change" in capsys.readouterr().err
    with demo.transaction() as session, pytest.raises(CoordinatorError, match="Give a reason"):
        edit_outcome(session, year_id, first, outcome=Outcome.COMPLETED, reason=" ")
    args = ["year", "outcome", *SCOPE, "--mentee", employee[first], "--outcome", "completed"]
    assert _run(demo, *args, "--reason", reason) == 0
    assert "Completed, a certificate." in capsys.readouterr().out
    args = ["year", "outcome", *SCOPE, "--mentee", employee[second], "--certificate", "yes"]
    assert _run(demo, *args, "--reason", "Principal asked for one: long medical leave") == 0
    with demo.reading() as session:
        entries = list(
            session.execute(
                select(AuditEntry.person_id, AuditEntry.before, AuditEntry.after).where(
                    AuditEntry.entity == "mentee_outcome", AuditEntry.action == "edit"
                )
            )
        )
        outcomes = {
            line.person_id: line
            for line in year_outcomes(session, year_id, today=dt.date(2026, 6, 10)).lines
        }
    assert {e.person_id for e in entries} == {first, second}
    changed = next(e for e in entries if e.person_id == first)
    assert changed.before is not None
    assert changed.before["outcome"] == "not_completed"
    assert changed.after is not None
    assert changed.after["reason"] == reason
    assert outcomes[first].outcome is Outcome.COMPLETED
    assert outcomes[second].outcome is Outcome.NOT_COMPLETED
    assert outcomes[second].gets_certificate

    out = tmp_path / "certificates.pdf"
    assert _run(demo, "report", "certificates", *SCOPE, "-o", str(out)) == 0
    text = " ".join(_certificate_pages(out))
    assert names[first] in text
    assert names[second] in text
    assert names[unassigned[2]] not in text
