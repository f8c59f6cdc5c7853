"""The Check-ins page over 5,000 check-ins: every row reachable, filters typed as a person does.

Nothing here reads today's date: the district's year is fixed (2025-26) and the page never asks
for the clock, so the figures below are the same on any day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind
from coordinator.ui.context import AppContext
from coordinator.ui.pages.checkins_page import CheckinsPage
from district import FALL, SPRING, District, build_district
from hosting import host
from many_checkins import Made, add_many_checkins, newest_first

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "does not support grabbing the keyboard"
)
COUNT = 5000


@pytest.fixture
def scale(db: Database) -> tuple[District, list[Made]]:
    d = build_district(db, mentees_per_mentor=(3, 2, 4))
    return d, add_many_checkins(db, d, count=COUNT)


WINDOWS: list[QWidget] = []  # a hosted page lives as long as its window


def open_page(qtbot: QtBot, db: Database, d: District) -> CheckinsPage:
    context = AppContext(db)
    context.set_program_year(d.year_id)
    page = CheckinsPage(context)
    WINDOWS[:] = [host(qtbot, page, 1366, 768)]
    return page


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def scroll_to_the_end(qtbot: QtBot, page: CheckinsPage) -> None:
    """Drag the scroll bar to the bottom, again as each page arrives, until no more is left."""
    bar = page.table.verticalScrollBar()
    for _ in range(COUNT // 100):
        if bar.value() == bar.maximum():  # already there (a list started over): drag again
            bar.setValue(bar.maximum() - 1)
        bar.setValue(bar.maximum())
        qtbot.wait(1)
        qtbot.waitUntil(lambda: not page.model.fetching, timeout=10_000)
        if not page.model.canFetchMore():
            qtbot.wait(1)
            bar.setValue(bar.maximum())
            return
    raise AssertionError("the list never reached its end")


def shown_ids(qtbot: QtBot, page: CheckinsPage) -> list[int]:
    scroll_to_the_end(qtbot, page)
    return [r.id for r in page.model.rows()]


def test_scrolling_to_the_bottom_reaches_the_oldest_checkin(
    qtbot: QtBot, db: Database, scale: tuple[District, list[Made]]
) -> None:
    d, made = scale
    page = open_page(qtbot, db, d)
    assert page.status.text() == "Showing 5,000 check-ins."
    assert page.model.rowCount() == 500  # one page at first, not the whole year
    newest = max(made, key=lambda m: (m.occurred_on, m.id))
    assert page.model.index(0, 0).data() == newest.occurred_on.isoformat()
    ids = shown_ids(qtbot, page)
    assert ids == newest_first(made)  # every check-in once, newest first, no cut
    oldest = min(made, key=lambda m: (m.occurred_on, m.id))
    last = page.model.rowCount() - 1
    assert page.model.index(last, 0).data() == oldest.occurred_on.isoformat()
    assert page.table.rowAt(page.table.viewport().height() - 2) in (last, -1)
    # The last row is on screen: the view is scrolled to the very end.
    assert page.table.verticalScrollBar().value() == page.table.verticalScrollBar().maximum()

    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # a click
    assert page.model.index(0, 0).data() == oldest.occurred_on.isoformat()
    assert shown_ids(qtbot, page) == newest_first(made)[::-1]


def test_the_next_page_is_read_in_the_background_and_lands_at_the_bottom(
    qtbot: QtBot, db: Database, scale: tuple[District, list[Made]]
) -> None:
    d, made = scale
    page = open_page(qtbot, db, d)
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # the drag returns at once: the page is being read meanwhile
    assert page.model.fetching
    assert page.model.rowCount() == 500
    qtbot.waitUntil(lambda: page.model.rowCount() == 1000, timeout=10_000)
    assert not page.model.fetching
    assert [r.id for r in page.model.rows()] == newest_first(made)[:1000]


def test_a_filter_typed_while_a_page_is_read_shows_only_its_own_checkins(
    qtbot: QtBot, db: Database, scale: tuple[District, list[Made]]
) -> None:
    """The page read for the whole list arrives after the list was narrowed: it is dropped."""
    d, made = scale
    page = open_page(qtbot, db, d)
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert page.model.fetching
    type_into(qtbot, page.mentor_filter, "number2")
    want = expected(made, lambda m: m.mentor_id == d.mentor_ids[1])
    assert page.status.text() == f"Showing {len(want):,} of 5,000 check-ins."
    qtbot.wait(300)  # long enough for the old read to have come back
    assert [r.id for r in page.model.rows()] == want[:500]
    assert shown_ids(qtbot, page) == want


def hours_said(made: list[Made], mentee: int, semester: tuple[dt.date, dt.date]) -> str:
    """What a bar must say for a mentee's semester, against the Texas pack's 12 hours."""
    minutes = sum(
        m.minutes
        for m in made
        if mentee in m.mentee_ids and semester[0] <= m.occurred_on <= semester[1]
    )
    said = f"{round(minutes / 60, 1):g} of 12 h"
    if minutes >= 720:
        return f"{said}: met"
    return f"{said}: {round((720 - minutes) / 60, 1):g} h short"


def expected(made: list[Made], keep: object) -> list[int]:
    return newest_first([m for m in made if keep(m)])  # type: ignore[operator]


def test_each_filter_narrows_to_exactly_its_checkins(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, scale: tuple[District, list[Made]]
) -> None:
    d, made = scale
    page = open_page(qtbot, db, d)
    second = d.mentor_ids[1]
    mentee = d.mentees[d.mentor_ids[2]][1]  # Mentee02 Cohort3

    type_into(qtbot, page.mentee_filter, "Mentee02 Cohort3")
    want = expected(made, lambda m: mentee in m.mentee_ids)
    assert page.status.text() == f"Showing {len(want):,} of 5,000 check-ins."
    assert shown_ids(qtbot, page) == want
    # One mentee named: their hours against the target, in words, beside the list.
    assert page.hours.isVisible()
    assert page.hours.title.text() == "Hours of Mentee02 Cohort3:"
    assert [b.text() for b in page.hours.bars] == [
        hours_said(made, mentee, FALL),
        hours_said(made, mentee, SPRING),
    ]
    page.filters.clear_button.click()
    assert page.status.text() == "Showing 5,000 check-ins."
    assert not page.hours.isVisible()

    type_into(qtbot, page.mentor_filter, "number2")  # part of "Mentor Number2", any case
    want = expected(made, lambda m: m.mentor_id == second)
    assert page.status.text() == f"Showing {len(want):,} of 5,000 check-ins."
    assert shown_ids(qtbot, page) == want
    qtmodeltester.check(page.model)

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("observation"))
    type_into(qtbot, page.filters.since.line_edit, "2025-10-01")
    type_into(qtbot, page.filters.until.line_edit, "2025-11-15")
    want = expected(
        made,
        lambda m: (
            m.mentor_id == second
            and m.kind is CheckinKind.OBSERVATION
            and dt.date(2025, 10, 1) <= m.occurred_on <= dt.date(2025, 11, 15)
        ),
    )
    assert 0 < len(want) < 200
    assert page.status.text() == f"Showing {len(want):,} of 5,000 check-ins."
    assert shown_ids(qtbot, page) == want

    page.mentor_filter.clear()  # the clear button in the box: the other filters stay
    want = expected(
        made,
        lambda m: (
            m.kind is CheckinKind.OBSERVATION
            and dt.date(2025, 10, 1) <= m.occurred_on <= dt.date(2025, 11, 15)
        ),
    )
    assert page.status.text() == f"Showing {len(want):,} of 5,000 check-ins."
    assert shown_ids(qtbot, page) == want

    type_into(qtbot, page.mentee_filter, "nobody of that name")
    assert page.status.text() == "Showing 0 of 5,000 check-ins."
    assert page.views.currentWidget() is page.empty
    assert "No check-in of 2025-26 matches these filters" in page.empty.message.text()
    page.empty.clear_button.click()
    assert page.status.text() == "Showing 5,000 check-ins."
    assert page.views.currentWidget() is page.table
    assert page.filters.since.text() == ""
    assert page.kind_filter.currentIndex() == 0


def test_typing_pauses_before_the_list_follows(
    qtbot: QtBot, db: Database, scale: tuple[District, list[Made]]
) -> None:
    d, made = scale
    page = open_page(qtbot, db, d)
    qtbot.keyClicks(page.mentor_filter, "Number1")  # no Enter: the list follows after a pause
    want = expected(made, lambda m: m.mentor_id == d.mentor_ids[0])
    qtbot.waitUntil(
        lambda: page.status.text() == f"Showing {len(want):,} of 5,000 check-ins.", timeout=3000
    )


def test_a_bad_typed_date_says_why_and_does_not_filter(
    qtbot: QtBot, db: Database, scale: tuple[District, list[Made]]
) -> None:
    d, made = scale
    page = open_page(qtbot, db, d)
    type_into(qtbot, page.filters.since.line_edit, "2025-02-30")
    assert page.filters.problem.isVisible()
    assert page.filters.problem.text() == (
        "From: 2025-02-30 is not a date in the calendar. The list is not filtered by it."
    )
    assert page.filters.since.text() == "2025-02-30"  # what was typed stays
    assert page.status.text() == "Showing 5,000 check-ins."

    type_into(qtbot, page.filters.until.line_edit, "2025-09-30")
    want = expected(made, lambda m: m.occurred_on <= dt.date(2025, 9, 30))
    assert page.status.text() == f"Showing {len(want):,} of 5,000 check-ins."

    page.filters.since.line_edit.selectAll()
    type_into(qtbot, page.filters.since.line_edit, "2025-10-01")  # after To: nothing could match
    assert "From is after To" in page.filters.problem.text()
    assert page.status.text() == "Showing 5,000 check-ins."

    page.filters.since.line_edit.selectAll()
    type_into(qtbot, page.filters.since.line_edit, "2025-09-01")
    assert not page.filters.problem.isVisible()
    want = expected(made, lambda m: dt.date(2025, 9, 1) <= m.occurred_on <= dt.date(2025, 9, 30))
    assert page.status.text() == f"Showing {len(want):,} of 5,000 check-ins."


def test_a_year_without_checkins_says_how_to_fill_it(qtbot: QtBot, db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(2,))
    page = open_page(qtbot, db, d)
    assert page.status.text() == "Showing 0 check-ins."
    assert page.views.currentWidget() is page.empty
    text = page.empty.message.text()
    assert "No check-ins in 2025-26 yet" in text
    assert "New check-in" in text
    assert "import" in text
    assert page.empty.new_button.isVisible()
    assert page.empty.import_button.isVisible()
    assert not page.empty.clear_button.isVisible()
