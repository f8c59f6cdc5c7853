"""surveys: a program's instruments and questions, and the responses and answers imported

A program's instruments (mentee confidence at the start and end of the year, satisfaction with
the mentor, the mentors' satisfaction with the program) and their questions; each imported
submission is a response (person, program year, the batch that wrote it, so an import can be
undone) with one answer a question. New tables only: nothing existing changes.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-02 18:35:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "survey_instrument",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "timing",
            sa.Enum("start", "mid", "end", name="survey_timing", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "respondent",
            sa.Enum("mentor", "mentee", name="role", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("measure", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_survey_instrument_program_id_program")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_instrument")),
        sa.UniqueConstraint(
            "program_id", "name", name=op.f("uq_survey_instrument_program_id_name")
        ),
    )
    with op.batch_alter_table("survey_instrument", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_instrument_program_id"), ["program_id"], unique=False
        )

    op.create_table(
        "survey_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "scale",
            sa.Enum(
                "agree5", "yes_no", "free_text", name="question_scale", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["survey_instrument.id"],
            name=op.f("fk_survey_question_instrument_id_survey_instrument"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_question")),
        sa.UniqueConstraint(
            "instrument_id", "position", name=op.f("uq_survey_question_instrument_id_position")
        ),
    )
    with op.batch_alter_table("survey_question", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_question_instrument_id"), ["instrument_id"], unique=False
        )

    op.create_table(
        "survey_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.Integer(), nullable=False),
        sa.Column("program_year_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("source_key", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("row_number", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["import_batch.id"], name=op.f("fk_survey_response_batch_id_import_batch")
        ),
        sa.ForeignKeyConstraint(
            ["instrument_id"],
            ["survey_instrument.id"],
            name=op.f("fk_survey_response_instrument_id_survey_instrument"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_survey_response_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["program_year_id"],
            ["program_year.id"],
            name=op.f("fk_survey_response_program_year_id_program_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
        sa.UniqueConstraint("source_key", name=op.f("uq_survey_response_source_key")),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index("ix_survey_response_batch", ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_survey_response_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            "ix_survey_response_year_instrument", ["program_year_id", "instrument_id"], unique=False
        )

    op.create_table(
        "survey_answer",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["survey_question.id"],
            name=op.f("fk_survey_answer_question_id_survey_question"),
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_response.id"],
            name=op.f("fk_survey_answer_response_id_survey_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "question_id", name=op.f("pk_survey_answer")),
    )


def downgrade() -> None:
    op.drop_table("survey_answer")
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_response_year_instrument")
        batch_op.drop_index(batch_op.f("ix_survey_response_person_id"))
        batch_op.drop_index("ix_survey_response_batch")

    op.drop_table("survey_response")
    with op.batch_alter_table("survey_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_question_instrument_id"))

    op.drop_table("survey_question")
    with op.batch_alter_table("survey_instrument", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_instrument_program_id"))

    op.drop_table("survey_instrument")
