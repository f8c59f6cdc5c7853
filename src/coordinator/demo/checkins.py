"""A year of check-ins: one-to-one pairs for Teacher Induction, a cohort for New Librarians."""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from coordinator.db.models import CheckinKind
from coordinator.demo.plan import FIRST_CHECKIN, HOLIDAYS, LAST_CHECKIN, SEMESTERS
from coordinator.demo.records import CohortPlan, Pace, Pairing

TARGET_MINUTES = 720
# (kind, weight, shortest, longest) for a pair's contacts; minutes come in 5-minute steps.
PAIR_KINDS = (
    (CheckinKind.ONE_TO_ONE, 48, 30, 60),
    (CheckinKind.OBSERVATION, 20, 45, 60),
    (CheckinKind.CAMPUS_VISIT, 7, 30, 45),
    (CheckinKind.PHONE, 15, 5, 15),
    (CheckinKind.EMAIL, 10, 5, 15),
)
LONG_PAIR_KINDS = (
    (CheckinKind.ONE_TO_ONE, 55, 60, 120),
    (CheckinKind.OBSERVATION, 25, 60, 90),
    (CheckinKind.CAMPUS_VISIT, 5, 45, 60),
    (CheckinKind.PHONE, 10, 10, 15),
    (CheckinKind.EMAIL, 5, 5, 15),
)
LIBRARY_KINDS = (
    (CheckinKind.PHONE, 35, 10, 20),
    (CheckinKind.EMAIL, 30, 5, 10),
    (CheckinKind.CAMPUS_VISIT, 20, 45, 90),
    (CheckinKind.ONE_TO_ONE, 15, 30, 60),
)
NOTES = (
    "Feeling more confident with the first six weeks; still anxious about parent calls.",
    "Talked through small-group rotations; the timer idea worked.",
    "Worried about pacing in the unit; we mapped the next two weeks together.",
    "Shared a seating chart strategy for 4th period.",
    "Tired but upbeat. Wants to observe a colleague's warm-up routine.",
    "Gradebook questions resolved; walked through the progress-report deadline.",
    "Struggling with the specials rotation schedule; asked the principal for a fixed slot.",
    "Good week. Celebrated a student's reading-level jump.",
    "Discussed the upcoming conference with a parent; role-played the opening.",
    "Needs help finding time to plan; set up a shared calendar block.",
)
# Notes that look like markup or spreadsheet formulas, so exports and PDFs must escape them.
TRICKY_NOTES = (
    "Asked why the <b>bold</b> tags show up in the portal & how to fix them.",
    "=SUM(A1:A3) pasted from the gradebook; check the formula before sharing.",
    'Parent e-mail quoted "<script>alert(1)</script>" & asked us to ignore it.',
    "+1 idea: <i>exit tickets</i> & =HYPERLINK() in the class sheet.",
)
NEXT_STEPS = (
    "Observe a colleague's lesson next week.",
    "Bring the unit plan to our next meeting.",
    "Try the exit-ticket routine for two weeks.",
    "Send the parent-conference agenda draft.",
    "Review the data from the last common assessment together.",
    "Sign up for the district PD on coaching cycles.",
)
GROUP_NOTES = (
    "Book talk round robin; shared circulation tips.",
    "Demonstrated the new catalog search; everyone set up reading lists.",
    "Planning for the author visit season; shared a budget template.",
)


def school_days() -> list[dt.date]:
    days: list[dt.date] = []
    day = FIRST_CHECKIN
    while day <= LAST_CHECKIN:
        if day.weekday() < 5 and day not in HOLIDAYS:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


SCHOOL_DAYS = school_days()


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """School days from `first` to `last`, both included."""
    lo = bisect.bisect_left(SCHOOL_DAYS, first)
    hi = bisect.bisect_right(SCHOOL_DAYS, last)
    return SCHOOL_DAYS[lo:hi]


Emit = Callable[[str, dict[str, Any]], None]


