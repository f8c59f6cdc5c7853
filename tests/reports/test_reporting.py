"""The report data matches the database: hours, counts, cohorts, compliance, certificates."""

from __future__ import annotations

import pytest
from report_fixtures import SECRET, ProgramData, complete_active_mentees

from coordinator.db.engine import Database
from coordinator.db.models import Role, Setting
from coordinator.errors import RefusedError
from coordinator.services.reporting.mentee_logs import build_certificates, build_mentee_logs
from coordinator.services.reporting.year_end import build_cohort_report, build_year_end_report

# The year these tests model (2025-26) is over on this day: its reports judge it as finished.
pytestmark = pytest.mark.today("2026-07-15")


def test_summary_counts_what_happened(db: Database, program: ProgramData) -> None:
    with db.reading() as session:
        report = build_year_end_report(session, program.year_id)
    s = report.summary
    assert (s.mentees_served, s.mentors, s.withdrawn, s.completed) == (7, 2, 1, 0)
    assert s.checkins == len(program.checkin_ids)
    assert s.mentee_minutes == sum(sum(m.values()) for m in program.minutes.values())
    assert report.header.district_name == "Río Grande ISD"
    assert report.header.semesters == ("Fall", "Spring")
    assert sum(n for _, n in report.checkins_per_month) == s.checkins
    assert [month for month, _ in report.checkins_per_month][:2] == ["Aug 2025", "Sep 2025"]


def test_cohort_hours_per_semester_match_the_checkins(db: Database, program: ProgramData) -> None:
    with db.reading() as session:
        report = build_year_end_report(session, program.year_id)
    minutes: dict[int, list[int]] = {}
    for section in report.mentors:
        for row in section.rows:
            sums = minutes.setdefault(row.mentee_id, [0, 0])
            sums[0] += row.minutes_by_semester[0]
            sums[1] += row.minutes_by_semester[1]
    for mentee_id, expected in program.minutes.items():
        assert minutes[mentee_id] == [expected["Fall"], expected["Spring"]]


def test_a_reassigned_mentee_appears_in_both_cohorts(db: Database, program: ProgramData) -> None:
    moved = program.mentee_ids[4]
    with db.reading() as session:
        first = build_cohort_report(session, program.year_id, program.mentor_ids[0]).mentor
        second = build_cohort_report(session, program.year_id, program.mentor_ids[1]).mentor
    old_row = next(r for r in second.rows if r.mentee_id == moved)
    new_row = next(r for r in first.rows if r.mentee_id == moved)
    assert old_row.assignment_ended is not None
    assert new_row.assignment_ended is None
    assert new_row.assigned_on == old_row.assignment_ended


def test_compliance_counts_rules_and_names_exceptions(db: Database, program: ProgramData) -> None:
    with db.reading() as session:
        report = build_year_end_report(session, program.year_id)
    assert report.compliance, "the rule pack was evaluated"
    assert report.summary.evaluated == 6  # the withdrawn mentee is not held to the rules
    for rule in report.compliance:
        assert 0 < rule.evaluated <= report.summary.evaluated
        assert rule.met + len(rule.exceptions) == rule.evaluated  # one line per mentee
        assert all(name and reason for name, reason in rule.exceptions)
    labels = [r.label for r in report.compliance]
    semester = next(r for r in report.compliance if "Fall" in r.label or "semester" in r.label)
    assert semester.exceptions, labels  # nobody reached 12 hours in the fall


def test_mentee_log_keeps_private_notes_out_unless_asked(
    db: Database, program: ProgramData
) -> None:
    mentee = program.mentee_ids[3]
    with db.reading() as session:
        (plain,) = build_mentee_logs(session, program.year_id, [mentee])
        (full,) = build_mentee_logs(session, program.year_id, [mentee], include_private_notes=True)
    assert all(e.private_notes is None for e in plain.entries)
    assert all(SECRET in (e.private_notes or "") for e in full.entries)
    fall, spring = plain.semester_totals
    assert (fall.minutes, spring.minutes) == (
        program.minutes[mentee]["Fall"],
        program.minutes[mentee]["Spring"],
    )
    assert fall.required_minutes == 720


def test_certificates_leave_out_withdrawn_mentees_in_a_batch(
    db: Database, program: ProgramData
) -> None:
    withdrawn = program.mentee_ids[6]
    complete_active_mentees(db, program)
    with db.transaction() as session:
        session.add(Setting(key="district_logo", value="/no/such/logo.png"))
    with db.reading() as session:
        batch = build_certificates(session, program.year_id, role=Role.MENTEE)
        single = build_certificates(
            session, program.year_id, role=Role.MENTEE, person_ids=[program.mentee_ids[0]]
        )
        with pytest.raises(RefusedError, match="has not completed 2025-26"):
            build_certificates(session, program.year_id, role=Role.MENTEE, person_ids=[withdrawn])
        mentors = build_certificates(session, program.year_id, role=Role.MENTOR)
    assert len(batch) == 6
    first = program.mentee_ids[0]
    assert single[0].minutes == sum(program.minutes[first].values())
    assert batch[0].header.logo_png is None  # a missing logo file is left out, not an error
    assert {c.role for c in mentors} == {"mentor"}
    assert sum(c.minutes for c in mentors) > 0
