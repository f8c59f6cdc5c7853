"""Rule evaluation: who is on track, at risk or out of compliance under the program's rule pack.

Everything is computed from a handful of aggregate queries over the whole program year (never one
query per mentee), so the `large` demo (10,000 mentees) evaluates in a fraction of a second. The
facts are loaded in `rule_facts`, each rule is one function in `rule_checks`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from coordinator.db.models import (
    Assignment,
    Enrollment,
    EnrollmentStatus,
    MentorProfile,
    Person,
    ProgramYear,
    Role,
)
from coordinator.services.compliance import training
from coordinator.services.compliance.checks import (
    ComplianceState,
    RuleResult,
    Verdict,
    active_on,
    check_assignment_deadline,
    check_contact_gap,
    check_designated_time,
    check_monthly_target,
    check_required_topics,
    check_semester_minutes,
    hours_text,
    mentee_start,
)
from coordinator.services.compliance.facts import (
    YearFacts,
    default_as_of,
    last_semester_end,
    load_facts,
    load_year,
)
from coordinator.services.compliance.mentee_eligibility import check_beginning_teacher
from coordinator.services.compliance.packs import rule_on
from coordinator.services.milestones.definitions import MilestoneFor
from coordinator.services.milestones.progress import MilestoneItem
from coordinator.services.milestones.reasons import add_milestone_reasons, milestone_reasons
from coordinator.services.shared.phrase import Count, phrase
from coordinator.tools.gc_pause import collector_paused
from coordinator.tools.names import display_name, name_sort_key

__all__ = [
    "ComplianceState",
    "MenteeStatus",
    "MentorStatus",
    "RuleResult",
    "evaluate_mentors",
    "evaluate_program_year",
    "group_counts",
    "hours_text",
]


@dataclass(frozen=True)
class MenteeStatus:
    person_id: int
    name: str
    mentor_id: int | None
    state: ComplianceState
    reasons: tuple[str, ...]
    results: tuple[RuleResult, ...]
    minutes_by_semester: dict[str, int]
    last_contact: dt.date | None
    year_over: bool = False  # judged after the last semester: "Met" or "Not met"

    @property
    def state_word(self) -> str:
        return self.state.word(self.year_over)


@dataclass(frozen=True)
class MentorStatus:
    person_id: int
    name: str
    load: int
    cap: int | None
    state: ComplianceState
    reasons: tuple[str, ...]
    year_over: bool = False
    results: tuple[RuleResult, ...] = ()  # every rule judged, the met ones too

    @property
    def state_word(self) -> str:
        return self.state.word(self.year_over)


EVALUATED_STATUSES = (EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED)


def evaluate_program_year(
    session: Session, program_year_id: int, *, as_of: dt.date | None = None
) -> list[MenteeStatus]:
    """Every evaluated mentee of the year with their state, reasons and numbers, by name."""
    with collector_paused():
        return evaluate_year(session, program_year_id, as_of=as_of)[0]


def evaluate_year(
    session: Session,
    program_year_id: int,
    *,
    as_of: dt.date | None = None,
    all_topics: bool = False,
) -> tuple[list[MenteeStatus], YearFacts]:
    """The mentees' statuses and the facts they were judged on (the dashboard reuses them)."""
    facts = load_facts(session, program_year_id, as_of, all_topics=all_topics)
    rows = list(
        session.connection().execute(
            select(
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.preferred_name,
                Person.hire_date,
                Enrollment.enrolled_on,
                Enrollment.ended_on,
                Enrollment.year_in_program,
                Person.years_experience,
                Enrollment.eligibility_override,
            )
            .join(Enrollment, Enrollment.person_id == Person.id)
            .where(
                Enrollment.program_year_id == program_year_id,
                Enrollment.role == Role.MENTEE,
                Enrollment.status.in_(EVALUATED_STATUSES),
            )
        )
    )
    due = milestone_reasons(session, facts, rows, (MilestoneFor.MENTEE, MilestoneFor.PAIR))
    statuses = []
    for row in _by_name(rows):
        pid, first, last, preferred, hire, enrolled_on, ended_on, year_in_program = row[:8]
        # The hire-date deadline is about a new hire's first year, not a continuing mentee.
        first_year = (year_in_program or 1) == 1
        statuses.append(
            _evaluate_mentee(
                facts,
                pid,
                display_name(first=first, preferred=preferred, last=last),
                hire if first_year else None,
                enrolled_on,
                ended_on,
                due.get(pid, ()),
                experience=(row[8], row[9]),
            )
        )
    return statuses, facts


