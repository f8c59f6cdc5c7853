"""One reading of dates typed by people: roster cells, check-in files and the command line."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from coordinator.cli import checkins as cli_checkins, common, programs as cli_programs
from coordinator.importing import values
from coordinator.importing.checkins import survey_reader, survey_rows, workbook_reader
from coordinator.importing.values import ValueProblem, parse_date, timestamp_date

DAY = dt.date(2025, 9, 4)
DATE_FORMS = ("9/4/2025", "09/04/25", "9-4-2025", "2025-09-04", "September 4, 2025", "4 Sep 2025")


@pytest.mark.parametrize(
    "value",
    [
        "9/4/2025 14:03:22",
        "9/4/2025 14:03",
        "2025-09-04T14:03:22",
        "2025-09-04 14:03:22.5",
        "September 4, 2025 2:03 PM",
        " 9/4/2025  9:05 am ",
        dt.datetime(2025, 9, 4, 14, 3),
        DAY,
        45904.58,  # an Excel serial with a time of day
        *DATE_FORMS,
    ],
)
def test_the_day_of_a_timestamp(value: object) -> None:
    assert timestamp_date(value) == DAY


@pytest.mark.parametrize("value", [None, "", "soon", "13/45/2025 10:00", "10:00", True])
def test_what_is_not_a_date(value: object) -> None:
    assert timestamp_date(value) is None


@pytest.mark.parametrize("text", DATE_FORMS)
def test_every_reader_takes_the_same_dates(text: str) -> None:
    assert parse_date(text) == timestamp_date(text) == common.date_arg(text) == DAY


def test_the_command_line_refuses_what_a_roster_refuses() -> None:
    for text in ("2025-13-01", "June 1", "02/30/2025", ""):
        with pytest.raises(ValueProblem):
            parse_date(text)
        with pytest.raises(argparse.ArgumentTypeError, match="write it as 2025-08-11"):
            common.date_arg(text)


def test_no_reader_keeps_its_own_date_parser() -> None:
    for module in (survey_reader, survey_rows, workbook_reader):
        assert module.timestamp_date is values.timestamp_date
    assert cli_checkins.date_arg is cli_programs.date_arg is common.date_arg
