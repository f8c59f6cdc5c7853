"""Two coordinators on one database file: a dialog saved over someone else's change asks first.

The dialog is opened, another coordinator (a second connection to the same SQLite file) saves the
same record, then Save is pressed: the dialog says what they changed, keeps what was typed, and
Reload or Overwrite does what it says. Nothing is lost without the coordinator choosing it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db.engine import Database
from coordinator.db.models import AuditEntry, CheckinKind
from coordinator.db.opening import open_database
from coordinator.services.checkins.entry import add_checkin, get_checkin, update_checkin
from coordinator.services.checkins.validation import CheckinInput
from coordinator.services.cohorts import mentor_setup, mentors
from coordinator.services.compliance import pack_admin
from coordinator.services.programs import setup
from coordinator.services.programs.setup import TopicEdit
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.checkin_dialog import CheckinDialog
from coordinator.ui.dialogs.mentor_profile_dialog import MentorProfileDialog
from coordinator.ui.dialogs.program_dialog import ProgramDialog
from coordinator.ui.dialogs.rule_packs_dialog import RulePacksDialog
from district import FALL, District, build_district

THEIR_TRAINING = ("Region 13 mentor training", dt.date(2025, 7, 15))
DAY = FALL[0] + dt.timedelta(days=10)


@pytest.fixture
def district(db: Database) -> District:
    return build_district(db, mentees_per_mentor=(3,))


@pytest.fixture
def context(db: Database, district: District) -> AppContext:
    return AppContext(db)


@pytest.fixture
def other(db_path: Path, district: District) -> Iterator[Database]:
    """Another coordinator's own connection to the same database file."""
    database = open_database(db_path)
    yield database
    database.dispose()


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, dialog: QDialog) -> None:
    click(qtbot, dialog.buttons.buttons()[0])  # type: ignore[attr-defined]


def type_over(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def actions(db: Database, entity: str) -> list[str]:
    with db.reading() as s:
        return list(
            s.scalars(
                select(AuditEntry.action).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
            )
        )


# --- mentor profile -----------------------------------------------------------------------------


def open_profile_with_a_concurrent_training(
    qtbot: QtBot, context: AppContext, other: Database, district: District
) -> MentorProfileDialog:
    """Open the profile, type a capacity of 4, let another coordinator add a training, Save."""
    mentor = district.mentor_ids[0]
    dialog = MentorProfileDialog(context, mentor, district.year_id)
    shown(qtbot, dialog)
    type_over(qtbot, dialog.capacity, "4")
    with other.transaction() as s:
        mentors.add_training(s, mentor, *THEIR_TRAINING)
    save(qtbot, dialog)
    return dialog


def stored_profile(db: Database, person_id: int) -> mentor_setup.MentorDraft:
    """The stored profile, its trainings as (name, completion date)."""
    with db.reading() as s:
        draft = mentor_setup.stored_draft(s, person_id)
    return dataclasses.replace(draft, trainings=[(t[0], t[1]) for t in draft.trainings])


def test_a_profile_saved_over_a_new_training_says_so_and_keeps_both(
    qtbot: QtBot, context: AppContext, other: Database, district: District
) -> None:
    dialog = open_profile_with_a_concurrent_training(qtbot, context, other, district)
    assert dialog.isVisible()  # refused, still open
    assert dialog.stale.isVisible()
    assert dialog.stale.message.text() == (
        "Changed by someone else since you opened it: the trainings."
    )
    assert dialog.capacity.value() == 4  # what was typed stays until they choose
    stored = stored_profile(context.db, district.mentor_ids[0])
    assert THEIR_TRAINING in stored.trainings  # their training was not deleted
    assert stored.capacity is None  # and nothing of mine was half-saved


def test_reload_shows_their_training_and_then_saves_mine_on_top(
    qtbot: QtBot, context: AppContext, other: Database, district: District
) -> None:
    dialog = open_profile_with_a_concurrent_training(qtbot, context, other, district)
    click(qtbot, dialog.stale.reload_button)
    assert not dialog.stale.isVisible()
    assert [edit.text() for edit, *_rest in dialog.training_rows.rows] == [
        "TEA mentor training",
        "District mentor orientation",
        THEIR_TRAINING[0],
        "In-service: coaching cycles",
    ]
    assert dialog.capacity.value() == -1  # mine discarded: theirs shown
    type_over(qtbot, dialog.capacity, "5")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = stored_profile(context.db, district.mentor_ids[0])
    assert stored.capacity == 5
    assert THEIR_TRAINING in stored.trainings
    assert "overwrite" not in actions(context.db, "mentor_profile")


def test_overwrite_saves_mine_over_theirs_and_the_audit_log_says_so(
    qtbot: QtBot, context: AppContext, other: Database, district: District
) -> None:
    dialog = open_profile_with_a_concurrent_training(qtbot, context, other, district)
    click(qtbot, dialog.stale.overwrite_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = stored_profile(context.db, district.mentor_ids[0])
    assert stored.capacity == 4
    assert THEIR_TRAINING not in stored.trainings  # mine, as the dialog showed it
    assert actions(context.db, "mentor_profile") == ["overwrite", "edit"]
    assert actions(context.db, "mentor_training") == ["add", "remove"]  # theirs, kept on record
    with context.db.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "overwrite")).one()
        assert entry.after == {
            "version": entry.before["version"] + 1,
            "overwritten": ["the trainings"],
        }


