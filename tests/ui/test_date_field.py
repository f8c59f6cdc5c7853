"""A typed date stays as typed: out of range, impossible or two-digit years are refused in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from coordinator.ui.widgets.date_field import DateField, format_date, read_date

YEAR = (dt.date(2025, 8, 11), dt.date(2026, 5, 29))


@pytest.fixture(params=["en_US", "en_GB", "C"])
def locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    earlier = QLocale()
    chosen = QLocale(request.param)
    QLocale.setDefault(chosen)
    yield chosen
    QLocale.setDefault(earlier)


def field(qtbot: QtBot) -> DateField:
    date = DateField(label="Date")
    date.set_range(*YEAR, name="the program year 2025-26")
    qtbot.addWidget(date)
    return date


def test_a_date_before_the_year_stays_as_typed_and_is_refused(
    qtbot: QtBot, locale: QLocale
) -> None:
    date = field(qtbot)
    date.line_edit.clear()
    qtbot.keyClicks(date.line_edit, "2024-01-15")
    assert date.text() == "2024-01-15"  # nothing moved it into the year
    assert date.date() is None
    problem = date.problem()
    assert problem is not None
    assert problem.startswith(f"{format_date(dt.date(2024, 1, 15))} is before the program year")
    assert format_date(YEAR[0]) in problem


def test_a_date_inside_the_year_reads_back_exactly(qtbot: QtBot, locale: QLocale) -> None:
    date = field(qtbot)
    date.line_edit.clear()
    qtbot.keyClicks(date.line_edit, format_date(dt.date(2026, 1, 15)))
    assert date.problem() is None
    assert date.date() == dt.date(2026, 1, 15)
    date.line_edit.clear()
    qtbot.keyClicks(date.line_edit, "2026-1-5")  # ISO is understood in every locale
    assert date.date() == dt.date(2026, 1, 5)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("2026-02-30", "2026-02-30 is not a date in the calendar."),
        ("next tuesday", "next tuesday is not a date: type it like"),
    ],
)
def test_what_is_not_a_date_is_said_in_words(
    qtbot: QtBot, locale: QLocale, typed: str, says: str
) -> None:
    date = field(qtbot)
    date.line_edit.setText(typed)
    assert date.date() is None
    problem = date.problem()
    assert problem is not None
    assert problem.startswith(says)


def test_a_two_digit_year_is_never_guessed() -> None:
    us = QLocale("en_US")
    with pytest.raises(ValueError, match="Type the year in full"):
        read_date("1/15/24", us)
    assert read_date("1/15/2024", us) == dt.date(2024, 1, 15)


def test_an_optional_field_may_stay_empty_and_a_required_one_may_not(qtbot: QtBot) -> None:
    optional = DateField(optional=True, label="Follow up on")
    required = DateField(label="Date")
    qtbot.addWidget(optional)
    qtbot.addWidget(required)
    required.set_date(None)
    assert optional.problem() is None
    assert optional.date() is None
    assert required.problem() == "Type the date."


def test_choosing_on_the_calendar_fills_the_text(qtbot: QtBot, locale: QLocale) -> None:
    date = field(qtbot)
    from PySide6.QtCore import QDate

    date.calendar.clicked.emit(QDate(2025, 9, 2))
    assert date.text() == format_date(dt.date(2025, 9, 2))
    assert date.date() == dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("name", "typed", "day"),
    [
        ("en_GB", "15/1/2026", dt.date(2026, 1, 15)),
        ("de_DE", "5.1.2026", dt.date(2026, 1, 5)),
        ("en_US", "01/05/2026", dt.date(2026, 1, 5)),
    ],
)
def test_day_and_month_may_have_one_or_two_digits(name: str, typed: str, day: dt.date) -> None:
    assert read_date(typed, QLocale(name)) == day


def test_day_and_month_the_wrong_way_round_is_refused_with_an_example() -> None:
    with pytest.raises(ValueError, match=r"^1/15/2026 is not a date in the calendar; type it like"):
        read_date("1/15/2026", QLocale("en_GB"))
    with pytest.raises(ValueError, match=r"type it like 15/01/2026\.$"):
        read_date("1/15/2026", QLocale("en_GB"))


def test_without_a_locale_the_example_is_given_once() -> None:
    with pytest.raises(ValueError, match=r"^1/15/2026 is not a date: type it like 2026-01-15\.$"):
        read_date("1/15/2026", QLocale.c())
