"""Adding a person by hand and editing one: checked, audited, and never over someone's change.

A coordinator adds the new hire the HR roster has not caught up with, or fixes an e-mail. Every
problem names the field it is about (`CoordinatorError.field` is the `PersonForm` attribute), and
no message holds a name or an e-mail: another person is named by their employee ID.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.models import Campus, Person, PersonStatus
from coordinator.errors import CoordinatorError, NotFoundError
from coordinator.services import audit, stale_edits
from coordinator.services.cohorts.assignments import mark_left_district

# A name, an @, and a domain with a dot: enough to catch a typo, not an RFC 5322 parser.
EMAIL_SHAPE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
EARLIEST_HIRE = dt.date(1950, 1, 1)
HIRE_AHEAD_DAYS = 366  # a new hire may be on the roster months before they start
# What a coordinator calls each field another coordinator may have changed, in form order.
FORM_WORDS = {
    "first_name": "the first name",
    "last_name": "the last name",
    "preferred_name": "the preferred name",
    "employee_id": "the employee ID",
    "email": "the e-mail address",
    "campus_id": "the campus",
    "position": "the position",
    "subject": "the subject",
    "grade": "the grade level",
    "hire_date": "the hire date",
    "status": "the status",
    "left_on": "the day they left",
}
# What the audit keeps, by the names the audit view words ("campus" is the campus's name).
AUDIT_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "employee_id",
    "email",
    "campus",
    "position",
    "subject",
    "grade",
    "hire_date",
    "status",
    "left_on",
)


@dataclass(frozen=True)
class PersonForm:
    """The fields a coordinator knows about a person, as typed (blank is "")."""

    first_name: str = ""
    last_name: str = ""
    preferred_name: str = ""
    employee_id: str = ""
    email: str = ""
    campus_id: int | None = None
    position: str = ""
    subject: str = ""
    grade: str = ""
    hire_date: dt.date | None = None
    status: PersonStatus = PersonStatus.ACTIVE
    left_on: dt.date | None = None
    version: int | None = None  # the row's version when it was opened; None for a new person


@dataclass(frozen=True)
class CampusChoice:
    id: int
    name: str


def campus_choices(session: Session) -> list[CampusChoice]:
    """Every campus by name, for the person dialog's chooser."""
    rows = session.execute(select(Campus.id, Campus.name).order_by(Campus.name))
    return [CampusChoice(id=i, name=name) for i, name in rows]


def person_form(session: Session, person_id: int) -> PersonForm:
    """A person's editable fields and version, to fill the dialog."""
    person = _load(session, person_id)
    return PersonForm(
        first_name=person.first_name,
        last_name=person.last_name,
        preferred_name=person.preferred_name or "",
        employee_id=person.employee_id or "",
        email=person.email or "",
        campus_id=person.campus_id,
        position=person.position or "",
        subject=person.subject or "",
        grade=person.grade or "",
        hire_date=person.hire_date,
        status=person.status,
        left_on=person.left_on,
        version=person.version,
    )


def add_person(session: Session, form: PersonForm, *, today: dt.date) -> int:
    """Check and store a new person (always active); returns their id."""
    clean = _checked(session, form, None, today)
    person = Person(first_name=clean.first_name, last_name=clean.last_name)
    _apply(person, clean)
    person.status = PersonStatus.ACTIVE
    session.add(person)
    session.flush()
    audit.record(
        session,
        "add",
        "person",
        person.id,
        after=_audit_values(session, person),
        person_id=person.id,
    )
    return person.id


