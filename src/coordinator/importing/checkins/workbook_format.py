"""A mentor's check-in log workbook: written with dropdowns for offline use, imported back.

The workbook has a "Check-ins" sheet (one row per check-in, prepared rows with hidden keys), an
"Instructions" sheet, and hidden "Lists" and "_coordinator" sheets. Each prepared row's key makes
re-importing the same file idempotent: a row already imported is unchanged, or changed in place.

A workbook in Spanish has the same columns in the same places with Spanish headers, sheet names,
lists and instructions ("Reuniones", "Instrucciones", "Listas"); `words_of` tells the reader which
words a returned file was written with. The hidden settings sheet is the same in every language.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import CHECKIN_KIND_LABELS, Assignment, Person, ProgramYear
from coordinator.errors import NotFoundError
from coordinator.importing.checkins.workbook_signature import SignedKeys, sign, workbook_secret
from coordinator.services.checkins.entry import topics_for_year
from coordinator.tools import safe_sheets
from coordinator.tools.translations import LANGUAGES, translate

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMAT = "coordinator-checkin-log/2"  # /2: the hidden keys are signed (workbook_signature)
SHEET = "Check-ins"
LISTS = "Lists"
META = "_coordinator"
INSTRUCTIONS = "Instructions"
WHOLE_COHORT = "Whole cohort (group meeting)"
PREPARED_ROWS = 300
TOPIC_COLUMNS = 3
HEADERS = (
    "Date",
    "Mentee",
    "Kind",
    "Minutes",
    "Topic 1",
    "Topic 2",
    "Topic 3",
    "Absent (group meetings)",
    "Next steps",
    "Follow-up date",
    "Private notes",
    "Row key",
)
COL = {name: i + 1 for i, name in enumerate(HEADERS)}
# The column holding each `CheckinInput` field a check-in refusal can name.
COLUMN_OF_INPUT = {
    "occurred_on": "Date",
    "mentee_ids": "Mentee",
    "absent_ids": "Absent (group meetings)",
    "kind": "Kind",
    "minutes": "Minutes",
    "topic_ids": "Topic 1",
    "next_steps": "Next steps",
    "follow_up_on": "Follow-up date",
    "private_notes": "Private notes",
}
WIDTHS = (12, 34, 24, 9, 30, 30, 30, 30, 40, 14, 40, 10)
LISTS_HEADERS = ("Mentee", "Person id", "Kind", "Topic")


@dataclass(frozen=True)
class WorkbookWords:
    """The names a workbook's sheets and choices are written with, in one language."""

    language: str
    sheet: str
    lists: str
    instructions: str
    whole_cohort: str

    def header(self, english: str) -> str:
        """A column's header as the workbook shows it (`english` is its key in COL)."""
        return translate(self.language, english)


def workbook_words(language: str) -> WorkbookWords:
    return WorkbookWords(
        language,
        translate(language, SHEET),
        translate(language, LISTS),
        translate(language, INSTRUCTIONS),
        translate(language, WHOLE_COHORT),
    )


WORDS = {language: workbook_words(language) for language in LANGUAGES}


def words_of(sheet_names: list[str]) -> WorkbookWords | None:
    """The language a workbook was written in, known by its log sheet; None if it has none."""
    return next((w for w in WORDS.values() if w.sheet in sheet_names), None)


@dataclass(frozen=True)
class WorkbookMentee:
    person_id: int
    label: str  # "Name (employee ID)": unique, and what the dropdown shows


def mentee_label(person: Person) -> str:
    return f"{person.display_name} ({person.employee_id or f'#{person.id}'})"


