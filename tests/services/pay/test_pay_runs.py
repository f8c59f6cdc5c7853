"""Pay rules and pay runs on a small real district: each rule shape, lock, adjust, reversal."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from coordinator import cli
from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, PayLine, PayRun, Program
from coordinator.db.models_pay import LockedRunError
from coordinator.errors import RefusedError
from coordinator.services.cohorts import assignments
from coordinator.services.compliance.packs import LOCAL_PROGRAM, TEXAS_MPA
from coordinator.services.pay import runs
from coordinator.services.pay.money import money, parse_amount, share
from coordinator.services.pay.rules import read_pay_rules
from coordinator.services.programs import programs
from pay_world import END, FALL_DAYS, START, _log, _world


def _line(view: runs.RunView, person_id: int) -> runs.RunLine:
    return next(x for x in view.lines if x.person_id == person_id)


def test_money_is_exact_cents() -> None:
    assert parse_amount("$1,250.50") == 125050
    assert parse_amount("-35.5") == -3550
    assert money(-1234567) == "-$12,345.67"
    assert share(50000, 84, 120) == 35000
    assert share(50000, 1, 3) == 16667
    with pytest.raises(RefusedError, match="not an amount"):
        parse_amount("12.345")


def test_flat_per_mentee_with_proration_and_conditions(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    for n in range(4):  # 4 × 3 h = 12 h: Nguyễn meets the semester minimum
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
        _log(db, w, "zoe", dt.date(2025, 10, 6) + dt.timedelta(days=7 * n), 180)
    with db.reading() as s:
        view = runs.preview(s, w["year"], "fall")
    ana, ben = _line(view, w["ana"]), _line(view, w["ben"])
    zoe_days = (dt.date(2025, 12, 31) - dt.date(2025, 10, 1)).days + 1
    zoe_cents = share(50000, zoe_days, FALL_DAYS)
    assert ana.amount_cents == 50000 + zoe_cents
    assert "1 mentee × $500.00" in ana.reason
    assert f"Zoë Şahin prorated {zoe_days} of {FALL_DAYS} days: {money(zoe_cents)}" in ana.reason
    assert ben.amount_cents == 0
    assert "3 years of teaching (recorded: 1)" in ben.reason
    assert "mentor training completed before the year" in ben.reason
    assert view.people == 1
    assert view.total_cents == ana.amount_cents


def test_unmet_mentee_is_not_counted_and_says_why(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    _log(db, w, "nguyen", dt.date(2025, 9, 1), 390)
    with db.reading() as s:
        ana = _line(runs.preview(s, w["year"], "fall"), w["ana"])
    assert ana.amount_cents == 0
    assert "Minh Nguyễn has 6.5 h of 12 h" in ana.reason


def test_a_single_prorated_mentee_says_its_amount_once(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    with db.transaction() as s:  # Nguyễn withdrew on the first day: only Zoë is left
        assignments.withdraw(s, programs.year_by_id(s, w["year"]), w["nguyen"], on=START)
    for n in range(4):
        _log(db, w, "zoe", dt.date(2025, 10, 6) + dt.timedelta(days=7 * n), 180)
    with db.reading() as s:
        ana = _line(runs.preview(s, w["year"], "fall"), w["ana"])
    zoe_days = (dt.date(2025, 12, 31) - dt.date(2025, 10, 1)).days + 1
    amount = money(share(50000, zoe_days, FALL_DAYS))
    assert ana.reason == f"Zoë Şahin prorated {zoe_days} of {FALL_DAYS} days: {amount}"


def test_tiers_rate_under_twelve_hours_flat_above(db: Database) -> None:
    w = _world(db, LOCAL_PROGRAM)
    for n in range(3):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 300)  # 15 h
        _log(db, w, "zoe", dt.date(2025, 10, 6) + dt.timedelta(days=7 * n), 90)  # 4.5 h
    with db.reading() as s:
        ana = _line(runs.preview(s, w["year"], "year"), w["ana"])
    year_days = (END - START).days + 1
    zoe_days = (END - dt.date(2025, 10, 1)).days + 1
    zoe = share(share(2500, 270, 60), zoe_days, year_days)
    assert ana.amount_cents == 40000 + zoe
    assert "Minh Nguyễn 15 h: $400.00 (tier from 12 h)" in ana.reason


def test_rate_with_cap_and_minimum_contacts(db: Database) -> None:
    pay = {"period": "year", "per_hour_cents": 3000, "cap_cents": 40000, "min_contacts": 2}
    w = _world(db, LOCAL_PROGRAM, pay)
    for n in range(2):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 600)  # 20 h
    _log(db, w, "zoe", dt.date(2025, 10, 6), 600)
    with db.reading() as s:
        ana = _line(runs.preview(s, w["year"], "year"), w["ana"])
    assert ana.amount_cents == 40000
    assert "capped at $400.00 (earned $600.00)" in ana.reason
    assert "Zoë Şahin has 1 check-in of 2" in ana.reason


def test_rules_are_checked_with_the_key_at_fault() -> None:
    with pytest.raises(RefusedError, match="exactly one way"):
        read_pay_rules({"per_mentee_cents": 100, "per_hour_cents": 100})
    with pytest.raises(RefusedError, match="tier 1"):
        read_pay_rules({"tiers": [{"from_minutes": 0}]})
    with pytest.raises(RefusedError, match="in cents"):
        read_pay_rules({"per_mentee_cents": 12.5})
    with pytest.raises(RefusedError, match="semester"):
        read_pay_rules({"per_mentee_cents": 1, "period": "monthly"})


def _lock_fall(db: Database, w: dict[str, int]) -> int:
    for n in range(4):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
    with db.transaction() as s:
        return runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 5))


def _snapshot(db: Database, run_id: int) -> list[tuple[Any, ...]]:
    with db.reading() as s:
        run = s.get(PayRun, run_id)
        assert run is not None
        head = (run.status, run.total_cents, run.version, run.approved_at)
        lines = s.execute(
            select(PayLine.id, PayLine.amount_cents, PayLine.reason).where(PayLine.run_id == run_id)
        ).all()
        return [head, *lines]


def test_locked_run_never_changes_later_checkins_correct_the_next_run(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    fall = _lock_fall(db, w)
    before = _snapshot(db, fall)
    assert before[0][:2] == ("locked", 50000)
    with db.reading() as s:
        assert runs.preview(s, w["year"], "fall").total_cents == 0  # nothing more is owed
    for n in range(4):  # Zoë's fall hours logged late
        _log(db, w, "zoe", dt.date(2025, 10, 6) + dt.timedelta(days=7 * n), 180)
    with db.reading() as s:
        spring = runs.preview(s, w["year"], "spring")
    correction = next(x for x in spring.lines if x.kind == runs.CORRECTION)
    assert correction.for_period == "fall"
    assert correction.amount_cents > 0
    assert "Fall 2025-26 recomputed from the logs" in correction.reason
    assert "already paid $500.00" in correction.reason
    assert _snapshot(db, fall) == before
    with db.transaction() as s:
        run = s.get(PayRun, fall)
        assert run is not None
        run.total_cents = 1
        with pytest.raises(LockedRunError, match="locked"):
            s.flush()
        s.rollback()
    assert _snapshot(db, fall) == before


def test_adjust_with_reason_then_approve_keeps_it(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    _log(db, w, "nguyen", dt.date(2025, 9, 1), 720)
    with db.transaction() as s:
        with pytest.raises(RefusedError, match="needs a reason"):
            runs.adjust(s, w["year"], "fall", w["ben"], 2500, " ")
        runs.adjust(s, w["year"], "fall", w["ben"], 2500, "Covered a mentor's leave")
    with db.reading() as s:
        view = runs.preview(s, w["year"], "fall")
    ben = [x for x in view.lines if x.person_id == w["ben"]]
    assert [x.amount_cents for x in ben] == [0, 2500]
    assert view.people == 2
    assert view.total_cents == 52500
    with db.transaction() as s:
        run_id = runs.approve(s, w["year"], "fall", today=dt.date(2026, 1, 5))
    with db.reading() as s:
        locked = runs.run_view(s, run_id)
        assert locked.status == "locked"
        assert locked.total_cents == 52500
        adjustment = next(x for x in locked.lines if x.kind == runs.ADJUSTMENT)
        assert adjustment.note == "Covered a mentor's leave"
        line_id = s.scalar(select(PayLine.id).where(PayLine.kind == runs.ADJUSTMENT))
        actions = set(s.scalars(select(AuditEntry.action)))
    assert {"pay_run.adjust", "pay_run.approve"} <= actions
    with db.transaction() as s, pytest.raises(RefusedError, match="locked run"):
        runs.remove_adjustment(s, int(line_id or 0))


def test_reversal_is_a_new_locked_run_and_the_period_is_owed_again(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    fall = _lock_fall(db, w)
    before = _snapshot(db, fall)
    with db.transaction() as s:
        back = runs.reverse(s, fall, reason="Paid to the wrong account", today=dt.date(2026, 1, 9))
    with db.reading() as s:
        view = runs.run_view(s, back)
        assert view.kind == "reversal"
        assert view.total_cents == -50000
        assert view.lines[0].reason == f"Reverses run {fall}: Paid to the wrong account"
        assert runs.run_view(s, fall).reversed_by == back
        assert runs.preview(s, w["year"], "fall").total_cents == 50000
    assert _snapshot(db, fall) == before
    with db.transaction() as s, pytest.raises(RefusedError, match="already reversed"):
        runs.reverse(s, fall, reason="again", today=dt.date(2026, 1, 9))


def test_nothing_in_a_locked_run_changes_through_the_cli(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _world(db, TEXAS_MPA)
    scope = ["--program", "Pilot", "--year", "2025-26"]
    for n in range(4):
        _log(db, w, "nguyen", dt.date(2025, 9, 1) + dt.timedelta(days=7 * n), 180)
    path = str(db.path)
    assert cli.main(["--db", path, "pay", "preview", *scope, "--period", "fall"]) == 0
    out = capsys.readouterr().out
    assert "people=1 total=$500.00" in out
    assert "Not paid: needs" in out  # Ben
    assert cli.main(["--db", path, "pay", "approve", *scope, "--period", "fall"]) == 0
    run_id = int(capsys.readouterr().out.split("run ")[1].split()[0].rstrip(":."))
    before = _snapshot(db, run_id)
    assert cli.main(["--db", path, "pay", "approve", *scope, "--period", "fall"]) == 1
    assert "nothing to pay" in capsys.readouterr().err
    args = ["--db", path, "pay", "adjust", *scope, "--period", "fall"]
    assert cli.main([*args, "--person", "M2", "--amount", "25", "--reason", "Leave cover"]) == 0
    assert cli.main(["--db", path, "pay", "reverse", str(run_id), "--reason", "Wrong"]) == 0
    assert cli.main(["--db", path, "pay", "reverse", str(run_id), "--reason", "Twice"]) == 1
    assert _snapshot(db, run_id) == before
    with db.reading() as s:
        assert s.scalar(select(Program.name)) == "Pilot"


def test_the_audit_log_says_what_happened_to_the_money(db: Database) -> None:
    from coordinator.services.audit_words import sentence

    w = _world(db, TEXAS_MPA)
    fall = _lock_fall(db, w)
    with db.transaction() as s:
        runs.adjust(s, w["year"], "spring", w["ben"], -1250, "Paid twice in the fall")
        runs.reverse(s, fall, reason="Wrong account", today=dt.date(2026, 1, 9))
    with db.reading() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action.like("pay_run.%")).order_by(AuditEntry.id)
        ).all()
        said = [sentence(e, None, "Pay run") for e in entries]  # type: ignore[arg-type]
    assert said == [
        f"Approved and locked pay run {fall}: 1 person, $500.00",
        "Adjusted the next pay run by -$12.50: Paid twice in the fall",
        f"Reversed pay run {fall}: Wrong account",
    ]
