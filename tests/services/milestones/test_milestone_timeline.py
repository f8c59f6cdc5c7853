"""A mentee's timeline shows their milestones where they stand, and the nudges sent."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from test_milestone_progress import checkin

from coordinator.db.engine import Database
from coordinator.services.checkins.timeline import mentee_timeline
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.milestones.progress import MilestoneState
from coordinator.services.week.nudge_log import record_nudges
from coordinator.ui.context import AppContext
from coordinator.ui.widgets.mentee_timeline import MenteeTimelineWidget
from district import build_district
from hosting import host

TODAY = dt.date(2026, 2, 20)


def test_the_timeline_lists_milestones_and_nudges(qtbot: QtBot, db: Database) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(2,))
    first, second = district.mentee_ids
    mentor = district.mentor_ids[0]
    checkin(db, district, first, dt.date(2025, 8, 20))  # the first meeting, on day 10
    with db.transaction() as s:
        record_nudges(s, district.year_id, why="milestone", audience="mentors",
                      person_ids=[mentor], template="milestone",
                      today=dt.date(2026, 2, 16))  # fmt: skip
        record_nudges(s, district.year_id, why="behind", audience="mentees",
                      person_ids=[second], template="behind",
                      today=dt.date(2026, 2, 17))  # fmt: skip
    with db.session() as s:
        t = mentee_timeline(s, district.year_id, first, as_of=TODAY)
    assert [(m.title, m.state) for m in t.milestones] == [
        ("First meeting", MilestoneState.MET),
        ("Induction documents", MilestoneState.OVERDUE),
        ("Stay conversation", MilestoneState.UPCOMING),  # 23 days off
        ("End-of-year survey", MilestoneState.UPCOMING),
        ("Mentoring log signed", MilestoneState.UPCOMING),
    ]
    assert [(n.on, n.person_id) for n in t.nudges] == [(dt.date(2026, 2, 16), mentor)]

    widget = MenteeTimelineWidget(AppContext(db))
    widget.as_of = TODAY
    window = host(qtbot, widget, 1366, 500)
    widget.show_mentee(district.year_id, first)
    lines = [widget.milestones.item(i).text() for i in range(widget.milestones.count())]
    assert lines[0] == "Met: First meeting, met on 2025-08-20"
    assert lines[1] == "Overdue: Induction documents, due 2026-02-15, 5 days overdue"
    assert lines[-1] == "Nudged 2026-02-16 to their mentor Mentor Number1 (milestones due)"
    window.close()
