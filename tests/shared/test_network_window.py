"""The window when the server goes away: a message in the dialog, the edit kept for a retry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url
from tests.shared.flaky_server import FlakyServer

from coordinator.db.models import Program
from coordinator.db.opening import open_database
from coordinator.ui.context import AppContext
from coordinator.ui.dialogs.program_dialog import ProgramDialog

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(pg_url: str) -> Iterator[FlakyServer]:
    upstream = make_url(pg_url)
    flaky = FlakyServer((str(upstream.host), int(upstream.port or 5432)))
    yield flaky
    flaky.close()


def test_a_save_while_the_server_is_gone_keeps_the_edit_for_a_retry(
    qtbot: QtBot, pg_url: str, server: FlakyServer
) -> None:
    url = make_url(pg_url).set(host="127.0.0.1", port=server.port)
    db = open_database(url.render_as_string(hide_password=False))
    try:
        context = AppContext(db)
        dialog = ProgramDialog(context)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        qtbot.keyClicks(dialog.name, "Early Career Librarians")
        server.go_down()
        ok = dialog.buttons.buttons()[0]
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.error.text().startswith(
            "Cannot finish: the database server is unreachable. Check the network (or VPN)"
        )
        assert dialog.name.text() == "Early Career Librarians"
        server.restore()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the retry reconnects and saves
        qtbot.waitUntil(lambda: not dialog.isVisible())
        with db.reading() as session:
            assert "Early Career Librarians" in session.scalars(select(Program.name)).all()
    finally:
        db.dispose()
