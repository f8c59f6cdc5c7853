"""The survey tables: a program's instruments and their questions, and the answers imported.

An instrument belongs to a program (its questions are the program's to edit) and is asked at the
start, middle or end of each of its years. A response is one person's submission in one program
year, written by one import batch (undoing the batch removes it); its answers are one row per
question. Import them from coordinator.db.models, which re-exports them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordinator.db.base import Base, Versioned, utcnow
from coordinator.db.enums import QuestionScale, Role, SurveyTiming, text_enum


class SurveyInstrument(Versioned, Base):
    """A questionnaire a program gives one role (mentees or mentors) at one time of the year."""

    __tablename__ = "survey_instrument"
    __table_args__ = (UniqueConstraint("program_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    timing: Mapped[SurveyTiming] = mapped_column(text_enum(SurveyTiming, "survey_timing"))
    respondent: Mapped[Role] = mapped_column(text_enum(Role, "role"))
    # the same questions asked at another time pair by this key ("mentee_confidence")
    measure: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    questions: Mapped[list[SurveyQuestion]] = relationship(
        back_populates="instrument",
        order_by="SurveyQuestion.position",
        cascade="all, delete-orphan",
    )


class SurveyQuestion(Base):
    __tablename__ = "survey_question"
    __table_args__ = (UniqueConstraint("instrument_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("survey_instrument.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))  # pairs the question across instruments
    text: Mapped[str] = mapped_column(Text)
    scale: Mapped[QuestionScale] = mapped_column(text_enum(QuestionScale, "question_scale"))

    instrument: Mapped[SurveyInstrument] = relationship(back_populates="questions")


class SurveyResponse(Base):
    """One person's submission of one instrument in one program year."""

    __tablename__ = "survey_response"
    __table_args__ = (
        Index("ix_survey_response_year_instrument", "program_year_id", "instrument_id"),
        Index("ix_survey_response_batch", "batch_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("survey_instrument.id"))
    program_year_id: Mapped[int] = mapped_column(ForeignKey("program_year.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # the same submission imported twice is stored once
    source_key: Mapped[str] = mapped_column(String(64), unique=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    row_number: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    answers: Mapped[list[SurveyAnswer]] = relationship(
        back_populates="response", cascade="all, delete-orphan"
    )


class SurveyAnswer(Base):
    """One answer: a number (1–5 agreement, 1 yes / 0 no) or a free text, private by default."""

    __tablename__ = "survey_answer"

    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_response.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_question.id"), primary_key=True)
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)

    response: Mapped[SurveyResponse] = relationship(back_populates="answers")
