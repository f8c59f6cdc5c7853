"""Rule packs as data: the two packs Coordinator ships and how a pack's rules are shaped.

A pack is a JSON object stored in `rule_pack.rules`. Every key is optional; a missing key means the
program has no such rule. Units are in the key names so a coordinator editing them is not misled.

    contact_minutes_per_semester   int   minimum mentor/mentee minutes each semester (720 = 12 h)
    contact_minutes_per_month      int   minimum minutes each calendar month (local programs)
    contacts_per_month             int   minimum number of check-ins each calendar month
    observations_count             bool  whether observation minutes count toward the minimum
    contact_gap_warning_days       list  days without contact that raise a warning, e.g. [14, 28]
    assign_within_days_of_hire     int   a mentor must be assigned by this day of employment
    caseload_cap                   int   most mentees per mentor (None = no cap)
    caseload_cap_full_time_teacher int   the cap for a mentor who teaches 6+ hours a day
    mentor_min_years_experience    int   complete years of teaching a mentor needs
    mentor_training_before_year    bool  the commissioner-approved mentor training is completed
                                         before the year starts (TEC §21.458(b)(1))
    mentor_district_training_before_year
                                   bool  the district's own mentor training is completed before
                                         the year starts (TEC §21.458(b)(2))
    supplemental_training_hours    int   hours of supplemental training during the year, for
                                         mentors and staff (TEC §21.458(b-1) asks for it; the
                                         hours are the district's figure, not the statute's)
    staff_training_before_year     bool  the campus and district staff who supervise or work with
                                         mentees are trained before the year (TEC §21.458(b-1))
    beginning_teacher_years_below  int   a mentee has fewer years of teaching experience than
                                         this (19 TAC §153.1011(a)(1): "less than two years")
    mentor_not_appraiser           bool  a mentee's appraiser may not mentor them (no override)
    mentor_not_supervisor          bool  nor their supervisor, unless a recorded reason overrides
    match_same_campus              bool  matching prefers the same campus where practicable
    match_same_subject_or_grade    bool  matching prefers the same subject or grade
    minutes_from_others_count      bool  minutes with someone other than the assigned mentor
                                         (a co-mentor, a coordinator) count toward the minimum
    meet_at_designated_time        bool  meetings happen at the campus's designated time in the
                                         school day, never in the planning period

The bars and the matching preferences are on when a pack does not mention them (that is what
Coordinator did before they were settings); every other missing rule is off.
    min_program_years              int   years of mentoring a mentee should receive
    required_topics                list  topic names every mentee should cover each year
    milestones                     list  the program's timeline: what is due, for whom, by when,
                                         and what ticks it (services/milestones/definitions.py)
    pay                            dict  mentor stipends: amounts in cents, tiers, conditions
                                         (services/pay/rules.py)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coordinator.services.compliance.pack_names import (
    LOCAL_PROGRAM as LOCAL_PROGRAM,
    TEXAS_MPA as TEXAS_MPA,
)
from coordinator.services.milestones.shipped import LOCAL_MILESTONES, TEXAS_MILESTONES
from coordinator.services.pay.rules import LOCAL_TIERED_PAY, TEXAS_PAY

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sqlalchemy.orm import Session

    from coordinator.db.models import RulePack


# Rules that hold when a pack does not mention them; the others are off when missing.
DEFAULT_ON = frozenset(
    {
        "observations_count",
        "mentor_not_appraiser",
        "mentor_not_supervisor",
        "match_same_campus",
        "match_same_subject_or_grade",
    }
)


def rule_on(rules: Mapping[str, Any], key: str) -> bool:
    """Whether a yes/no rule holds under `rules`, a missing one read as `DEFAULT_ON` says."""
    return bool(rules.get(key, key in DEFAULT_ON))


TEXAS_REQUIRED_TOPICS = [
    "Orientation to district context, policies and practices",
    "Data-driven instructional practices",
    "Instructional coaching cycles (including parent-teacher conferences)",
    "Professional development",
    "Professional expectations",
]

LIBRARIAN_TOPICS = [
    "Library setup and operations",
    "Collection development",
    "Circulation and the library system",
    "Lesson planning and instruction",
    "Technology integration",
    "Collaborating with teachers, administrators and the community",
    "Classroom management",
    "Surviving the specials rotation",
    "Time management and priorities",
    "Hosting an author visit",
    "Advocacy",
    "Professional organizations and conferences",
    "Reflection, mistakes and wins",
]

BUILTIN_PACKS: dict[str, dict[str, Any]] = {
    TEXAS_MPA: {
        "description": (
            "Texas Mentor Program Allotment (TEC 21.458, 19 TAC 153.1011). Verify the figures "
            "against the current rule text before relying on them."
        ),
        "rules": {
            "contact_minutes_per_semester": 720,
            "observations_count": True,
            "contact_gap_warning_days": [14, 28],
            "assign_within_days_of_hire": 30,
            "caseload_cap": 4,
            "caseload_cap_full_time_teacher": 2,
            "mentor_min_years_experience": 3,
            "mentor_training_before_year": True,
            "mentor_district_training_before_year": True,
            "supplemental_training_hours": 6,
            "staff_training_before_year": True,
            "beginning_teacher_years_below": 2,
            "mentor_not_appraiser": True,
            "mentor_not_supervisor": True,
            "match_same_campus": True,
            "match_same_subject_or_grade": True,
            "minutes_from_others_count": False,
            "meet_at_designated_time": False,
            "min_program_years": 2,
            "required_topics": TEXAS_REQUIRED_TOPICS,
            "milestones": TEXAS_MILESTONES,
            "pay": TEXAS_PAY,
        },
    },
    LOCAL_PROGRAM: {
        "description": (
            "A local program (for example a librarian cohort): a monthly contact target, "
            "no caseload cap, and the coordinator's own topic list."
        ),
        "rules": {
            "contacts_per_month": 1,
            "observations_count": True,
            "contact_gap_warning_days": [14, 28],
            "assign_within_days_of_hire": 30,
            "caseload_cap": None,
            "mentor_not_appraiser": True,
            "mentor_not_supervisor": True,
            "match_same_campus": True,
            "match_same_subject_or_grade": True,
            "required_topics": [],
            "milestones": LOCAL_MILESTONES,
            "pay": LOCAL_TIERED_PAY,
        },
    },
}


def ensure_builtin_packs(session: Session) -> dict[str, RulePack]:
    """Create the shipped packs if they are missing; never overwrite a coordinator's edits."""
    from sqlalchemy import select

    from coordinator.db.models import RulePack

    existing = {p.name: p for p in session.scalars(select(RulePack))}
    for name, spec in BUILTIN_PACKS.items():
        if name not in existing:
            pack = RulePack(
                name=name,
                description=spec["description"],
                rules=dict(spec["rules"]),
                builtin=True,
            )
            session.add(pack)
            existing[name] = pack
    session.flush()
    return existing
