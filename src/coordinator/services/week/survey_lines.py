"""The week's "survey unanswered" lines: people asked a survey that is out, who have not answered.

A survey is *out* from the day its first answer arrived (the coordinator sent it; the imported
answers say so), and it is chased until its time is over: a start-of-year survey until the first
semester ends (answers after that would not be a start-of-year measure), the others until the
last semester ends. Who is asked and who answered come from the Surveys page's own chase list
(services.surveys.responses), never worked out again here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.enums import Role, SurveyTiming
from coordinator.db.models import SurveyInstrument, SurveyResponse
from coordinator.services.compliance.facts import YearFacts
from coordinator.services.shared.phrase import Count, MonthDay, phrase
from coordinator.services.surveys.instruments import instruments_of
from coordinator.services.surveys.responses import chase_list
from coordinator.services.week.week_line import WeekKind, WeekLine


def first_answers(session: Session, program_year_id: int) -> dict[int, dt.date]:
    """Instrument id -> the day of its first answer this year (submitted, else imported)."""
    when = func.coalesce(SurveyResponse.submitted_at, SurveyResponse.created_at)
    rows = session.execute(
        select(SurveyResponse.instrument_id, func.min(when))
        .where(SurveyResponse.program_year_id == program_year_id)
        .group_by(SurveyResponse.instrument_id)
    )
    found: dict[int, dt.date] = {}
    for instrument_id, first in rows:
        if first is None:
            continue
        day = first if isinstance(first, dt.date) else dt.datetime.fromisoformat(str(first))
        found[int(instrument_id)] = day.date() if isinstance(day, dt.datetime) else day
    return found


def chased_until(instrument: SurveyInstrument, facts: YearFacts) -> dt.date:
    """The last day the survey is still chased."""
    semesters = facts.semesters
    if not semesters:
        return facts.year.end_date
    if instrument.timing is SurveyTiming.START:
        return semesters[0].end_date
    return semesters[-1].end_date


def survey_lines(
    session: Session, facts: YearFacts, mentor_of: Mapping[int, int | None]
) -> list[WeekLine]:
    """One line per person and survey out on `facts.as_of` that they have not answered.

    `mentor_of` maps each evaluated mentee to their current mentor (a nudge about a mentee's
    survey can go to the mentor). The weight is the days since the survey went out.
    """
    today = facts.as_of
    year_id = facts.year.id
    out = first_answers(session, year_id)
    lines: list[WeekLine] = []
    for instrument in instruments_of(session, facts.year.program_id):
        since = out.get(instrument.id)
        if since is None or since > today or today > chased_until(instrument, facts):
            continue
        chase = chase_list(session, year_id, instrument)
        is_mentor = instrument.respondent is Role.MENTOR
        detail = phrase(
            "{survey} not answered ({answered} of {asked} have, out since {since})",
            survey=instrument.name,
            answered=chase.answered,
            asked=Count(chase.asked, "mentor" if is_mentor else "mentee"),
            since=MonthDay(since),
        )
        weight = (today - since).days
        for person in chase.missing:
            lines.append(
                WeekLine(
                    WeekKind.SURVEY_UNANSWERED,
                    person.person_id,
                    person.name,
                    is_mentor,
                    None if is_mentor else mentor_of.get(person.person_id),
                    detail,
                    weight,
                )
            )
    return lines