def _evaluate_mentee(
    facts: YearFacts,
    person_id: int,
    name: str,
    hire: dt.date | None,  # None when the hire-date deadline does not apply
    enrolled_on: dt.date | None,
    ended_on: dt.date | None,
    milestones: Iterable[MilestoneItem] = (),
    *,
    experience: tuple[int | None, str | None] = (None, None),  # years, eligibility override
) -> MenteeStatus:
    verdict = Verdict(final=facts.year_over)
    check_beginning_teacher(verdict, facts.rules, *experience)
    start = mentee_start(facts, person_id, enrolled_on)
    until = ended_on or facts.year_end
    assignments = facts.assignments.get(person_id, [])
    current = active_on(assignments, min(facts.as_of, until))
    if current is None and assignments and facts.as_of >= facts.year_end:
        current = assignments[-1]
    deadline = facts.rules.get("assign_within_days_of_hire")
    if deadline and hire is not None:
        check_assignment_deadline(facts, verdict, person_id, hire)
    elif not assignments:
        verdict.risk("assigned", "Has a mentor", "No mentor assigned")
    check_semester_minutes(facts, verdict, person_id, start, until)
    check_monthly_target(facts, verdict, person_id, start)
    if current is not None:
        check_contact_gap(facts, verdict, person_id, max(start, current.start_date))
    check_required_topics(facts, verdict, person_id)
    check_designated_time(facts, verdict, person_id)
    add_milestone_reasons(verdict, milestones)
    return MenteeStatus(
        person_id=person_id,
        name=name,
        mentor_id=current.mentor_id if current else None,
        state=verdict.state,
        reasons=verdict.reasons,
        results=tuple(verdict.results),
        minutes_by_semester=dict(facts.minutes.get(person_id, {})),
        last_contact=facts.last_contact.get(person_id),
        year_over=facts.year_over,
    )


def evaluate_mentors(
    session: Session,
    program_year_id: int,
    *,
    as_of: dt.date | None = None,
    facts: YearFacts | None = None,
) -> list[MentorStatus]:
    """Every mentor of the year: caseload against the cap, qualifications, by name.

    `facts` are the year's facts the mentees were just judged on (`evaluate_year`, same year and
    day): the mentors' milestones are judged on them instead of loading them again.
    """
    with collector_paused():
        return _evaluate_mentors(session, program_year_id, as_of, facts)