# --- program ------------------------------------------------------------------------------------


def test_a_program_saved_over_a_rename_and_new_topic_keeps_theirs_until_overwrite(
    qtbot: QtBot, context: AppContext, other: Database, district: District
) -> None:
    dialog = ProgramDialog(context, district.program_id)
    shown(qtbot, dialog)
    type_over(qtbot, dialog.name, "Mine")
    with other.reading() as s:
        theirs = setup.program_form(s, district.program_id)
    with other.transaction() as s:
        edited = dataclasses.replace(
            theirs, name="Theirs", topics=[*theirs.topics, TopicEdit(None, "Their topic")]
        )
        setup.save_program(s, edited, opened=theirs)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.stale.message.text() == (
        "Changed by someone else since you opened it: the name and the topics."
    )
    assert dialog.name.text() == "Mine"
    with context.db.reading() as s:
        stored = setup.program_form(s, district.program_id)
    assert stored.name == "Theirs"
    assert [t.name for t in stored.topics][-1] == "Their topic"

    click(qtbot, dialog.stale.reload_button)
    assert dialog.name.text() == "Theirs"
    assert dialog.topic_model.topics()[-1].name == "Their topic"
    type_over(qtbot, dialog.name, "Mine after all")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.db.reading() as s:
        stored = setup.program_form(s, district.program_id)
    assert stored.name == "Mine after all"
    assert [t.name for t in stored.topics][-1] == "Their topic"  # one list, theirs kept


