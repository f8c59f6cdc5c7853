"""The Surveys page's tables: an instrument's questions, its chase list, the survey imports, and
the preview's rows."""

from __future__ import annotations

from coordinator.importing.surveys.answers import RowOutcome
from coordinator.importing.surveys.apply import SurveyBatch
from coordinator.services.surveys.instruments import QuestionRef
from coordinator.services.surveys.responses import Respondent
from coordinator.ui.models.rows_model import Column, RowsModel


class QuestionsModel(RowsModel[QuestionRef]):
    COLUMNS = (
        Column[QuestionRef]("Question", lambda q: q.text),
        Column[QuestionRef]("Answered on", lambda q: q.scale.label),
    )

    def row_id(self, row: QuestionRef) -> int:
        return row.id


class ChaseModel(RowsModel[Respondent]):
    COLUMNS = (
        Column[Respondent]("Name", lambda r: r.name, sort_key=lambda r: r.sort_key),
        Column[Respondent]("Employee ID", lambda r: r.employee_id),
        Column[Respondent]("E-mail", lambda r: r.email),
        Column[Respondent]("Campus", lambda r: r.campus),
    )

    def row_id(self, row: Respondent) -> int:
        return row.person_id


class SurveyBatchesModel(RowsModel[SurveyBatch]):
    COLUMNS = (
        Column[SurveyBatch]("Import", lambda b: str(b.id), sort_key=lambda b: b.id),
        Column[SurveyBatch]("When", lambda b: b.created_at),
        Column[SurveyBatch]("File", lambda b: b.file_name),
        Column[SurveyBatch]("Instrument", lambda b: b.instrument),
        Column[SurveyBatch]("Counts", lambda b: b.counts),
        Column[SurveyBatch]("Status", lambda b: "Applied" if b.applied else "Undone"),
    )

    def row_id(self, row: SurveyBatch) -> int:
        return row.id


class OutcomeRowsModel(RowsModel[RowOutcome]):
    COLUMNS = (
        Column[RowOutcome]("Row", lambda o: str(o.row), sort_key=lambda o: o.row, align_right=True),
        Column[RowOutcome]("What happens", lambda o: o.outcome.capitalize()),
        Column[RowOutcome]("Person", lambda o: o.person),
        Column[RowOutcome]("Why", lambda o: o.why),
    )

    def row_id(self, row: RowOutcome) -> int:
        return row.row