def _evaluate_mentors(
    session: Session, program_year_id: int, as_of: dt.date | None, facts: YearFacts | None
) -> list[MentorStatus]:
    if facts is not None and facts.year.id == program_year_id:
        year, rules = facts.year, facts.rules
    else:
        year, rules = load_year(session, program_year_id)
    day = default_as_of(year, as_of)
    if facts is not None and (facts.year.id, facts.as_of) != (program_year_id, day):
        facts = None  # another year or day: the milestones are judged on their own facts
    over = day >= last_semester_end(session, year)
    active_assignment = and_(
        Assignment.program_year_id == program_year_id,
        Assignment.start_date <= day,
        (Assignment.end_date.is_(None)) | (Assignment.end_date > day),
    )
    loads = dict(
        session.connection()
        .execute(
            select(Assignment.mentor_id, func.count(func.distinct(Assignment.mentee_id)))
            .where(active_assignment)
            .group_by(Assignment.mentor_id)
        )
        .all()
    )
    conflicts = _supervision_conflicts(session, active_assignment, rules)
    trainings = training.training_facts(session)
    enrolled = select(Enrollment.person_id).where(
        Enrollment.program_year_id == program_year_id, Enrollment.role == Role.MENTOR
    )
    assigned = select(Assignment.mentor_id).where(Assignment.program_year_id == program_year_id)
    rows = session.connection().execute(
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.preferred_name,
            MentorProfile.years_experience,
            MentorProfile.teaches_six_hours,
            MentorProfile.capacity,
        )
        .outerjoin(MentorProfile, MentorProfile.person_id == Person.id)
        .where(Person.id.in_(enrolled.union(assigned)))
    )
    if facts is None:
        facts = load_facts(session, program_year_id, day)
    due = milestone_reasons(session, facts, None, (MilestoneFor.MENTOR,))
    result = []
    for pid, first, last, preferred, years, six_hours, capacity in _by_name(rows):
        verdict = Verdict(final=over)
        add_milestone_reasons(verdict, due.get(pid, ()))
        load = int(loads.get(pid, 0))
        cap = mentor_cap(rules, bool(six_hours))
        _check_caseload(verdict, load, cap, capacity)
        _check_qualifications(verdict, rules, years)
        _check_training(verdict, rules, year, trainings.get(pid, []), min(day, year.end_date))
        _check_supervision(verdict, rules, conflicts.get(pid))
        result.append(
            MentorStatus(
                pid,
                display_name(first=first, preferred=preferred, last=last),
                load,
                cap,
                verdict.state,
                verdict.reasons,
                over,
                tuple(verdict.results),
            )
        )
    return result


def _by_name(rows: Iterable[Any]) -> list[Any]:
    """Rows of (id, first, last, preferred, ...) in last-name order, accents aside, then by id."""
    return sorted(rows, key=lambda r: (name_sort_key(first=r[1], preferred=r[3], last=r[2]), r[0]))


def mentor_cap(rules: dict[str, Any], teaches_six_hours: bool) -> int | None:
    if teaches_six_hours and rules.get("caseload_cap_full_time_teacher"):
        return int(rules["caseload_cap_full_time_teacher"])
    cap = rules.get("caseload_cap")
    return int(cap) if cap else None


CASELOAD_CAP = phrase("Caseload cap")


def _check_caseload(verdict: Verdict, load: int, cap: int | None, capacity: int | None) -> None:
    if cap is not None and load > cap:
        verdict.breach(
            "caseload_cap",
            CASELOAD_CAP,
            phrase("{load}, over the cap of {cap}", load=Count(load, "mentee"), cap=cap),
        )
    elif capacity is not None and load > capacity:
        verdict.risk(
            "caseload_cap",
            CASELOAD_CAP,
            phrase(
                "{load}, over their own capacity of {capacity}",
                load=Count(load, "mentee"),
                capacity=capacity,
            ),
        )
    else:
        verdict.met("caseload_cap", CASELOAD_CAP, phrase("{load}", load=Count(load, "mentee")))


def _check_qualifications(verdict: Verdict, rules: dict[str, Any], years: int | None) -> None:
    need = rules.get("mentor_min_years_experience")
    if need:
        label = phrase("At least {need} years of teaching", need=need)
        if years is None:
            verdict.risk("min_experience", label, phrase("Years of teaching not recorded"))
        elif years < int(need):
            verdict.breach(
                "min_experience",
                label,
                phrase(
                    "{taught} of teaching (needs {need})", taught=Count(years, "year"), need=need
                ),
            )
        else:
            verdict.met(
                "min_experience",
                label,
                phrase("{taught} of teaching", taught=Count(years, "year")),
            )


def _check_training(
    verdict: Verdict,
    rules: dict[str, Any],
    year: ProgramYear,
    facts: list[training.TrainingFact],
    until: dt.date,
) -> None:
    """TEC §21.458(b)(1)-(2) and (b-1), part by part (services/compliance/training.py): a missing
    training due before the year is a breach; supplemental hours still short while the year runs
    are a risk, and a breach once it is over."""
    standing = training.mentor_standing(rules, facts, year.start_date, until)
    if not standing.parts:
        return
    label = phrase("Mentor training (TEC §21.458(b)(1)-(2), (b-1))")
    if standing.met:
        verdict.met("training", label, standing.summary)
    elif standing.before_year_reasons:
        verdict.breach("training", label, standing.summary)
    else:
        verdict.risk("training", label, standing.summary)


