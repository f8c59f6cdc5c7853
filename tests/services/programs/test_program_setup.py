"""The services behind the program setup dialogs: topics, weights, year dates, copy-forward plan,
mentor drafts and enrollment previews, on the demo district in a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, Person, Role, Topic
from coordinator.demo import build_demo
from coordinator.errors import CoordinatorError, RefusedError
from coordinator.services.cohorts import caseloads, mentors
from coordinator.services.cohorts.mentor_setup import (
    MentorDraft,
    eligibility_preview,
    enrollment_preview,
    save_mentor_draft,
)
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.programs import next_year, programs, setup as program_setup
from coordinator.services.programs.setup import ProgramForm, TopicEdit

TEXAS_YEAR = 1  # the demo's Teacher Induction 2025-26
LIBRARY_YEAR = 2


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, scale="small")
    return db


def test_saving_a_program_renames_swaps_reorders_and_retires_topics_in_place(db: Database) -> None:
    with db.transaction() as session:
        program = program_setup.save_program(
            session,
            ProgramForm(None, "Librarians", LOCAL_PROGRAM, "", [TopicEdit(None, "A"),
                        TopicEdit(None, "B", True), TopicEdit(None, "C")]),
        )  # fmt: skip
        program_id = program.id
        ids = {t.name: t.id for t in program.topics}
    with db.transaction() as session:
        program_setup.save_program(
            session,
            ProgramForm(
                program_id, "Librarians", LOCAL_PROGRAM, "New hires",
                [TopicEdit(ids["B"], "A", True), TopicEdit(ids["A"], "B"),
                 TopicEdit(ids["C"], "C", active=False), TopicEdit(None, "D")],
                {"same_campus": 0, "balanced_load": 5},
            ),
        )  # fmt: skip
    with db.reading() as session:
        topics = session.scalars(select(Topic).order_by(Topic.sort_order)).all()
        rows = [(t.id, t.name, t.required, t.active) for t in topics]
        form = program_setup.program_form(session, program_id)
        entries = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "program")
        ).all()
    assert rows[:3] == [(ids["B"], "A", True, True), (ids["A"], "B", False, True),
                        (ids["C"], "C", False, False)]  # fmt: skip
    assert rows[3][1:] == ("D", False, True)
    assert form.description == "New hires"
    assert form.weights["same_campus"] == 0
    assert form.weights["balanced_load"] == 5
    assert form.weights["same_region"] == 1.0  # a weight left out keeps the default
    assert entries == ["create", "edit topics", "edit", "edit topics"]


def test_a_program_cannot_take_another_programs_name_or_bad_topics_or_weights(
    demo: Database,
) -> None:
    with demo.reading() as session:
        form = program_setup.program_form(session, 2)
    renamed = ProgramForm(form.id, "teacher induction", form.rule_pack, "", form.topics)
    with pytest.raises(RefusedError, match="already exists"), demo.transaction() as session:
        program_setup.save_program(session, renamed)
    assert program_setup.topic_problem([TopicEdit(None, "X"), TopicEdit(None, " x ")]) == (
        1, "Topics 1 and 2 have the same name.",
    )  # fmt: skip
    assert program_setup.topic_problem([TopicEdit(None, "  ")]) is not None
    bad = ProgramForm(form.id, form.name, form.rule_pack, "", [TopicEdit(None, "")])
    with pytest.raises(CoordinatorError, match="no name"), demo.transaction() as session:
        program_setup.save_program(session, bad)


def test_year_dates_follow_the_programs_calendar_or_a_school_year_default(demo: Database) -> None:
    with demo.reading() as session:
        shifted = program_setup.suggested_dates(session, 1, "2027-28")
        fresh = program_setup.suggested_dates(session, None, "2026-27")
        none = program_setup.suggested_dates(session, 1, "Pilot")
        label = program_setup.suggested_label(session, 1, dt.date(2026, 3, 1))
        first_ever = program_setup.suggested_label(session, None, dt.date(2026, 9, 1))
    assert shifted is not None
    assert fresh is not None
    assert none is None
    assert (shifted.start, shifted.end) == (dt.date(2027, 8, 11), dt.date(2028, 6, 5))
    assert shifted.semesters[0] == ("Fall 2027", dt.date(2027, 8, 11), dt.date(2027, 12, 19))
    assert shifted.semesters[1][0] == "Spring 2028"
    assert (fresh.start, fresh.end) == (dt.date(2026, 8, 1), dt.date(2027, 6, 30))
    assert fresh.semesters[1] == ("Spring 2027", dt.date(2027, 1, 1), dt.date(2027, 6, 30))
    assert (label, first_ever) == ("2026-27", "2026-27")


@pytest.mark.parametrize(
    ("end", "fall_end", "spring_start", "field"),
    [
        (dt.date(2026, 6, 1), dt.date(2026, 12, 18), dt.date(2027, 1, 4), "end"),
        (dt.date(2027, 6, 1), dt.date(2026, 8, 1), dt.date(2027, 1, 4), "semester0_end"),
        (dt.date(2027, 6, 1), dt.date(2026, 12, 18), dt.date(2026, 12, 1), "semester1_start"),
        (dt.date(2027, 5, 1), dt.date(2026, 12, 18), dt.date(2027, 1, 4), "semester1_end"),
    ],
)
def test_a_bad_year_names_the_field_to_fix(
    end: dt.date, fall_end: dt.date, spring_start: dt.date, field: str
) -> None:
    start = dt.date(2026, 8, 10)
    semesters = [("Fall", start, fall_end), ("Spring", spring_start, dt.date(2027, 6, 1))]
    problem = program_setup.year_problem("2026-27", start, end, semesters)
    assert problem is not None
    assert problem[0] == field
    good = [("Fall", start, dt.date(2026, 12, 18)), ("Spring", spring_start, end)]
    assert program_setup.year_problem("2026-27", start, dt.date(2027, 6, 1), good[:1]) is None


def test_the_copy_forward_plan_matches_what_copying_does(demo: Database) -> None:
    with demo.reading() as session:
        plan = next_year.plan_copy_forward(session, programs.year_by_id(session, TEXAS_YEAR))
    with demo.transaction() as session:
        done = next_year.copy_forward(session, programs.year_by_id(session, TEXAS_YEAR))
        semesters = [s[0] for s in programs.year_summary(session, programs.year_by_id(
            session, done.year_id)).semesters]  # fmt: skip
        again = next_year.plan_copy_forward(session, programs.year_by_id(session, TEXAS_YEAR))
    assert (plan.label, plan.label_taken, again.label_taken) == ("2026-27", False, True)
    assert (plan.mentors, plan.mentees_carried, plan.mentees_completed) == (
        done.mentors, done.mentees_carried, done.mentees_completed,
    )  # fmt: skip
    assert plan.mentees_carried > 0
    assert semesters == ["Fall 2026", "Spring 2027"]


def _eligible_texas_mentor(db: Database) -> int:
    with db.reading() as session:
        loads = caseloads.mentor_loads(session, programs.year_by_id(session, TEXAS_YEAR))
    return next(m.person_id for m in loads if not m.reasons)


def test_a_mentor_draft_previews_eligibility_then_saves_its_trainings(demo: Database) -> None:
    mentor_id = _eligible_texas_mentor(demo)
    with demo.reading() as session:
        profile = mentors.mentor_profile(session, mentor_id)
        stored = mentors.mentor_summary(session, mentor_id, TEXAS_YEAR).eligibility
        same = MentorDraft(profile.years_experience, profile.teaches_six_hours,
                           profile.capacity, profile.notes, profile.trainings)  # fmt: skip
        assert eligibility_preview(session, mentor_id, TEXAS_YEAR, same) == stored
        late = MentorDraft(2, True, None, "", [("Mentor academy", dt.date(2025, 9, 1))])
        preview = eligibility_preview(session, mentor_id, TEXAS_YEAR, late)
    assert preview.reasons[:2] == [
        "fewer than 3 years of experience (2)",
        "mentor training not completed before the year began (completed 2025-09-01)",
    ]
    assert preview.capacity == 2
    with demo.transaction() as session:
        save_mentor_draft(session, mentor_id, late)
    with demo.reading() as session:
        saved = mentors.mentor_profile(session, mentor_id)
        summary = mentors.mentor_summary(session, mentor_id, TEXAS_YEAR).eligibility
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "mentor_training")
        ).all()
    assert saved.trainings == [("Mentor academy", dt.date(2025, 9, 1))]
    assert (saved.years_experience, saved.teaches_six_hours) == (2, True)
    assert summary is not None
    assert summary.reasons == preview.reasons
    # the form's list replaces every training the profile held (approved, district, supplemental)
    assert (actions.count("add"), actions.count("remove")) == (1, len(profile.trainings))


def test_enrollment_preview_says_who_is_new_already_in_or_returning(demo: Database) -> None:
    with demo.reading() as session:
        year = programs.year_by_id(session, TEXAS_YEAR)
        mentee = caseloads.unassigned_mentees(session, year)[0].person_id
        mentor = caseloads.mentor_loads(session, year)[0].person_id
        outsider = session.scalars(select(Person.id).order_by(Person.id.desc())).first()
    assert outsider is not None
    with demo.reading() as session:
        rows = enrollment_preview(session, TEXAS_YEAR, [mentee, mentor, outsider], Role.MENTEE)
    states = {r.person_id: (r.state, r.note) for r in rows}
    assert states[mentee] == ("already", "")
    assert states[mentor] == ("new", "also enrolled as a mentor this year")
    assert rows[-1].person_id == mentee  # those already in come last
