"""Two coordinators saving the same record: every change to a record, its child rows included,
raises its version, so a save made from an older reading is refused instead of undoing it.

Each test runs on a real SQLite file and, when a server is running, on PostgreSQL: two
`Database` objects are two coordinators' own connections.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from coordinator.db.engine import Database, unit_of_work
from coordinator.db.models import AuditEntry, Checkin, CheckinKind, MentorProfile, Program
from coordinator.db.opening import open_database
from coordinator.errors import ConcurrentEditError
from coordinator.services.checkins.entry import add_checkin, get_checkin, update_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.cohorts import mentor_setup, mentors
from coordinator.services.programs import programs, setup
from coordinator.services.programs.setup import TopicEdit
from district import FALL, District, build_district

DAY = FALL[0] + dt.timedelta(days=10)
STALE = "Changed by someone else since you opened it"


@dataclasses.dataclass
class Two:
    mine: Database
    theirs: Database
    district: District


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def two(request: pytest.FixtureRequest) -> Iterator[Two]:
    if request.param == "sqlite":
        target = str(request.getfixturevalue("db_path"))
    else:
        target = request.getfixturevalue("pg_url")
    mine = open_database(target)
    theirs = open_database(target)
    try:
        yield Two(mine, theirs, build_district(mine, mentees_per_mentor=(3,)))
    finally:
        mine.dispose()
        theirs.dispose()


def a_checkin(two: Two) -> tuple[int, CheckinInput]:
    mentor = two.district.mentor_ids[0]
    data = CheckinInput(
        two.district.year_id,
        mentor,
        DAY,
        CheckinKind.GROUP,
        60,
        tuple(two.district.mentees[mentor]),
    )
    with two.mine.transaction() as s:
        return add_checkin(s, data), data


def version_of(db: Database, model: type, row_id: int) -> int:
    with db.reading() as s:
        return int(s.scalar(select(model.version).where(model.id == row_id)))  # type: ignore[attr-defined]


# --- check-ins ----------------------------------------------------------------------------------


def test_a_topics_only_edit_raises_the_checkin_version(two: Two) -> None:
    checkin_id, data = a_checkin(two)
    before = version_of(two.mine, Checkin, checkin_id)
    topic = two.district.topic_ids["Professional development"]
    with two.theirs.transaction() as s:
        update_checkin(s, checkin_id, dataclasses.replace(data, topic_ids=(topic,)))
    assert version_of(two.mine, Checkin, checkin_id) == before + 1


def test_an_attendance_only_edit_raises_the_checkin_version(two: Two) -> None:
    checkin_id, data = a_checkin(two)
    before = version_of(two.mine, Checkin, checkin_id)
    with two.theirs.transaction() as s:
        update_checkin(s, checkin_id, dataclasses.replace(data, absent_ids=data.mentee_ids[:1]))
    assert version_of(two.mine, Checkin, checkin_id) == before + 1
    with two.theirs.transaction() as s:  # a mentee no longer invited
        update_checkin(s, checkin_id, dataclasses.replace(data, mentee_ids=data.mentee_ids[1:]))
    assert version_of(two.mine, Checkin, checkin_id) == before + 2


def test_a_save_from_before_their_attendance_edit_is_refused_and_theirs_stays(two: Two) -> None:
    checkin_id, data = a_checkin(two)
    with two.mine.reading() as s:
        opened = get_checkin(s, checkin_id)
    with two.theirs.transaction() as s:
        update_checkin(s, checkin_id, dataclasses.replace(data, absent_ids=data.mentee_ids[:1]))
    with pytest.raises(ConcurrentEditError) as refused, two.mine.transaction() as s:
        update_checkin(
            s,
            checkin_id,
            dataclasses.replace(data, minutes=90),
            expected_version=opened.version,
            seen=opened.data,
        )
    assert str(refused.value) == f"{STALE}: the attendance."
    assert refused.value.changed == ("the attendance",)
    with two.mine.reading() as s:
        stored = get_checkin(s, checkin_id).data
    assert (stored.minutes, stored.absent_ids) == (60, data.mentee_ids[:1])


def test_an_overwrite_of_a_checkin_is_audited_as_one(two: Two) -> None:
    checkin_id, data = a_checkin(two)
    with two.mine.reading() as s:
        opened = get_checkin(s, checkin_id)
    with two.theirs.transaction() as s:
        update_checkin(s, checkin_id, dataclasses.replace(data, minutes=75))
    with two.mine.transaction() as s:
        update_checkin(
            s,
            checkin_id,
            dataclasses.replace(data, minutes=90),
            expected_version=opened.version,
            seen=opened.data,
            overwrite=True,
        )
    with two.mine.reading() as s:
        assert get_checkin(s, checkin_id).data.minutes == 90
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "overwrite")).one()
        assert (entry.entity, entry.entity_id) == ("checkin", checkin_id)
        assert entry.after["overwritten"] == ["the minutes"]


@pytest.mark.postgres
def test_an_import_row_saved_while_another_edits_topics_is_refused_on_postgres(
    pg_url: str,
) -> None:
    """A write that read the row in its own transaction (a re-import) meets a topics-only edit
    committed in between: the UPDATE checks the version it read, so theirs is not undone."""
    mine, theirs = open_database(pg_url), open_database(pg_url)
    try:
        district = build_district(mine, mentees_per_mentor=(2,))
        two = Two(mine, theirs, district)
        checkin_id, data = a_checkin(two)
        session = mine.session()
        stored = session.get(Checkin, checkin_id)  # read and held, as the import holds the row
        assert stored is not None
        topic = district.topic_ids["Professional development"]
        with theirs.transaction() as s:
            update_checkin(s, checkin_id, dataclasses.replace(data, topic_ids=(topic,)))
        with pytest.raises(ConcurrentEditError, match=STALE), unit_of_work(session):
            update_checkin(session, checkin_id, dataclasses.replace(data, minutes=90))
        session.close()
        with mine.reading() as s:
            stored = get_checkin(s, checkin_id).data
        assert (stored.minutes, stored.topic_ids) == (60, (topic,))
    finally:
        mine.dispose()
        theirs.dispose()


# --- mentor profiles ----------------------------------------------------------------------------


def profile_id(db: Database, person_id: int) -> int:
    with db.reading() as s:
        return int(s.scalar(select(MentorProfile.id).where(MentorProfile.person_id == person_id)))


def test_a_new_training_raises_the_profile_version(two: Two) -> None:
    mentor = two.district.mentor_ids[0]
    before = version_of(two.mine, MentorProfile, profile_id(two.mine, mentor))
    with two.theirs.transaction() as s:
        mentors.add_training(s, mentor, "Region 13 mentor training", dt.date(2025, 7, 1))
    assert version_of(two.mine, MentorProfile, profile_id(two.mine, mentor)) == before + 1


def test_a_profile_saved_from_before_their_training_is_refused(two: Two) -> None:
    mentor = two.district.mentor_ids[0]
    with two.mine.reading() as s:
        opened = mentor_setup.stored_draft(s, mentor)
    with two.theirs.transaction() as s:
        mentors.add_training(s, mentor, "Region 13 mentor training", dt.date(2025, 7, 1))
        mentors.edit_mentor_profile(s, mentor, capacity=2)
    mine = dataclasses.replace(opened, notes="Prefers mornings")
    with pytest.raises(ConcurrentEditError) as refused, two.mine.transaction() as s:
        mentor_setup.save_mentor_draft(s, mentor, mine, opened=opened)
    assert str(refused.value) == f"{STALE}: the capacity and the trainings."
    with two.mine.reading() as s:
        stored = mentor_setup.stored_draft(s, mentor)
    assert len(stored.trainings) == 4  # the builder's approved, district, supplemental; theirs
    assert (stored.capacity, stored.notes) == (2, "")


# --- programs -----------------------------------------------------------------------------------


def test_a_topics_only_program_save_raises_its_version(two: Two) -> None:
    program_id = two.district.program_id
    before = version_of(two.mine, Program, program_id)
    with two.theirs.transaction() as s:
        form = setup.program_form(s, program_id)
        topics = [*form.topics, TopicEdit(None, "Family conferences")]
        setup.save_program(s, dataclasses.replace(form, topics=topics))
    after_dialog = version_of(two.mine, Program, program_id)
    assert after_dialog > before
    with two.theirs.transaction() as s:  # the command line's topic list, too
        names = [t.name for t in setup.program_form(s, program_id).topics][:3]
        programs.edit_program(s, program_id, topics=names)
    assert version_of(two.mine, Program, program_id) == after_dialog + 1


def test_two_topic_lists_are_not_mixed(two: Two) -> None:
    program_id = two.district.program_id
    with two.mine.reading() as s:
        opened = setup.program_form(s, program_id)
    with two.theirs.transaction() as s:
        theirs = setup.program_form(s, program_id)
        setup.save_program(
            s,
            dataclasses.replace(theirs, topics=[*theirs.topics, TopicEdit(None, "Theirs")]),
            opened=theirs,
        )
    mine = dataclasses.replace(opened, topics=[*opened.topics, TopicEdit(None, "Mine")])
    with (
        pytest.raises(ConcurrentEditError, match=f"{STALE}: the topics."),
        two.mine.transaction() as s,
    ):
        setup.save_program(s, mine, opened=opened)
    with two.mine.reading() as s:
        names = [t.name for t in setup.program_form(s, program_id).topics]
    assert names[-1] == "Theirs"
    assert "Mine" not in names
