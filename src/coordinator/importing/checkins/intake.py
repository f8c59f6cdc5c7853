"""One way in for check-in files, whatever their shape: the Check-ins page and the CLI use it.

The file is recognised by what is inside it, not by its name's ending: a workbook carrying
Coordinator's hidden settings sheet and its Check-ins sheet is a returned mentor log (it knows
its own program year and mentor); a file whose header row reads as a survey form's (timestamp,
e-mail, mentee, meeting type, minutes) is a survey export, imported into the chosen program year.
"""

from __future__ import annotations

from pathlib import Path

from coordinator.db.engine import Database
from coordinator.errors import RefusedError, UnreadableInputError
from coordinator.importing.checkins.result import CheckinFileShape, CheckinImportResult
from coordinator.importing.checkins.survey_reader import import_survey
from coordinator.importing.checkins.workbook_format import is_checkin_workbook
from coordinator.importing.checkins.workbook_reader import import_checkin_workbook
from coordinator.progress import NO_PROGRESS, Progress


def checkin_file_shape(path: Path) -> CheckinFileShape:
    """A returned mentor workbook (by its sheets), else a survey export (by its headers)."""
    if is_checkin_workbook(path):
        return CheckinFileShape.WORKBOOK
    return CheckinFileShape.SURVEY


def import_checkin_file(
    db: Database,
    path: Path | str,
    *,
    program_year_id: int | None,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> CheckinImportResult:
    """Import a returned mentor workbook or a survey export; a survey export needs the program
    year (refused with field "program_year_id" without one). Importing a file twice adds
    nothing the second time."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableInputError(f"{path.name}: there is no such file ({path}).")
    if checkin_file_shape(path) is CheckinFileShape.WORKBOOK:
        return import_checkin_workbook(db, path, dry_run=dry_run, progress=progress)
    if program_year_id is None:
        raise RefusedError(
            f"{path.name} is not a Coordinator check-in workbook. To import it as a "
            "survey-form export, choose the program year it belongs to.",
            field="program_year_id",
        )
    return import_survey(
        db, path, program_year_id=program_year_id, dry_run=dry_run, progress=progress
    )