def mentor_mentees(session: Session, program_year_id: int, mentor_id: int) -> list[WorkbookMentee]:
    """Everyone ever assigned to the mentor in the year, by last name."""
    people = session.scalars(
        select(Person)
        .where(
            Person.id.in_(
                select(Assignment.mentee_id).where(
                    Assignment.program_year_id == program_year_id,
                    Assignment.mentor_id == mentor_id,
                )
            )
        )
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    return [WorkbookMentee(p.id, mentee_label(p)) for p in people]


def write_checkin_workbook(
    session: Session, program_year_id: int, mentor_id: int, path: Path, *, language: str = "en"
) -> int:
    """Write the mentor's log workbook to `path` (0600); returns how many mentees it lists.

    `language` "es" writes the headers, sheet names, lists and instructions in Spanish; names,
    topics and the program's words are data and stay as written.
    """
    words = WORDS[language]
    year = session.get(ProgramYear, program_year_id)
    mentor = session.get(Person, mentor_id)
    if year is None:
        raise NotFoundError(f"There is no program year with id {program_year_id}.")
    if mentor is None:
        raise NotFoundError(f"There is no mentor with id {mentor_id}.")
    mentees = mentor_mentees(session, program_year_id, mentor_id)
    if not mentees:
        raise NotFoundError(
            "This mentor has no mentees assigned in this program year; assign mentees first."
        )
    topics = [t.name for t in topics_for_year(session, program_year_id)]
    keys = SignedKeys(
        FORMAT,
        program_year_id,
        mentor_id,
        secrets.token_hex(6),
        PREPARED_ROWS,
        [(m.label, m.person_id) for m in mentees],
    )
    signature = sign(workbook_secret(session), keys)
    wb = safe_sheets.new_workbook()
    log_sheet = safe_sheets.add_sheet(wb, words.sheet, widths=WIDTHS, freeze="B2")
    _write_lists(wb, words, mentees, topics)
    _write_log_sheet(log_sheet, words, year, keys, len(topics))
    _write_instructions(wb, words, year, mentor.display_name)
    _write_meta(wb, keys, signature)
    safe_sheets.save_workbook(wb, Path(path))
    return len(mentees)


def _write_lists(
    wb: Workbook, words: WorkbookWords, mentees: list[WorkbookMentee], topics: list[str]
) -> None:
    lists = safe_sheets.add_sheet(wb, words.lists, state="hidden")
    safe_sheets.append_row(lists, [words.header(h) for h in LISTS_HEADERS])
    kinds = [translate(words.language, k) for k in CHECKIN_KIND_LABELS.values()]
    labels = [words.whole_cohort, *(m.label for m in mentees)]
    ids: list[int | None] = [None, *(m.person_id for m in mentees)]
    for i in range(max(len(labels), len(kinds), len(topics))):
        safe_sheets.append_row(
            lists,
            [
                labels[i] if i < len(labels) else None,
                ids[i] if i < len(ids) else None,
                kinds[i] if i < len(kinds) else None,
                topics[i] if i < len(topics) else None,
            ],
        )


def _write_log_sheet(
    sheet: WriteOnlyWorksheet,
    words: WorkbookWords,
    year: ProgramYear,
    keys: SignedKeys,
    topics: int,
) -> None:
    mentees = len(keys.mentees)
    language, lists = words.language, words.lists
    sheet.column_dimensions["L"].hidden = True
    header = PatternFill("solid", fgColor="DDEBF7")
    headers = [words.header(h) for h in HEADERS]
    safe_sheets.append_row(sheet, headers, font=Font(bold=True), fill=header)
    last = keys.rows + 1
    dates = {COL["Date"], COL["Follow-up date"]}
    for n in range(2, last + 1):
        row: list[Any] = [
            safe_sheets.xlsx_cell(sheet, None, number_format="yyyy-mm-dd") if c in dates else None
            for c in range(1, len(HEADERS))
        ]
        row.append(safe_sheets.xlsx_cell(sheet, keys.row_key(n - 1)))
        sheet.append(row)
    _validate(
        sheet,
        f"={lists}!$A$2:$A${mentees + 2}",
        f"B2:B{last}",
        translate(language, "Mentee"),
        translate(language, "Choose a mentee (or the whole cohort) from the list."),
    )
    _validate(
        sheet,
        f"={lists}!$C$2:$C${len(CHECKIN_KIND_LABELS) + 1}",
        f"C2:C{last}",
        translate(language, "Kind"),
        translate(language, "Choose the kind of check-in from the list."),
    )
    if topics:
        _validate(
            sheet,
            f"={lists}!$D$2:$D${topics + 1}",
            f"E2:G{last}",
            translate(language, "Topic"),
            translate(language, "Choose a topic from the program's list, or leave it empty."),
        )
    dates_in_year = DataValidation(
        type="date",
        operator="between",
        formula1=f"DATE({year.start_date.year},{year.start_date.month},{year.start_date.day})",
        formula2=f"DATE({year.end_date.year},{year.end_date.month},{year.end_date.day})",
        showErrorMessage=True,
        errorTitle=translate(language, "Date"),
        error=translate(
            language,
            "Enter a date in the program year {year}, for example {day}.",
            year=year.label,
            day=year.start_date.isoformat(),
        ),
    )
    dates_in_year.add(f"A2:A{last}")
    dates_in_year.add(f"J2:J{last}")
    minutes = DataValidation(
        type="whole",
        operator="between",
        formula1="1",
        formula2="1440",
        showErrorMessage=True,
        errorTitle=translate(language, "Minutes"),
        error=translate(language, "Enter the minutes as a whole number from 1 to 1440."),
    )
    minutes.add(f"D2:D{last}")
    sheet.data_validations.append(dates_in_year)
    sheet.data_validations.append(minutes)


def _validate(
    sheet: WriteOnlyWorksheet, formula: str, cells: str, title: str, message: str
) -> None:
    dv = DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=title,
        error=message,
    )
    dv.add(cells)
    sheet.data_validations.append(dv)


