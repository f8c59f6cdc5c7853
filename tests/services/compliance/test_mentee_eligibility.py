"""A mentee is a beginning teacher (19 TAC §153.1011(a)(1)), or flagged, or kept with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from cohort_builders import YEAR_END, make_year, person
from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, Role, RulePack
from coordinator.errors import CoordinatorError
from coordinator.services.compliance import mentee_eligibility
from coordinator.services.compliance.checks import ComplianceState
from coordinator.services.compliance.evaluate import evaluate_program_year
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.programs import programs
from coordinator.services.reporting.year_end import build_year_end_report

MID_FALL = dt.date(2025, 10, 15)
FEWER = "that is fewer than 2 years"
AFTER = YEAR_END + dt.timedelta(days=10)


def _year(db: Database) -> tuple[int, dict[str, int]]:
    with db.transaction() as session:
        year = make_year(session, "Texas", TEXAS_MPA)
        ids = {
            eid: person(session, eid, position="Teacher", years_experience=years).id
            for eid, years in (("N0", 0), ("N1", 1), ("N3", 3), ("NX", None))
        }
        programs.enroll(session, year, list(ids.values()), Role.MENTEE)
        return year.id, ids


def _beginning(db: Database, year_id: int, as_of: dt.date) -> dict[int, tuple[bool, str]]:
    with db.reading() as session:
        statuses = evaluate_program_year(session, year_id, as_of=as_of)
    return {
        s.person_id: (r.met, r.detail)
        for s in statuses
        for r in s.results
        if r.key == "beginning_teacher"
    }


def test_two_years_or_more_is_flagged_not_counted(db: Database) -> None:
    year_id, ids = _year(db)
    judged = _beginning(db, year_id, MID_FALL)
    assert judged == {
        ids["N0"]: (True, "0 years of experience: a beginning teacher"),
        ids["N1"]: (True, "1 year of experience: a beginning teacher"),
        ids["N3"]: (False, f"3 years of experience: not a beginning teacher ({FEWER})"),
    }
    with db.reading() as session:
        statuses = {s.person_id: s for s in evaluate_program_year(session, year_id, as_of=AFTER)}
    assert statuses[ids["N3"]].state is ComplianceState.OUT_OF_COMPLIANCE
    assert statuses[ids["N3"]].state_word == "Not met"
    with db.reading() as session:
        report = build_year_end_report(session, year_id, as_of=AFTER)
    (rule,) = [r for r in report.compliance if r.key == "beginning_teacher"]
    assert (rule.met, rule.evaluated) == (2, 3)
    assert rule.exception_ids == (ids["N3"],)
    assert [(why, n) for why, n, _names in rule.outside] == [
        ("no years of experience recorded (import them with the roster, or set them)", 1)
    ]


def test_the_pack_holds_the_threshold(db: Database) -> None:
    year_id, ids = _year(db)
    with db.transaction() as session:
        pack = session.scalars(select(RulePack).where(RulePack.name == TEXAS_MPA)).one()
        pack.rules = {**pack.rules, "beginning_teacher_years_below": 4}
    assert _beginning(db, year_id, MID_FALL)[ids["N3"]][0] is True
    with db.transaction() as session:
        pack = session.scalars(select(RulePack).where(RulePack.name == TEXAS_MPA)).one()
        pack.rules = {k: v for k, v in pack.rules.items() if k != "beginning_teacher_years_below"}
    assert _beginning(db, year_id, MID_FALL) == {}


def test_an_override_keeps_the_mentee_with_the_reason_audited(db: Database) -> None:
    year_id, ids = _year(db)
    reason = "New to high school chemistry after six years in fourth grade"
    with db.transaction() as session:
        year = programs.year_by_id(session, year_id)
        with pytest.raises(CoordinatorError, match="Say why"):
            mentee_eligibility.override_eligibility(session, year, ids["N3"], "because")
        mentee_eligibility.override_eligibility(session, year, ids["N3"], reason)
    assert _beginning(db, year_id, MID_FALL)[ids["N3"]] == (
        True,
        f"3 years of experience, kept by override: {reason}",
    )
    with db.reading() as session:
        report = build_year_end_report(session, year_id, as_of=AFTER)
        after = session.scalars(
            select(AuditEntry.after).where(
                AuditEntry.action == "override", AuditEntry.entity == "enrollment"
            )
        ).one()
    assert report.eligibility_overrides == (("FirstN3 LastN3", "N3", reason),)
    assert after == {"eligibility_override": reason}
    with db.transaction() as session:
        year = programs.year_by_id(session, year_id)
        mentee_eligibility.override_eligibility(session, year, ids["N3"], None)
        mentee_eligibility.set_years_experience(session, ids["NX"], 1)
    judged = _beginning(db, year_id, MID_FALL)
    assert judged[ids["N3"]][0] is False
    assert judged[ids["NX"]] == (True, "1 year of experience: a beginning teacher")
