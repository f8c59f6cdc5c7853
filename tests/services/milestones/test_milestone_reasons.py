"""Overdue and due-soon milestones join the at-risk reasons, the week list and the nudges."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from pathlib import Path

from sqlalchemy import select
from test_milestone_progress import checkin

from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.services.compliance.evaluate import (
    ComplianceState,
    evaluate_mentors,
    evaluate_program_year,
    evaluate_year,
)
from coordinator.services.compliance.packs import LOCAL_PROGRAM
from coordinator.services.milestones.documents import tick_received
from coordinator.services.week.drafts import write_drafts
from coordinator.services.week.nudge_templates import Audience, NudgeReason, nudge_template
from coordinator.services.week.nudges import plan_nudges
from coordinator.services.week.this_week import WeekKind, this_week
from district import build_district

TODAY = dt.date(2026, 2, 20)  # induction documents were due Feb 15


def test_an_overdue_document_puts_a_mentee_at_risk_until_it_is_ticked(db: Database) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(1,))
    (mentee,) = district.mentee_ids
    for month in (8, 9, 10, 11, 12):
        checkin(db, district, mentee, dt.date(2025, month, 20))
    for month in (1, 2):
        checkin(db, district, mentee, dt.date(2026, month, 19))
    with db.session() as s:
        (status,) = evaluate_program_year(s, district.year_id, as_of=TODAY)
    assert status.state is ComplianceState.AT_RISK
    assert "Induction documents: due 2026-02-15, 5 days overdue" in status.reasons
    with db.transaction() as s:
        tick_received(s, district.year_id, "induction-documents",
                      received_on=dt.date(2026, 2, 19), person_ids=[mentee])  # fmt: skip
    with db.session() as s:
        (status,) = evaluate_program_year(s, district.year_id, as_of=TODAY)
    assert not [r for r in status.reasons if "Induction" in r]


def test_texas_milestones_are_not_said_twice_beside_their_rules(db: Database) -> None:
    district = build_district(db, mentees_per_mentor=(1,))
    with db.session() as s:
        (status,) = evaluate_program_year(s, district.year_id, as_of=dt.date(2025, 12, 15))
    assert status.reasons  # behind on hours: the rule says it
    assert not [r for r in status.results if r.key.startswith("milestone:")]


def test_an_untrained_mentor_is_flagged_by_the_local_timeline(db: Database) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(1,))
    with db.transaction() as s:
        from sqlalchemy import delete

        from coordinator.db.models import MentorTraining

        s.execute(delete(MentorTraining))
    with db.session() as s:
        (mentor,) = evaluate_mentors(s, district.year_id, as_of=dt.date(2025, 9, 1))
    assert mentor.state is ComplianceState.AT_RISK
    assert mentor.reasons == ("Mentor training: due 2025-08-01, 31 days overdue",)


def test_mentors_judged_on_the_mentees_facts_say_the_same(db: Database) -> None:
    """The Dashboard judges the mentors on the facts the mentees were judged on: the same
    verdicts as loading them again; facts of another day are not used."""
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(1, 2))
    with db.transaction() as s:
        from sqlalchemy import delete

        from coordinator.db.models import MentorTraining

        s.execute(delete(MentorTraining))
    day = dt.date(2025, 9, 1)
    with db.session() as s:
        alone = evaluate_mentors(s, district.year_id, as_of=day)
        _, facts = evaluate_year(s, district.year_id, as_of=day, all_topics=True)
        shared = evaluate_mentors(s, district.year_id, as_of=day, facts=facts)
        _, earlier = evaluate_year(s, district.year_id, as_of=dt.date(2025, 7, 1))
        other_day = evaluate_mentors(s, district.year_id, as_of=day, facts=earlier)
    assert [m.reasons for m in alone] == [("Mentor training: due 2025-08-01, 31 days overdue",)] * 2
    assert shared == alone
    assert other_day == alone


def test_the_week_lists_milestones_after_contact_and_nudges_write_them(
    db: Database, tmp_path: Path
) -> None:
    district = build_district(db, pack=LOCAL_PROGRAM, mentees_per_mentor=(2,))
    first, second = district.mentee_ids
    for mentee in (first, second):
        checkin(db, district, mentee, dt.date(2026, 2, 18))
    with db.transaction() as s:
        tick_received(s, district.year_id, "induction-documents",
                      received_on=dt.date(2026, 2, 10), person_ids=[first])  # fmt: skip
        for p in s.scalars(select(Person)):
            p.email = f"{p.employee_id}@district.example"
    with db.session() as s:
        week = this_week(s, district.year_id, TODAY)
    milestone = [ln for ln in week.findings if ln.kind is WeekKind.MILESTONE_OVERDUE]
    assert [(ln.person_id, ln.detail) for ln in milestone] == [
        (second, "Induction documents: due 2026-02-15, 5 days overdue")
    ]
    assert milestone[0].mentor_id == district.mentor_ids[0]
    with db.session() as s:
        plan = plan_nudges(s, district.year_id, NudgeReason.MILESTONE, Audience.MENTEES, TODAY)
        template = nudge_template(s, district.program_id, NudgeReason.MILESTONE)
    assert [r.person_id for r in plan.recipients] == [second]
    written = write_drafts(db, plan, template, tmp_path / "drafts")
    (draft,) = written.written
    draft = str(written.folder / draft) if not Path(draft).is_absolute() else draft
    message = email.message_from_bytes(Path(draft).read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "- Induction documents: due 2026-02-15, 5 days overdue" in body
