"""A long read (the dashboard evaluating in its worker) blocks neither readers nor writers."""

from __future__ import annotations

import datetime as dt
import threading
import time

from sqlalchemy import func, select, text

from coordinator.db.engine import Database
from coordinator.db.models import Checkin, CheckinKind
from coordinator.services.checkins.entry import add_checkin
from coordinator.services.checkins.validation import CheckinInput
from district import build_district

HOLD = 1.5


def test_reader_in_a_thread_does_not_block_a_reader_or_a_save(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(1,))
    mentor = d.mentor_ids[0]
    started = threading.Event()

    def long_read() -> None:
        with db.reading() as s:
            s.execute(text("SELECT count(*) FROM checkin")).all()
            started.set()
            time.sleep(HOLD)

    worker = threading.Thread(target=long_read)
    worker.start()
    assert started.wait(5)
    begun = time.perf_counter()
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Checkin)) == 0
    with db.transaction() as s:
        add_checkin(
            s,
            CheckinInput(
                d.year_id,
                mentor,
                dt.date(2025, 9, 10),
                CheckinKind.PHONE,
                10,
                tuple(d.mentees[mentor]),
            ),
        )
    waited = time.perf_counter() - begun
    worker.join()
    assert waited < HOLD / 2, f"the read and the save waited {waited:.2f} s for the long read"
