"""What a page says it just did is announced to a screen reader (WCAG 2.1, 4.1.3)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coordinator.ui.widgets.status_line import StatusLine


def test_each_new_message_is_announced_in_plain_words(qtbot: QtBot) -> None:
    line = StatusLine()
    qtbot.addWidget(line)
    heard: list[str] = []
    line.announced.connect(heard.append)
    line.setText("<b>Wrote</b> funds.xlsx in /home/coordinator.")
    line.setText("<b>Wrote</b> funds.xlsx in /home/coordinator.")  # the same words: said once
    line.setText("")  # cleared: nothing to say
    line.setText("Assigned Ana Ruiz to Li Wei.")
    assert heard == ["Wrote funds.xlsx in /home/coordinator.", "Assigned Ana Ruiz to Li Wei."]
    assert line.text() == "Assigned Ana Ruiz to Li Wei."


def test_a_plain_message_with_a_less_than_sign_is_said_whole(qtbot: QtBot) -> None:
    """ "Minutes <= 0 …" is plain text to the label, so it is to the screen reader too."""
    line = StatusLine()
    qtbot.addWidget(line)
    heard: list[str] = []
    line.announced.connect(heard.append)
    line.setText("Minutes <= 0 are refused; write the minutes the check-in took.")
    line.setText("Wrote Ana & Li < 5 hours.xlsx in /home/coordinator.")
    assert heard == [
        "Minutes <= 0 are refused; write the minutes the check-in took.",
        "Wrote Ana & Li < 5 hours.xlsx in /home/coordinator.",
    ]
