"""A mentor's eligibility in the chosen program year, with its reasons, and their profile."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coordinator.services.cohorts.mentors import MentorSummary, mentor_summary
from coordinator.ui.context import AppContext
from coordinator.ui.service_reasons import said
from coordinator.ui.widgets.date_field import format_date, local_dates


def summary_html(summary: MentorSummary) -> str:
    """The pane's text: eligibility first (what the coordinator acts on), then the profile."""
    head = ""
    lines = []
    result = summary.eligibility
    if result is None:
        head = QCoreApplication.translate(
            "MentorEligibilityWidget", "<p><b>Eligibility:</b> choose a program year to see it.</p>"
        )
    elif result.eligible:
        head = QCoreApplication.translate(
            "MentorEligibilityWidget", "<p><b>Eligible</b> to mentor in {year}.</p>"
        ).format(year=escape(summary.year_label or ""))
    else:
        reasons = "".join(f"<li>{escape(local_dates(said(r)))}</li>" for r in result.reasons)
        head = (
            QCoreApplication.translate(
                "MentorEligibilityWidget", "<p><b>Not eligible</b> in {year}:</p>"
            ).format(year=escape(summary.year_label or ""))
            + f"<ul>{reasons}</ul>"
        )
    if result is not None:
        cap = (
            QCoreApplication.translate("MentorEligibilityWidget", "no cap")
            if result.capacity is None
            else str(result.capacity)
        )
        lines.append(
            QCoreApplication.translate(
                "MentorEligibilityWidget", "Load: {load} (capacity {cap})"
            ).format(load=result.load, cap=cap)
        )
    profile = summary.profile
    years = (
        QCoreApplication.translate("MentorEligibilityWidget", "not recorded")
        if profile.years_experience is None
        else str(profile.years_experience)
    )
    lines.append(
        QCoreApplication.translate(
            "MentorEligibilityWidget", "Years of experience: {years}"
        ).format(years=years)
    )
    six = (
        QCoreApplication.translate("MentorEligibilityWidget", "yes")
        if profile.teaches_six_hours
        else QCoreApplication.translate("MentorEligibilityWidget", "no")
    )
    lines.append(
        QCoreApplication.translate(
            "MentorEligibilityWidget", "Teaches 6+ hours a day: {answer}"
        ).format(answer=six)
    )
    trainings = ", ".join(f"{escape(n)} ({format_date(d)})" for n, d in profile.trainings)
    trainings = trainings or QCoreApplication.translate("MentorEligibilityWidget", "none recorded")
    lines.append(
        QCoreApplication.translate(
            "MentorEligibilityWidget", "Mentor training: {trainings}"
        ).format(trainings=trainings)
    )
    return head + "<p>" + "<br>".join(lines) + "</p>"


class MentorEligibilityWidget(QWidget):
    """For the People detail pane: `set_person()` with a person id, or None to clear."""

    def __init__(
        self, context: AppContext, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person_id = person_id
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        context.data_changed.connect(self._data_changed)
        context.program_year_changed.connect(lambda _year: self.refresh())
        context.database_changed.connect(self.refresh)
        self.refresh()

    def set_person(self, person_id: int | None) -> None:
        self._person_id = person_id
        self.refresh()

    def _data_changed(self, kind: str) -> None:
        if kind in ("assignments", "people", "mentors", "programs"):
            self.refresh()

    def refresh(self) -> None:
        if self._person_id is None:
            self.label.setText("")
            return
        with self._context.db.reading() as session:
            summary = mentor_summary(session, self._person_id, self._context.program_year_id)
        self.label.setText(summary_html(summary))
