"""Report data for a program year: the end-of-year report and one cohort, in few queries."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from coordinator.db.enums import ENROLLMENT_STATUS_LABELS
from coordinator.db.models import (
    Assignment,
    Checkin,
    CheckinAttendee,
    CheckinTopic,
    Enrollment,
    EnrollmentStatus,
    Person,
    ProgramYear,
    Role,
    Semester,
    Topic,
)
from coordinator.errors import NotFoundError
from coordinator.progress import NO_PROGRESS, Progress
from coordinator.services.compliance.evaluate import (
    ComplianceState,
    MenteeStatus,
    evaluate_program_year,
)
from coordinator.services.compliance.facts import (
    default_as_of,
    from_assigned_mentor,
    others_count,
    pair_share,
    pair_spans,
    year_checkins,
)
from coordinator.services.compliance.mentee_eligibility import year_mentees
from coordinator.services.compliance.training import year_training
from coordinator.services.outcomes.summary import build_outcomes
from coordinator.services.pay.funds import year_funds
from coordinator.services.reporting.common import (  # shared with the other reports
    DEFAULT_DISTRICT_NAME as DEFAULT_DISTRICT_NAME,
    counted_kinds as counted_kinds,
    people_names as people_names,
    program_year as program_year,
    report_header as report_header,
    semester_index as semester_index,
    year_month as year_month,
    year_semesters as year_semesters,
)
from coordinator.services.reporting.compliance import rule_compliance
from coordinator.services.reporting.data import (
    CohortReport,
    CohortRow,
    MentorSection,
    ReportScope,
    ScopeChoice,
    SummaryFigures,
    YearEndReport,
)
from coordinator.services.reporting.rule_scope import with_scope
from coordinator.services.surveys.shifts import year_surveys
from coordinator.tools.gc_pause import collector_paused
from coordinator.tools.names import display_name, name_sort_key
from coordinator.tools.sql_chunks import as_dict, chunked, plain_rows

ENROLLMENT_LABELS = ENROLLMENT_STATUS_LABELS


def _status_label(status: EnrollmentStatus | None, judged: MenteeStatus | None) -> str:
    """Withdrawn / Left the district / Completed, else the rules' word (Met / Not met once the
    year is over)."""
    if status is not None and status != EnrollmentStatus.ACTIVE:
        return ENROLLMENT_LABELS[status]
    if judged is not None:
        return judged.state_word
    return "Active"


def _mentor_sections(
    session: Session,
    year: ProgramYear,
    semesters: Sequence[Semester],
    statuses: dict[int, MenteeStatus],
    led: dict[int, tuple[int, int]],
    mentor_ids: Sequence[int] | None = None,
) -> tuple[tuple[MentorSection, ...], int, dict[int, tuple[int, int]]]:
    """A section per mentor with the cohort table, the year's counted mentee minutes, and each
    mentee's minutes and check-ins (all of them, as the outcomes' dose counts them)."""
    yid = year.id
    assign_stmt = select(
        Assignment.mentor_id, Assignment.mentee_id, Assignment.start_date, Assignment.end_date
    ).where(Assignment.program_year_id == yid)
    if mentor_ids is not None:
        assign_stmt = assign_stmt.where(Assignment.mentor_id.in_(mentor_ids))
    pairs: dict[tuple[int, int], tuple[dt.date, dt.date | None]] = {}
    for mentor_id, mentee_id, start, end in plain_rows(session, assign_stmt):
        first = pairs.get((mentor_id, mentee_id))
        if first is None:
            pairs[(mentor_id, mentee_id)] = (start, end)
        else:  # the pair met twice: from the first start to the last end
            last_end = None if end is None or first[1] is None else max(end, first[1])
            pairs[(mentor_id, mentee_id)] = (min(start, first[0]), last_end)

    counts, minutes, mentee_minutes, contacts = _visits(session, year, semesters, mentor_ids)
    enrolled_mentors = select(Enrollment.person_id).where(
        Enrollment.program_year_id == yid, Enrollment.role == Role.MENTOR
    )
    if mentor_ids is None:
        mentors = set(session.scalars(enrolled_mentors)) | {m for m, _ in pairs}
    else:
        mentors = set(mentor_ids)
    mentees = {e for _, e in pairs}
    names = people_names(session, mentors | mentees)
    hires = _hire_dates(session, mentees)
    enrollment = _mentee_enrollments(session, yid)

    by_mentor: dict[int, list[CohortRow]] = defaultdict(list)
    for (mentor_id, mentee_id), (start, end) in pairs.items():
        name, _, campus = names.get(mentee_id, ("(unknown)", "", ""))
        status = statuses.get(mentee_id)
        by_mentor[mentor_id].append(
            CohortRow(
                mentee_id=mentee_id,
                name=name,
                campus=campus,
                hire_date=hires.get(mentee_id),
                assigned_on=start,
                assignment_ended=end,
                checkins=counts.get((mentor_id, mentee_id), 0),
                minutes_by_semester=tuple(
                    minutes.get((mentor_id, mentee_id), [0] * len(semesters))
                ),
                status=_status_label(enrollment.get(mentee_id), status),
            )
        )
    sections = []
    for mentor_id in sorted(mentors, key=lambda m: names.get(m, ("", "", ""))[1]):
        name, _, campus = names.get(mentor_id, ("(unknown)", "", ""))
        rows = sorted(
            by_mentor.get(mentor_id, []), key=lambda r: names.get(r.mentee_id, ("", "", ""))[1]
        )
        n_led, minutes_led = led.get(mentor_id, (0, 0))
        sections.append(MentorSection(mentor_id, name, campus, n_led, minutes_led, tuple(rows)))
    return tuple(sections), mentee_minutes, contacts


def _visits(
    session: Session,
    year: ProgramYear,
    semesters: Sequence[Semester],
    mentor_ids: Sequence[int] | None,
) -> tuple[
    dict[tuple[int, int], int], dict[tuple[int, int], list[int]], int, dict[int, tuple[int, int]]
]:
    """Check-ins per (mentor, mentee), the minutes the rules count per semester, the year's
    counted mentee minutes, and each mentee's minutes and check-ins with anyone
    (`dose.mentee_contacts`: the same check-ins, so the same figures from the same scan).

    The minutes the rules count are those with the mentor assigned on the day (unless the pack
    lets others count), so a cohort's hours are the hours its mentees are judged by. As for the
    rules (`facts.pair_share`): a group of check-ins whose dates one assignment of the pair
    covers counts whole, one no assignment touches counts nothing, and only the few pairs
    assigned for part of a semester are summed check-in by check-in (testing every check-in in
    SQL took 0.45 s on the `large` demo).
    """
    bucket = semester_index(semesters)
    n_semesters = len(semesters)
    anyone = others_count(year.program.rule_pack.rules or {})
    counted = (
        year_checkins(year.id),  # read straight through, not by the year index (2x faster)
        CheckinAttendee.present,
        counted_kinds(year),
    )
    visits = (
        select(
            Checkin.mentor_id,
            CheckinAttendee.mentee_id,
            bucket,
            func.count(),
            func.sum(Checkin.minutes),
            func.min(Checkin.occurred_on),
            func.max(Checkin.occurred_on),
        )
        .join(CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id)
        .where(*counted)
        .group_by(Checkin.mentor_id, CheckinAttendee.mentee_id, bucket)
    )
    if mentor_ids is not None:
        visits = visits.where(Checkin.mentor_id.in_(mentor_ids))
    spans = pair_spans(session, year.id) if not anyone else {}
    counts: dict[tuple[int, int], int] = defaultdict(int)
    minutes: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0] * n_semesters)
    mentee_minutes = 0
    partial: set[int] = set()
    contacts: dict[int, tuple[int, int]] = {}
    for mentor_id, mentee_id, index, n, total, first, last in plain_rows(session, visits):
        counts[(mentor_id, mentee_id)] += n
        had = contacts.get(mentee_id, (0, 0))
        contacts[mentee_id] = (had[0] + int(total or 0), had[1] + n)
        share = 1 if anyone else pair_share(spans.get((mentee_id, mentor_id), ()), first, last)
        if share is None:
            partial.add(mentee_id)
            continue
        mentee_minutes += int(total or 0) * share
        if index >= 0:
            minutes[(mentor_id, mentee_id)][index] += int(total or 0) * share
    assigned = from_assigned_mentor()
    for chunk in chunked(sorted(partial)):
        exact = (
            select(
                Checkin.mentor_id,
                CheckinAttendee.mentee_id,
                bucket,
                func.sum(case((assigned, Checkin.minutes), else_=0)),
                func.min(Checkin.occurred_on),
                func.max(Checkin.occurred_on),
            )
            .join(CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id)
            .where(*counted, CheckinAttendee.mentee_id.in_(chunk))
            .group_by(Checkin.mentor_id, CheckinAttendee.mentee_id, bucket)
        )
        if mentor_ids is not None:
            exact = exact.where(Checkin.mentor_id.in_(mentor_ids))
        for mentor_id, mentee_id, index, total, first, last in plain_rows(session, exact):
            if pair_share(spans.get((mentee_id, mentor_id), ()), first, last) is not None:
                continue  # counted whole (or not at all) in the grouped pass
            mentee_minutes += int(total or 0)
            if index >= 0:
                minutes[(mentor_id, mentee_id)][index] += int(total or 0)
    return counts, minutes, mentee_minutes, contacts


def _hire_dates(session: Session, ids: set[int]) -> dict[int, dt.date | None]:
    result: dict[int, dt.date | None] = {}
    for chunk in chunked(sorted(ids)):
        stmt = select(Person.id, Person.hire_date).where(Person.id.in_(chunk))
        result.update(as_dict(plain_rows(session, stmt)))
    return result


def _mentee_enrollments(session: Session, program_year_id: int) -> dict[int, EnrollmentStatus]:
    stmt = select(Enrollment.person_id, Enrollment.status).where(
        Enrollment.program_year_id == program_year_id, Enrollment.role == Role.MENTEE
    )
    return as_dict(plain_rows(session, stmt))


def _checkins_by_mentor_month(
    session: Session, program_year_id: int, mentor_ids: Sequence[int] | None = None
) -> dict[tuple[int, int, int], tuple[int, int]]:
    """(mentor, year, month) -> (check-ins, minutes): one pass over the year's check-ins."""
    month = year_month(Checkin.occurred_on)
    stmt = (
        select(Checkin.mentor_id, month, func.count(), func.sum(Checkin.minutes))
        .where(Checkin.program_year_id == program_year_id)
        .group_by(Checkin.mentor_id, month)
    )
    if mentor_ids is not None:
        stmt = stmt.where(Checkin.mentor_id.in_(mentor_ids))
    return {
        (mentor, int(ym[:4]), int(ym[5:7])): (n, int(total or 0))
        for mentor, ym, n, total in plain_rows(session, stmt)
    }


