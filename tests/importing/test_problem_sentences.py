"""A problem reads as a sentence; its code is only a reference beside it."""

from __future__ import annotations

import pytest

from coordinator.importing.problem import Problem


def _problem(code: str, fix: str, message: str = "") -> Problem:
    return Problem("roster.xlsx", "Roster", 7, "Hire Date", "soon", code, fix, "G", message)


@pytest.mark.parametrize(
    ("code", "fix", "message", "sentence"),
    [
        (
            "BAD_DATE",
            "enter the date as 08/24/2025 or 2025-08-24",
            "",
            "This is not a date: enter the date as 08/24/2025 or 2025-08-24.",
        ),
        (
            "BAD_DATE",
            "check the month and the day",
            "This day is not in the calendar.",
            "This day is not in the calendar. Check the month and the day.",
        ),
        (
            "CELL_ERROR",
            "the cell holds an Excel error; replace it with a value",
            "",
            "The cell holds an Excel error; replace it with a value.",
        ),
        (  # a survey's fix already says what is wrong
            "BAD_MINUTES",
            "enter the minutes as a whole number greater than 0.",
            "",
            "Enter the minutes as a whole number greater than 0.",
        ),
        (  # a refusal from the service layer is its own sentence
            "REFUSED",
            "",
            "The date 2024-01-15 is outside the program year 2025-26.",
            "The date 2024-01-15 is outside the program year 2025-26.",
        ),
    ],
)
def test_the_sentence_says_what_is_wrong_and_how_to_fix_it(
    code: str, fix: str, message: str, sentence: str
) -> None:
    problem = _problem(code, fix, message)
    assert problem.sentence == sentence
    assert code not in problem.sentence


def test_the_command_line_puts_the_code_in_brackets_at_the_end() -> None:
    problem = _problem("BAD_DATE", "enter the date as 08/24/2025 or 2025-08-24")
    assert problem.describe() == (
        "roster.xlsx, sheet 'Roster', row 7, column 'Hire Date' (G): value 'soon': "
        "This is not a date: enter the date as 08/24/2025 or 2025-08-24. [BAD_DATE]"
    )
