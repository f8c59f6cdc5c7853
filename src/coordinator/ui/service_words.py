"""The services' fixed words, in the window's language where the window shows them.

Services write their closed sets of labels in English (the CLI, exports and PDFs use them as
they are): compliance states, milestone states and audiences, This week's actions, roles, person
and enrollment statuses, check-in kinds, training kinds, survey timings and answer scales, year-end
and retention outcomes, nudge reasons, fund categories, ledger and pay run statuses. Each is
listed here for lupdate, and `shown(label)` gives its translation at the point of display.
Sentences from services (reasons such as "No mentor assigned, 226 days after hire", rule details
with numbers, "Reversed by run 3") are not labels: ui/service_reasons.py says them.

tests/ui/test_service_words.py fails when a label is added to one of those sets and not here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "ServiceWords"

WORDS = frozenset(
    {
        # services/compliance/checks.py ComplianceState.label and .word(year_over)
        QT_TRANSLATE_NOOP("ServiceWords", "On track"),
        QT_TRANSLATE_NOOP("ServiceWords", "At risk"),
        QT_TRANSLATE_NOOP("ServiceWords", "Out of compliance"),
        QT_TRANSLATE_NOOP("ServiceWords", "Met"),
        QT_TRANSLATE_NOOP("ServiceWords", "Not met"),
        # services/milestones/progress.py MilestoneState.label
        QT_TRANSLATE_NOOP("ServiceWords", "Overdue"),
        QT_TRANSLATE_NOOP("ServiceWords", "Due soon"),
        QT_TRANSLATE_NOOP("ServiceWords", "Upcoming"),
        QT_TRANSLATE_NOOP("ServiceWords", "Met late"),
        # services/week/week_line.py WeekAction.label
        QT_TRANSLATE_NOOP("ServiceWords", "Open"),
        QT_TRANSLATE_NOOP("ServiceWords", "Nudge"),
        QT_TRANSLATE_NOOP("ServiceWords", "Log a check-in"),
        QT_TRANSLATE_NOOP("ServiceWords", "Assign"),
        # db/enums.py ROLE_LABELS, and services/people.py's role_label (both roles at once)
        QT_TRANSLATE_NOOP("ServiceWords", "Mentor"),
        QT_TRANSLATE_NOOP("ServiceWords", "Mentee"),
        QT_TRANSLATE_NOOP("ServiceWords", "Mentor, Mentee"),
        # db/enums.py PERSON_STATUS_LABELS and ENROLLMENT_STATUS_LABELS
        QT_TRANSLATE_NOOP("ServiceWords", "Active"),
        QT_TRANSLATE_NOOP("ServiceWords", "Left the district"),
        QT_TRANSLATE_NOOP("ServiceWords", "Archived"),
        QT_TRANSLATE_NOOP("ServiceWords", "Completed"),
        QT_TRANSLATE_NOOP("ServiceWords", "Withdrawn"),
        # db/enums.py CHECKIN_KIND_LABELS
        QT_TRANSLATE_NOOP("ServiceWords", "One-to-one"),
        QT_TRANSLATE_NOOP("ServiceWords", "Group or cohort meeting"),
        QT_TRANSLATE_NOOP("ServiceWords", "Observation"),
        QT_TRANSLATE_NOOP("ServiceWords", "Campus visit"),
        QT_TRANSLATE_NOOP("ServiceWords", "Phone"),
        QT_TRANSLATE_NOOP("ServiceWords", "E-mail"),
        # db/enums.py TRAINING_KIND_LABELS
        QT_TRANSLATE_NOOP("ServiceWords", "Commissioner-approved mentor training"),
        QT_TRANSLATE_NOOP("ServiceWords", "District mentor training"),
        QT_TRANSLATE_NOOP("ServiceWords", "Supplemental training"),
        # db/enums.py SurveyTiming.label and QuestionScale.label
        QT_TRANSLATE_NOOP("ServiceWords", "Start of year"),
        QT_TRANSLATE_NOOP("ServiceWords", "Middle of year"),
        QT_TRANSLATE_NOOP("ServiceWords", "End of year"),
        QT_TRANSLATE_NOOP("ServiceWords", "Agreement, 1 to 5"),
        QT_TRANSLATE_NOOP("ServiceWords", "Yes or no"),
        QT_TRANSLATE_NOOP("ServiceWords", "Free text"),
        # services/milestones/definitions.py MilestoneFor.label
        QT_TRANSLATE_NOOP("ServiceWords", "Each mentee"),
        QT_TRANSLATE_NOOP("ServiceWords", "Each mentor"),
        QT_TRANSLATE_NOOP("ServiceWords", "Each mentee and mentor"),
        QT_TRANSLATE_NOOP("ServiceWords", "Each campus"),
        # db/models_year_close.py OUTCOME_LABELS (the others are statuses above)
        QT_TRANSLATE_NOOP("ServiceWords", "Not completed"),
        # services/outcomes/retention.py OUTCOME_LABELS ("Left the district" is above)
        QT_TRANSLATE_NOOP("ServiceWords", "Stayed on the same campus"),
        QT_TRANSLATE_NOOP("ServiceWords", "Moved campus"),
        QT_TRANSLATE_NOOP("ServiceWords", "Changed role"),
        QT_TRANSLATE_NOOP("ServiceWords", "Unknown"),
        # services/week/nudge_templates.py NudgeReason.label (lower case: shown in sentences)
        QT_TRANSLATE_NOOP("ServiceWords", "behind on hours"),
        QT_TRANSLATE_NOOP("ServiceWords", "not logged"),
        QT_TRANSLATE_NOOP("ServiceWords", "no contact"),
        QT_TRANSLATE_NOOP("ServiceWords", "milestones due"),
        QT_TRANSLATE_NOOP("ServiceWords", "survey unanswered"),
        QT_TRANSLATE_NOOP("ServiceWords", "stipend not yet earned"),
        # services/pay/rules.py CATEGORY_LABELS
        QT_TRANSLATE_NOOP("ServiceWords", "Mentor stipends"),
        QT_TRANSLATE_NOOP("ServiceWords", "Release time"),
        QT_TRANSLATE_NOOP("ServiceWords", "Approved training providers"),
        QT_TRANSLATE_NOOP("ServiceWords", "Materials"),
        QT_TRANSLATE_NOOP("ServiceWords", "Travel"),
        QT_TRANSLATE_NOOP("ServiceWords", "Other"),
        # services/pay/ledger.py SPENT, COMMITTED (capitalized on the Funds page's ledger)
        QT_TRANSLATE_NOOP("ServiceWords", "Spent"),
        QT_TRANSLATE_NOOP("ServiceWords", "Committed"),
        # services/pay/overview.py run statuses without a number (the others are free text)
        QT_TRANSLATE_NOOP("ServiceWords", "Approved, locked"),
        QT_TRANSLATE_NOOP("ServiceWords", "Preview (not approved)"),
    }
)


def shown(label: str) -> str:
    """`label` in the window's language; a word not in the list (free text) comes back as is."""
    if label not in WORDS:
        return label
    return QCoreApplication.translate(CONTEXT, label)
