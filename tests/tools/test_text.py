"""The one text clean and the one text fold, and every caller using them."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from hypothesis import example, given, strategies as st

from coordinator.importing import values
from coordinator.importing.checkins import survey_rows
from coordinator.importing.headers import header_text
from coordinator.importing.roster import pipeline, validate
from coordinator.services import people
from coordinator.tools import text
from coordinator.tools.text import clean_text, fold
from coordinator.ui.models import people_model


def test_fold_drops_case_accents_and_extra_spaces() -> None:
    assert fold("Nguyễn Zoë") == "nguyen zoe"
    assert fold("  ÅBERG\u00a0 Zoë\t") == "aberg zoe"
    assert fold("Straße") == "strasse"
    assert fold("") == ""


def _survey_fold_as_it_was(value: str) -> str:
    """The survey importer's own fold before there was one: its row keys are in databases."""
    decomposed = unicodedata.normalize("NFKD", value)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", plain).strip().casefold()


@given(st.text())
@example("\u0345")  # a lone combining mark that case folding would turn into ι
@example("℠")  # decomposes to capitals
def test_fold_makes_the_survey_keys_earlier_imports_stored(value: str) -> None:
    assert fold(value) == _survey_fold_as_it_was(value)


def test_clean_text_keeps_text_as_written() -> None:
    assert clean_text(None) == ""
    assert clean_text(115838.0) == "115838"
    assert clean_text(dt.datetime(2025, 8, 24)) == "2025-08-24"
    assert clean_text("\ufeff Zoë\u00a0") == "Zoë"
    assert clean_text("Nguye\u0302\u0303n") == "Nguyễn"  # NFC
    assert clean_text("ZOË") == "ZOË"  # never re-cased


def test_header_text_is_clean_text_with_single_spaces() -> None:
    assert header_text("\ufeffEmp\u00a0\u00a0 ID ") == "Emp ID"
    assert header_text(2025.0) == "2025"
    assert header_text(None) == ""


def test_there_is_one_fold_and_one_clean() -> None:
    """Callers use the tools' functions, not copies of them."""
    for module in (people, people_model, survey_rows):
        assert module.fold is text.fold
    for module in (values, validate, pipeline):
        assert module.clean_text is text.clean_text


def test_fold_lowers_what_decomposing_brings_back() -> None:
    """Found by the property test: the service mark "℠" decomposes to capital "SM"."""
    assert fold("Acme℠ Academy") == "acmesm academy"
