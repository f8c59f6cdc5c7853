"""Every yes/no setting of a rule pack changes what it says: turned off, then on, the same district
gives a different eligibility, evaluation or match."""

from __future__ import annotations

import pytest

from cohort_builders import YEAR_START
from coordinator.db.engine import Database
from coordinator.errors import RefusedError
from coordinator.services.cohorts import assignments
from coordinator.services.compliance.evaluate import evaluate_mentors
from coordinator.services.matching import suggest
from pack_world import MID_FALL, best_mentor, pack_world, pack_year, set_rules

# --- mentor_not_appraiser -------------------------------------------------------------------


def test_the_appraiser_bar_is_the_setting_mentor_not_appraiser(db: Database) -> None:
    world = pack_world(db, [{"site": 0}], appraiser_id=0)
    appraiser = world.mentor_ids[0]
    with db.transaction() as session:
        year = pack_year(session, world)
        with pytest.raises(RefusedError, match="appraiser"):
            assignments.assign(
                session, year, world.mentee_id, appraiser, start=YEAR_START, override_reason="x"
            )
        draft = suggest.draft_match(session, year)
        assert draft.pairs == []
        assert len(draft.unmatched) == 1

    set_rules(db, world, mentor_not_appraiser=False)
    with db.transaction() as session:
        year = pack_year(session, world)
        assert suggest.draft_match(session, year).pairs[0].mentor.id == appraiser
        assignment = assignments.assign(session, year, world.mentee_id, appraiser, start=YEAR_START)
        assert assignment.override_reason is None
    with db.reading() as session:
        (status,) = evaluate_mentors(session, world.year_id, as_of=MID_FALL)
        assert not any("appraise" in r for r in status.reasons)

    set_rules(
        db, world, mentor_not_appraiser=True
    )  # the pairing made while it was off is now a breach
    with db.reading() as session:
        (status,) = evaluate_mentors(session, world.year_id, as_of=MID_FALL)
        assert "Mentors 1 mentee they appraise" in status.reasons
        assert status.state_word == "Out of compliance"


# --- mentor_not_supervisor ------------------------------------------------------------------


def test_a_barred_supervisor_needs_a_recorded_reason(db: Database) -> None:
    world = pack_world(db, [{"site": 0}], supervisor_id=0)
    supervisor = world.mentor_ids[0]
    with db.transaction() as session:
        year = pack_year(session, world)
        with pytest.raises(RefusedError, match=r"supervisor\. Give an override reason"):
            assignments.assign(session, year, world.mentee_id, supervisor, start=YEAR_START)
        assert suggest.draft_match(session, year).pairs == []  # Match all never proposes one
        assignment = assignments.assign(
            session,
            year,
            world.mentee_id,
            supervisor,
            start=YEAR_START,
            override_reason="Only bilingual mentor on campus",
        )
        assert assignment.override_reason == (
            "Only bilingual mentor on campus (overrides: is the mentee's supervisor)"
        )
    with db.reading() as session:
        (status,) = evaluate_mentors(session, world.year_id, as_of=MID_FALL)
        assert status.reasons == ()
        found = {r.key: r for r in status.results}
        assert found["not_supervisor"].met
        assert found["not_supervisor"].detail == (
            "Supervises 1 mentee they mentor, with a recorded override reason"
        )


def test_without_the_supervisor_bar_a_supervisor_mentors_like_anyone(db: Database) -> None:
    world = pack_world(db, [{"site": 0}], supervisor_id=0)
    supervisor = world.mentor_ids[0]
    set_rules(db, world, mentor_not_supervisor=False)
    with db.transaction() as session:
        year = pack_year(session, world)
        assert suggest.draft_match(session, year).pairs[0].mentor.id == supervisor
        assignment = assignments.assign(
            session, year, world.mentee_id, supervisor, start=YEAR_START
        )
        assert assignment.override_reason is None
    with db.reading() as session:
        (status,) = evaluate_mentors(session, world.year_id, as_of=MID_FALL)
        assert "not_supervisor" not in {r.key for r in status.results}

    set_rules(db, world, mentor_not_supervisor=True)  # assigned without a reason: now a breach
    with db.reading() as session:
        (status,) = evaluate_mentors(session, world.year_id, as_of=MID_FALL)
        assert status.reasons == ("Mentors 1 mentee they supervise (no override reason recorded)",)


# --- match_same_campus, match_same_subject_or_grade -----------------------------------------
# Campuses from cohort_builders: 0 elementary region 0, 3 elementary region 0, 5 high region 1,
# 6 elementary region 1. Default weights: campus 4, subject or grade 3, level 2, region 1.


def test_match_same_campus_decides_between_campus_and_subject(db: Database) -> None:
    world = pack_world(
        db,
        [
            {"site": 0, "subject": "English", "grade": "3"},  # same campus: 4 + 2 + 1
            {"site": 3, "subject": "Math", "grade": "3"},  # same subject: 3 + 2 + 1
        ],
        subject="Math",
        grade="1",
    )
    same_campus, same_subject = world.mentor_ids
    mentor, words = best_mentor(db, world)
    assert mentor == same_campus
    assert words.startswith("same campus")

    set_rules(db, world, match_same_campus=False)
    mentor, words = best_mentor(db, world)
    assert mentor == same_subject
    assert words.startswith("same campus level, same region, same subject")
    with db.reading() as session:
        pair = suggest.draft_match(session, pack_year(session, world)).pairs[0]
        assert pair.mentor.id == same_subject
        assert "same campus" not in pair.shared


def test_match_same_subject_or_grade_decides_between_subject_and_level(db: Database) -> None:
    world = pack_world(
        db,
        [
            {"site": 5, "subject": "Math", "grade": "3"},  # other level and region: 3
            {"site": 6, "subject": "English", "grade": "2"},  # same level: 2
        ],
        subject="Math",
        grade="1",
    )
    same_subject, same_level = world.mentor_ids
    assert best_mentor(db, world)[0] == same_subject

    set_rules(db, world, match_same_subject_or_grade=False)
    mentor, words = best_mentor(db, world)
    assert mentor == same_level
    assert words.startswith("same campus level;")
    with db.reading() as session:
        suggestions = suggest.suggest_mentors(session, pack_year(session, world), world.mentee_id)
        other = next(s for s in suggestions if s.mentor.id == same_subject)
        assert other.shared == ()  # the subject no longer counts as something shared