class SupervisionConflicts(NamedTuple):
    """One mentor's active assignments to mentees they appraise or supervise."""

    appraised: int = 0
    supervised: int = 0
    supervised_overridden: int = 0  # assigned anyway, with a recorded reason


def _supervision_conflicts(
    session: Session, active_assignment: Any, rules: dict[str, Any]
) -> dict[int, SupervisionConflicts]:
    bar_appraiser = rule_on(rules, "mentor_not_appraiser")
    bar_supervisor = rule_on(rules, "mentor_not_supervisor")
    if not (bar_appraiser or bar_supervisor):
        return {}
    # COALESCE: a missing appraiser must compare false, not NULL, so NOT of it stays true.
    appraises = func.coalesce(Person.appraiser_id, 0) == Assignment.mentor_id
    supervises = func.coalesce(Person.supervisor_id, 0) == Assignment.mentor_id
    overridden = Assignment.override_reason.is_not(None)
    rows = session.connection().execute(
        select(
            Assignment.mentor_id,
            func.sum(case((appraises, 1), else_=0)),
            func.sum(case((supervises & ~appraises & ~overridden, 1), else_=0)),
            func.sum(case((supervises & ~appraises & overridden, 1), else_=0)),
        )
        .join(Person, Person.id == Assignment.mentee_id)
        .where(active_assignment, appraises | supervises)
        .group_by(Assignment.mentor_id)
    )
    return {
        int(m): SupervisionConflicts(
            int(a or 0) if bar_appraiser else 0,
            int(s or 0) if bar_supervisor else 0,
            int(o or 0) if bar_supervisor else 0,
        )
        for m, a, s, o in rows
    }


def _check_supervision(
    verdict: Verdict, rules: dict[str, Any], found: SupervisionConflicts | None
) -> None:
    """The appraiser and supervisor bars, each as its pack setting says.

    `mentor_not_appraiser`: 19 TAC §153.1011(a)(3) defines a mentor teacher as one who provides
    support to beginning teachers, and "the term does not include an appraiser as defined by TEC,
    §21.351". `mentor_not_supervisor`: a district's own bar (TEC §21.458 does not name
    supervisors); an assignment made anyway with a recorded override reason is not a breach.
    """
    found = found or SupervisionConflicts()
    if rule_on(rules, "mentor_not_appraiser"):
        label = phrase("Not the mentee's appraiser")
        if found.appraised:
            verdict.breach(
                "not_appraiser",
                label,
                phrase("Mentors {n} they appraise", n=Count(found.appraised, "mentee")),
            )
        else:
            verdict.met("not_appraiser", label, phrase("Appraises none of their mentees"))
    if rule_on(rules, "mentor_not_supervisor"):
        label = phrase("Not the mentee's supervisor")
        if found.supervised:
            verdict.breach(
                "not_supervisor",
                label,
                phrase(
                    "Mentors {n} they supervise (no override reason recorded)",
                    n=Count(found.supervised, "mentee"),
                ),
            )
        elif found.supervised_overridden:
            verdict.met(
                "not_supervisor",
                label,
                phrase(
                    "Supervises {n} they mentor, with a recorded override reason",
                    n=Count(found.supervised_overridden, "mentee"),
                ),
            )
        else:
            verdict.met("not_supervisor", label, phrase("Supervises none of their mentees"))


def group_counts(statuses: list[MenteeStatus]) -> dict[ComplianceState, int]:
    counts: dict[ComplianceState, int] = defaultdict(int)
    for s in statuses:
        counts[s.state] += 1
    return {state: counts.get(state, 0) for state in ComplianceState}