def _led_by_mentor(
    by_month: dict[tuple[int, int, int], tuple[int, int]],
) -> dict[int, tuple[int, int]]:
    led: dict[int, tuple[int, int]] = {}
    for (mentor, _, _), (n, minutes) in by_month.items():
        before = led.get(mentor, (0, 0))
        led[mentor] = (before[0] + n, before[1] + minutes)
    return led


def _checkins_per_month(
    year: ProgramYear, by_month: dict[tuple[int, int, int], tuple[int, int]]
) -> tuple[tuple[str, int], ...]:
    found: dict[tuple[int, int], int] = defaultdict(int)
    for (_, yy, mm), (n, _) in by_month.items():
        found[(yy, mm)] += n
    months: list[tuple[str, int]] = []
    cursor = dt.date(year.start_date.year, year.start_date.month, 1)
    while cursor <= year.end_date:
        months.append((cursor.strftime("%b %Y"), found.get((cursor.year, cursor.month), 0)))
        cursor = dt.date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    return tuple(months)


def _topic_coverage(session: Session, year: ProgramYear) -> tuple[tuple[str, int], ...]:
    """Each active topic of the program, with how many mentees covered it this year."""
    covered = (
        select(CheckinTopic.topic_id, func.count(distinct(CheckinAttendee.mentee_id)))
        .join(Checkin, Checkin.id == CheckinTopic.checkin_id)
        .join(CheckinAttendee, CheckinAttendee.checkin_id == Checkin.id)
        .where(year_checkins(year.id), CheckinAttendee.present)
        .group_by(CheckinTopic.topic_id)
    )
    counts = as_dict(plain_rows(session, covered))
    topics = plain_rows(
        session,
        select(Topic.id, Topic.name)
        .where(Topic.program_id == year.program_id, Topic.active)
        .order_by(Topic.sort_order, Topic.name),
    )
    return tuple((name, counts.get(tid, 0)) for tid, name in topics)