def edit_person(
    session: Session,
    person_id: int,
    form: PersonForm,
    *,
    today: dt.date,
    opened: PersonForm | None = None,
    overwrite: bool = False,
) -> None:
    """Check and store a changed person; refused when the row changed since `form.version`,
    naming what changed since `opened` (the form as the dialog read it), unless `overwrite`
    (then saved over the other change, audited as such).

    Marking someone as having left the district ends their assignments and enrollments too
    (see `mark_left_district`); marking them active again clears the day they left.
    """
    person = _load(session, person_id)
    if form.version is not None and person.version != form.version:
        current = person_form(session, person_id)
        stale_edits.settle(
            session,
            "person",
            person_id,
            seen_version=form.version,
            current_version=person.version,
            seen=vars(opened or current),
            current=vars(current),
            words=FORM_WORDS,
            overwrite=overwrite,
            person_id=person_id,
        )
    clean = _checked(session, form, person_id, today)
    before = _audit_values(session, person)
    leaving = clean.status == PersonStatus.LEFT and person.status != PersonStatus.LEFT
    _apply(person, dataclasses.replace(clean, status=person.status, left_on=person.left_on))
    if not leaving:
        person.status = clean.status
        person.left_on = clean.left_on if clean.status == PersonStatus.LEFT else None
    session.flush()
    audit.record_edit(
        session,
        "edit",
        "person",
        person_id,
        before=before,
        after=_audit_values(session, person),
        person_id=person_id,
    )
    if leaving:
        assert clean.left_on is not None  # _checked asks for it
        mark_left_district(session, person_id, on=clean.left_on)


def _load(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("That person is no longer in the database; reopen the People page.")
    return person


def _checked(
    session: Session, form: PersonForm, person_id: int | None, today: dt.date
) -> PersonForm:
    """The form with its text stripped, or the first problem, naming its field."""
    clean = dataclasses.replace(
        form,
        **{
            f.name: getattr(form, f.name).strip()
            for f in dataclasses.fields(form)
            if isinstance(getattr(form, f.name), str)
        },
    )
    if not clean.first_name:
        raise CoordinatorError("Type the first name.", field="first_name")
    if not clean.last_name:
        raise CoordinatorError("Type the last name.", field="last_name")
    if clean.employee_id:
        other = session.scalar(
            select(Person.id).where(
                func.lower(Person.employee_id) == clean.employee_id.lower(),
                Person.id != (person_id or -1),
            )
        )
        if other is not None:
            raise CoordinatorError(
                f"Another person already has the employee ID {clean.employee_id}; each person "
                "needs their own. Type that ID in the People filter to find them.",
                field="employee_id",
            )
    if clean.email and not EMAIL_SHAPE.fullmatch(clean.email):
        raise CoordinatorError(
            "That e-mail address is not complete: it needs a name, an @ and a domain, "
            "like name@district.org.",
            field="email",
        )
    if clean.campus_id is not None and session.get(Campus, clean.campus_id) is None:
        raise CoordinatorError("That campus is no longer in the database.", field="campus_id")
    if clean.hire_date is not None:
        latest = today + dt.timedelta(days=HIRE_AHEAD_DAYS)
        if clean.hire_date < EARLIEST_HIRE:
            raise CoordinatorError(
                f"The hire date {clean.hire_date.isoformat()} is before "
                f"{EARLIEST_HIRE.year}; check the year.",
                field="hire_date",
            )
        if clean.hire_date > latest:
            raise CoordinatorError(
                f"The hire date {clean.hire_date.isoformat()} is more than a year from today; "
                "check the year.",
                field="hire_date",
            )
    if clean.status == PersonStatus.LEFT and clean.left_on is None:
        raise CoordinatorError("Type the day they left the district.", field="left_on")
    return clean


def _apply(person: Person, form: PersonForm) -> None:
    person.first_name = form.first_name
    person.last_name = form.last_name
    person.preferred_name = form.preferred_name or None
    person.employee_id = form.employee_id or None
    person.email = form.email or None
    person.campus_id = form.campus_id
    person.position = form.position or None
    person.subject = form.subject or None
    person.grade = form.grade or None
    person.hire_date = form.hire_date
    person.status = form.status
    person.left_on = form.left_on


def _audit_values(session: Session, person: Person) -> dict[str, Any]:
    campus = session.get(Campus, person.campus_id) if person.campus_id is not None else None
    values = audit.snapshot(person, [f for f in AUDIT_FIELDS if f != "campus"])
    values["campus"] = campus.name if campus is not None else None
    return {f: values[f] for f in AUDIT_FIELDS}
