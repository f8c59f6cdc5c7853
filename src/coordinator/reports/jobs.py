"""Producing a report or an export end to end: here, or in a separate process for the window.

reportlab holds the interpreter lock while it lays out pages, so the window asks for reports through
`generate_in_subprocess`: the window stays responsive and Cancel stops the process at once.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator.db.enums import Role
from coordinator.errors import CoordinatorError
from coordinator.progress import NO_PROGRESS, Cancelled, Progress

if TYPE_CHECKING:
    from coordinator.db.engine import Database

log = logging.getLogger(__name__)


class ReportKind(enum.StrEnum):
    YEAR_END = "year-end"
    COHORT = "cohort"
    MENTEE_LOG = "mentee-log"
    CERTIFICATES = "certificates"


REPORT_TITLES = {
    ReportKind.YEAR_END: "End-of-year program report",
    ReportKind.COHORT: "Mentor cohort report",
    ReportKind.MENTEE_LOG: "Mentee log",
    ReportKind.CERTIFICATES: "Certificates",
}


@dataclass(frozen=True)
class ReportRequest:
    """What to print. Ids are person ids; `recipients` says whose certificates."""

    kind: ReportKind
    program_year_id: int
    mentor_id: int | None = None
    mentee_id: int | None = None
    recipients: Role = Role.MENTEE
    include_private_notes: bool = False
    language: str = "en"  # of certificates and mentee logs: "en" or "es"


def generate_report(
    db: Database, request: ReportRequest, path: Path, progress: Progress = NO_PROGRESS
) -> Path:
    """Build the report's data, then write the PDF (owner-only, all or nothing)."""
    # each kind imports only what it uses: a command line run pays for one report's modules
    year_id = request.program_year_id
    if request.kind == ReportKind.YEAR_END:
        from coordinator.reports.year_end import write_year_end_report
        from coordinator.services.reporting.year_end import build_year_end_report
        from coordinator.tools.gc_pause import collector_paused

        # Millions of small acyclic objects (rows, figures, flowables): the cycle collector's
        # passes over them cost a fifth of the large demo's report; it runs once at the end.
        with collector_paused():
            with db.reading() as session:
                report = build_year_end_report(session, year_id, progress=progress)
            return write_year_end_report(report, path, progress)
    from coordinator.services.reporting import mentee_logs, year_end

    if request.kind == ReportKind.COHORT:
        from coordinator.reports.cohort import write_cohort_report

        if request.mentor_id is None:
            raise CoordinatorError("Choose the mentor whose cohort report you want.")
        with db.reading() as session:
            cohort = year_end.build_cohort_report(session, year_id, request.mentor_id)
        return write_cohort_report(cohort, path, progress)
    if request.kind == ReportKind.MENTEE_LOG:
        from coordinator.reports.mentee_log import write_mentee_logs

        with db.reading() as session:
            if request.mentee_id is not None:
                mentees = [request.mentee_id]
            elif request.mentor_id is not None:
                mentees = mentee_logs.cohort_mentee_ids(session, year_id, request.mentor_id)
            else:
                raise CoordinatorError("Choose a mentee, or a mentor for the whole cohort's logs.")
            if not mentees:
                raise CoordinatorError("This mentor has no mentees this year; there is no log.")
            logs = mentee_logs.build_mentee_logs(
                session,
                year_id,
                mentees,
                include_private_notes=request.include_private_notes,
                language=request.language,
            )
        return write_mentee_logs(logs, path, progress, request.language)
    with db.reading() as session:
        certificates = mentee_logs.build_certificates(
            session, year_id, role=request.recipients, person_ids=_certificate_ids(session, request)
        )
    if not certificates:
        raise CoordinatorError(
            "Nobody in this selection has completed the year yet: close the year (Close year… "
            "on the Dashboard, or coordinator year close) to record who completed."
        )
    from coordinator.reports.certificates import write_certificates

    return write_certificates(certificates, path, progress, request.language)


def _certificate_ids(session: Any, request: ReportRequest) -> list[int] | None:
    from coordinator.services.reporting import mentee_logs

    if request.recipients == Role.MENTEE:
        if request.mentee_id is not None:
            return [request.mentee_id]
        if request.mentor_id is not None:
            ids = mentee_logs.cohort_mentee_ids(session, request.program_year_id, request.mentor_id)
            return ids or None
        return None
    return [request.mentor_id] if request.mentor_id is not None else None


