"""Importing a survey export into a program year, and undoing such an import.

One transaction, under the same import lock as a roster import (db/locks.py): the batch, its
responses and their answers are written together or not at all. A dry run does all of it and
rolls back, which is what the window's preview shows. Undo removes the batch's responses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.locks import hold_imports
from coordinator.db.models import (
    ImportBatch,
    ImportKind,
    ImportStatus,
    ProgramYear,
    SurveyAnswer,
    SurveyInstrument,
    SurveyResponse,
)
from coordinator.errors import NotFoundError, RefusedError, UnreadableInputError
from coordinator.importing.problem import Problem
from coordinator.importing.roster.apply import now
from coordinator.importing.summary import DRY_RUN, counts_text
from coordinator.importing.surveys.answers import RowOutcome, SurveyPlan, plan_rows
from coordinator.importing.surveys.export_reader import IgnoredColumn, read_export
from coordinator.services import audit
from coordinator.services.safety.backups import backup_before
from coordinator.services.surveys.instruments import question_refs
from coordinator.services.surveys.responses import asked_people
from coordinator.tools.text import count_of

COUNT_NAMES = ("new", "matched", "unmatched", "invalid")


class _DryRun(Exception):
    pass


@dataclass
class SurveyImportResult:
    file_name: str
    instrument: str
    dry_run: bool
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_NAMES, 0))
    problems: list[Problem] = field(default_factory=list)  # unmatched and invalid rows
    duplicates: list[Problem] = field(default_factory=list)
    ignored: list[IgnoredColumn] = field(default_factory=list)
    missing_questions: list[str] = field(default_factory=list)
    outcomes: list[RowOutcome] = field(default_factory=list)  # one per data row, in order
    mapping: dict[str, str] = field(default_factory=dict)  # field -> the file's header
    batch_id: int | None = None

    @property
    def line(self) -> str:
        """`new=N matched=N unmatched=N invalid=N`, the batch when one was written."""
        line = counts_text(self.counts)
        if self.batch_id is not None and not self.dry_run:
            line += f" batch={self.batch_id}"
        return f"{DRY_RUN}: {line}" if self.dry_run else line

    def words(self) -> str:
        c = self.counts
        line = (
            f"{count_of(c['new'], 'new answer')}, {count_of(c['matched'], 'row')} matched to "
            f"people, {c['unmatched']:,} unmatched, {c['invalid']:,} with problems"
        )
        if self.duplicates:
            line += f", {count_of(len(self.duplicates), 'earlier submission')} left aside"
        return ("Dry run (nothing changed): " if self.dry_run else "") + line + "."


def _instrument(session: Session, program_year_id: int, instrument_id: int) -> SurveyInstrument:
    year = session.get(ProgramYear, program_year_id)
    instrument = session.get(SurveyInstrument, instrument_id)
    if year is None:
        raise NotFoundError(f"There is no program year {program_year_id}.")
    if instrument is None or instrument.program_id != year.program_id:
        raise NotFoundError("That survey instrument does not belong to this program.")
    return instrument


def import_survey_answers(
    db: Database,
    path: Path | str,
    *,
    program_year_id: int,
    instrument_id: int,
    dry_run: bool = False,
) -> SurveyImportResult:
    """Import one export's answers to one instrument; the same export twice adds nothing."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableInputError(f"{path.name}: there is no such file ({path}).")
    with db.reading() as session:
        instrument = _instrument(session, program_year_id, instrument_id)
        questions = question_refs(instrument)
        name = instrument.name
    export = read_export(path, questions)
    result = SurveyImportResult(export.file_name, name, dry_run)
    result.ignored = export.ignored
    result.missing_questions = export.missing_questions
    result.mapping = dict(export.where.headers)
    if not dry_run:
        backup_before(db, "survey import")
    try:
        with db.transaction() as session:
            hold_imports(session)
            instrument = _instrument(session, program_year_id, instrument_id)
            asked = asked_people(session, program_year_id, instrument.respondent)
            known = set(
                session.scalars(
                    select(SurveyResponse.source_key).where(
                        SurveyResponse.instrument_id == instrument_id,
                        SurveyResponse.program_year_id == program_year_id,
                    )
                )
            )
            plan = plan_rows(
                export,
                questions,
                asked,
                instrument_id=instrument_id,
                program_year_id=program_year_id,
                role_word=instrument.respondent.label.lower(),
                known_keys=known,
            )
            _store(
                session,
                result,
                plan,
                export.file_name,
                export.sha256,
                known,
                instrument_id,
                program_year_id,
            )
            if dry_run:
                raise _DryRun()
    except _DryRun:
        result.batch_id = None
    return result


