"""Campus coordinators as a paid role: marked per campus and year, paid a flat amount for a
campus with mentees, on their own line or beside their mentor stipend; audited."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from coordinator import cli
from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, Campus, CheckinKind, Person, Program, RulePack
from coordinator.errors import RefusedError
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.pay import runs
from coordinator.services.pay.money import share
from coordinator.services.pay.rules import TEXAS_PAY, read_pay_rules
from pay_world import _log, _person, _world

PAY: dict[str, Any] = {
    **TEXAS_PAY,
    "roles": ["mentor", "campus_coordinator"],
    "campus_coordinator_cents": 25000,
    "campus_coordinator_min_mentees": 2,
}


def _campuses(db: Database, w: dict[str, int]) -> dict[str, int]:
    """Lincoln has both mentees; Zavala none. Dee (no mentor) coordinates Lincoln and Zavala."""
    with db.transaction() as s:
        lincoln = Campus(code="101", name="Lincoln Elementary")
        zavala = Campus(code="102", name="Zavala Middle")
        s.add_all([lincoln, zavala])
        s.flush()
        for key in ("nguyen", "zoe", "ana"):
            person = s.get(Person, w[key])
            assert person is not None
            person.campus_id = lincoln.id
        dee = _person(s, "C1", "Dee", "Ortiz")
        return {"lincoln": lincoln.id, "zavala": zavala.id, "dee": dee}


def _cli(db: Database, *args: str) -> int:
    return cli.main(["--db", str(db.path), "pay", *args])


def test_a_campus_coordinator_is_paid_for_a_campus_with_enough_mentees(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _world(db, TEXAS_MPA, pay=PAY)
    c = _campuses(db, w)
    scope = ["--program", "Pilot", "--year", "2025-26"]
    assert _cli(db, "coordinators", *scope, "--campus", "101", "--person", "C1") == 0
    assert _cli(db, "coordinators", *scope, "--campus", "Zavala Middle", "--person", "C1") == 0
    out = capsys.readouterr().out
    assert "Lincoln Elementary: Dee Ortiz (C1)" in out
    assert "campus coordinators=2" in out
    with db.reading() as s:
        view = runs.preview(s, w["year"], "fall")
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "campus_coordinator.set")
        ).all()
        from coordinator.services.audit_words import look_up_names, sentence

        words = [sentence(e, look_up_names(s, entries), "Campus coordinator") for e in entries]
        assert all(e.person_id == c["dee"] for e in entries)
    assert words == [
        "Made campus coordinator of Lincoln Elementary",
        "Made campus coordinator of Zavala Middle",
    ]
    dee = next(x for x in view.lines if x.person_id == c["dee"])
    assert dee.amount_cents == 25000
    assert dee.reason == (
        "Campus coordinator of Lincoln Elementary (2 mentees assigned in the period): $250.00; "
        "not paid as campus coordinator of Zavala Middle: 0 mentees assigned in the period, "
        "needs 2"
    )
    assert "Zavala Middle: 0 mentees assigned in the period, needs 2" in dee.missing
    assert "campus coordinators $250.00 a campus with at least 2 mentees assigned" in (
        view.rules_summary
    )
    with db.transaction() as s:  # in spring Zoë has left: Lincoln has one mentee, Dee nothing
        from coordinator.db.models import ProgramYear
        from coordinator.services.cohorts import assignments

        year = s.get(ProgramYear, w["year"])
        assert year is not None
        assignments.end_assignment(s, year, w["zoe"], on=dt.date(2026, 1, 1), reason="moved")
        spring = runs.preview(s, w["year"], "spring")
    assert next(x for x in spring.lines if x.person_id == c["dee"]).amount_cents == 0


def test_a_mentor_who_coordinates_has_one_line_with_both_amounts(db: Database) -> None:
    w = _world(db, TEXAS_MPA, pay=PAY)
    c = _campuses(db, w)
    for n in range(4):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
        _log(db, w, "zoe", dt.date(2025, 10, 6) + dt.timedelta(days=7 * n), 180)
    from coordinator.services.pay.coordinators import set_campus_coordinator

    with db.transaction() as s:
        set_campus_coordinator(s, w["year"], c["lincoln"], w["ana"])
        run_id = runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 5))
        view = runs.run_view(s, run_id)
    ana = [x for x in view.lines if x.person_id == w["ana"]]
    mentor = 50000 + share(50000, 92, 143)
    assert len(ana) == 1
    assert ana[0].amount_cents == mentor + 25000
    assert ana[0].reason.endswith(
        "campus coordinator of Lincoln Elementary (2 mentees assigned in the period): $250.00; "
        "total $1,071.68"
    )
    assert view.total_cents == mentor + 25000


def test_only_campus_coordinators_and_rules_that_say_so(db: Database) -> None:
    only = read_pay_rules({"roles": ["campus_coordinator"], "campus_coordinator_cents": 10000})
    assert only.summary().startswith("Mentors are not paid, campus coordinators $100.00")
    with pytest.raises(RefusedError, match="give campus_coordinator_cents"):
        read_pay_rules({"per_mentee_cents": 100, "roles": ["mentor", "campus_coordinator"]})
    with pytest.raises(RefusedError, match="the roles the logs can pay are: mentor, campus_coord"):
        read_pay_rules({"per_mentee_cents": 100, "roles": ["principal"]})
    with pytest.raises(RefusedError, match="exactly one way"):
        read_pay_rules({"roles": ["mentor"]})
    w = _world(
        db, TEXAS_MPA, pay={"roles": ["campus_coordinator"], "campus_coordinator_cents": 100}
    )
    c = _campuses(db, w)
    from coordinator.services.pay.coordinators import (
        remove_campus_coordinator,
        set_campus_coordinator,
    )

    with db.transaction() as s:
        set_campus_coordinator(s, w["year"], c["lincoln"], c["dee"])
        view = runs.preview(s, w["year"], "fall")
        assert [(x.person_id, x.amount_cents) for x in view.lines] == [(c["dee"], 100)]
        remove_campus_coordinator(s, w["year"], c["lincoln"])
        assert runs.preview(s, w["year"], "fall").lines == ()
        with pytest.raises(RefusedError, match="no campus coordinator this year"):
            remove_campus_coordinator(s, w["year"], c["lincoln"])


def test_a_co_mentor_is_paid_by_the_hour_for_another_mentors_mentee(db: Database) -> None:
    """Ben leads 90 minutes with Nguyễn, Ana's mentee (a second mentor's visits): the logs say
    he co-mentored, and a rule with the co_mentor role pays him for those hours, capped."""
    pay = {**TEXAS_PAY, "roles": ["mentor", "co_mentor"], "co_mentor_per_hour_cents": 2500}
    w = _world(db, TEXAS_MPA, pay)
    with db.transaction() as s:
        add_checkin(
            s,
            CheckinInput(
                w["year"], w["ben"], dt.date(2025, 10, 2), CheckinKind.ONE_TO_ONE, 90,
                (w["nguyen"],),
            ),
            confirm_unassigned=True,
        )  # fmt: skip
    with db.reading() as s:
        view = runs.preview(s, w["year"], "fall")
    ben = next(x for x in view.lines if x.person_id == w["ben"])
    assert ben.amount_cents == 3750
    assert "co-mentor of Minh Nguyễn 1.5 h: 1.5 h × $25.00/h = $37.50" in ben.reason
    ana = next(x for x in view.lines if x.person_id == w["ana"])
    assert "co-mentor" not in ana.reason  # her own mentee's time is a mentor's, not a co-mentor's
    capped = {**pay, "co_mentor_cap_cents": 2000}
    with db.transaction() as s:
        pack = s.get(RulePack, s.query(Program).one().rule_pack_id)
        assert pack is not None
        pack.rules = {**pack.rules, "pay": capped}
    with db.reading() as s:
        ben = next(x for x in runs.preview(s, w["year"], "fall").lines if x.person_id == w["ben"])
        summary = runs.preview(s, w["year"], "fall").rules_summary
    assert ben.amount_cents == 2000
    assert ben.reason.endswith("capped at $20.00") or "capped at $20.00" in ben.reason
    assert "co-mentors $25.00 per hour with others' mentees (at most $20.00)" in summary
    without = {k: v for k, v in pay.items() if k != "co_mentor_per_hour_cents"}
    with pytest.raises(RefusedError, match="co_mentor_per_hour_cents"):
        read_pay_rules(without)
