"""The floor for a whole `report year-end` command: one process, sqlite3 and plain reportlab.

It reads every mentor's cohort table (mentee, campus, hired, assigned, check-ins, hours per
semester, enrollment status) in one SQL query with the standard library's sqlite3, and lays it
out as unstyled plain-string tables in Helvetica: what any script would do, with none of the
report's rules, charts, outcomes, surveys or funds.

    python3 benchmarks/report_floor.py DB.sqlite PROGRAM_YEAR_ID OUT.pdf
"""

from __future__ import annotations

import sqlite3
import sys

COHORTS = """
SELECT a.mentor_id, p.last_name || ', ' || p.first_name, coalesce(c.name, ''),
       coalesce(p.hire_date, ''), min(a.start_date),
       count(ch.id),
       coalesce(sum(CASE WHEN ch.occurred_on < :spring THEN ch.minutes END), 0),
       coalesce(sum(CASE WHEN ch.occurred_on >= :spring THEN ch.minutes END), 0),
       coalesce(e.status, '')
FROM assignment a
JOIN person p ON p.id = a.mentee_id
LEFT JOIN campus c ON c.id = p.campus_id
LEFT JOIN enrollment e ON e.person_id = a.mentee_id AND e.program_year_id = a.program_year_id
     AND e.role = 'mentee'
LEFT JOIN checkin_attendee ca ON ca.mentee_id = a.mentee_id AND ca.present
LEFT JOIN checkin ch ON ch.id = ca.checkin_id AND ch.mentor_id = a.mentor_id
     AND ch.program_year_id = a.program_year_id
WHERE a.program_year_id = :year
GROUP BY a.mentor_id, a.mentee_id
ORDER BY a.mentor_id, p.last_name, p.first_name
"""


def main(path: str, year_id: int, out: str) -> int:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import SimpleDocTemplate, Table

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        spring = conn.execute(
            "SELECT max(start_date) FROM semester WHERE program_year_id = ?", (year_id,)
        ).fetchone()[0]
        rows = conn.execute(COHORTS, {"year": year_id, "spring": spring or "9999"}).fetchall()
    header = ["Mentee", "Campus", "Hired", "Assigned", "Check-ins", "Fall h", "Spring h", "Status"]
    story = []
    table: list[list[str]] = []
    mentor = None
    for row in rows:
        if row[0] != mentor:
            if table:
                story.append(Table(table, repeatRows=1))
            mentor, table = row[0], [header]
        table.append(
            [
                row[1],
                row[2],
                str(row[3]),
                str(row[4]),
                str(row[5]),
                f"{row[6] / 60:,.1f}",
                f"{row[7] / 60:,.1f}",
                row[8],
            ]
        )
    if table:
        story.append(Table(table, repeatRows=1))
    SimpleDocTemplate(out, pagesize=LETTER).build(story)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
