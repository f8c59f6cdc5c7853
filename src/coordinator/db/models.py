"""The whole domain model: campuses, people, programs, cohorts, check-ins, imports and audit.

The district, program and check-in models live here; the record-keeping ones (imports, audit,
settings) in db/models_records.py and the shared base in db/base.py, all re-exported, so
`from coordinator.db.models import X` works for every model (and Alembic sees every table).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordinator.db.base import (  # re-exported: Alembic's env and the tests use Base
    NAMING_CONVENTION as NAMING_CONVENTION,
    Base as Base,
    Versioned as Versioned,
    utcnow,
)
from coordinator.db.enums import (  # re-exported: the models' vocabulary
    CHECKIN_KIND_LABELS as CHECKIN_KIND_LABELS,
    CampusLevel as CampusLevel,
    CheckinKind as CheckinKind,
    EnrollmentStatus as EnrollmentStatus,
    ImportKind as ImportKind,
    ImportStatus as ImportStatus,
    PersonStatus as PersonStatus,
    Role as Role,
    RowAction as RowAction,
    TrainingKind as TrainingKind,
    text_enum,
)
from coordinator.db.models_access import (  # re-exported: one place to import every model
    CampusAccess as CampusAccess,
)
from coordinator.db.models_meeting_times import (  # re-exported: designated meeting times
    MeetingTime as MeetingTime,
)
from coordinator.db.models_milestones import (  # re-exported: one place to import every model
    MilestoneReceipt as MilestoneReceipt,
)
from coordinator.db.models_outcomes import (  # re-exported: the roster snapshots
    RosterEntry as RosterEntry,
    RosterSnapshot as RosterSnapshot,
)
from coordinator.db.models_pay import (  # re-exported: money (pay runs, ledger, budget)
    AllotmentBudget as AllotmentBudget,
    CampusCoordinator as CampusCoordinator,
    LedgerEntry as LedgerEntry,
    PayLine as PayLine,
    PayrollProfile as PayrollProfile,
    PayRun as PayRun,
)
from coordinator.db.models_records import (  # re-exported: one place to import every model
    AuditEntry as AuditEntry,
    ImportBatch as ImportBatch,
    ImportRow as ImportRow,
    MappingProfile as MappingProfile,
    Setting as Setting,
)
from coordinator.db.models_surveys import (  # re-exported: the survey tables
    SurveyAnswer as SurveyAnswer,
    SurveyInstrument as SurveyInstrument,
    SurveyQuestion as SurveyQuestion,
    SurveyResponse as SurveyResponse,
)
from coordinator.db.models_year_close import (  # re-exported: a closed year's outcomes
    MenteeOutcome as MenteeOutcome,
    Outcome as Outcome,
    YearClose as YearClose,
)
from coordinator.tools import names

# --- district -----------------------------------------------------------------------------------


class Campus(Versioned, Base):
    __tablename__ = "campus"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    level: Mapped[CampusLevel] = mapped_column(
        text_enum(CampusLevel, "campus_level"), default=CampusLevel.OTHER
    )
    region: Mapped[str | None] = mapped_column(String(100))

    people: Mapped[list[Person]] = relationship(back_populates="campus")


class Person(Versioned, Base):
    """Anyone from a roster, keyed by the district's employee ID; e-mail is the fallback key."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_name", "last_name", "first_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(String(200))
    grade: Mapped[str | None] = mapped_column(String(60))
    campus_id: Mapped[int | None] = mapped_column(ForeignKey("campus.id"), index=True)
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    # years of teaching experience as the roster or the People page gives it: a mentee is a
    # beginning teacher while it is below the pack's threshold (19 TAC §153.1011(a)(1))
    years_experience: Mapped[int | None] = mapped_column(Integer)
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    appraiser_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[PersonStatus] = mapped_column(
        text_enum(PersonStatus, "person_status"), default=PersonStatus.ACTIVE, index=True
    )
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    created_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    campus: Mapped[Campus | None] = relationship(back_populates="people")
    supervisor: Mapped[Person | None] = relationship(
        remote_side="Person.id", foreign_keys=[supervisor_id]
    )
    appraiser: Mapped[Person | None] = relationship(
        remote_side="Person.id", foreign_keys=[appraiser_id]
    )
    mentor_profile: Mapped[MentorProfile | None] = relationship(
        back_populates="person", uselist=False
    )

    @property
    def display_name(self) -> str:
        return names.display_name(
            first=self.first_name, preferred=self.preferred_name, last=self.last_name
        )

    @property
    def sort_key(self) -> str:
        return names.name_sort_key(
            first=self.first_name, preferred=self.preferred_name, last=self.last_name
        )


