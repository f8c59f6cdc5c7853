"""The completer's filter model (Qt's model rules, keys kept up to date) and its combo box."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from coordinator.ui.widgets.word_completer import WordFilterProxy, make_searchable


def shown(proxy: WordFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_filter_model_follows_qt_rules_and_the_word_matcher(qtmodeltester: Any) -> None:
    source = QStandardItemModel()
    for name in ("Zoë Björk", "Ana Björk", "Thị Lan Nguyễn", "Siobhán O'Brien"):
        source.appendRow(QStandardItem(name))
    proxy = WordFilterProxy()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)
    assert len(shown(proxy)) == 4
    proxy.set_query("bjork")
    assert shown(proxy) == ["Zoë Björk", "Ana Björk"]
    proxy.set_query("Ana Bj")
    assert shown(proxy) == ["Ana Björk"]
    qtmodeltester.check(proxy)
    source.appendRow(QStandardItem("Ana Bjelke"))  # a choice added: its key is worked out
    assert shown(proxy) == ["Ana Björk", "Ana Bjelke"]
    source.item(0).setText("Ana Björnsdóttir")  # a choice renamed
    proxy.set_query("ana bjö")
    assert shown(proxy) == ["Ana Björnsdóttir", "Ana Björk"]
    proxy.set_query("obrien")
    assert shown(proxy) == ["Siobhán O'Brien"]
    proxy.set_query("")
    assert len(shown(proxy)) == 5


def test_a_window_closed_while_a_name_is_half_typed(qtbot: QtBot) -> None:
    """Leaving the field as its window is deleted must not touch the deleted field."""
    window = QWidget()
    combo = QComboBox(window)
    combo.addItems(["Zoë Björk", "Ana Björk"])
    choice = make_searchable(combo)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    choice.line_edit.setFocus()
    qtbot.keyClicks(choice.line_edit, "an")
    assert choice.line_edit.hasFocus()
    window.deleteLater()
    qtbot.wait(50)  # deleted: any exception in a slot fails this test