def test_a_program_overwrite_is_audited(
    qtbot: QtBot, context: AppContext, other: Database, district: District
) -> None:
    dialog = ProgramDialog(context, district.program_id)
    shown(qtbot, dialog)
    type_over(qtbot, dialog.name, "Mine")
    with other.transaction() as s:
        theirs = setup.program_form(s, district.program_id)
        setup.save_program(s, dataclasses.replace(theirs, description="Theirs"), opened=theirs)
    save(qtbot, dialog)
    assert dialog.stale.message.text() == (
        "Changed by someone else since you opened it: the description."
    )
    click(qtbot, dialog.stale.overwrite_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with context.db.reading() as s:
        stored = setup.program_form(s, district.program_id)
    assert (stored.name, stored.description) == ("Mine", "")
    assert "overwrite" in actions(context.db, "program")


# --- check-in -----------------------------------------------------------------------------------


def test_a_checkin_saved_over_a_topics_only_edit_says_the_topics_changed(
    qtbot: QtBot, context: AppContext, other: Database, district: District
) -> None:
    mentor = district.mentor_ids[0]
    data = CheckinInput(
        district.year_id, mentor, DAY, CheckinKind.ONE_TO_ONE, 30, (district.mentees[mentor][0],)
    )
    with context.db.transaction() as s:
        checkin_id = add_checkin(s, data)
    dialog = CheckinDialog(context, district.year_id, checkin_id=checkin_id, today=DAY)
    shown(qtbot, dialog)
    type_over(qtbot, dialog.minutes, "45")
    topic = district.topic_ids["Professional development"]
    with other.transaction() as s:
        record = get_checkin(s, checkin_id)
        theirs = dataclasses.replace(record.data, topic_ids=(topic,))
        update_checkin(s, checkin_id, theirs, expected_version=record.version, seen=record.data)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.stale.message.text() == "Changed by someone else since you opened it: the topics."
    assert dialog.minutes.value() == 45
    with context.db.reading() as s:
        stored = get_checkin(s, checkin_id).data
    assert (stored.minutes, stored.topic_ids) == (30, (topic,))

    click(qtbot, dialog.stale.reload_button)
    assert dialog.minutes.value() == 30
    assert dialog.topics.ticked_ids() == [topic]


# --- rule pack ----------------------------------------------------------------------------------


def test_a_rule_pack_saved_over_their_cap_names_the_rule_and_overwrite_is_audited(
    qtbot: QtBot, context: AppContext, other: Database
) -> None:
    dialog = RulePacksDialog(context)
    shown(qtbot, dialog)
    dialog.packs.setCurrentRow(1)
    pack_id = dialog.packs.currentItem().data(Qt.ItemDataRole.UserRole)
    type_over(qtbot, dialog.description, "Our district's reading of the rules")
    with other.transaction() as s:
        theirs = pack_admin.get_pack(s, pack_id)
        rules = {**theirs.rules, "caseload_cap": 3}
        pack_admin.update_pack(
            s, pack_id, rules=rules, expected_version=theirs.version, seen=theirs
        )
    click(qtbot, dialog.save_button)
    assert dialog.stale.message.text() == (
        "Changed by someone else since you opened it: the rule “Caseload cap (mentees per mentor)”."
    )
    assert dialog.description.toPlainText() == "Our district's reading of the rules"
    with context.db.reading() as s:
        assert pack_admin.get_pack(s, pack_id).rules["caseload_cap"] == 3
    click(qtbot, dialog.stale.overwrite_button)
    assert not dialog.stale.isVisible()
    with context.db.reading() as s:
        stored = pack_admin.get_pack(s, pack_id)
    assert stored.description == "Our district's reading of the rules"
    assert stored.rules["caseload_cap"] != 3  # mine, as the dialog showed it
    assert "overwrite" in actions(context.db, "rule_pack")


@pytest.mark.postgres
def test_on_postgres_a_profile_saved_over_a_new_training_is_refused_then_overwritten(
    qtbot: QtBot, pg_url: str
) -> None:
    mine, theirs = open_database(pg_url), open_database(pg_url)
    try:
        district = build_district(mine, mentees_per_mentor=(1,))
        context = AppContext(mine)
        dialog = open_profile_with_a_concurrent_training(qtbot, context, theirs, district)
        assert dialog.stale.message.text() == (
            "Changed by someone else since you opened it: the trainings."
        )
        assert THEIR_TRAINING in stored_profile(mine, district.mentor_ids[0]).trainings
        click(qtbot, dialog.stale.overwrite_button)
        assert dialog.result() == QDialog.DialogCode.Accepted
        stored = stored_profile(theirs, district.mentor_ids[0])
        assert (stored.capacity, THEIR_TRAINING in stored.trainings) == (4, False)
        assert actions(mine, "mentor_profile") == ["overwrite", "edit"]
    finally:
        mine.dispose()
        theirs.dispose()


# --- the choice's keys --------------------------------------------------------------------------


def test_the_choice_shares_no_alt_letter_with_the_dialog_it_sits_in(
    qtbot: QtBot, context: AppContext, district: District
) -> None:
    """With Reload and Overwrite shown, every Alt+letter in the dialog still reaches one thing."""
    from coordinator.ui.dialogs.person_dialog import PersonDialog
    from coordinator.ui.shortcut_map import conflicts, mnemonic_entries

    dialogs: list[QDialog] = [
        CheckinDialog(context, district.year_id, today=DAY),
        MentorProfileDialog(context, district.mentor_ids[0], district.year_id),
        ProgramDialog(context, district.program_id),
        PersonDialog(context, district.mentor_ids[0], today=DAY),
        RulePacksDialog(context),
    ]
    for dialog in dialogs:
        shown(qtbot, dialog)
        dialog.stale.offer("Changed by someone else since you opened it.")  # type: ignore[attr-defined]
        clashes = [(a.what, b.what) for a, b in conflicts(mnemonic_entries(dialog, {}))]
        assert clashes == [], type(dialog).__name__
        dialog.reject()