def _summary(
    session: Session,
    year: ProgramYear,
    statuses: Sequence[MenteeStatus],
    led: dict[int, tuple[int, int]],
    mentee_minutes: int,
) -> SummaryFigures:
    by_role = select(Enrollment.role, Enrollment.status, func.count()).where(
        Enrollment.program_year_id == year.id
    )
    mentees = mentors = completed = withdrawn = 0
    for role, status, n in plain_rows(
        session, by_role.group_by(Enrollment.role, Enrollment.status)
    ):
        if role == Role.MENTOR:
            mentors += n
            continue
        mentees += n
        if status == EnrollmentStatus.COMPLETED:
            completed += n
        elif status in (EnrollmentStatus.WITHDRAWN, EnrollmentStatus.LEFT_DISTRICT):
            withdrawn += n
    on_track = sum(1 for s in statuses if s.state == ComplianceState.ON_TRACK)
    return SummaryFigures(
        mentees_served=mentees,
        mentors=mentors,
        checkins=sum(n for n, _ in led.values()),
        mentor_minutes=sum(minutes for _, minutes in led.values()),
        mentee_minutes=mentee_minutes,
        completed=completed,
        withdrawn=withdrawn,
        on_track=on_track if statuses else None,
        evaluated=len(statuses),
    )


