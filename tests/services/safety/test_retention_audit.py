"""Backup rotation counts: each count changed alone is audited alone, an unchanged save not."""

from __future__ import annotations

import dataclasses

import pytest

from audit_checks import audit_mark, only_entry, written_since
from coordinator.db.engine import Database
from coordinator.services.safety import backups
from coordinator.services.safety.backups import Retention

START = Retention(recent=10, daily=7, weekly=4, monthly=12)


@pytest.mark.parametrize("field", ["recent", "daily", "weekly", "monthly"])
def test_changing_one_backup_count_audits_just_that_count(db: Database, field: str) -> None:
    with db.transaction() as session:
        backups.set_retention(session, START)
    mark = audit_mark(db)
    with db.transaction() as session:
        backups.set_retention(session, dataclasses.replace(START, **{field: 2}))
    entry = only_entry(db, mark)
    assert (entry.action, entry.entity) == ("update", "setting")
    assert entry.before == {field: getattr(START, field)}
    assert entry.after == {field: 2}


def test_saving_the_same_backup_counts_writes_no_audit_entry(db: Database) -> None:
    with db.transaction() as session:
        backups.set_retention(session, START)
    mark = audit_mark(db)
    with db.transaction() as session:
        backups.set_retention(session, START)
    assert written_since(db, mark) == []
