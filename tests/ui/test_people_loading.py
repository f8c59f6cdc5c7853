"""The People page reads a large list in a worker: old rows stay until the new ones are ready."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.models import Person
from coordinator.services.people import list_people
from coordinator.ui.main_window import MainWindow
from coordinator.ui.models import people_model
from coordinator.ui.models.people_model import CAMPUS, NAME, PeopleModel, prepare_people
from coordinator.ui.pages.people_page import LOADING, PeoplePage

WindowFactory = Callable[[Database], MainWindow]


def background_page(window: MainWindow) -> PeoplePage:
    page = window.show_page("People")
    assert isinstance(page, PeoplePage)
    page.background_from = 0  # every list counts as large: the worker reads it
    return page


def names(model: PeopleModel) -> list[str]:
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def add_person(db: Database, first: str, last: str) -> None:
    with db.transaction() as s:
        s.add(Person(employee_id=f"N-{first}", first_name=first, last_name=last))


def test_a_change_shows_after_the_worker_has_read_it(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    page = background_page(window)
    page.select_person(page.model.person_id(7) or 0)
    chosen = page.detail_pane.person_id
    add_person(people_db, "Zelda", "Aaronson")
    window.context.notify("people")
    assert page.is_loading()
    assert "Zelda Aaronson" not in names(page.model)  # the rows shown stay usable meanwhile
    assert page.model.total_count == 50
    qtbot.waitUntil(lambda: not page.is_loading())
    assert names(page.model)[0] == "Zelda Aaronson"  # last-name order
    assert page.count_label.text() == "51 people"
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.person_id(index.row()) for index in selected] == [chosen]
    assert page.detail_pane.person_id == chosen


def test_filter_and_sort_are_kept_across_a_background_refresh(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    page = background_page(window)
    page.table.sortByColumn(CAMPUS, Qt.SortOrder.DescendingOrder)
    page.filter_edit.setText("zel")
    assert page.model.rowCount() == 0
    add_person(people_db, "Zelda", "Aaronson")
    window.context.notify("people")
    qtbot.waitUntil(lambda: not page.is_loading())
    assert names(page.model) == ["Zelda Aaronson"]
    assert page.count_label.text() == "1 of 51 people"
    page.filter_edit.clear()
    campuses = [page.model.index(r, CAMPUS).data() for r in range(page.model.rowCount())]
    assert campuses[0] == "Crockett High"
    assert campuses[-1] == ""  # no campus: last whichever the direction


def test_changes_made_while_reading_are_read_again(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    page = background_page(window)
    window.context.notify("people")
    add_person(people_db, "Zelda", "Aaronson")
    window.context.notify("people")  # while the first read runs
    add_person(people_db, "Yusuf", "Abbott")
    window.context.notify("people")
    qtbot.waitUntil(lambda: not page.is_loading())
    assert names(page.model)[:2] == ["Zelda Aaronson", "Yusuf Abbott"]
    assert page.model.total_count == 52


def test_a_first_large_load_says_it_is_loading(
    qtbot: QtBot, main_window: WindowFactory, people_db: Database
) -> None:
    window = main_window(people_db)
    page = background_page(window)
    page.model.set_rows([])
    window.context.notify("people")
    assert page.count_label.text() == LOADING
    qtbot.waitUntil(lambda: not page.is_loading())
    assert page.count_label.text() == "50 people"


def test_prepared_orders_match_sorting_on_the_spot(people_db: Database) -> None:
    with people_db.reading() as s:
        rows = list_people(s, None)
    prepared = prepare_people(rows)
    by_campus = [rows[i].campus for i in prepared.orders[CAMPUS, False]]
    filled = sorted(c for c in by_campus if c)
    assert by_campus == filled + [""] * (len(rows) - len(filled))
    descending = [rows[i].name for i in prepared.orders[NAME, True]]
    assert descending == [rows[i].name for i in prepared.orders[NAME, False]][::-1]


def test_sorting_in_pieces_is_the_same_stable_sort(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_model, "_PIECE", 3)
    keys = ["b", "a", "c", "a", "b", "", "a", "c", "b", "a"]
    indexes = list(range(len(keys)))
    assert people_model._stable_sorted(indexes, keys.__getitem__) == sorted(
        indexes, key=keys.__getitem__
    )
