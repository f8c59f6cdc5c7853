"""Made-up file names work on Windows, macOS and Linux, keep accents, and never collide."""

from __future__ import annotations

import unicodedata

from coordinator.tools.file_names import MAX_BYTES, portable_file_name, unique_file_names


def test_characters_windows_refuses_are_replaced_and_accents_kept() -> None:
    name = portable_file_name('Nguyễn, Zoë: AC/DC <"lead"> | why? * ', ".xlsx")
    assert name == "Nguyễn, Zoë- AC-DC lead - why.xlsx"
    assert not set('<>:"/\\|?*') & set(name)


def test_accents_are_written_one_way_whatever_way_they_came() -> None:
    decomposed = unicodedata.normalize("NFD", "José Müller")
    assert portable_file_name(decomposed, ".xlsx") == portable_file_name("José Müller", ".xlsx")
    assert unicodedata.is_normalized("NFC", portable_file_name(decomposed, ".xlsx"))


def test_control_characters_trailing_dots_and_device_names() -> None:
    assert portable_file_name("Ana\tLi\n...", ".xlsx") == "Ana Li.xlsx"
    assert portable_file_name("CON", ".xlsx") == "_CON.xlsx"
    assert portable_file_name("com1.backup", ".xlsx") == "_com1.backup.xlsx"
    assert portable_file_name("Console", ".xlsx") == "Console.xlsx"
    assert portable_file_name(" ?* ", ".xlsx") == "unnamed.xlsx"


def test_a_long_name_is_cut_to_fit_the_file_system() -> None:
    name = portable_file_name("Nguyễn " * 80, ".xlsx")
    assert len(name.encode()) <= MAX_BYTES
    stem = name.removesuffix(".xlsx")
    assert ("Nguyễn " * 80).startswith(stem)
    assert len(stem) > 100
    assert not name.removesuffix(".xlsx").endswith(" ")


def test_clashing_names_get_a_number_ignoring_case() -> None:
    names = ["Li, Ana.xlsx", "li, ana.xlsx", "Li, Ana.xlsx", "Other.xlsx"]
    assert unique_file_names(names) == [
        "Li, Ana.xlsx",
        "li, ana (2).xlsx",
        "Li, Ana (3).xlsx",
        "Other.xlsx",
    ]