INSTRUCTION_LINES = (
    "",
    "Fill one row of the Check-ins sheet for each contact with your mentees:",
    "  Date: the day it happened (yyyy-mm-dd).",
    "  Mentee: choose from the list; choose 'Whole cohort (group meeting)' for a group "
    "meeting everyone was invited to.",
    "  Absent: for a group meeting, the names of anyone who did not come, separated by commas.",
    "  Kind and Minutes: choose the kind; the minutes are a whole number.",
    "  Topics: up to three topics from the program's list.",
    "  Next steps and Follow-up date are optional. Private notes stay private: they are "
    "never printed in reports.",
    "",
    "Use the prepared rows in order and do not copy whole rows: each row carries a hidden "
    "key so the coordinator can import this file again without counting anything twice.",
    "Save the file and send it back to your program coordinator.",
)


def _write_instructions(wb: Workbook, words: WorkbookWords, year: ProgramYear, mentor: str) -> None:
    sheet = safe_sheets.add_sheet(wb, words.instructions, widths=(110,))
    title = translate(
        words.language,
        "Check-in log for {mentor}, program year {year}",
        mentor=mentor,
        year=year.label,
    )
    lines = [translate(words.language, line) if line else "" for line in INSTRUCTION_LINES]
    safe_sheets.append_row(sheet, [title], font=Font(bold=True, size=14))
    for line in lines:
        safe_sheets.append_row(sheet, [line or None])


def _write_meta(wb: Workbook, keys: SignedKeys, signature: str) -> None:
    meta = safe_sheets.add_sheet(wb, META, state="veryHidden")
    safe_sheets.append_row(meta, ["format", keys.format])
    safe_sheets.append_row(meta, ["program_year_id", keys.program_year_id])
    safe_sheets.append_row(meta, ["mentor_id", keys.mentor_id])
    safe_sheets.append_row(meta, ["row_token", keys.token])
    safe_sheets.append_row(meta, ["prepared_rows", keys.rows])
    safe_sheets.append_row(meta, ["signature", signature])


def is_checkin_workbook(path: Path) -> bool:
    """Whether the file is a log workbook Coordinator wrote (it carries the hidden settings)."""
    import zipfile

    from openpyxl import load_workbook

    if not zipfile.is_zipfile(path):
        return False
    try:
        with Path(path).open("rb") as fh:
            wb = load_workbook(fh, read_only=True)
            names = list(wb.sheetnames)
            wb.close()
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return False
    return META in names and words_of(names) is not None
