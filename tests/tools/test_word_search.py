"""The one matcher behind every filter box and completer: any word, any order, by word start."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from coordinator.tools.word_search import SearchQuery, matches, search_key, search_words

PEOPLE = [
    "Zoë Björk",
    "Ana Björk",
    "Ana Bjelke",
    "Thị Lan Nguyễn",
    "Siobhán O'Brien",
    "Mary-Kate Smith-Jones",
    "Đặng Văn Minh",
    "Γιώργος Παπαδόπουλος",
    "Ёлка Иванова",
    "Łukasz Łódź",
    "Benjamin Bjorkman",
]


def found(typed: str) -> list[str]:
    keys = [search_key(name) for name in PEOPLE]
    return [PEOPLE[i] for i in SearchQuery.parse(typed).filter(keys)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("bjork", ["Zoë Björk", "Ana Björk", "Benjamin Bjorkman"]),
        ("BJÖRK", ["Zoë Björk", "Ana Björk", "Benjamin Bjorkman"]),
        ("Ana Bj", ["Ana Björk", "Ana Bjelke"]),
        ("bj ana", ["Ana Björk", "Ana Bjelke"]),
        ("bjork zoe", ["Zoë Björk"]),
        ("zoë", ["Zoë Björk"]),
        ("ngu", ["Thị Lan Nguyễn"]),
        ("nguyen lan", ["Thị Lan Nguyễn"]),
        ("thi", ["Thị Lan Nguyễn"]),
    ],
)
def test_accents_case_and_word_order_do_not_matter(typed: str, expected: list[str]) -> None:
    assert found(typed) == expected


def test_a_word_matches_from_its_start_only() -> None:
    assert found("jork") == []  # inside "Björk", not the start of a word
    assert found("ork") == []
    assert found("an") == ["Ana Björk", "Ana Bjelke"]  # not "Lan"
    assert not matches("minh dang x", "Đặng Văn Minh")  # every word typed must be found


def test_an_empty_query_shows_every_row() -> None:
    for typed in ("", "   ", "-", "'"):
        query = SearchQuery.parse(typed)
        assert query.is_empty
        assert found(typed) == PEOPLE
    assert SearchQuery.parse("").filter(["x", "y"], within=[1]) == [1]


@pytest.mark.parametrize("typed", ["obrien", "o'brien", "O’Brien", "brien", "o br", "o'b", "siob"])
def test_apostrophes_are_optional(typed: str) -> None:
    assert found(typed) == ["Siobhán O'Brien"]


@pytest.mark.parametrize(
    "typed", ["jones", "smith-jones", "smithjones", "smith jones", "mary kate", "marykate", "kate"]
)
def test_hyphenated_names_are_found_by_either_half_or_whole(typed: str) -> None:
    assert found(typed) == ["Mary-Kate Smith-Jones"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("dang van", "Đặng Văn Minh"),  # Vietnamese: đ has no decomposition
        ("Đặng", "Đặng Văn Minh"),
        ("παπαδοπουλος", "Γιώργος Παπαδόπουλος"),  # Greek: accents and final sigma
        ("ΓΙΩΡΓΟΣ", "Γιώργος Παπαδόπουλος"),
        ("γιωργος παπα", "Γιώργος Παπαδόπουλος"),
        ("елка", "Ёлка Иванова"),  # Cyrillic: ё is typed as е
        ("ИВАН", "Ёлка Иванова"),
        ("lukasz lodz", "Łukasz Łódź"),
    ],
)
def test_names_in_other_scripts(typed: str, expected: str) -> None:
    assert found(typed) == [expected]


def test_other_columns_are_searched_word_by_word() -> None:
    key = search_key("Ana Björk", "115838", "ana.bjork@district.example", "Lamar High School")
    for typed in ("1158", "lamar ana", "high bjo", "ana.bjork@d", "district"):
        assert SearchQuery.parse(typed).matches(key), typed
    assert not SearchQuery.parse("5838").matches(key)


def test_narrowing_is_only_claimed_when_typing_on() -> None:
    bj = SearchQuery.parse("bj")
    assert SearchQuery.parse("bjo").narrows(bj)
    assert SearchQuery.parse("ana bj").narrows(bj)
    assert bj.narrows(SearchQuery.parse(""))
    assert not SearchQuery.parse("b").narrows(bj)
    assert not SearchQuery.parse("ana").narrows(bj)


def test_filtering_within_keeps_the_given_order() -> None:
    keys = [search_key(name) for name in PEOPLE]
    order = [10, 1, 0]
    assert SearchQuery.parse("bjork").filter(keys, within=order) == order


@given(st.text(), st.text())
def test_a_name_is_always_found_by_its_own_words(first: str, last: str) -> None:
    key = search_key(f"{first} {last}")
    assert SearchQuery.parse(f"{last} {first}").matches(key)
    assert SearchQuery.parse(last[:3]).matches(key) or not search_words(last[:3])


@given(st.text(), st.text(), st.text())
def test_typing_on_never_brings_back_a_row(name: str, typed: str, more: str) -> None:
    key = search_key(name)
    before, after = SearchQuery.parse(typed), SearchQuery.parse(typed + more)
    if after.narrows(before) and after.matches(key):
        assert before.matches(key)