def _store(
    session: Session,
    result: SurveyImportResult,
    plan: SurveyPlan,
    file_name: str,
    sha256: str,
    known: set[str],
    instrument_id: int,
    program_year_id: int,
) -> None:
    result.problems = plan.problems
    result.duplicates = plan.duplicates
    result.outcomes = [plan.outcomes[row] for row in sorted(plan.outcomes)]
    fresh = [p for p in plan.responses if p.source_key not in known]
    result.counts.update(
        new=len(fresh), matched=plan.matched, unmatched=plan.unmatched, invalid=plan.invalid
    )
    batch = ImportBatch(
        kind=ImportKind.SURVEY,
        file_name=file_name,
        content_hash=sha256,
        mapping={
            "instrument_id": instrument_id,
            "program_year_id": program_year_id,
            "columns": result.mapping,
        },
        counts=dict(result.counts),
        actor=audit.current_actor(),
    )
    session.add(batch)
    session.flush()
    for planned in fresh:
        response = SurveyResponse(
            instrument_id=instrument_id,
            program_year_id=program_year_id,
            person_id=planned.person_id,
            submitted_at=planned.submitted_at,
            source_key=planned.source_key,
            batch_id=batch.id,
            row_number=planned.row,
        )
        response.answers = [
            SurveyAnswer(question_id=qid, number=number, text=text)
            for qid, (number, text) in planned.answers.items()
        ]
        session.add(response)
    audit.record(
        session,
        "survey.import",
        "import_batch",
        batch.id,
        after={"instrument_id": instrument_id, **result.counts},
        batch_id=batch.id,
    )
    session.flush()
    result.batch_id = batch.id


@dataclass(frozen=True)
class SurveyUndoResult:
    batch_id: int
    removed: int

    def summary(self) -> str:
        return f"Undid survey import {self.batch_id}: removed={self.removed}"


def undo_survey_import(db: Database, batch_id: int) -> SurveyUndoResult:
    """Remove every response one survey import added, in one transaction."""
    backup_before(db, "undo survey import")
    with db.transaction() as session:
        hold_imports(session)
        batch = session.get(ImportBatch, batch_id)
        if batch is None or batch.kind is not ImportKind.SURVEY:
            raise NotFoundError(f"There is no survey import {batch_id}.")
        if batch.status is not ImportStatus.APPLIED:
            raise RefusedError(f"Survey import {batch_id} was already undone.")
        ids = list(
            session.scalars(select(SurveyResponse.id).where(SurveyResponse.batch_id == batch_id))
        )
        if ids:
            session.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id.in_(ids)))
            session.execute(delete(SurveyResponse).where(SurveyResponse.id.in_(ids)))
        batch.status = ImportStatus.UNDONE
        batch.undone_at = now()
        audit.record(
            session,
            "survey.import.undo",
            "import_batch",
            batch_id,
            before={"status": "applied"},
            after={"status": "undone", "removed": len(ids)},
            batch_id=batch_id,
        )
    return SurveyUndoResult(batch_id, len(ids))


@dataclass(frozen=True)
class SurveyBatch:
    id: int
    file_name: str
    instrument: str
    created_at: str
    counts: str
    applied: bool


def survey_batches(session: Session, program_year_id: int) -> list[SurveyBatch]:
    """The survey imports into this program year, newest first."""
    query = select(SurveyInstrument.id, SurveyInstrument.name)
    names: dict[int, str] = {i: n for i, n in session.execute(query)}  # noqa: C416 - Rows
    batches = []
    for batch in session.scalars(
        select(ImportBatch)
        .where(ImportBatch.kind == ImportKind.SURVEY)
        .order_by(ImportBatch.id.desc())
    ):
        mapping = batch.mapping or {}
        if mapping.get("program_year_id") != program_year_id:
            continue
        batches.append(
            SurveyBatch(
                id=batch.id,
                file_name=batch.file_name,
                instrument=names.get(int(mapping.get("instrument_id") or 0), ""),
                created_at=batch.created_at.strftime("%Y-%m-%d %H:%M"),
                counts=counts_text({k: int(batch.counts.get(k, 0)) for k in COUNT_NAMES}),
                applied=batch.status is ImportStatus.APPLIED,
            )
        )
    return batches
