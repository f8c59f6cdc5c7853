"""The Teacher Induction cohort: beginning teachers, campus mentors, and their assignments."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from coordinator.db.models import CampusLevel, EnrollmentStatus, PersonStatus, Role, TrainingKind
from coordinator.demo.plan import HOLIDAYS, TEXAS_TRAINING, YEAR_START, ScalePlan
from coordinator.demo.records import CohortPlan, Pace
from coordinator.demo.staff import CampusInfo, Roster
from coordinator.demo.training import APPROVED_PROVIDER, training_row

REASSIGN_REASONS = (
    "Mentor moved campus",
    "Mentee changed subject",
    "Schedule conflict",
    "Mentor on leave",
)
WITHDRAW_REASONS = ("Withdrew from the program", "Moved to a non-teaching role")
LEFT_REASON = "Left the district"


def day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """A working day (not a weekend or school holiday) between two dates, both included."""
    while True:
        day = first + dt.timedelta(days=rng.randint(0, (last - first).days))
        if day.weekday() < 5 and day not in HOLIDAYS:
            return day


@dataclass
class Mentor:
    person: dict[str, Any]
    campus: CampusInfo
    limit: int
    load: int = 0  # assignments ever held this year (a conservative count for the cap)

    @property
    def id(self) -> int:
        return int(self.person["id"])

    def has_room(self) -> bool:
        return self.load < self.limit


def match_key(teacher: dict[str, Any], level: CampusLevel) -> str:
    """Same subject (secondary) or same grade (elementary): what the Texas pack matches on."""
    if level is CampusLevel.ELEMENTARY and teacher["subject"] == "All subjects":
        return f"grade {teacher['grade']}"
    return str(teacher["subject"])


class TexasCohort:
    """Chooses beginning teachers and mentors, and pairs them the way a coordinator would."""

    def __init__(self, rng: random.Random, plan: ScalePlan, roster: Roster, year_id: int) -> None:
        self.rng = rng
        self.plan = plan
        self.roster = roster
        self.cohort = CohortPlan(program_year_id=year_id)
        self.mentors: dict[int, Mentor] = {}
        self.mentors_by_campus: dict[int, list[Mentor]] = {}
        self.veterans: dict[int, list[dict[str, Any]]] = {}
        self.campus_of: dict[int, CampusInfo] = {}
        self.current: dict[int, dict[str, Any]] = {}
        self.enrollment_of: dict[int, dict[str, Any]] = {}  # mentee id -> their open assignment row

    # --- choosing people --------------------------------------------------------------------

    def choose_beginners(self) -> list[dict[str, Any]]:
        rng = self.rng
        pool = [(t, c) for c in self.roster.campuses for t in c.teachers]
        rng.shuffle(pool)
        room = {c.id: max(1, round(len(c.teachers) * 0.6)) for c in self.roster.campuses}
        beginners: list[dict[str, Any]] = []
        for teacher, campus in pool:
            if len(beginners) == self.plan.texas_mentees:
                break
            if room[campus.id] > 0:
                room[campus.id] -= 1
                beginners.append(teacher)
                self.campus_of[teacher["id"]] = campus
        chosen = {t["id"] for t in beginners}
        for campus in self.roster.campuses:
            self.veterans[campus.id] = [t for t in campus.teachers if t["id"] not in chosen]
        return beginners

    def new_hire_date(self, kind: str) -> dt.date:
        rng = self.rng
        if kind == "second_year":
            return day_between(rng, dt.date(2024, 7, 22), dt.date(2024, 9, 13))
        if kind == "late":
            return day_between(rng, dt.date(2025, 9, 15), dt.date(2025, 11, 21))
        if kind == "january":
            return day_between(rng, dt.date(2026, 1, 5), dt.date(2026, 1, 23))
        if rng.random() < 0.8:
            return day_between(rng, dt.date(2025, 7, 21), YEAR_START)
        return day_between(rng, dt.date(2025, 8, 12), dt.date(2025, 9, 12))

    # --- mentors ----------------------------------------------------------------------------

    def make_mentor(self, person: dict[str, Any], campus: CampusInfo) -> Mentor:
        rng = self.rng
        six_hours = rng.random() < 0.3
        cap = 2 if six_hours else 4
        capacity = cap if rng.random() < 0.85 else rng.randint(1, cap)
        tenure = max(3, 2025 - person["hire_date"].year)
        profile_id = person["id"]  # one profile per person, so its id can be the person's
        self.cohort.mentor_profiles.append(
            {
                "id": profile_id,
                "person_id": person["id"],
                # Complete years of teaching, counting years before the district: mostly 3-25.
                "years_experience": min(rng.randint(22, 30), tenure + rng.choice([0, 0, 1, 3])),
                "teaches_six_hours": six_hours,
                "capacity": capacity,
                "notes": "",
                "version": 1,
            }
        )
        self.cohort.trainings.append(
            training_row(
                profile_id,
                TrainingKind.APPROVED,
                TEXAS_TRAINING,
                day_between(rng, dt.date(2018, 6, 4), dt.date(2025, 8, 1)),
                APPROVED_PROVIDER,
                18 * 60,
            )
        )
        mentor = Mentor(person, campus, min(cap, capacity))
        self.mentors[mentor.id] = mentor
        self.mentors_by_campus.setdefault(campus.id, []).append(mentor)
        self.cohort.enroll(mentor.id, Role.MENTOR, YEAR_START)
        return mentor

    def pick_mentor(self, mentee: dict[str, Any], campus: CampusInfo) -> tuple[Mentor, str] | None:
        """Same campus and subject or grade first, then same campus, then same level and region."""
        key = match_key(mentee, campus.level)
        here = [m for m in self.mentors_by_campus.get(campus.id, []) if m.has_room()]
        same = [m for m in here if match_key(m.person, campus.level) == key]
        if same:
            return same[0], "same campus; same subject or grade"
        veterans = self.veterans[campus.id]
        matching = [v for v in veterans if match_key(v, campus.level) == key]
        if matching and (not here or self.rng.random() < self.plan.new_mentor_share):
            return self.promote(matching, campus), "same campus; same subject or grade"
        if here:
            return here[0], self.share_subject(mentee, here[0])
        if veterans:
            mentor = self.promote(veterans, campus)
            return mentor, self.share_subject(mentee, mentor)
        nearby = [
            m
            for m in self.mentors.values()
            if m.has_room() and m.campus.level is campus.level and m.campus.region == campus.region
        ]
        if nearby:
            return nearby[0], "same level; same region"
        return None

    def share_subject(self, mentee: dict[str, Any], mentor: Mentor) -> str:
        """Most beginners were hired into a subject or grade a mentor on their campus teaches."""
        if self.rng.random() < 0.7:
            mentee["subject"], mentee["grade"] = mentor.person["subject"], mentor.person["grade"]
            return "same campus; same subject or grade"
        return "same campus"

    def promote(self, candidates: list[dict[str, Any]], campus: CampusInfo) -> Mentor:
        person = self.rng.choice(candidates)
        self.veterans[campus.id].remove(person)
        return self.make_mentor(person, campus)

    # --- the year ---------------------------------------------------------------------------

    def build(self) -> CohortPlan:
        rng, plan, cohort = self.rng, self.plan, self.cohort
        beginners = self.choose_beginners()
        kinds = self.hire_kinds(len(beginners))
        for teacher, kind in zip(beginners, kinds, strict=True):
            teacher["hire_date"] = self.new_hire_date(
                "late" if kind in ("unassigned", "late_hire") else kind
            )
        order = sorted(zip(beginners, kinds, strict=True), key=lambda p: p[0]["hire_date"])
        assigned: list[dict[str, Any]] = []
        for teacher, kind in order:
            hired = teacher["hire_date"]
            year_in_program = 2 if kind == "second_year" else 1
            enrolled_on = max(hired, YEAR_START)
            self.enrollment_of[teacher["id"]] = cohort.enroll(
                teacher["id"], Role.MENTEE, enrolled_on, year_in_program=year_in_program
            )
            if kind == "unassigned":
                cohort.unassigned += 1
                continue
            start = self.assignment_start(hired, late=kind == "late_assignment")
            found = self.pick_mentor(teacher, self.campus_of[teacher["id"]])
            if found is None:
                cohort.unassigned += 1
                continue
            mentor, reasons = found
            mentor.load += 1
            self.current[teacher["id"]] = cohort.assign(
                teacher["id"], mentor.id, start, match_reasons=reasons
            )
            assigned.append(teacher)
        self.mark_ineligible_mentors()
        movable = [
            t for t in assigned if self.current[t["id"]]["start_date"] < dt.date(2025, 10, 1)
        ]
        rng.shuffle(movable)
        self.reassign(movable[: plan.reassignments])
        rest = movable[plan.reassignments :]
        self.end_early(rest[: plan.leavers], left=True)
        self.end_early(rest[plan.leavers : plan.leavers + plan.withdrawals], left=False)
        self.set_paces(rest[plan.leavers + plan.withdrawals :])
        cohort.finish_pairings()
        return cohort

    def hire_kinds(self, count: int) -> list[str]:
        plan = self.plan
        kinds = ["unassigned"] * plan.unassigned + ["late_assignment"] * plan.late_assignments
        kinds += ["second_year"] * round(count * 0.12)
        kinds += ["late_hire"] * round(count * 0.05) + ["january"] * round(count * 0.03)
        kinds += ["summer"] * (count - len(kinds))
        self.rng.shuffle(kinds)
        return kinds[:count]

    def assignment_start(self, hired: dt.date, *, late: bool) -> dt.date:
        """Within 30 days of hire for most; a handful weeks late (the 30-day rule flags them)."""
        if late:
            return max(hired + dt.timedelta(days=self.rng.randint(35, 60)), YEAR_START)
        start = max(hired + dt.timedelta(days=self.rng.randint(0, 12)), YEAR_START)
        while start.weekday() >= 5:
            start += dt.timedelta(days=1)
        return start

    def reassign(self, mentees: list[dict[str, Any]]) -> None:
        """End the first assignment on day X and start the next on day X, with a reason."""
        for mentee in mentees:
            old = self.current[mentee["id"]]
            campus = self.campus_of[mentee["id"]]
            day = day_between(self.rng, dt.date(2025, 10, 6), dt.date(2026, 2, 13))
            others = [
                m
                for m in self.mentors.values()
                if m.has_room() and m.id != old["mentor_id"] and m.campus.level is campus.level
            ]
            others.sort(key=lambda m: (m.campus.id != campus.id, m.campus.region != campus.region))
            if not others:
                continue
            mentor = others[0]
            mentor.load += 1
            old["end_date"] = day
            old["end_reason"] = self.rng.choice(REASSIGN_REASONS)
            reasons = "same campus" if mentor.campus.id == campus.id else "same level"
            self.current[mentee["id"]] = self.cohort.assign(
                mentee["id"], mentor.id, day, match_reasons=reasons
            )
            self.cohort.paces[mentee["id"]] = Pace.ON_TRACK

    def end_early(self, mentees: list[dict[str, Any]], *, left: bool) -> None:
        """Mentees who left the district or withdrew mid-year keep their history."""
        for mentee in mentees:
            day = day_between(self.rng, dt.date(2025, 10, 15), dt.date(2026, 3, 31))
            reason = LEFT_REASON if left else self.rng.choice(WITHDRAW_REASONS)
            assignment = self.current[mentee["id"]]
            assignment["end_date"] = day
            assignment["end_reason"] = reason
            enrollment = self.enrollment_of[mentee["id"]]
            enrollment["status"] = (
                EnrollmentStatus.LEFT_DISTRICT if left else EnrollmentStatus.WITHDRAWN
            )
            enrollment["ended_on"] = day
            enrollment["end_reason"] = reason
            if left:
                mentee["status"] = PersonStatus.LEFT
                mentee["left_on"] = day
                mentee["updated_at"] = dt.datetime.combine(day, dt.time(16, 0))
            self.cohort.paces[mentee["id"]] = Pace.ON_TRACK
            self.cohort.contact_until[mentee["id"]] = day - dt.timedelta(days=1)

    def set_paces(self, mentees: list[dict[str, Any]]) -> None:
        """About one in eight falls short in a semester; a few drop out of contact near the end."""
        out_of_contact = max(1, len(mentees) // 80)
        for i, mentee in enumerate(mentees):
            roll = self.rng.random()
            if i < out_of_contact:
                pace = Pace.OUT_OF_CONTACT
                until = day_between(self.rng, dt.date(2026, 3, 23), dt.date(2026, 4, 30))
                self.cohort.contact_until[mentee["id"]] = until
            elif roll < 0.08:
                pace = Pace.BEHIND
            elif roll < 0.12:
                pace = Pace.FAR_BEHIND
            else:
                pace = Pace.ON_TRACK
            self.cohort.paces[mentee["id"]] = pace

    def mark_ineligible_mentors(self) -> None:
        """Two mentors with too little experience, two trained after the year began."""
        profiles = self.cohort.mentor_profiles
        if len(profiles) < 8:
            picks = profiles[:1]
            late = profiles[1:2]
        else:
            chosen = self.rng.sample(profiles, 4)
            picks, late = chosen[:2], chosen[2:]
        for profile in picks:
            profile["years_experience"] = 2
            mentor = self.mentors[profile["person_id"]]
            mentor.person["hire_date"] = dt.date(2023, 8, 7)
        trainings = {t["profile_id"]: t for t in self.cohort.trainings}
        for profile in late:
            trainings[profile["id"]]["completed_on"] = dt.date(2025, 9, 20)


def build_texas_cohort(
    rng: random.Random, plan: ScalePlan, roster: Roster, year_id: int
) -> CohortPlan:
    return TexasCohort(rng, plan, roster, year_id).build()
