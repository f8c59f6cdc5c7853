"""The Audit window shows every change with who, when, what, before and after, and filters them."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.services import audit
from coordinator.services.audit_view import AuditFilter, audit_lines, audited_kinds, change_texts
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.audit_dialog import AuditDialog
from coordinator.ui.models.audit_model import AuditModel

LAST_WEEK = dt.date.today() - dt.timedelta(days=7)


def _utc(day: dt.date, hour: int) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(hour)).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


@pytest.fixture
def history(db: Database) -> dict[str, int]:
    """Ana created last week and renamed today; Ben created today; an assignment; a setting."""
    with db.transaction() as session:
        ana = Person(employee_id="E1", first_name="Ana", last_name="Zeta", email="ana@d.example")
        ben = Person(employee_id="E2", first_name="Ben", last_name="Alpha")
        session.add_all([ana, ben])
        session.flush()
        created = audit.record(
            session, "create", "person", ana.id, after={"first_name": "Ana"}, person_id=ana.id
        )
        created.at = _utc(LAST_WEEK, 9)
        audit.record(
            session,
            "update",
            "person",
            ana.id,
            before={"first_name": "Ana", "last_name": "Zeta", "email": "ana@d.example"},
            after={"first_name": "Anna", "last_name": "Zeta", "email": "ana@d.example"},
            person_id=ana.id,
        )
        audit.record(session, "create", "person", ben.id, after={"id": ben.id}, person_id=ben.id)
        audit.record(
            session,
            "end",
            "assignment",
            7,
            before={"end_date": None},
            after={"end_date": "2026-01-05"},
            person_id=ben.id,
            batch_id=3,
        )
        audit.record(session, "update", "setting", None, after={"recent": 5})
        return {"ana": ana.id, "ben": ben.id}


def test_an_update_shows_only_what_changed() -> None:
    before, after = change_texts(
        {"first_name": "Ana", "last_name": "Zeta"}, {"first_name": "Anna", "last_name": "Zeta"}
    )
    assert (before, after) == ("First name: Ana", "First name: Anna")
    assert change_texts(None, {"minutes": 30, "topics": ["a"]}) == (
        "",
        "Minutes: 30; Topics: a",
    )
    long_before, _ = change_texts({"notes": "x" * 1000}, None)
    assert len(long_before) == 300


def test_filters_by_person_kind_and_day(db: Database, history: dict[str, int]) -> None:
    with db.reading() as session:
        everything = audit_lines(session, AuditFilter())
        anas = audit_lines(session, AuditFilter(person_id=history["ana"]))
        matching = audit_lines(session, AuditFilter(entity="assignment"))
        last_week = audit_lines(session, AuditFilter(first_day=LAST_WEEK, last_day=LAST_WEEK))
        since_yesterday = audit_lines(
            session, AuditFilter(first_day=dt.date.today() - dt.timedelta(days=1))
        )
        kinds = audited_kinds(session)
    assert len(everything) == 5
    assert everything[0].what == "Changed how many backups are kept"
    assert [line.action for line in anas] == ["update", "create"]
    assert anas[0].person_name == "Ana Zeta"
    assert (anas[0].before, anas[0].after) == ("First name: Ana", "First name: Anna")
    assert anas[0].what == "Changed a person"
    (end,) = matching
    assert end.what == "Ended the mentor assignment on 2026-01-05"
    assert end.batch_id == 3
    assert [line.id for line in last_week] == [anas[1].id]
    assert last_week[0].at.date() == LAST_WEEK
    assert len(since_yesterday) == 4
    assert kinds == [
        ("assignment", "Assignment (matching)"),
        ("person", "Person"),
        ("setting", "Setting"),
    ]


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, history: dict[str, int]
) -> None:
    model = AuditModel()
    with db.reading() as session:
        model.set_rows(audit_lines(session, AuditFilter()))
    qtmodeltester.check(model)
    assert model.index(1, 2).data() == "Ended the mentor assignment on 2026-01-05 (in an import)"


def test_dialog_filters_as_the_coordinator_picks(
    qtbot: QtBot, db: Database, history: dict[str, int]
) -> None:
    context = AppContext(db)
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 5
    assert dialog.count.text() == "5 changes"
    people = [dialog.person_filter.itemText(i) for i in range(dialog.person_filter.count())]
    assert people == ["Everyone", "Ben Alpha", "Ana Zeta"]
    dialog.grab().save("/tmp/safety-audit-dialog.png")

    dialog.person_filter.setCurrentIndex(people.index("Ana Zeta"))
    assert [dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())] == [
        "First name: Ana",
        "",
    ]
    dialog.kind_filter.setCurrentIndex(dialog.kind_filter.findText("Person"))
    assert dialog.model.rowCount() == 2
    qtbot.keyClicks(dialog.first_day.line_edit, LAST_WEEK.isoformat())
    qtbot.keyClicks(dialog.last_day.line_edit, LAST_WEEK.isoformat())
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 2).data() == "Added a person"
    dialog.clear_dates.click()
    dialog.person_filter.setCurrentIndex(0)
    dialog.kind_filter.setCurrentIndex(0)
    assert dialog.model.rowCount() == 5

    with db.transaction() as session:  # a change made elsewhere in the window
        audit.record(session, "delete", "checkin", 12, before={"minutes": 30})
    context.notify("checkins")
    assert dialog.model.rowCount() == 6
    assert dialog.model.index(0, 2).data() == "Deleted a check-in"


def test_a_matching_run_and_its_undo_show_in_the_audit(db: Database) -> None:
    """A real Match all on the demo district, applied and undone, reads in words in the log."""
    from coordinator.demo import TEXAS_PROGRAM, build_demo
    from coordinator.demo.plan import YEAR_LABEL
    from coordinator.services.lookup import program_year_by_names
    from coordinator.services.matching.apply import apply_draft, undo_match
    from coordinator.services.matching.suggest import draft_match

    build_demo(db, seed=2, scale="small")
    with db.transaction() as session:
        year = program_year_by_names(session, TEXAS_PROGRAM, YEAR_LABEL)
        draft = draft_match(session, year)
        assert draft.pairs
        apply_draft(session, year, draft)
    with db.reading() as session:
        (run,) = audit_lines(session, AuditFilter(entity="match_batch"))
    with db.transaction() as session:
        undo_match(session, run.id)
    with db.reading() as session:
        undone, applied = audit_lines(session, AuditFilter(entity="match_batch"))
        kinds = dict(audited_kinds(session))
    assert applied.what == f"Matched {len(draft.pairs)} mentees with mentors (Match all)"
    assert f"Pairs: {len(draft.pairs)}" in applied.after
    assert undone.what == f"Undid a Match all: {len(draft.pairs)} assignments removed"
    assert undone.after.startswith(f"Removed: {len(draft.pairs)}")
    assert kinds["match_batch"] == "Matching run"
