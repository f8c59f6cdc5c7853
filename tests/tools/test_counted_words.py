"""The one helper for counted nouns and figures: plurals right, thousands separated."""

from __future__ import annotations

import pytest

from coordinator.tools.text import count_of, figure, plural_of


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (0, "check-in", "0 check-ins"),
        (1, "check-in", "1 check-in"),
        (2, "check-in", "2 check-ins"),
        (1_000, "mentee", "1,000 mentees"),
        (1_234, "mentee", "1,234 mentees"),
        (1_234_567, "row", "1,234,567 rows"),
        (1, "person", "1 person"),
        (2, "person", "2 people"),
        (12_000, "person", "12,000 people"),
        (3, "campus", "3 campuses"),
        (2, "batch", "2 batches"),
        (2, "entry", "2 entries"),
        (2, "day", "2 days"),
        (2, "follow-up", "2 follow-ups"),
        (2, "group meeting", "2 group meetings"),
        (1, "Person", "1 Person"),
        (5, "Person", "5 People"),
    ],
)
def test_count_of_says_the_count_with_the_right_word(count: int, noun: str, expected: str) -> None:
    assert count_of(count, noun) == expected


def test_count_of_takes_a_plural_the_rules_do_not_know() -> None:
    assert count_of(2, "mentee keeps", "mentees keep") == "2 mentees keep"
    assert count_of(1, "mentee keeps", "mentees keep") == "1 mentee keeps"


def test_count_of_writes_the_figure_the_way_it_is_told() -> None:
    assert count_of(1_234, "mentee", number=lambda n: f"{int(n):_}") == "1_234 mentees"


def test_plural_of_and_figure() -> None:
    assert plural_of("person") == "people"
    assert plural_of("address") == "addresses"
    assert figure(1_234) == "1,234"
    assert figure(0) == "0"
    assert figure(1_234.0) == "1,234"
    assert figure(1_234.5) == "1,234.5"


def test_hours_keep_their_decimal_and_get_thousands_separators() -> None:
    from coordinator.services.compliance.checks import hours_text

    assert hours_text(450) == "7.5"
    assert hours_text(720) == "12"
    assert hours_text(476_850) == "7,947.5"
    assert hours_text(600_000) == "10,000"
