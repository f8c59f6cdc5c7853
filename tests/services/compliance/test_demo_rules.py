"""On the demo district, the rules' numbers agree with a plain SQL sum of the same minutes."""

from __future__ import annotations

from sqlalchemy import text

from coordinator.db.engine import Database
from coordinator.demo import build_demo
from coordinator.services.compliance.evaluate import (
    ComplianceState,
    evaluate_program_year,
    hours_text,
)
from coordinator.services.lookup import program_year_by_names

PLAIN_SQL = """
SELECT a.mentee_id, s.name, SUM(c.minutes)
FROM checkin_attendee a
JOIN checkin c ON c.id = a.checkin_id
JOIN semester s ON s.program_year_id = c.program_year_id
     AND c.occurred_on BETWEEN s.start_date AND s.end_date
WHERE c.program_year_id = :year AND a.present
GROUP BY a.mentee_id, s.name
"""


def test_texas_numbers_on_the_demo_match_plain_sql(db: Database) -> None:
    build_demo(db, scale="small")
    with db.reading() as s:
        year = program_year_by_names(s, "Teacher Induction", "2025-26")
        expected: dict[int, dict[str, int]] = {}
        for mentee, semester, minutes in s.execute(text(PLAIN_SQL), {"year": year.id}):
            expected.setdefault(mentee, {})[semester] = int(minutes)
        statuses = evaluate_program_year(s, year.id, as_of=year.end_date)  # the year is over
    assert statuses
    for status in statuses:
        assert status.minutes_by_semester == expected.get(status.person_id, {}), status.name
        for semester, minutes in status.minutes_by_semester.items():
            if minutes < 720:
                assert f"{semester} ended with {hours_text(minutes)} of 12 hours" in (
                    status.reasons
                )
                assert status.state is ComplianceState.OUT_OF_COMPLIANCE
    assert any(s.state is not ComplianceState.ON_TRACK for s in statuses)
