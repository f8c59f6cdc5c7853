"""Match all: hard constraints, explanations, optimality against greedy, apply and undo."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cohort_builders import YEAR_START, build_district, campuses, make_year, person
from coordinator.db.engine import Database
from coordinator.db.models import Assignment, AuditEntry, Person, Role
from coordinator.errors import RefusedError
from coordinator.services.cohorts import assignments, caseloads, mentors
from coordinator.services.compliance.packs import LOCAL_PROGRAM, TEXAS_MPA
from coordinator.services.matching import apply as match_apply, pool, suggest
from coordinator.services.matching.roles import role_family
from coordinator.services.matching.solver import match_all_dense, total_score
from coordinator.services.programs import programs
from coordinator.services.programs.match_weights import weights_for


def test_match_all_on_40_mentees_respects_every_hard_constraint(db: Database) -> None:
    district = build_district(db, texas_mentees=40)
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        draft = suggest.draft_match(session, year)
        people = {p.id: p for p in session.scalars(select(Person))}
        loads = {m.person_id: m for m in caseloads.mentor_loads(session, year)}
        for pair in draft.pairs:
            mentee, mentor = people[pair.mentee.id], people[pair.mentor.id]
            assert pair.mentor.id not in (mentee.supervisor_id, mentee.appraiser_id)
            assert role_family(mentee.position) == role_family(mentor.position)
            assert loads[mentor.id].eligible
            assert "; load " in pair.explanation
    assert len(draft.pairs) == 40
    assert draft.unmatched == []
    per_mentor: dict[int, int] = {}
    for pair in draft.pairs:
        per_mentor[pair.mentor.id] = per_mentor.get(pair.mentor.id, 0) + 1
    for mentor_id, count in per_mentor.items():
        capacity = loads[mentor_id].capacity
        assert capacity is not None
        assert count <= capacity
    supervised = list(district.texas_mentee_ids[::5])  # supervised by mentor 0
    assert all(draft.pair_for(m).mentor.id != district.texas_mentor_ids[0] for m in supervised)


def test_each_pair_explains_itself_in_words(db: Database) -> None:
    district = build_district(db, texas_mentees=40)
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        draft = suggest.draft_match(session, year)
        people = {p.id: p for p in session.scalars(select(Person))}
        for pair in draft.pairs:
            mentee, mentor = people[pair.mentee.id], people[pair.mentor.id]
            text, load = pair.explanation.split("; load ")
            words = text.split(", ")
            assert ("same campus" in words) == (mentee.campus_id == mentor.campus_id)
            assert ("same subject" in words) == (mentee.subject == mentor.subject)
            assert ("same grade" in words) == (mentee.grade == mentor.grade)
            taken, capacity = load.split("/")
            assert 1 <= int(taken) <= int(capacity)


def test_match_all_beats_or_equals_greedy_and_is_optimal(db: Database) -> None:
    district = build_district(db, texas_mentees=40)
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        best = suggest.draft_match(session, year)
        baseline = suggest.draft_match(session, year, baseline=True)
        loaded = pool.load_pool(session, year)
        weights = weights_for({})
        exact = match_all_dense(loaded.pool, weights)
        exact_score = total_score(loaded.pool, loaded.start_load, exact.mentor_of, weights)
    assert len(best.pairs) >= len(baseline.pairs)
    assert best.total_score >= baseline.total_score
    assert best.total_score == pytest.approx(exact_score)


def test_match_all_does_not_strand_the_mentee_greedy_strands(db: Database) -> None:
    """Greedy gives the flexible mentee the only mentor the other one could have."""
    with db.transaction() as session:
        site_a, site_b = campuses(session)[:2]
        year = make_year(session, "Pairs", LOCAL_PROGRAM)
        near = person(session, "M1", position="Teacher", campus_id=site_a.id)
        far = person(session, "M2", position="Teacher", campus_id=site_b.id)
        for mentor in (near, far):
            mentors.edit_mentor_profile(session, mentor.id, capacity=1)
        flexible = person(session, "A", position="Teacher", campus_id=site_a.id)
        bound = person(session, "B", position="Teacher", campus_id=site_b.id, supervisor_id=far.id)
        programs.enroll(session, year, [near.id, far.id], Role.MENTOR)
        programs.enroll(session, year, [flexible.id, bound.id], Role.MENTEE)
        ids = (year.id, near.id, far.id, flexible.id, bound.id)
    year_id, near_id, far_id, flexible_id, bound_id = ids
    with db.reading() as session:
        year = programs.year_by_id(session, year_id)
        greedy = suggest.draft_match(session, year, baseline=True)
        best = suggest.draft_match(session, year)
    assert [(p.mentee.id, p.mentor.id) for p in greedy.pairs] == [(flexible_id, near_id)]
    assert [n.reason for n in greedy.unmatched] == ["every eligible teacher mentor is at capacity"]
    assert {(p.mentee.id, p.mentor.id) for p in best.pairs} == {
        (flexible_id, far_id),
        (bound_id, near_id),
    }


def test_a_mentee_without_a_feasible_mentor_is_reported_with_the_reason(db: Database) -> None:
    district = build_district(db, texas_mentees=2)
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        librarian = person(session, "N9001", position="School Librarian")
        programs.enroll(session, year, [librarian.id], Role.MENTEE)
        librarian_id = librarian.id
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        draft = suggest.draft_match(session, year)
    assert len(draft.pairs) == 2
    (left,) = draft.unmatched
    assert left.mentee.id == librarian_id
    assert left.reason == "no mentor in the librarian role family is enrolled this year"


def test_ineligible_mentors_only_with_an_override_which_is_recorded(db: Database) -> None:
    with db.transaction() as session:
        year = make_year(session, "Induction", TEXAS_MPA)
        novice = person(session, "T1", position="Teacher")
        mentors.edit_mentor_profile(session, novice.id, years_experience=1)
        mentee = person(session, "N1", position="Teacher")
        programs.enroll(session, year, [novice.id], Role.MENTOR)
        programs.enroll(session, year, [mentee.id], Role.MENTEE)
        year_id = year.id
    with db.reading() as session:
        year = programs.year_by_id(session, year_id)
        refused = suggest.draft_match(session, year)
        allowed = suggest.draft_match(session, year, override_reason="no qualified mentor yet")
    assert refused.pairs == []
    assert "ineligible under the rule pack" in refused.unmatched[0].reason
    (pair,) = allowed.pairs
    assert pair.override_reason == "no qualified mentor yet"
    with db.transaction() as session:
        year = programs.year_by_id(session, year_id)
        match_apply.apply_draft(session, year, allowed)
    with db.reading() as session:
        stored = session.scalar(select(Assignment.override_reason))
    assert stored is not None
    assert stored.startswith("no qualified mentor yet (overrides: fewer than 3 years")


def test_apply_is_one_audited_batch_and_undo_removes_it(db: Database) -> None:
    district = build_district(db, texas_mentees=40)
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        draft = suggest.draft_match(session, year)
    rejected = draft.pairs[0].mentee.id
    accepted = [p.mentee.id for p in draft.pairs[1:]]
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        applied = match_apply.apply_draft(session, year, draft, accepted=accepted, start=YEAR_START)
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        unassigned = [m.person_id for m in caseloads.unassigned_mentees(session, year)]
        batch_entries = session.scalar(
            select(func.count()).where(AuditEntry.batch_id == applied.batch_id)
        )
        reasons = session.scalars(
            select(Assignment.match_reasons).where(Assignment.program_year_id == year.id)
        ).all()
    assert unassigned == [rejected]
    assert len(applied.assignment_ids) == 39
    assert batch_entries >= 39
    assert all(r and "; load " in r for r in reasons)
    with db.transaction() as session:
        undone = match_apply.undo_match(session, applied.batch_id)
    assert (undone.removed, undone.kept_changed) == (39, 0)
    with db.reading() as session:
        left = select(func.count()).where(Assignment.program_year_id == district.texas_year_id)
        assert session.scalar(left) == 0
    with db.transaction() as session, pytest.raises(RefusedError, match="already undone"):
        match_apply.undo_match(session, applied.batch_id)


def apply_in_one_transaction(db: Database, year_id: int, draft: suggest.MatchDraft) -> None:
    with db.transaction() as session:
        year = programs.year_by_id(session, year_id)
        match_apply.apply_draft(session, year, draft, start=YEAR_START)


def test_a_stale_draft_applies_nothing(db: Database) -> None:
    district = build_district(db, texas_mentees=40)
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        draft = suggest.draft_match(session, year)
    last = draft.pairs[-1]
    with db.transaction() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        assignments.assign(session, year, last.mentee.id, last.mentor.id, start=YEAR_START)
    with pytest.raises(RefusedError, match="out of date"):
        apply_in_one_transaction(db, district.texas_year_id, draft)
    with db.reading() as session:
        made = select(func.count()).where(Assignment.program_year_id == district.texas_year_id)
        assert session.scalar(made) == 1


def test_suggestions_for_one_mentee_are_ranked_and_explained(db: Database) -> None:
    district = build_district(db, texas_mentees=5)
    mentee_id = district.texas_mentee_ids[0]
    with db.reading() as session:
        year = programs.year_by_id(session, district.texas_year_id)
        suggestions = suggest.suggest_mentors(session, year, mentee_id, limit=3)
        mentee = session.get(Person, mentee_id)
        assert mentee is not None
        supervisor = mentee.supervisor_id
    assert len(suggestions) == 3
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)
    assert supervisor not in {s.mentor.id for s in suggestions}
    assert all("load" in s.explanation for s in suggestions)


@pytest.mark.parametrize(
    ("position", "family"),
    [
        ("School Librarian", "librarian"),
        ("Library Media Specialist", "librarian"),
        ("Library Services Coordinator", "librarian"),
        ("4th Grade Teacher", "teacher"),
        ("School Counselor", "counselor"),
        ("", ""),
        (None, ""),
        ("Custodian", "other"),
    ],
)
def test_role_family_from_position(position: str | None, family: str) -> None:
    assert role_family(position) == family


def test_match_weights_per_program_change_the_choice(db: Database) -> None:
    with db.transaction() as session:
        site_a, site_b = campuses(session)[:2]
        program_year = make_year(session, "Weights", LOCAL_PROGRAM)
        same_campus = person(session, "M1", position="Teacher", campus_id=site_a.id, subject="Art")
        same_subject = person(
            session, "M2", position="Teacher", campus_id=site_b.id, subject="Math"
        )
        mentee = person(session, "N1", position="Teacher", campus_id=site_a.id, subject="Math")
        programs.enroll(session, program_year, [same_campus.id, same_subject.id], Role.MENTOR)
        programs.enroll(session, program_year, [mentee.id], Role.MENTEE)
        ids = program_year.id, program_year.program_id, same_campus.id, same_subject.id
    year_id, program_id, campus_id, subject_id = ids
    with db.reading() as session:
        year = programs.year_by_id(session, year_id)
        assert suggest.draft_match(session, year).pairs[0].mentor.id == campus_id
    with db.transaction() as session:
        programs.edit_program(
            session, program_id, match_weights={"same_campus": 0.5, "same_subject_or_grade": 5}
        )
    with db.reading() as session:
        year = programs.year_by_id(session, year_id)
        (pair,) = suggest.draft_match(session, year).pairs
    assert pair.mentor.id == subject_id
    assert "same subject" in pair.explanation.split("; ")[0].split(", ")


def test_demo_district_match_all_places_the_40_late_hires(db: Database) -> None:
    from coordinator.demo import TEXAS_PROGRAM, build_demo
    from coordinator.services.lookup import program_year_by_names

    build_demo(db, scale="district")
    with db.reading() as session:
        year = program_year_by_names(session, TEXAS_PROGRAM, "2025-26")
        loads = {m.person_id: m for m in caseloads.mentor_loads(session, year)}
        draft = suggest.draft_match(session, year)
        baseline = suggest.draft_match(session, year, baseline=True)
        people = {p.id: p for p in session.scalars(select(Person))}
        added: dict[int, int] = {}
        for pair in draft.pairs:
            mentee, mentor = people[pair.mentee.id], people[pair.mentor.id]
            assert pair.mentor.id not in (mentee.supervisor_id, mentee.appraiser_id)
            assert role_family(mentee.position) == role_family(mentor.position)
            assert loads[mentor.id].eligible
            added[mentor.id] = added.get(mentor.id, 0) + 1
    assert len(draft.pairs) == 40
    assert draft.unmatched == []
    for mentor_id, count in added.items():
        capacity = loads[mentor_id].capacity
        assert capacity is not None
        assert loads[mentor_id].load + count <= capacity
    assert draft.total_score >= baseline.total_score
    assert all(p.explanation.rsplit("; load ", 1)[1].split("/")[0].isdigit() for p in draft.pairs)


@pytest.mark.postgres
def test_match_all_apply_undo_and_reassign_on_postgresql(pg_url: str) -> None:
    from coordinator.db.opening import open_database

    db = open_database(pg_url)
    try:
        district = build_district(db, texas_mentees=40)
        with db.reading() as session:
            draft = suggest.draft_match(
                session, programs.year_by_id(session, district.texas_year_id)
            )
        with db.transaction() as session:
            year = programs.year_by_id(session, district.texas_year_id)
            applied = match_apply.apply_draft(session, year, draft, start=YEAR_START)
        moved = draft.pairs[0]
        # Mentor 0 supervises some mentees; move to someone who supervises no one.
        other = next(m for m in district.texas_mentor_ids[1:] if m != moved.mentor.id)
        with db.transaction() as session:
            year = programs.year_by_id(session, district.texas_year_id)
            assignments.reassign(
                session, year, moved.mentee.id, other, on=dt.date(2025, 10, 1), reason="moved",
                override_reason="test",
            )  # fmt: skip
        with db.transaction() as session:
            undone = match_apply.undo_match(session, applied.batch_id)
        assert (undone.removed, undone.kept_changed) == (39, 1)
        with db.reading() as session:
            history = caseloads.assignment_history(session, moved.mentee.id)
        assert [(h.end_date, h.end_reason) for h in history] == [
            (dt.date(2025, 10, 1), "moved"),
            (None, None),
        ]
    finally:
        db.dispose()
