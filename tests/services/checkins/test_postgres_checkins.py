"""The same rules, check-ins and dashboard on PostgreSQL (shared mode)."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.db.models import CheckinKind
from coordinator.db.opening import open_database
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.listing import CheckinFilter, list_checkins
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.compliance.dashboard import build_dashboard
from coordinator.services.compliance.evaluate import ComplianceState, evaluate_program_year
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from district import FALL, build_district

pytestmark = pytest.mark.postgres


def test_rules_and_dashboard_on_postgres(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        d = build_district(db, mentees_per_mentor=(2,))
        mentor = d.mentor_ids[0]
        behind, other = d.mentees[mentor]
        with db.transaction() as s:
            add_checkin(
                s,
                CheckinInput(
                    d.year_id,
                    mentor,
                    dt.date(2025, 9, 1),
                    CheckinKind.GROUP,
                    450,
                    (behind, other),
                    absent_ids=(other,),
                ),
            )
        as_of = FALL[1] - dt.timedelta(days=42)
        with db.reading() as s:
            statuses = {m.person_id: m for m in evaluate_program_year(s, d.year_id, as_of=as_of)}
            dash = build_dashboard(s, d.year_id, as_of=as_of)
            rows, total = list_checkins(s, d.year_id, CheckinFilter(mentor_id=mentor))
        assert statuses[behind].state is ComplianceState.AT_RISK
        assert statuses[behind].reasons[0].startswith("7.5 of 12 hours this semester, 6 weeks")
        assert statuses[other].minutes_by_semester == {}
        assert dash.checkins_per_month == [("Sep 2025", 1)]
        assert (total, rows[0].attendees) == (1, "1 of 2 present")
    finally:
        db.dispose()


def test_monthly_target_on_postgres(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        d = build_district(db, pack=LOCAL_PROGRAM, program="Librarians", mentees_per_mentor=(1,))
        mentor = d.mentor_ids[0]
        with db.transaction() as s:
            add_checkin(
                s,
                CheckinInput(
                    d.year_id,
                    mentor,
                    dt.date(2025, 10, 2),
                    CheckinKind.PHONE,
                    20,
                    tuple(d.mentees[mentor]),
                ),
            )
        with db.reading() as s:
            (status,) = evaluate_program_year(s, d.year_id, as_of=dt.date(2025, 11, 5))
        assert status.reasons[0].startswith("Below the monthly target (1 contact a month) in 2")
    finally:
        db.dispose()