class CheckinMaker:
    """Writes check-ins, attendees and topics through `emit`, with ids assigned in Python."""

    def __init__(self, rng: random.Random, emit: Emit) -> None:
        self.rng = rng
        self.emit = emit
        self.next_id = 1
        self.notes_written = 0

    def checkin(
        self,
        cohort: CohortPlan,
        mentor_id: int,
        day: dt.date,
        kind: CheckinKind,
        minutes: int,
        topic_ids: list[int],
        attendees: list[tuple[int, bool]],
        *,
        note: str = "",
    ) -> None:
        rng = self.rng
        checkin_id = self.next_id
        self.next_id += 1
        if not note and rng.random() < 0.3:
            self.notes_written += 1
            pool = TRICKY_NOTES if self.notes_written % 150 == 7 else NOTES
            note = rng.choice(pool)
        next_steps = rng.choice(NEXT_STEPS) if rng.random() < 0.35 else ""
        follow_up = None
        if next_steps and rng.random() < 0.5:
            follow_up = day + dt.timedelta(days=rng.randint(7, 14))
        # Mentors log late: most the same day, some a week or more after.
        lag = rng.choice((0, 0, 0, 0, 1, 1, 2, 3, 6, 10))
        logged = dt.datetime.combine(day + dt.timedelta(days=lag), dt.time(rng.randint(15, 20)))
        self.emit(
            "checkin",
            {
                "id": checkin_id,
                "program_year_id": cohort.program_year_id,
                "mentor_id": mentor_id,
                "occurred_on": day,
                "kind": kind,
                "minutes": minutes,
                "private_notes": note,
                "next_steps": next_steps,
                "follow_up_on": follow_up,
                "source": "manual",
                "source_key": None,
                "batch_id": None,
                "created_at": logged,
                "updated_at": logged,
                "version": 1,
            },
        )
        for mentee_id, present in attendees:
            self.emit(
                "checkin_attendee",
                {"checkin_id": checkin_id, "mentee_id": mentee_id, "present": present},
            )
        for topic_id in rng.sample(topic_ids, min(len(topic_ids), rng.choice((1, 1, 2, 2, 3)))):
            self.emit("checkin_topic", {"checkin_id": checkin_id, "topic_id": topic_id})

    def contact(
        self, kinds: tuple[tuple[CheckinKind, int, int, int], ...]
    ) -> tuple[CheckinKind, int]:
        kind, _, lo, hi = self.rng.choices(kinds, weights=[k[1] for k in kinds])[0]
        return kind, 5 * self.rng.randint(lo // 5, hi // 5)

    # --- Teacher Induction ------------------------------------------------------------------

    def pairs_year(self, cohort: CohortPlan, topic_ids: list[int], *, long: bool) -> None:
        kinds = LONG_PAIR_KINDS if long else PAIR_KINDS
        by_mentee: dict[int, list[Pairing]] = defaultdict(list)
        for pairing in cohort.pairings:
            by_mentee[pairing.mentee_id].append(pairing)
        for mentee_id, pairings in by_mentee.items():
            pace = cohort.paces.get(mentee_id, Pace.ON_TRACK)
            short_semester = self.rng.randrange(len(SEMESTERS))
            for index, (_, sem_start, sem_end) in enumerate(SEMESTERS):
                target = TARGET_MINUTES + 5 * self.rng.randint(0, 48)
                if index == short_semester and pace is Pace.BEHIND:
                    target = 5 * self.rng.randint(86, 138)
                elif index == short_semester and pace is Pace.FAR_BEHIND:
                    target = 5 * self.rng.randint(18, 72)
                windows = self.windows(cohort, mentee_id, pairings, sem_start, sem_end)
                total_days = sum(len(days) for _, days in windows) or 1
                for pairing, days in windows:
                    share = target * len(days) // total_days
                    self.pair_sessions(cohort, pairing, days, share, kinds, topic_ids)

    def windows(
        self,
        cohort: CohortPlan,
        mentee_id: int,
        pairings: list[Pairing],
        sem_start: dt.date,
        sem_end: dt.date,
    ) -> list[tuple[Pairing, list[dt.date]]]:
        until = cohort.contact_until.get(mentee_id, LAST_CHECKIN)
        result = []
        for pairing in pairings:
            last = min(sem_end, until)
            if pairing.end is not None:
                last = min(last, pairing.end - dt.timedelta(days=1))
            days = days_between(max(pairing.start, sem_start), last)
            if days:
                result.append((pairing, days))
        return result

    def pair_sessions(
        self,
        cohort: CohortPlan,
        pairing: Pairing,
        days: list[dt.date],
        target: int,
        kinds: tuple[tuple[CheckinKind, int, int, int], ...],
        topic_ids: list[int],
    ) -> None:
        """Contacts until the target minutes are met, at most about three a week."""
        sessions: list[tuple[CheckinKind, int]] = []
        total, most = 0, max(1, len(days) * 3 // 5)
        while total < target and len(sessions) < most:
            kind, minutes = self.contact(kinds)
            sessions.append((kind, minutes))
            total += minutes
        dates = sorted(self.rng.sample(days, len(sessions)))
        for day, (kind, minutes) in zip(dates, sessions, strict=True):
            self.checkin(
                cohort,
                pairing.mentor_id,
                day,
                kind,
                minutes,
                topic_ids,
                [(pairing.mentee_id, True)],
            )

    # --- New Librarians ---------------------------------------------------------------------

    def library_year(self, cohort: CohortPlan, topic_ids: list[int]) -> None:
        """Monthly cohort meetings (one check-in, every librarian an attendee) plus contacts."""
        mentor_id = cohort.pairings[0].mentor_id
        for day in cohort_meeting_days():
            attendees = []
            for pairing in cohort.pairings:
                if pairing.start <= day and (pairing.end is None or day < pairing.end):
                    until = cohort.contact_until.get(pairing.mentee_id, LAST_CHECKIN)
                    present = day <= until and self.rng.random() > 0.06
                    attendees.append((pairing.mentee_id, present))
            minutes = 120 if day.month == 8 else 90
            note = self.rng.choice(GROUP_NOTES)
            self.checkin(
                cohort, mentor_id, day, CheckinKind.GROUP, minutes, topic_ids, attendees, note=note
            )
        for pairing in cohort.pairings:
            until = cohort.contact_until.get(pairing.mentee_id, LAST_CHECKIN)
            days = days_between(pairing.start, until)
            count = min(len(days), len(days) // 12 + self.rng.randint(-2, 3))
            for day in sorted(self.rng.sample(days, max(count, 1))):
                kind, minutes = self.contact(LIBRARY_KINDS)
                attendee = [(pairing.mentee_id, True)]
                self.checkin(cohort, mentor_id, day, kind, minutes, topic_ids, attendee)


def cohort_meeting_days() -> list[dt.date]:
    """A kickoff in August, then the second Tuesday of each month (later if it is a holiday)."""
    days = [dt.date(2025, 8, 26)]
    for year, month in [(2025, m) for m in range(9, 13)] + [(2026, m) for m in range(1, 6)]:
        first = dt.date(year, month, 1)
        tuesday = first + dt.timedelta(days=(1 - first.weekday()) % 7 + 7)
        while tuesday in HOLIDAYS:
            tuesday += dt.timedelta(days=7)
        days.append(tuesday)
    return days
