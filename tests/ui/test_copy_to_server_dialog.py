"""File › Copy to server…: the open database goes to a real PostgreSQL server, with progress,
and a server that cannot be reached or already holds data is said in the dialog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coordinator.cli import main
from coordinator.db.opening import open_database
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.copy_to_server_dialog import CopyToServerDialog, server_address

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def context(db_path: Path) -> AppContext:
    assert main(["--db", str(db_path), "demo", "--scale", "small"]) == 0
    return AppContext(open_database(db_path))


def _people_on(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        found = int(conn.scalar(text("SELECT count(*) FROM person")) or 0)
    engine.dispose()
    return found


def _copy(qtbot: QtBot, dialog: CopyToServerDialog, address: str) -> None:
    dialog.address.setText(address)
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: dialog.copy_button.isEnabled(), timeout=60_000)


def test_copies_the_open_database_to_the_server(
    qtbot: QtBot, context: AppContext, pg_url: str, tmp_path: Path
) -> None:
    dialog = CopyToServerDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1366 // 2, 300)
    dialog.show()
    _copy(qtbot, dialog, pg_url)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_copy is not None
    assert re.search(r"people, [\d,]+ check-ins and \d+ tables verified", dialog.message.text())
    assert _people_on(pg_url) == 65

    # Once more: the server now holds data, so the copy is refused and the address kept.
    again = CopyToServerDialog(context)
    qtbot.addWidget(again)
    again.show()
    _copy(qtbot, again, pg_url)
    assert again.isVisible()
    assert "already holds a Coordinator database with data" in again.message.text()
    assert again.address.text() == pg_url
    again.grab().save(str(tmp_path / "copy-refused.png"))

    again.replace.setChecked(True)
    again.copy_button.click()
    qtbot.waitUntil(lambda: again.result_copy is not None, timeout=60_000)
    assert "What the server held before was backed up to" in again.message.text()
    assert _people_on(pg_url) == 65
    context.db.dispose()


def test_an_unreachable_server_is_said_and_the_address_kept(
    qtbot: QtBot, context: AppContext, pg_url: str
) -> None:
    dialog = CopyToServerDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    nowhere = make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    _copy(qtbot, dialog, nowhere)
    assert dialog.isVisible()
    assert "the database server is unreachable" in dialog.message.text()
    assert "nothing was written" in dialog.message.text()
    assert dialog.address.text() == nowhere

    dialog.address.setText("mentoring.district.org")
    dialog.copy_button.click()
    assert "Type the server's address with its database name" in dialog.message.text()
    context.db.dispose()


def test_server_address_takes_plain_postgresql_and_a_password() -> None:
    url = server_address("postgresql://ana@db.example.org/mentoring", "s3cret")
    assert url.drivername == "postgresql+psycopg"
    assert url.password == "s3cret"
    assert "s3cret" not in url.render_as_string(hide_password=True)
    with pytest.raises(ValueError, match="like postgresql"):
        server_address("/home/ana/coordinator.sqlite")