Index("ix_person_email_lower", func.lower(Person.email))
# Without an employee ID, the normalised e-mail is the person's key: two imports at once can
# never add the same person twice.
Index(
    "uq_person_email_without_id",
    func.lower(func.trim(Person.email)),
    unique=True,
    sqlite_where=Person.employee_id.is_(None) & Person.email.is_not(None),  # PostgreSQL's: below
)


# --- programs -----------------------------------------------------------------------------------


class RulePack(Versioned, Base):
    """A program's rules as data: contact minimums, deadlines, caps, qualifications, topics."""

    __tablename__ = "rule_pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Program(Versioned, Base):
    __tablename__ = "program"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    rule_pack_id: Mapped[int] = mapped_column(ForeignKey("rule_pack.id"))
    match_weights: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    rule_pack: Mapped[RulePack] = relationship()
    years: Mapped[list[ProgramYear]] = relationship(
        back_populates="program", order_by="ProgramYear.start_date"
    )
    topics: Mapped[list[Topic]] = relationship(
        back_populates="program", order_by="Topic.sort_order"
    )


class ProgramYear(Versioned, Base):
    __tablename__ = "program_year"
    __table_args__ = (UniqueConstraint("program_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    label: Mapped[str] = mapped_column(String(40))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)

    program: Mapped[Program] = relationship(back_populates="years")
    semesters: Mapped[list[Semester]] = relationship(
        back_populates="program_year", order_by="Semester.start_date"
    )


class Semester(Base):
    __tablename__ = "semester"
    __table_args__ = (UniqueConstraint("program_year_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"))
    name: Mapped[str] = mapped_column(String(60))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)

    program_year: Mapped[ProgramYear] = relationship(back_populates="semesters")


class Topic(Base):
    __tablename__ = "topic"
    __table_args__ = (UniqueConstraint("program_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"))
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    program: Mapped[Program] = relationship(back_populates="topics")


# --- mentors, enrollments, assignments ----------------------------------------------------------


class MentorProfile(Versioned, Base):
    __tablename__ = "mentor_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    years_experience: Mapped[int | None] = mapped_column(Integer)
    teaches_six_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="mentor_profile")
    trainings: Mapped[list[MentorTraining]] = relationship(
        back_populates="profile", order_by="MentorTraining.completed_on"
    )


class MentorTraining(Base):
    """One training a person completed: a mentor's, or a campus or district leader's (TEC
    §21.458(b-1) trains "appropriate district and campus employees" too; their profile holds
    their trainings and nothing makes them a mentor)."""

    __tablename__ = "mentor_training"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("mentor_profile.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    completed_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[TrainingKind] = mapped_column(
        text_enum(TrainingKind, "training_kind"),
        default=TrainingKind.APPROVED,
        server_default=TrainingKind.APPROVED.value,  # rows from before kinds were the approved one
    )
    provider: Mapped[str | None] = mapped_column(String(200))
    minutes: Mapped[int | None] = mapped_column(Integer)  # the hours, kept as whole minutes

    profile: Mapped[MentorProfile] = relationship(back_populates="trainings")


