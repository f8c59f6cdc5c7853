"""What the surveys show: before/after pairs by person, response rates, suppression, chasing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from coordinator.db.engine import Database
from coordinator.db.models import SurveyInstrument
from coordinator.importing.surveys.apply import import_survey_answers
from coordinator.services.surveys.responses import chase_list
from coordinator.services.surveys.shifts import (
    question_shifts,
    response_rates,
    survey_changes,
    survey_outcomes,
)
from survey_exports import CONFIDENCE_TEXTS, END, START, google_csv, instrument_id, survey_district

AUG = dt.datetime(2025, 8, 20, 9, 0)
MAY = dt.datetime(2026, 5, 20, 9, 0)


def _import(db: Database, year_id: int, instrument: int, path: Path) -> None:
    result = import_survey_answers(db, path, program_year_id=year_id, instrument_id=instrument)
    assert result.counts["invalid"] == 0


def test_pairs_before_and_after_by_person(db: Database, tmp_path: Path) -> None:
    d = survey_district(db, mentees_per_mentor=(3, 3))
    start, end = (instrument_id(db, d.program_id, n) for n in (START, END))
    people = [f"e{m}@isd.example" for m in ("1001", "1002", "1003", "2001", "2002", "2003")]
    _import(
        db,
        d.year_id,
        start,
        google_csv(
            tmp_path / "start.csv",
            CONFIDENCE_TEXTS,
            [
                (AUG, people[0], 2, 2, 3, 3, "nervous"),  # mean 2.50
                (AUG, people[1], 3, 3, 3, 3, ""),
                (AUG, people[2], 2, 3, 2, 4, ""),
                (AUG, people[3], 1, 2, 2, 2, ""),
                (AUG, people[4], 4, 4, 4, 4, ""),
                # people[5] never answered at the start
            ],
        ),
    )
    _import(
        db,
        d.year_id,
        end,
        google_csv(
            tmp_path / "end.csv",
            CONFIDENCE_TEXTS,
            [
                (MAY, people[0], 4, 4, 4, 4, "much better"),  # mean 4.00: +1.50
                (MAY, people[1], 3, 4, 4, 4, ""),  # 3.75: +0.75
                (MAY, people[2], 3, 3, 3, 3, ""),  # 3.00: +0.25
                (MAY, people[3], 2, 2, 2, 2, ""),  # 2.00: +0.25
                (MAY, people[4], 3, 4, 4, 4, ""),  # 3.75: -0.25
                (MAY, people[5], 5, 5, 5, 5, ""),  # unpaired
            ],
        ),
    )
    with db.reading() as s:
        changes = survey_changes(s, d.year_id)
        ids = {
            p.email: p.person_id
            for p in chase_list(s, d.year_id, s.get(SurveyInstrument, start)).missing
        }
        assert len(changes) == 6
        assert sorted(v for v in changes.values() if v is not None) == [
            Decimal("-0.25"),
            Decimal("0.25"),
            Decimal("0.25"),
            Decimal("0.75"),
            Decimal("1.50"),
        ]
        assert changes[ids[people[5]]] is None
        rates = {r.instrument: (r.asked, r.answered, r.rate) for r in response_rates(s, d.year_id)}
        assert rates[START] == (6, 5, Decimal("0.833"))
        assert rates[END] == (6, 6, Decimal("1.000"))
        assert rates["Mentor satisfaction with the program"] == (2, 0, Decimal("0.000"))
        shifts = {q.key: q for q in question_shifts(s, d.year_id)}
        assert set(shifts) == {"classroom_management", "instruction", "belonging", "intent_to_stay"}
        cm = shifts["classroom_management"]
        assert (cm.pairs, cm.before, cm.after, cm.shift) == (
            5,
            Decimal("2.40"),
            Decimal("3.00"),
            Decimal("0.60"),
        )
        outcomes = survey_outcomes(s, d.year_id)
        assert (outcomes.paired, outcomes.improved, outcomes.mean_change) == (5, 4, Decimal("0.50"))
        assert outcomes.comments == ()  # free text stays private unless included
        shared = survey_outcomes(s, d.year_id, include_comments=True)
        assert [c.text for c in shared.comments] == ["much better", "nervous"]
        assert all("e10" not in c.text for c in shared.comments)
        hidden = survey_outcomes(s, d.year_id, min_group=6)
        assert (hidden.improved, hidden.mean_change) == (None, None)
        assert all(q.suppressed and q.shift is None for q in hidden.shifts)


def test_a_later_submission_replaces_the_earlier_one(db: Database, tmp_path: Path) -> None:
    d = survey_district(db, mentees_per_mentor=(1,))
    start, end = (instrument_id(db, d.program_id, n) for n in (START, END))
    who = "e1001@isd.example"
    _import(
        db,
        d.year_id,
        start,
        google_csv(tmp_path / "s.csv", CONFIDENCE_TEXTS[:4], [(AUG, who, 2, 2, 2, 2)]),
    )
    _import(
        db,
        d.year_id,
        end,
        google_csv(tmp_path / "e1.csv", CONFIDENCE_TEXTS[:4], [(MAY, who, 3, 3, 3, 3)]),
    )
    _import(
        db,
        d.year_id,
        end,
        google_csv(
            tmp_path / "e2.csv",
            CONFIDENCE_TEXTS[:4],
            [(MAY + dt.timedelta(days=3), who, 5, 5, 5, 5)],
        ),
    )
    with db.reading() as s:
        assert list(survey_changes(s, d.year_id).values()) == [Decimal("3.00")]


def test_chase_list_leaves_out_who_withdrew(db: Database, tmp_path: Path) -> None:
    from sqlalchemy import select

    from coordinator.db.enums import EnrollmentStatus
    from coordinator.db.models import Enrollment, Person

    d = survey_district(db, mentees_per_mentor=(3,))
    start = instrument_id(db, d.program_id, START)
    with db.transaction() as s:
        gone = s.scalar(select(Enrollment).join(Person).where(Person.employee_id == "E1003"))
        assert gone is not None
        gone.status = EnrollmentStatus.WITHDRAWN
    _import(
        db,
        d.year_id,
        start,
        google_csv(
            tmp_path / "s.csv", CONFIDENCE_TEXTS[:4], [(AUG, "e1001@isd.example", 2, 2, 2, 2)]
        ),
    )
    with db.reading() as s:
        chase = chase_list(s, d.year_id, s.get(SurveyInstrument, start))
        assert (chase.asked, chase.answered) == (2, 1)
        assert [p.name for p in chase.missing] == ["Mentee02 Cohort1"]
