"""Nudges as e-mail drafts: one .eml per person that Outlook and Thunderbird open as an unsent,
editable message (`X-Unsent: 1`), and a `mailto:` link for one person.

No mail server and no credential: the coordinator reviews each draft and sends it themself.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default
from email.utils import formataddr
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.models import Person, ProgramYear
from coordinator.errors import NotFoundError, RefusedError
from coordinator.importing.checkins.workbook_folder import workbook_file_name
from coordinator.services.week.nudge_log import record_nudges
from coordinator.services.week.nudge_templates import NudgeTemplate, fill
from coordinator.services.week.nudges import NudgePlan, NudgeRecipient
from coordinator.tools.file_names import portable_file_name, unique_file_names
from coordinator.tools.private_files import write_private_bytes

EML_POLICY = default.clone(linesep="\r\n")  # what mail programs write and expect in a .eml file
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@dataclass(frozen=True)
class DraftsResult:
    folder: Path
    written: list[str] = field(default_factory=list)
    without_email: list[str] = field(default_factory=list)  # display names, for the user only

    @property
    def line(self) -> str:
        return f"drafts={len(self.written)}"


def draft_message(
    recipient: NudgeRecipient,
    template: NudgeTemplate,
    attachment: tuple[str, bytes] | None = None,
) -> EmailMessage:
    """The unsent message: To, Subject, a plain-text UTF-8 body, and the workbook if given."""
    filled = fill(template, recipient.fields)
    message = EmailMessage(policy=EML_POLICY)
    message["To"] = formataddr((recipient.name, recipient.email or ""))
    message["Subject"] = filled.subject
    message["X-Unsent"] = "1"
    message.set_content(filled.body, charset="utf-8", cte="quoted-printable")
    if attachment is not None:
        name, data = attachment
        message.add_attachment(data, maintype=XLSX[0], subtype=XLSX[1], filename=name)
    return message


def mailto_url(recipient: NudgeRecipient, template: NudgeTemplate) -> str:
    """A `mailto:` link that opens the system mail program on this one filled-in nudge."""
    if not recipient.email:
        raise RefusedError("This person has no e-mail address; add one on the People page.")
    filled = fill(template, recipient.fields)
    return (
        f"mailto:{quote(recipient.email, safe='@')}"
        f"?subject={quote(filled.subject, safe='')}&body={quote(filled.body, safe='')}"
    )


def draft_file_name(recipient: NudgeRecipient, reason_label: str) -> str:
    key = recipient.employee_id or f"#{recipient.person_id}"
    return portable_file_name(f"{recipient.filed_name} ({key}) - nudge {reason_label}", ".eml")


def write_drafts(
    db: Database,
    plan: NudgePlan,
    template: NudgeTemplate,
    folder: Path,
    *,
    attach_workbook: bool = False,
) -> DraftsResult:
    """One draft per recipient with an e-mail into `folder` (owner-only files), then one audit
    entry for the batch. A mentor's draft can carry their check-in workbook."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise RefusedError(f"{folder} is a file, not a folder; choose a folder for the drafts.")
    with_email = [r for r in plan.recipients if r.email]
    if not with_email:
        raise NotFoundError(
            "No one to nudge has an e-mail address"
            if plan.recipients
            else "No one on this week's list matches this nudge."
        )
    fill(template, {})  # a broken template is refused before any file is written
    folder.mkdir(parents=True, exist_ok=True)
    names = unique_file_names(draft_file_name(r, plan.reason.label) for r in with_email)
    written: list[str] = []
    with db.reading() as session:
        year = session.get(ProgramYear, plan.program_year_id)
        for recipient, name in zip(with_email, names, strict=True):
            attachment = None
            if attach_workbook and recipient.is_mentor and year is not None:
                attachment = _workbook(session, year, recipient.person_id, plan.language)
            message = draft_message(recipient, template, attachment)
            write_private_bytes(folder / name, message.as_bytes(policy=EML_POLICY))
            written.append(name)
    _log(db, plan, [r.person_id for r in with_email])
    return DraftsResult(folder, written, [r.name for r in plan.without_email])


def mailed(db: Database, plan: NudgePlan) -> None:
    """Log a nudge opened in the mail program through `mailto_url`."""
    _log(db, plan, [r.person_id for r in plan.recipients if r.email])


def _log(db: Database, plan: NudgePlan, person_ids: list[int]) -> None:
    with db.transaction() as session:
        record_nudges(
            session,
            plan.program_year_id,
            why=plan.reason.value,
            audience=plan.audience.value,
            person_ids=person_ids,
            template=plan.reason.value,
            today=plan.today,
        )


def _workbook(
    session: Session, year: ProgramYear, mentor_id: int, language: str
) -> tuple[str, bytes] | None:
    """The mentor's check-in workbook as bytes (in the drafts' language), made in a private
    temporary folder."""
    from coordinator.importing.checkins.workbook_format import write_checkin_workbook  # openpyxl

    mentor = session.get(Person, mentor_id)
    if mentor is None:
        return None
    name = workbook_file_name(mentor, year.program.name, year.label, language)
    with tempfile.TemporaryDirectory(prefix="coordinator-") as tmp:
        path = Path(tmp) / "workbook.xlsx"
        try:
            write_checkin_workbook(session, year.id, mentor_id, path, language=language)
        except NotFoundError:  # no mentees assigned: the draft goes without a workbook
            return None
        return name, path.read_bytes()