class Enrollment(Versioned, Base):
    """A person plays a role (mentor or mentee) in a program year."""

    __tablename__ = "enrollment"
    __table_args__ = (UniqueConstraint("program_year_id", "person_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[Role] = mapped_column(text_enum(Role, "role"))
    year_in_program: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[EnrollmentStatus] = mapped_column(
        text_enum(EnrollmentStatus, "enrollment_status"), default=EnrollmentStatus.ACTIVE
    )
    enrolled_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(200))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    # why a mentee who is not a beginning teacher is kept in the program (None = no override)
    eligibility_override: Mapped[str | None] = mapped_column(Text)

    program_year: Mapped[ProgramYear] = relationship()
    person: Mapped[Person] = relationship()


class Assignment(Versioned, Base):
    """Mentee to mentor, effective from start_date until end_date (exclusive of None = open)."""

    __tablename__ = "assignment"
    __table_args__ = (
        Index("ix_assignment_year_mentee", "program_year_id", "mentee_id"),
        Index("ix_assignment_year_mentor", "program_year_id", "mentor_id"),
        # At most one open assignment per mentee per program year, whatever runs at once.
        Index(
            "uq_assignment_one_open",
            "program_year_id",
            "mentee_id",
            unique=True,
            sqlite_where=text("end_date IS NULL"),  # PostgreSQL's: add_postgresql_where
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"))
    mentee_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(200))
    override_reason: Mapped[str | None] = mapped_column(Text)
    match_reasons: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    program_year: Mapped[ProgramYear] = relationship()
    mentee: Mapped[Person] = relationship(foreign_keys=[mentee_id])
    mentor: Mapped[Person] = relationship(foreign_keys=[mentor_id])


# --- check-ins ----------------------------------------------------------------------------------


class Checkin(Versioned, Base):
    """One contact event, with one or many attendees."""

    __tablename__ = "checkin"
    __table_args__ = (
        Index("ix_checkin_year_date", "program_year_id", "occurred_on"),
        Index("ix_checkin_mentor", "mentor_id"),
        # Covering indexes: the dashboard's per-day and per-mentor sums read only these.
        Index("ix_checkin_year_day_minutes", "program_year_id", "occurred_on", "minutes"),
        Index(
            "ix_checkin_year_mentor_minutes",
            "program_year_id",
            "mentor_id",
            "occurred_on",
            "minutes",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    starts_at: Mapped[dt.time | None] = mapped_column(Time)  # when it began, if recorded
    kind: Mapped[CheckinKind] = mapped_column(text_enum(CheckinKind, "checkin_kind"))
    minutes: Mapped[int] = mapped_column(Integer)
    # Loaded only when read: a viewer's account on a server may not read them (server_roles).
    private_notes: Mapped[str] = mapped_column(Text, default="", deferred=True)
    next_steps: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(40), default="manual")
    source_key: Mapped[str | None] = mapped_column(String(128), unique=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    program_year: Mapped[ProgramYear] = relationship()
    mentor: Mapped[Person] = relationship()
    attendees: Mapped[list[CheckinAttendee]] = relationship(
        back_populates="checkin", cascade="all, delete-orphan"
    )
    topics: Mapped[list[Topic]] = relationship(secondary="checkin_topic")


class CheckinAttendee(Base):
    """A mentee invited to a check-in; `present` records group-meeting attendance."""

    __tablename__ = "checkin_attendee"
    __table_args__ = (Index("ix_checkin_attendee_mentee", "mentee_id"),)

    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkin.id", ondelete="CASCADE"), primary_key=True
    )
    mentee_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    checkin: Mapped[Checkin] = relationship(back_populates="attendees")
    mentee: Mapped[Person] = relationship()


class CheckinTopic(Base):
    __tablename__ = "checkin_topic"

    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkin.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"), primary_key=True)


def add_postgresql_where() -> None:
    """The partial indexes' WHERE for PostgreSQL too: the same clause as SQLite's.

    Added when a server engine is made (db/server.py), not where the indexes are declared:
    naming a `postgresql_` option there loads SQLAlchemy's whole PostgreSQL dialect (25-40 ms)
    on every start, a SQLite file's included, before the Dashboard's figures. The server's
    indexes themselves come from the migrations (0003 makes these two partial); the models
    describe the same for Alembic's comparison. Idempotent.
    """
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            where = index.dialect_options["sqlite"]["where"]
            server = index.dialect_options["postgresql"]
            if where is not None and server["where"] is None:
                server["where"] = where
