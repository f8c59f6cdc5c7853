"""Check-in service: validation messages, group entry, audited edits and deletes, defaults."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator.db.engine import Database
from coordinator.db.models import Assignment, AuditEntry, Checkin, CheckinAttendee, CheckinKind
from coordinator.errors import ConcurrentEditError, RefusedError
from coordinator.services.checkins.entry import (
    add_checkin,
    cohort_for_mentor,
    delete_checkin,
    get_checkin,
    last_used_defaults,
    update_checkin,
)
from coordinator.services.checkins.listing import CheckinFilter, list_checkins
from coordinator.services.checkins.validation import CheckinInput, UnassignedAttendeesError
from district import FALL, build_district

DAY = dt.date(2025, 9, 10)


def test_group_checkin_is_one_row_with_attendance(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(4,))
    mentor = d.mentor_ids[0]
    cohort = d.mentees[mentor]
    topic = d.topic_ids["Professional development"]
    with db.transaction() as s:
        cid = add_checkin(
            s,
            CheckinInput(
                d.year_id,
                mentor,
                DAY,
                CheckinKind.GROUP,
                90,
                tuple(cohort),
                absent_ids=(cohort[3],),
                topic_ids=(topic,),
            ),
        )
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Checkin)) == 1
        present = dict(s.execute(select(CheckinAttendee.mentee_id, CheckinAttendee.present)).all())
        rows, total = list_checkins(s, d.year_id)
    assert present == {cohort[0]: True, cohort[1]: True, cohort[2]: True, cohort[3]: False}
    assert total == 1
    assert rows[0].attendees == "3 of 4 present"
    assert rows[0].topics == "Professional development"
    assert rows[0].id == cid


def test_date_outside_year_and_zero_minutes_are_refused(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(1,))
    mentor = d.mentor_ids[0]
    base = CheckinInput(d.year_id, mentor, DAY, CheckinKind.PHONE, 15, tuple(d.mentees[mentor]))
    with db.transaction() as s, pytest.raises(RefusedError, match="outside the program year"):
        add_checkin(s, dataclasses.replace(base, occurred_on=dt.date(2026, 7, 1)))
    with db.transaction() as s, pytest.raises(RefusedError, match="Minutes must be between 1"):
        add_checkin(s, dataclasses.replace(base, minutes=0))
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Checkin)) == 0


def test_unassigned_mentee_is_refused_unless_confirmed(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(1, 1))
    first, second = d.mentor_ids
    stranger = d.mentees[second][0]
    data = CheckinInput(d.year_id, first, DAY, CheckinKind.ONE_TO_ONE, 30, (stranger,))
    with db.transaction() as s, pytest.raises(UnassignedAttendeesError) as refused:
        add_checkin(s, data)
    assert refused.value.mentee_ids == (stranger,)
    assert "1 of the mentees is not assigned to this mentor on 2025-09-10" in str(refused.value)
    with db.transaction() as s:
        add_checkin(s, data, confirm_unassigned=True)


def test_assignment_end_date_is_exclusive(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(1, 0))
    first, second = d.mentor_ids
    mentee = d.mentees[first][0]
    switch = dt.date(2025, 10, 1)
    with db.transaction() as s:
        old = s.scalars(select(Assignment)).one()
        old.end_date = switch
        s.add(
            Assignment(
                program_year_id=d.year_id, mentee_id=mentee, mentor_id=second, start_date=switch
            )
        )
    with db.reading() as s:
        assert [p.person_id for p in cohort_for_mentor(s, d.year_id, first, switch)] == []
        assert [p.person_id for p in cohort_for_mentor(s, d.year_id, second, switch)] == [mentee]
        before = switch - dt.timedelta(days=1)
        assert [p.person_id for p in cohort_for_mentor(s, d.year_id, first, before)] == [mentee]


def test_edit_and_delete_are_audited_and_stale_edits_refused(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    mentor = d.mentor_ids[0]
    data = CheckinInput(
        d.year_id,
        mentor,
        DAY,
        CheckinKind.ONE_TO_ONE,
        30,
        (d.mentees[mentor][0],),
        private_notes="confidential words",
    )
    with db.transaction() as s:
        cid = add_checkin(s, data)
    with db.reading() as s:
        record = get_checkin(s, cid)
    with db.transaction() as s:
        update_checkin(
            s,
            cid,
            dataclasses.replace(data, minutes=45, kind=CheckinKind.PHONE),
            expected_version=record.version,
        )
    with db.transaction() as s, pytest.raises(ConcurrentEditError):
        update_checkin(s, cid, data, expected_version=record.version)
    with db.transaction() as s:
        delete_checkin(s, cid)
    with db.reading() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        s.expunge_all()
        assert s.get(Checkin, cid) is None
    assert [e.action for e in entries] == ["checkin.add", "checkin.edit", "checkin.delete"]
    edit = entries[1]
    assert edit.before is not None
    assert edit.after is not None
    assert (edit.before["minutes"], edit.after["minutes"]) == (30, 45)
    assert (edit.before["kind"], edit.after["kind"]) == ("one_to_one", "phone")
    assert entries[2].before is not None
    assert entries[2].before["minutes"] == 45
    assert all("confidential" not in str(e.before) + str(e.after) for e in entries)


def test_last_used_defaults_and_filters(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    mentor = d.mentor_ids[0]
    a, b = d.mentees[mentor]
    with db.reading() as s:
        assert last_used_defaults(s, mentor) is None
    with db.transaction() as s:
        add_checkin(s, CheckinInput(d.year_id, mentor, DAY, CheckinKind.PHONE, 20, (a,)))
        add_checkin(s, CheckinInput(d.year_id, mentor, FALL[0], CheckinKind.CAMPUS_VISIT, 50, (b,)))
    with db.reading() as s:
        defaults = last_used_defaults(s, mentor)
        rows, total = list_checkins(s, d.year_id, CheckinFilter(mentee_id=a))
    assert defaults is not None
    assert (defaults.kind, defaults.minutes) == (CheckinKind.CAMPUS_VISIT, 50)
    assert total == 1
    assert rows[0].attendees == "Mentee01 Cohort1"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"private_notes": "confidential wordz"}, "private_notes"),  # same length, other text
        ({"private_notes": ""}, "private_notes"),
        ({"next_steps": "Visit in March"}, "next_steps"),
        ({"minutes": 31}, "minutes"),
    ],
)
def test_every_edited_field_is_audited_and_notes_only_as_changed(
    db: Database, change: dict[str, object], field: str
) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    mentor = d.mentor_ids[0]
    data = CheckinInput(
        d.year_id,
        mentor,
        DAY,
        CheckinKind.ONE_TO_ONE,
        30,
        (d.mentees[mentor][0],),
        private_notes="confidential words",
    )
    with db.transaction() as s:
        cid = add_checkin(s, data)
    with db.transaction() as s:
        update_checkin(s, cid, dataclasses.replace(data, **change))  # type: ignore[arg-type]
    with db.transaction() as s:
        update_checkin(s, cid, dataclasses.replace(data, **change))  # type: ignore[arg-type]
    with db.reading() as s:
        edits = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "checkin.edit")))
        s.expunge_all()
    assert len(edits) == 1  # the second save changed nothing
    (edit,) = edits
    assert edit.after is not None
    assert list(edit.after) == [field]
    if field == "private_notes":
        assert edit.after == {"private_notes": "changed"}
    assert "confidential" not in str(edit.before) + str(edit.after)
