"""The Surveys page's tables: an instrument's questions, its chase list, the survey imports, and
the preview's rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.importing.surveys.answers import RowOutcome
from coordinator.importing.surveys.apply import SurveyBatch
from coordinator.services.surveys.instruments import QuestionRef
from coordinator.services.surveys.responses import Respondent
from coordinator.ui.models.rows_model import Column, RowsModel
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP


class QuestionsModel(RowsModel[QuestionRef]):
    COLUMNS = (
        Column[QuestionRef](QT_TRANSLATE_NOOP("QuestionsModel", "Question"), lambda q: q.text),
        Column[QuestionRef](
            QT_TRANSLATE_NOOP("QuestionsModel", "Answered on"), lambda q: shown(q.scale.label)
        ),
    )

    def row_id(self, row: QuestionRef) -> int:
        return row.id


class ChaseModel(RowsModel[Respondent]):
    COLUMNS = (
        Column[Respondent](
            QT_TRANSLATE_NOOP("ChaseModel", "Name"), lambda r: r.name, sort_key=lambda r: r.sort_key
        ),
        Column[Respondent](QT_TRANSLATE_NOOP("ChaseModel", "Employee ID"), lambda r: r.employee_id),
        Column[Respondent](QT_TRANSLATE_NOOP("ChaseModel", "E-mail"), lambda r: r.email),
        Column[Respondent](QT_TRANSLATE_NOOP("ChaseModel", "Campus"), lambda r: r.campus),
    )

    def row_id(self, row: Respondent) -> int:
        return row.person_id


class SurveyBatchesModel(RowsModel[SurveyBatch]):
    COLUMNS = (
        Column[SurveyBatch](
            QT_TRANSLATE_NOOP("SurveyBatchesModel", "Import"),
            lambda b: str(b.id),
            sort_key=lambda b: b.id,
        ),
        Column[SurveyBatch](
            QT_TRANSLATE_NOOP("SurveyBatchesModel", "When"), lambda b: b.created_at
        ),
        Column[SurveyBatch](QT_TRANSLATE_NOOP("SurveyBatchesModel", "File"), lambda b: b.file_name),
        Column[SurveyBatch](
            QT_TRANSLATE_NOOP("SurveyBatchesModel", "Instrument"), lambda b: b.instrument
        ),
        Column[SurveyBatch](QT_TRANSLATE_NOOP("SurveyBatchesModel", "Counts"), lambda b: b.counts),
        Column[SurveyBatch](
            QT_TRANSLATE_NOOP("SurveyBatchesModel", "Status"),
            lambda b: (
                QCoreApplication.translate("SurveyBatchesModel", "Applied")
                if b.applied
                else QCoreApplication.translate("SurveyBatchesModel", "Undone")
            ),
        ),
    )

    def row_id(self, row: SurveyBatch) -> int:
        return row.id


class OutcomeRowsModel(RowsModel[RowOutcome]):
    COLUMNS = (
        Column[RowOutcome](
            QT_TRANSLATE_NOOP("OutcomeRowsModel", "Row"),
            lambda o: str(o.row),
            sort_key=lambda o: o.row,
            align_right=True,
        ),
        Column[RowOutcome](
            QT_TRANSLATE_NOOP("OutcomeRowsModel", "What happens"), lambda o: o.outcome.capitalize()
        ),
        Column[RowOutcome](QT_TRANSLATE_NOOP("OutcomeRowsModel", "Person"), lambda o: o.person),
        Column[RowOutcome](QT_TRANSLATE_NOOP("OutcomeRowsModel", "Why"), lambda o: o.why),
    )

    def row_id(self, row: RowOutcome) -> int:
        return row.row
