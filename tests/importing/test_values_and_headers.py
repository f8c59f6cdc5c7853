"""Cell values kept exactly, and headers mapped the way coordinators name them."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.importing.headers import guess_columns, header_signature, score_header
from coordinator.importing.values import (
    ValueProblem,
    clean_id,
    clean_text,
    parse_date,
    split_last_first,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (115838.0, "115838"),
        ("090011", "090011"),
        (" 090011\u00a0", "090011"),
        ("115838.0", "115838"),
        ("E-77", "E-77"),
    ],
)
def test_employee_ids_stay_text(raw: object, expected: str) -> None:
    assert clean_id(raw) == expected


def test_names_are_trimmed_and_normalised_but_never_recased() -> None:
    decomposed = "Nguye\u0302\u0303n"  # e + circumflex + tilde, as some systems export it
    assert clean_text(f"\u00a0 {decomposed}\u00a0") == "Nguyễn"
    assert clean_text("mcDONALD") == "mcDONALD"


@pytest.mark.parametrize(
    "raw",
    [
        "08/24/2025",
        "8/24/25",
        "2025-08-24",
        "August 24, 2025",
        "Aug 24, 2025",
        dt.date(2025, 8, 24),
        dt.datetime(2025, 8, 24, 0, 0),
        45893.0,
        "45893",
    ],
)
def test_dates_in_every_common_form(raw: object) -> None:
    assert parse_date(raw) == dt.date(2025, 8, 24)


def test_1904_serials_and_bad_dates() -> None:
    assert parse_date(44431.0, date1904=True) == dt.date(2025, 8, 24)
    with pytest.raises(ValueProblem, match="BAD_DATE"):
        parse_date("02/30/2025")
    with pytest.raises(ValueProblem, match="BAD_DATE"):
        parse_date("next Tuesday")


def test_last_first_splitting() -> None:
    assert split_last_first("Nguyễn, Thị Mai") == ("Nguyễn", "Thị Mai")
    assert split_last_first("de la Cruz,  Ana María ") == ("de la Cruz", "Ana María")
    with pytest.raises(ValueProblem, match="NAME_NOT_LAST_FIRST"):
        split_last_first("Ana Cruz")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Emp ID", "employee_id"),
        ("Employee Number", "employee_id"),
        ("Emp #", "employee_id"),
        ("Location", "campus"),
        ("Campus Name", "campus"),
        ("School", "campus"),
        ("Hire Date", "hire_date"),
        ("Start Date", "hire_date"),
        ("Start", "hire_date"),
        ("E-Mail Address", "email"),
        ("Name (Last, First)", "full_name"),
        ("Job Title", "position"),
    ],
)
def test_synonyms_map_with_full_confidence(header: str, field: str) -> None:
    assert score_header(header) == (field, 1.0)


def test_fuzzy_match_has_a_lower_confidence_and_unknowns_stay_unmapped() -> None:
    name, confidence = score_header("Employe Nmber")
    assert name == "employee_id"
    assert 0.8 <= confidence < 1.0
    assert score_header("Favourite colour") == (None, 0.0)


def test_ssn_and_birth_date_are_never_mapped() -> None:
    guesses = guess_columns(["Emp ID", "SSN", "Date of Birth", "Last Name", "First Name"])
    assert [g.field for g in guesses] == ["employee_id", None, None, "last_name", "first_name"]
    assert guesses[1].sensitive == "a Social Security number"
    assert guesses[2].sensitive == "a date of birth"


def test_header_signature_ignores_spacing_and_case_only() -> None:
    assert header_signature(["Emp ID", "Last Name"]) == header_signature(["emp  id", "LAST NAME"])
    assert header_signature(["Emp ID", "Last Name"]) != header_signature(["Emp ID", "Surname"])
