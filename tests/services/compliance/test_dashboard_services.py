"""Dashboard figures, the mentee timeline and rule-pack editing on known data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, CheckinKind
from coordinator.errors import RefusedError
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.timeline import mentee_timeline
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.compliance.dashboard import build_dashboard
from coordinator.services.compliance.evaluate import ComplianceState
from coordinator.services.compliance.pack_admin import copy_pack, get_pack, list_packs, update_pack
from coordinator.services.compliance.packs import TEXAS_MPA
from district import build_district


def test_dashboard_figures_and_series(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(3, 1))
    m1, m2 = d.mentor_ids
    topic = d.topic_ids["Professional development"]
    with db.transaction() as s:
        add_checkin(
            s,
            CheckinInput(
                d.year_id,
                m1,
                dt.date(2025, 9, 2),
                CheckinKind.GROUP,
                60,
                tuple(d.mentees[m1]),
                topic_ids=(topic,),
            ),
        )
        add_checkin(
            s,
            CheckinInput(
                d.year_id, m1, dt.date(2025, 10, 6), CheckinKind.PHONE, 30, (d.mentees[m1][0],)
            ),
        )
        add_checkin(
            s,
            CheckinInput(
                d.year_id,
                m2,
                dt.date(2025, 10, 8),
                CheckinKind.ONE_TO_ONE,
                800,
                tuple(d.mentees[m2]),
                topic_ids=(topic,),
            ),
        )
    with db.reading() as s:
        dash = build_dashboard(s, d.year_id, as_of=dt.date(2025, 10, 10))
    f = dash.figures
    assert (f.mentees, f.mentors) == (4, 2)
    assert (f.checkins_this_month, f.minutes_this_month) == (2, 830)
    assert (f.checkins_this_year, f.minutes_this_year) == (3, 890)
    assert (f.on_track, f.at_risk + f.out_of_compliance) == (1, 3)
    assert f.share_on_track == 0.25
    assert dash.checkins_per_month == [("Sep 2025", 1), ("Oct 2025", 2)]
    assert dash.hours_by_mentor == [("Mentor Number2", 13.3), ("Mentor Number1", 1.5)]
    assert dash.topics_covered == [("Professional development", 4)]
    assert {r.person_id for r in dash.at_risk} == set(d.mentees[m1])
    assert all(r.state is ComplianceState.AT_RISK for r in dash.at_risk)
    assert "hours this semester" in dash.at_risk[0].reasons


def test_mentee_timeline_hours_against_target(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    mentor = d.mentor_ids[0]
    a, b = d.mentees[mentor]
    topic = d.topic_ids["Professional expectations"]
    with db.transaction() as s:
        add_checkin(
            s,
            CheckinInput(
                d.year_id,
                mentor,
                dt.date(2025, 9, 2),
                CheckinKind.GROUP,
                60,
                (a, b),
                absent_ids=(b,),
                topic_ids=(topic,),
            ),
        )
        add_checkin(
            s,
            CheckinInput(
                d.year_id,
                mentor,
                dt.date(2026, 2, 2),
                CheckinKind.OBSERVATION,
                45,
                (a,),
                next_steps="Try exit slips",
            ),
        )
    with db.reading() as s:
        timeline = mentee_timeline(s, d.year_id, a)
        absent = mentee_timeline(s, d.year_id, b)
    assert [(x.name, x.minutes, x.target_minutes) for x in timeline.semesters] == [
        ("Fall 2025", 60, 720),
        ("Spring 2026", 45, 720),
    ]
    assert timeline.entries[0].next_steps == "Try exit slips"
    assert timeline.entries[1].group_size == 2
    covered = {t.name: t.checkins for t in timeline.topics}
    assert covered["Professional expectations"] == 1
    assert covered["Professional development"] == 0
    assert [x.minutes for x in absent.semesters] == [0, 0]
    assert timeline.assignments[0].mentor == "Mentor Number1"


def test_rule_pack_edit_is_validated_and_audited_and_copy_is_independent(db: Database) -> None:
    build_district(db, mentees_per_mentor=(1,))
    with db.reading() as s:
        texas = next(p for p in list_packs(s) if p.name == TEXAS_MPA)
    assert texas.builtin
    assert texas.programs == 1
    with db.transaction() as s, pytest.raises(RefusedError, match="not a whole number"):
        update_pack(s, texas.id, rules={"contact_minutes_per_semester": "twelve hours"})
    with db.transaction() as s, pytest.raises(RefusedError, match="Unknown rule 'hours'"):
        update_pack(s, texas.id, rules={"hours": 12})
    with db.transaction() as s:
        new_id = copy_pack(s, texas.id, "Oklahoma residency")
        rules = get_pack(s, new_id).rules
        rules["contact_minutes_per_semester"] = "2160"
        rules["contact_gap_warning_days"] = [28, 14, 14]
        update_pack(s, new_id, rules=rules)
    with db.reading() as s:
        copied = get_pack(s, new_id)
        original = get_pack(s, texas.id)
        actions = list(s.scalars(select(AuditEntry.action)))
    assert copied.rules["contact_minutes_per_semester"] == 2160
    assert copied.rules["contact_gap_warning_days"] == [14, 28]
    assert original.rules["contact_minutes_per_semester"] == 720
    assert actions == ["rule_pack.copy", "rule_pack.edit"]
    with db.transaction() as s, pytest.raises(RefusedError, match="already exists"):
        copy_pack(s, texas.id, "oklahoma RESIDENCY")
