"""The People model: Qt's model rules, sorting in Python, filtering by every word."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt

from coordinator.services.people import PersonRow
from coordinator.tools.names import display_name, name_sort_key
from coordinator.tools.word_search import search_key
from coordinator.ui.models.people_model import (
    CAMPUS,
    EMPLOYEE_ID,
    NAME,
    PERSON_ID_ROLE,
    PeopleModel,
)


def row(pid: int, first: str, last: str, emp: str, campus: str, role: str = "") -> PersonRow:
    name = display_name(first=first, preferred=None, last=last)
    return PersonRow(
        id=pid,
        name=name,
        employee_id=emp,
        position="Teacher",
        campus=campus,
        role=role,
        status="Active",
        search_text=search_key(name, emp, "Teacher", campus, role, "Active"),
        sort_key=name_sort_key(first=first, preferred=None, last=last),
    )


ROWS = [
    row(1, "Thị Lan", "Nguyễn", "300", "South High", "Mentee"),
    row(2, "Sean", "O'Brien", "100", "North Elementary", "Mentor"),
    row(3, "Zoë", "Åberg", "200", ""),
    row(4, "Kim", "adams", "400", "South High"),
]


def names(model: PeopleModel) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def test_model_follows_qt_rules(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PeopleModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.set_filter("south")
    model.sort(EMPLOYEE_ID, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_sorted_by_name_ignoring_case_and_accents() -> None:
    model = PeopleModel()
    model.set_rows(ROWS)
    assert names(model) == ["Zoë Åberg", "Kim adams", "Thị Lan Nguyễn", "Sean O'Brien"]
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Sean O'Brien"


def test_sort_by_campus_puts_blanks_last_and_keeps_persistent_indexes() -> None:
    model = PeopleModel()
    model.set_rows(ROWS)
    kept = QPersistentModelIndex(model.index(names(model).index("Sean O'Brien"), NAME))
    model.sort(CAMPUS, Qt.SortOrder.AscendingOrder)
    campuses = [model.index(r, CAMPUS).data() for r in range(model.rowCount())]
    assert campuses == ["North Elementary", "South High", "South High", ""]
    assert names(model)[1:3] == ["Kim adams", "Thị Lan Nguyễn"]  # ties by name
    assert kept.row() == 0
    assert kept.data(PERSON_ID_ROLE) == 2


def test_filter_needs_every_word_in_any_order() -> None:
    model = PeopleModel()
    model.set_rows(ROWS)
    model.set_filter("high")
    assert model.visible_count == 2
    model.set_filter("high nguyen")
    assert names(model) == ["Thị Lan Nguyễn"]
    model.set_filter("MENTEE  Nguyễn")
    assert names(model) == ["Thị Lan Nguyễn"]
    model.set_filter("zoe")
    assert names(model) == ["Zoë Åberg"]
    model.set_filter("high")  # widening again brings rows back
    assert model.visible_count == 2
    model.set_filter("")
    assert model.visible_count == model.total_count == 4
    model.set_filter("nobody")
    assert model.rowCount() == 0
    assert model.row_of(1) is None


def test_narrowing_filter_keeps_the_sort_order() -> None:
    model = PeopleModel()
    model.set_rows(ROWS)
    model.sort(EMPLOYEE_ID, Qt.SortOrder.DescendingOrder)
    model.set_filter("s")
    model.set_filter("so")
    assert [model.person_id(r) for r in range(model.rowCount())] == [4, 1]


def test_filter_matches_word_starts_only() -> None:
    model = PeopleModel()
    model.set_rows(ROWS)
    model.set_filter("obri")
    assert names(model) == ["Sean O'Brien"]
    model.set_filter("brien sean")
    assert names(model) == ["Sean O'Brien"]
    model.set_filter("rien")  # inside a word: not a match
    assert names(model) == []