# -- a separate process, for the window ------------------------------------------------------


def _child(
    db_url: str, request: ReportRequest, path: str, messages: Any, money_locale: str
) -> None:
    from coordinator.crash_report import stripped_traceback
    from coordinator.db.opening import open_database
    from coordinator.log import setup_logging
    from coordinator.services.pay.money import use_locale

    setup_logging()
    use_locale(money_locale)  # amounts as the window writes them

    def report(done: int, total: int, message: str) -> None:
        messages.put(("progress", done, total, message))

    try:
        db = open_database(db_url, read_only=True)
        try:
            generate_report(db, request, Path(path), Progress(report))
        finally:
            db.dispose()
    except CoordinatorError as exc:
        messages.put(("failed", str(exc)))
    except Exception as exc:  # a bug: the window shows it in the crash dialog
        traceback_text = stripped_traceback(exc)
        log.error("unexpected error while writing a report\n%s", traceback_text)
        messages.put(("bug", traceback_text))
    else:
        messages.put(("done", path))


class ReportProcess:
    """A report being laid out in a child process.

    Create it on the thread that owns the window (starting a process imports modules, which is
    unsafe in a worker thread under PySide), then `wait()` for it in a worker.
    """

    def __init__(self, db: Database, request: ReportRequest, path: Path) -> None:
        # imported here, on the window's thread, not by every command that names a report kind
        import multiprocessing
        import queue

        from coordinator.crash_report import BugElsewhere

        self._empty, self._bug = queue.Empty, BugElsewhere
        context = multiprocessing.get_context("spawn")
        self.path = Path(path)
        self._messages = context.Queue()
        from coordinator.services.pay.money import money_locale

        db_url = db.url.render_as_string(hide_password=False)
        self._child = context.Process(
            target=_child,
            args=(db_url, request, str(self.path), self._messages, money_locale()),
            daemon=True,
        )
        self._child.start()

    def wait(self, progress: Progress = NO_PROGRESS) -> Path:
        """Relay the child's progress until the PDF is written; Cancel ends the child."""
        try:
            while True:
                try:
                    message = self._messages.get(timeout=0.1)
                except self._empty:
                    if progress.cancelled:
                        raise Cancelled() from None
                    if not self._child.is_alive() and self._messages.empty():
                        raise CoordinatorError(
                            "The report process stopped unexpectedly; nothing was written."
                        ) from None
                    continue
                if message[0] == "progress":
                    progress.step(message[1], message[2], message[3])
                elif message[0] == "failed":
                    raise CoordinatorError(message[1])
                elif message[0] == "bug":
                    raise self._bug("the report process", message[1])
                else:
                    return Path(message[1])
        except Cancelled:
            self._child.terminate()
            raise
        finally:
            self._child.join(5)
            if self._child.pid is not None:
                part = self.path.with_name(f".{self.path.name}.{self._child.pid}.part")
                part.unlink(missing_ok=True)
            self._messages.close()


def generate_in_subprocess(
    db: Database, request: ReportRequest, path: Path, progress: Progress = NO_PROGRESS
) -> Path:
    """Like `generate_report`, in a child process; Cancel (via `progress`) ends the child."""
    return ReportProcess(db, request, path).wait(progress)


def write_year_export(
    db: Database,
    program_year_id: int,
    kind: str,
    path: Path,
    *,
    redact_contacts: bool = False,
    include_private_notes: bool = False,
    progress: Progress = NO_PROGRESS,
) -> tuple[Path, int]:
    """Export one table of the year (people, assignments, checkins, compliance, funds) as xlsx
    or csv.

    Returns the file and its number of data rows.
    """
    from coordinator.reports.excel import write_export_counted
    from coordinator.services.reporting.exports import build_export

    if kind == "evidence-of-impact":
        from coordinator.reports.evidence_of_impact import write_evidence_workbook

        return write_evidence_workbook(db, program_year_id, path, progress)
    progress.step(0, 1, "Reading the program year")
    with db.reading() as session:  # a check-ins table streams its rows: written inside
        table = build_export(
            session, program_year_id, kind, include_private_notes=include_private_notes
        )
        rows = write_export_counted(table, path, redact_contacts=redact_contacts, progress=progress)
    return Path(path), rows
