"""The week's "stipend period closing" lines and the pay nudge, on a small real district.

Ana mentors Nguyễn (from 11 Aug) and Zoë (from 1 Oct); Ben mentors nobody. The Texas pack pays
$500 per mentee who met 12 hours in the semester; fall ends on 31 December.
"""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest

from coordinator import cli
from coordinator.db.engine import Database
from coordinator.db.models import Person, Program, RulePack
from coordinator.services.compliance.packs import TEXAS_MPA
from coordinator.services.pay import runs
from coordinator.services.week.nudge_templates import Audience, NudgeReason, fill, nudge_template
from coordinator.services.week.nudges import plan_nudges
from coordinator.services.week.this_week import WeekAction, WeekKind, WeekLine, this_week
from pay_world import _log, _world

CLOSING = dt.date(2025, 12, 20)  # 11 days before fall ends


def _pay_lines(db: Database, year_id: int, today: dt.date) -> list[WeekLine]:
    with db.reading() as s:
        week = this_week(s, year_id, today)
    return [line for line in week.findings if line.kind is WeekKind.PAY_CLOSING]


def _met(db: Database, w: dict[str, int], mentee: str, first: dt.date) -> None:
    for n in range(4):  # 4 × 3 h = 12 h
        _log(db, w, mentee, first + dt.timedelta(days=7 * n), 180)


def test_a_mentor_short_of_the_stipend_is_a_line_in_its_last_three_weeks(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    _log(db, w, "nguyen", dt.date(2025, 12, 1), 390)  # 6.5 h
    lines = _pay_lines(db, w["year"], CLOSING)
    assert [(line.person_id, line.is_mentor) for line in lines] == [(w["ana"], True)]
    assert lines[0].text == (
        "Ana Björk: Fall 2025-26 stipend period ends Dec 31 (in 11 days): not earned yet: "
        "Minh Nguyễn has 6.5 h of 12 h; Zoë Şahin has 0 h of 12 h"
    )
    assert lines[0].action is WeekAction.NUDGE
    # Ben has no mentee to earn a stipend for: nothing to nudge him about.
    assert w["ben"] not in {line.person_id for line in lines}
    # Four weeks out it is not yet closing; the day after it ended it is past.
    assert _pay_lines(db, w["year"], dt.date(2025, 12, 3)) == []
    assert _pay_lines(db, w["year"], dt.date(2026, 1, 1)) == []
    # On the last day it says so.
    (last,) = _pay_lines(db, w["year"], dt.date(2025, 12, 31))
    assert "ends Dec 31 (today)" in last.detail


def test_part_earned_says_what_is_not_counted_and_full_pay_is_no_line(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    _met(db, w, "nguyen", dt.date(2025, 9, 1))
    (line,) = _pay_lines(db, w["year"], CLOSING)
    assert line.detail.endswith("(in 11 days): not counted yet: Zoë Şahin has 0 h of 12 h")
    _met(db, w, "zoe", dt.date(2025, 10, 6))
    assert _pay_lines(db, w["year"], CLOSING) == []


def test_an_approved_period_and_a_pack_without_pay_rules_have_no_lines(db: Database) -> None:
    w = _world(db, TEXAS_MPA)
    _met(db, w, "nguyen", dt.date(2025, 9, 1))
    assert len(_pay_lines(db, w["year"], CLOSING)) == 1
    with db.transaction() as s:
        runs.approve(s, w["year"], "fall", today=CLOSING)
    assert _pay_lines(db, w["year"], CLOSING) == []
    with db.transaction() as s:  # the spring period is still to come, and it closes in May
        pack = s.get(RulePack, s.query(Program).one().rule_pack_id)
        assert pack is not None
        pack.rules = {k: v for k, v in pack.rules.items() if k != "pay"}
    assert _pay_lines(db, w["year"], dt.date(2026, 5, 20)) == []


def test_the_pay_nudge_names_the_mentors_own_mentees_and_what_is_missing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _world(db, TEXAS_MPA)
    _log(db, w, "nguyen", dt.date(2025, 12, 1), 390)
    with db.transaction() as s:
        ana_person = s.get(Person, w["ana"])
        assert ana_person is not None
        ana_person.email = "ana.bjork@district.example"
    with db.reading() as s:
        plan = plan_nudges(s, w["year"], NudgeReason.PAY, Audience.MENTORS, CLOSING)
        template = nudge_template(s, plan.program_id, NudgeReason.PAY)
    (ana,) = plan.recipients
    assert ana.person_id == w["ana"]
    draft = fill(template, ana.fields)
    assert draft.subject == "Pilot: before the stipend period closes"
    assert "- Fall 2025-26 stipend period ends Dec 31 (in 11 days): not earned yet: " in draft.body
    assert "Minh Nguyễn has 6.5 h of 12 h" in draft.body
    scope = ["--program", "Pilot", "--year", "2025-26", "--today", CLOSING.isoformat()]
    out_dir = tmp_path / "drafts"
    args = ["--db", str(db.path), "nudge", *scope, "--who", "pay", "--to", "mentors"]
    assert cli.main([*args, "-o", str(out_dir)]) == 0
    assert "drafts=1" in capsys.readouterr().out
    (eml,) = out_dir.glob("*.eml")
    message: Message = message_from_bytes(eml.read_bytes())
    assert message["X-Unsent"] == "1"
    body = message.get_payload(decode=True)
    assert isinstance(body, bytes)
    assert "Zoë Şahin has 0 h of 12 h" in body.decode("utf-8")
    assert cli.main(["--db", str(db.path), "week", *scope, "--not-logged-days", "30"]) == 0
    assert "Nudge: Ana Björk: Fall 2025-26 stipend period ends Dec 31" in capsys.readouterr().out