def build_year_end_report(
    session: Session,
    program_year_id: int,
    *,
    as_of: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> YearEndReport:
    """Everything the end-of-year program report shows, for one program year."""
    with collector_paused():  # many small acyclic objects: no cycle search meanwhile
        return _year_end_report(session, program_year_id, as_of, progress)


def _year_end_report(
    session: Session, program_year_id: int, as_of: dt.date | None, progress: Progress
) -> YearEndReport:
    year = program_year(session, program_year_id)
    semesters = year_semesters(session, program_year_id)
    progress.step(0, 4, "Checking the rules for every mentee")
    statuses = evaluate_program_year(session, program_year_id, as_of=as_of)
    progress.step(1, 4, "Counting check-ins and hours")
    by_month = _checkins_by_mentor_month(session, program_year_id)
    led = _led_by_mentor(by_month)
    topics = _topic_coverage(session, year)
    progress.step(2, 4, "Building the cohort tables")
    sections, mentee_minutes, contacts = _mentor_sections(
        session, year, semesters, {s.person_id: s for s in statuses}, led
    )
    progress.step(3, 4, "Building the cohort tables")
    compliance, identities, enrolled = with_scope(
        session, program_year_id, statuses, rule_compliance(statuses)
    )
    changes, surveys = year_surveys(session, program_year_id)  # outcomes use the changes too
    paired = changes if any(c is not None for c in changes.values()) else {}
    return YearEndReport(
        header=report_header(session, year, semesters),
        summary=_summary(session, year, statuses, led, mentee_minutes),
        checkins_per_month=_checkins_per_month(year, by_month),
        hours_by_mentor=tuple((s.name, s.minutes_led) for s in sections),
        topic_coverage=topics,
        compliance=compliance,
        mentors=sections,
        outcomes=build_outcomes(session, program_year_id, survey_change=paired, contacts=contacts),
        surveys=surveys,
        identities=identities,
        enrolled=enrolled,
        year_over=any(s.year_over for s in statuses),
        training=year_training(session, year, default_as_of(year, as_of)),
        eligibility_overrides=tuple(
            (m.name, m.employee_id, m.override)
            for m in year_mentees(session, year, overridden=True)
            if m.override and m.beginning_teacher is False
        ),
        funds=year_funds(session, program_year_id),
    )


def build_cohort_report(
    session: Session, program_year_id: int, mentor_id: int, *, as_of: dt.date | None = None
) -> CohortReport:
    """One mentor's cohort table, the same section the end-of-year report prints."""
    year = program_year(session, program_year_id)
    semesters = year_semesters(session, program_year_id)
    if session.get(Person, mentor_id) is None:
        raise NotFoundError(f"There is no mentor with id {mentor_id}.")
    statuses = evaluate_program_year(session, program_year_id, as_of=as_of)
    led = _led_by_mentor(_checkins_by_mentor_month(session, program_year_id, [mentor_id]))
    sections, _, _ = _mentor_sections(
        session, year, semesters, {s.person_id: s for s in statuses}, led, [mentor_id]
    )
    return CohortReport(header=report_header(session, year, semesters), mentor=sections[0])


def report_scope(session: Session, program_year_id: int) -> ReportScope:
    """The mentors and mentees of a year, by name, for choosing what a report covers."""
    year = program_year(session, program_year_id)
    stmt = (
        select(
            Enrollment.role, Person.id, Person.first_name, Person.preferred_name, Person.last_name
        )
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.program_year_id == program_year_id)
    )
    people = [
        (name_sort_key(first=first, preferred=pref, last=last), role, pid, first, pref, last)
        for role, pid, first, pref, last in session.execute(stmt)
    ]
    mentors: list[ScopeChoice] = []
    mentees: list[ScopeChoice] = []
    for _key, role, pid, first, preferred, last in sorted(people, key=lambda p: (p[0], p[2])):
        choice = ScopeChoice(pid, display_name(first=first, preferred=preferred, last=last))
        (mentors if role == Role.MENTOR else mentees).append(choice)
    return ReportScope(year.program.name, year.label, tuple(mentors), tuple(mentees))
