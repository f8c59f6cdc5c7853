"""Every yes/no setting of a rule pack changes what it says: turned off, then on, the same district
gives a different eligibility, evaluation or match."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from cohort_builders import YEAR_END, YEAR_START, campuses, person
from coordinator.db.engine import Database
from coordinator.db.models import Person, ProgramYear, Role
from coordinator.errors import RefusedError
from coordinator.services.cohorts import assignments, mentors
from coordinator.services.compliance.evaluate import evaluate_mentors
from coordinator.services.compliance.pack_admin import copy_pack, get_pack, list_packs, update_pack
from coordinator.services.compliance.packs import TEXAS_MPA, ensure_builtin_packs
from coordinator.services.matching import suggest
from coordinator.services.programs import programs

MID_FALL = dt.date(2025, 10, 15)


@dataclass
class World:
    year_id: int
    pack_id: int
    mentee_id: int
    mentor_ids: list[int]


def _mentor(session: Any, code: str, **fields: Any) -> Person:
    mentor = person(session, code, position="Teacher", **fields)
    mentors.edit_mentor_profile(session, mentor.id, years_experience=8)
    mentors.add_training(session, mentor.id, "TEA mentor training", dt.date(2025, 6, 1))
    return mentor


def _world(db: Database, mentor_specs: list[dict[str, Any]], **mentee: Any) -> World:
    """A Texas program on its own copy of the pack, one mentee and the mentors described."""
    with db.transaction() as session:
        sites = campuses(session)
        ensure_builtin_packs(session)
        source = next(p.id for p in list_packs(session) if p.name == TEXAS_MPA)
        pack_id = copy_pack(session, source, "District rules")
        program = programs.create_program(session, "Induction", rule_pack="District rules")
        year = programs.create_year(session, program, "2025-26", YEAR_START, YEAR_END)
        staff = [
            _mentor(session, f"T{i}", campus_id=sites[spec.pop("site")].id, **spec)
            for i, spec in enumerate(mentor_specs)
        ]
        site = mentee.pop("site", 0)
        new = person(
            session,
            "N1",
            position="Teacher",
            campus_id=sites[site].id,
            hire_date=YEAR_START,
            **{k: v if not isinstance(v, int) else staff[v].id for k, v in mentee.items()},
        )
        programs.enroll(session, year, [m.id for m in staff], Role.MENTOR)
        programs.enroll(session, year, [new.id], Role.MENTEE)
        return World(year.id, pack_id, new.id, [m.id for m in staff])


def _set(db: Database, world: World, **rules: Any) -> None:
    with db.transaction() as session:
        current = get_pack(session, world.pack_id).rules
        update_pack(session, world.pack_id, rules={**current, **rules})


def _year(session: Any, world: World) -> ProgramYear:
    return programs.year_by_id(session, world.year_id)


def _best_mentor(db: Database, world: World) -> tuple[int, str]:
    with db.reading() as session:
        best = suggest.suggest_mentors(session, _year(session, world), world.mentee_id)[0]
        return best.mentor.id, best.explanation


# --- mentor_not_appraiser -------------------------------------------------------------------


def test_the_appraiser_bar_is_the_setting_mentor_not_appraiser(db: Database) -> None:
    world = _world(db, [{"site": 0}], appraiser_id=0)
    appraiser = world.mentor_ids[0]
    with db.transaction() as session:
        year = _year(session, world)
        with pytest.raises(RefusedError, match="appraiser"):
            assignments.assign(
                session, year, world.mentee_id, appraiser, start=YEAR_START, override_reason="x"
            )
        draft = suggest.draft_match(session, year)
        assert draft.pairs == []
        assert len(draft.unmatched) == 1

    _set(db, world, mentor_not_appraiser=False)
    with db.transaction() as session:
        year = _year(session, world)
        assert suggest.draft_match(session, year).pairs[0].mentor.id == appraiser
        assignment = assignments.assign(session, year, world.mentee_id, appraiser, start=YEAR_START)
        assert assignment.override_reason is None
    with db.reading() as session:
        (status,) = evaluate_mentors(session, world.year_id, as_of=MID_FALL)
        assert not any("appraise" in r for r in status.reasons)

    _set(db, world, mentor_not_appraiser=True)  # the pairing made while it was off is now a breach
    with db.reading() as session:
        (status,) = evaluate_mentors(session, world.year_id, as_of=MID_FALL)
        assert "Mentors 1 mentee they appraise" in status.reasons
        assert status.state_word == "Out of compliance"


# --- mentor_not_supervisor ------------------------------------------------------------------


def test_a_barred_supervisor_needs_a_recorded_reason(db: Database) -> None:
    world = _world(db, [{"site": 0}], supervisor_id=0)
    supervisor = world.mentor_ids[0]
    with db.transaction() as session:
        year = _year(session, world)
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
    world = _world(db, [{"site": 0}], supervisor_id=0)
    supervisor = world.mentor_ids[0]
    _set(db, world, mentor_not_supervisor=False)
    with db.transaction() as session:
        year = _year(session, world)
        assert suggest.draft_match(session, year).pairs[0].mentor.id == supervisor
        assignment = assignments.assign(
            session, year, world.mentee_id, supervisor, start=YEAR_START
        )
        assert assignment.override_reason is None
    with db.reading() as session:
        (status,) = evaluate_mentors(session, world.year_id, as_of=MID_FALL)
        assert "not_supervisor" not in {r.key for r in status.results}

    _set(db, world, mentor_not_supervisor=True)  # assigned without a reason: now a breach
    with db.reading() as session:
        (status,) = evaluate_mentors(session, world.year_id, as_of=MID_FALL)
        assert status.reasons == ("Mentors 1 mentee they supervise (no override reason recorded)",)


# --- match_same_campus, match_same_subject_or_grade -----------------------------------------
# Campuses from cohort_builders: 0 elementary region 0, 3 elementary region 0, 5 high region 1,
# 6 elementary region 1. Default weights: campus 4, subject or grade 3, level 2, region 1.


def test_match_same_campus_decides_between_campus_and_subject(db: Database) -> None:
    world = _world(
        db,
        [
            {"site": 0, "subject": "English", "grade": "3"},  # same campus: 4 + 2 + 1
            {"site": 3, "subject": "Math", "grade": "3"},  # same subject: 3 + 2 + 1
        ],
        subject="Math",
        grade="1",
    )
    same_campus, same_subject = world.mentor_ids
    mentor, words = _best_mentor(db, world)
    assert mentor == same_campus
    assert words.startswith("same campus")

    _set(db, world, match_same_campus=False)
    mentor, words = _best_mentor(db, world)
    assert mentor == same_subject
    assert words.startswith("same campus level, same region, same subject")
    with db.reading() as session:
        pair = suggest.draft_match(session, _year(session, world)).pairs[0]
        assert pair.mentor.id == same_subject
        assert "same campus" not in pair.shared


def test_match_same_subject_or_grade_decides_between_subject_and_level(db: Database) -> None:
    world = _world(
        db,
        [
            {"site": 5, "subject": "Math", "grade": "3"},  # other level and region: 3
            {"site": 6, "subject": "English", "grade": "2"},  # same level: 2
        ],
        subject="Math",
        grade="1",
    )
    same_subject, same_level = world.mentor_ids
    assert _best_mentor(db, world)[0] == same_subject

    _set(db, world, match_same_subject_or_grade=False)
    mentor, words = _best_mentor(db, world)
    assert mentor == same_level
    assert words.startswith("same campus level;")
    with db.reading() as session:
        suggestions = suggest.suggest_mentors(session, _year(session, world), world.mentee_id)
        other = next(s for s in suggestions if s.mentor.id == same_subject)
        assert other.shared == ()  # the subject no longer counts as something shared
