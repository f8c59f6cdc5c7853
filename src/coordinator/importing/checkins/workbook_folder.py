"""A folder of mentor check-in workbooks: one mentor, a campus's mentors, or every mentor.

`plan_workbooks` says which mentors get a workbook and what each file is called (before anything
is written, so the window can ask about files already there); `write_workbooks` writes them, one
owner-only file per mentor, stopping cleanly between files when the coordinator cancels.
A plan in Spanish names its files and writes its workbooks in Spanish.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.models import Assignment, Campus, Person, ProgramYear
from coordinator.errors import NotFoundError, RefusedError
from coordinator.progress import NO_PROGRESS, Cancelled, Progress
from coordinator.services.checkins.entry import mentors_for_year
from coordinator.tools.file_names import portable_file_name, unique_file_names
from coordinator.tools.names import filed_name
from coordinator.tools.text import count_of, figure
from coordinator.tools.translations import translate

SUFFIX = ".xlsx"


class ExistingFiles(enum.Enum):
    """What to do with a workbook already in the folder under the same name."""

    SKIP = "skip"
    REPLACE = "replace"


@dataclass(frozen=True)
class CampusChoice:
    campus_id: int
    name: str
    mentors: int  # mentors on the campus with mentees this year


@dataclass(frozen=True)
class PlannedWorkbook:
    mentor_id: int
    mentor: str  # "Last, Preferred", as the folder sorts it
    file_name: str
    mentees: int


@dataclass(frozen=True)
class WorkbookPlan:
    program_year_id: int
    workbooks: list[PlannedWorkbook]
    without_mentees: list[str] = field(default_factory=list)  # mentors left out, by name
    language: str = "en"  # the workbooks' headers, sheets and instructions

    def already_there(self, folder: Path) -> list[str]:
        """The planned file names that exist in `folder` now."""
        return [w.file_name for w in self.workbooks if (Path(folder) / w.file_name).exists()]


@dataclass(frozen=True)
class WorkbookFolderResult:
    folder: Path
    planned: int
    written: list[str]
    skipped: list[str]  # already in the folder and kept
    without_mentees: list[str]
    stopped: bool = False  # cancelled between two files

    @property
    def line(self) -> str:
        """What happened, in one sentence: "Wrote 42 workbooks to FOLDER." and what was kept."""
        count = len(self.written)
        text = f"Wrote {count_of(count, 'workbook')} to {self.folder}."
        if self.stopped:
            text = f"Stopped: wrote {figure(count)} of {count_of(self.planned, 'workbook')} "
            text += f"to {self.folder}."
        if self.skipped:
            kept = len(self.skipped)
            text += (
                f" Kept {count_of(kept, 'file')} already there "
                f"({'it was' if kept == 1 else 'they were'} not replaced)."
            )
        if self.without_mentees:
            left = count_of(len(self.without_mentees), "mentor has", "mentors have")
            text += f" {left} no mentees this year and got no workbook."
        return text


def campuses_with_mentors(session: Session, program_year_id: int) -> list[CampusChoice]:
    """The campuses where someone mentors in the year, by name, with how many mentors."""
    mentors = select(Assignment.mentor_id).where(Assignment.program_year_id == program_year_id)
    rows = session.execute(
        select(Campus.id, Campus.name, func.count(Person.id))
        .join(Person, Person.campus_id == Campus.id)
        .where(Person.id.in_(mentors))
        .group_by(Campus.id, Campus.name)
        .order_by(func.lower(Campus.name))
    )
    return [CampusChoice(cid, name, count) for cid, name, count in rows]


def workbook_file_name(person: Person, program: str, year_label: str, language: str = "en") -> str:
    """ "Li, Ana (E1001) - check-in log Texas MPA 2025-26.xlsx": sorted by last name in a folder,
    and the employee ID keeps two mentors with one name apart."""
    who = filed_name(
        first=person.first_name, preferred=person.preferred_name, last=person.last_name
    )
    key = person.employee_id or f"#{person.id}"
    log = translate(language, "check-in log")
    return portable_file_name(f"{who} ({key}) - {log} {program} {year_label}", SUFFIX)


def plan_workbooks(
    session: Session,
    program_year_id: int,
    *,
    mentor_id: int | None = None,
    campus_id: int | None = None,
    language: str = "en",
) -> WorkbookPlan:
    """Which mentors get a workbook: the one mentor, the campus's mentors, or all of the year's."""
    year = session.get(ProgramYear, program_year_id)
    if year is None:
        raise NotFoundError(f"There is no program year with id {program_year_id}.")
    ids = [m.person_id for m in mentors_for_year(session, program_year_id)]
    if mentor_id is not None:
        if mentor_id not in ids:
            raise NotFoundError("That person does not mentor in this program year.")
        ids = [mentor_id]
    counts = session.execute(
        select(Assignment.mentor_id, func.count(func.distinct(Assignment.mentee_id)))
        .where(Assignment.program_year_id == program_year_id)
        .group_by(Assignment.mentor_id)
    )
    mentees: dict[int, int] = dict(counts.all())
    people = session.scalars(select(Person).where(Person.id.in_(ids))).all()
    if campus_id is not None:
        people = [p for p in people if p.campus_id == campus_id]
    people = sorted(people, key=lambda p: (p.sort_key, p.id))
    with_mentees = [p for p in people if mentees.get(p.id)]
    names = unique_file_names(
        workbook_file_name(p, year.program.name, year.label, language) for p in with_mentees
    )
    workbooks = [
        PlannedWorkbook(p.id, p.display_name, name, int(mentees[p.id]))
        for p, name in zip(with_mentees, names, strict=True)
    ]
    left_out = [p.display_name for p in people if not mentees.get(p.id)]
    return WorkbookPlan(program_year_id, workbooks, left_out, language)


def write_workbooks(
    db: Database,
    plan: WorkbookPlan,
    folder: Path,
    *,
    existing: ExistingFiles = ExistingFiles.SKIP,
    progress: Progress = NO_PROGRESS,
) -> WorkbookFolderResult:
    """Write the planned workbooks into `folder` (created if needed). A file already there is
    kept unless `existing` is REPLACE; Cancel stops between two files, each whole."""
    # openpyxl waits for the first workbook: the pages that offer this open without it.
    from coordinator.importing.checkins.workbook_format import write_checkin_workbook

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise RefusedError(f"{folder} is a file, not a folder; choose a folder.")
    if not plan.workbooks:
        raise NotFoundError(
            "None of these mentors has mentees assigned in this program year; assign mentees first."
        )
    written: list[str] = []
    skipped: list[str] = []
    total = len(plan.workbooks)
    stopped = False
    with db.reading() as session:
        for n, book in enumerate(plan.workbooks):
            try:
                progress.step(n, total, f"Writing workbook {n + 1:,} of {total:,}…")
            except Cancelled:
                stopped = True
                break
            target = folder / book.file_name
            if existing is ExistingFiles.SKIP and target.exists():
                skipped.append(book.file_name)
                continue
            write_checkin_workbook(
                session, plan.program_year_id, book.mentor_id, target, language=plan.language
            )
            written.append(book.file_name)
    if not progress.cancelled:  # a Cancel pressed after the last file changes nothing
        progress.step(total, total, "")
    return WorkbookFolderResult(folder, total, written, skipped, plan.without_mentees, stopped)
