"""Live view: another coordinator's change on the server shows in an open window within seconds,
the selection and a dialog being typed in kept; a change rolled back is never announced."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, create_engine, func, select, text

from coordinator.cli import main
from coordinator.db import live
from coordinator.db.engine import Database
from coordinator.db.models import Campus, Person
from coordinator.db.opening import open_database
from coordinator.db.server import ServerUnreachableError
from coordinator.services.safety.copying import copy_database
from coordinator.ui.main_window import MainWindow
from coordinator.ui.models.people_model import NAME
from coordinator.ui.pages.people_page import PeoplePage

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore("propagateSizeHints")]

WindowFactory = Callable[[Database], MainWindow]
SOON_MS = 5_000  # "within a few seconds"

OTHER_COORDINATOR = """
import sys
from coordinator.db.models import Person
from coordinator.db.opening import open_database

url, person_id, last_name, keep = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
db = open_database(url)
session = db.session()
person = session.get(Person, person_id)
person.last_name = last_name
if keep == "commit":
    session.commit()
else:
    session.flush()  # written, then thought better of
    session.rollback()
session.close()
db.dispose()
"""


def other_coordinator(url: str, person_id: int, last_name: str, keep: str = "commit") -> None:
    """Another coordinator's Coordinator, in its own process, renames someone on the server."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(OTHER_COORDINATOR),
            url,
            str(person_id),
            *(
                last_name,
                keep,
            ),
        ],
        check=True,
        env=env,
        timeout=60,
    )


def names(page: PeoplePage) -> list[str]:
    return [page.model.index(r, NAME).data() for r in range(page.model.rowCount())]


@pytest.fixture
def shared(pg_url: str, tmp_path: Path) -> str:
    demo = tmp_path / "demo.sqlite"
    assert main(["--db", str(demo), "demo", "--scale", "small"]) == 0
    copy_database(str(demo), pg_url)
    return pg_url


def test_another_coordinators_change_appears_keeping_selection_and_dialog(
    qtbot: QtBot, main_window: WindowFactory, shared: str, tmp_path: Path
) -> None:
    window = main_window(open_database(shared))
    qtbot.waitUntil(lambda: window.live_view.listening, timeout=SOON_MS)
    page = window.show_page("People")
    assert isinstance(page, PeoplePage)
    chosen = page.model.person_id(3)
    other = page.model.person_id(7)
    assert chosen is not None
    assert other is not None
    assert page.select_person(chosen)
    dialog = page.edit_person()
    assert dialog is not None
    dialog.position.setText("Typed, not saved yet")
    assert not any(n.endswith(" Livewire") for n in names(page))

    started = time.monotonic()
    other_coordinator(shared, other, "Livewire")
    with qtbot.waitSignal(window.live_view.refreshed, timeout=SOON_MS) as refreshed:
        pass
    assert "people" in refreshed.args[0]
    qtbot.waitUntil(lambda: any(n.endswith(" Livewire") for n in names(page)), timeout=SOON_MS)
    assert time.monotonic() - started < 10

    assert page.detail_pane.person_id == chosen
    assert page.selected_person_ids() == [chosen]
    assert dialog.isVisible()
    assert dialog.position.text() == "Typed, not saved yet"
    window.grab().save(str(tmp_path / "live-view.png"))
    dialog.reject()


def test_a_change_rolled_back_is_not_announced(
    qtbot: QtBot, main_window: WindowFactory, shared: str
) -> None:
    window = main_window(open_database(shared))
    qtbot.waitUntil(lambda: window.live_view.listening, timeout=SOON_MS)
    page = window.show_page("People")
    assert isinstance(page, PeoplePage)
    other = page.model.person_id(2)
    assert other is not None
    with qtbot.assertNotEmitted(window.live_view.refreshed, wait=1_500):
        other_coordinator(shared, other, "Never", keep="rollback")
    assert not any(n.endswith(" Never") for n in names(page))
    # The window's own change refreshes its pages as always, and is not announced back to it.
    with (
        qtbot.assertNotEmitted(window.live_view.refreshed, wait=1_500),
        window.context.db.transaction() as session,
    ):
        person = session.get(Person, other)
        assert person is not None
        person.last_name = "Ownchange"


def test_statements_name_their_tables() -> None:
    assert live.written_table("INSERT INTO person (first_name) VALUES (%s)") == "person"
    assert live.written_table('UPDATE "checkin" SET minutes=%s') == "checkin"
    assert live.written_table("delete from checkin_topic where checkin_id = 1") == "checkin_topic"
    assert live.written_table("TRUNCATE audit_log, person RESTART IDENTITY") == "audit_log"
    assert live.written_table("SELECT * FROM person") is None
    assert live.kinds_of(["audit_log", "checkin_topic", "person"]) == {"checkins", "people"}
    assert live.kinds_of(["pay_run", "pay_line", "ledger_entry"]) == {"pay"}  # the Funds page
    assert live.read_notice("not json") is None
    assert live.read_notice('{"sender": "x", "tables": ["person"]}') == ("x", ["person"])


def _save_after_the_server_lost_us(db: Database, admin: Engine) -> None:
    with db.transaction() as session:
        session.add(Campus(name="Bluebonnet Elementary"))
        session.flush()
        backend = session.scalar(text("SELECT pg_backend_pid()"))
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})


def test_a_server_lost_just_before_the_commit_is_said_and_nothing_is_saved(pg_url: str) -> None:
    """The notice goes out inside the transaction: a connection gone by then fails in words."""

    db = open_database(pg_url)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(ServerUnreachableError, match="unreachable"):
            _save_after_the_server_lost_us(db, admin)
        with db.reading() as session:  # the next action reconnects; nothing was half-saved
            assert session.scalar(select(func.count()).select_from(Campus)) == 0
    finally:
        admin.dispose()
        db.dispose()
