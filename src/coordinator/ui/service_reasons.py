"""The services' sentences (at-risk reasons, rule findings, This week's lines, milestone standing)
in the window's language.

The services write them in English as `Phrase`s (services/shared/phrase.py): the English text,
with the template and the typed values it came from. `said(text)` translates the template in the
"ServiceReasons" context and fills it with each value written the way the window's language
writes it: counted nouns with the singular for one and the plural otherwise (as `counted_as`:
lupdate does not mark a Python string as plural), hours and figures with the locale's separators,
days in the short date format, months by their names in the translation's language. A plain str
(a name, a note someone typed, a sentence no service has made a Phrase yet) comes back unchanged,
and so does every Phrase while the window is in English.

tests/ui/test_service_reasons.py reads the services' source for every template and counted noun
and fails when one is not listed here or has no Spanish.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from coordinator.services.shared.phrase import (
    Count,
    Day,
    Figure,
    Hours,
    Joined,
    MonthDay,
    MonthYear,
    Phrase,
    Value,
    Word,
)
from coordinator.ui.figures import local_figure, local_hours
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_date

CONTEXT = "ServiceReasons"

# The translation's own locale: month names are written in it, and "en_US" (no translation
# installed) means the window is in English and says the services' English as it is.
LOCALE_NAME = QT_TRANSLATE_NOOP("ServiceReasons", "en_US")
# Qt date formats for a day of a month and for a month of a year (QLocale.toString's letters).
MONTH_DAY = QT_TRANSLATE_NOOP("ServiceReasons", "MMM d")
MONTH_YEAR = QT_TRANSLATE_NOOP("ServiceReasons", "MMM yyyy")

# Each counted noun a service writes: the words for one and for many, the figure at "{n}".
UNITS: dict[str, tuple[str, str]] = {
    "day": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} day"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} days"),
    ),
    "week": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} week"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} weeks"),
    ),
    "month": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} month"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} months"),
    ),
    "completed month": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} completed month"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} completed months"),
    ),
    "year": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} year"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} years"),
    ),
    "hour": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} hour"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} hours"),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} contact"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} contacts"),
    ),
    "meeting": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} meeting"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} meetings"),
    ),
    "required topic": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} required topic"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} required topics"),
    ),
    "mentor": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} mentor"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} mentors"),
    ),
    "mentee": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} mentee"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} mentees"),
    ),
    "adjustment": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} adjustment"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} adjustments"),
    ),
    "check-in": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} check-in"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} check-ins"),
    ),
    "pair": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} pair"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} pairs"),
    ),
    "certificate": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} certificate"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} certificates"),
    ),
    "half day": (
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} half day"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} half days"),
    ),
}

TEMPLATES = frozenset(
    {
        # services/compliance/checks.py: the rules' labels and findings
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} left"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{target} hours each semester"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{semester}: {done} of {target} hours{aside}"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "{semester} ended with {done} of {target} hours{aside}",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons", " ({hours} h with someone other than the assigned mentor not counted)"
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "{done} of {target} hours this semester, {left}{aside} (pace: {pace} by now)",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "{done} of {target} hours this semester, {left}{aside}",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "Contact at least every {days}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "No contact for {days} (warning at {warn})"),
        QT_TRANSLATE_NOOP("ServiceReasons", "No contact yet ({days}) (warning at {warn})"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Last contact {days} ago"),
        QT_TRANSLATE_NOOP("ServiceReasons", "No contact yet"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Mentor assigned within {days} of hire"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Assigned on day {day} of employment"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons", "Mentor assigned on day {day} of employment (limit {limit})"
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "No mentor assigned, {days} after hire (limit {limit})",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "No mentor assigned yet, {days} left to assign"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{contacts} a month"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{hours} hours a month"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "Below the monthly target ({target}) in {missed} of {judged}: {months}",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "{m}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Met in all {n}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Required topics covered this year"),
        QT_TRANSLATE_NOOP("ServiceReasons", "all of them"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{covered} of {required} covered"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{covered} of {required} covered; missing: {listed}"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons", "{covered} of {required} covered; still to cover: {listed}"
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons", "{covered} of {required} covered so far (due by the end of the year)"
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "Meetings at the designated time"),
        QT_TRANSLATE_NOOP("ServiceReasons", "No meetings yet"),
        QT_TRANSLATE_NOOP("ServiceReasons", "All {n} at the designated time"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} more"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons", "{missed} of {judged} not at the designated time: {shown}"
        ),
        # services/compliance/evaluate.py: a mentor's findings
        QT_TRANSLATE_NOOP("ServiceReasons", "Caseload cap"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{load}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{load}, over the cap of {cap}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{load}, over their own capacity of {capacity}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "At least {need} years of teaching"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Years of teaching not recorded"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{taught} of teaching (needs {need})"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{taught} of teaching"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Mentor training (TEC §21.458(b)(1)-(2), (b-1))"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Not the mentee's appraiser"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Mentors {n} they appraise"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Appraises none of their mentees"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Not the mentee's supervisor"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "Mentors {n} they supervise (no override reason recorded)",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "Supervises {n} they mentor, with a recorded override reason",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "Supervises none of their mentees"),
        # services/compliance/training.py and services/cohorts/: training and eligibility
        QT_TRANSLATE_NOOP("ServiceReasons", "approved"),
        QT_TRANSLATE_NOOP("ServiceReasons", "district"),
        QT_TRANSLATE_NOOP("ServiceReasons", "supplemental"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{kind} {mark} {day}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{kind} {mark} {day}, after the year began"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{kind} {mark} none recorded"),
        QT_TRANSLATE_NOOP("ServiceReasons", "no mentor training recorded"),
        QT_TRANSLATE_NOOP("ServiceReasons", "no district mentor training recorded"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "mentor training not completed before the year began (completed {day})",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "district mentor training not completed before the year began (completed {day})",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "supplemental training {got} of {need} hours"),
        QT_TRANSLATE_NOOP("ServiceReasons", "supplemental {got} of {need} h {mark}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "years of experience not recorded ({need} needed)"),
        QT_TRANSLATE_NOOP("ServiceReasons", "fewer than {need} years of experience ({years})"),
        QT_TRANSLATE_NOOP("ServiceReasons", "is the mentee's appraiser"),
        QT_TRANSLATE_NOOP("ServiceReasons", "is the mentee's supervisor"),
        QT_TRANSLATE_NOOP("ServiceReasons", "has left the district"),
        QT_TRANSLATE_NOOP("ServiceReasons", "cannot mentor themselves"),
        QT_TRANSLATE_NOOP("ServiceReasons", "over the caseload cap ({load}/{capacity})"),
        QT_TRANSLATE_NOOP("ServiceReasons", "caseload full ({load}/{capacity})"),
        # services/matching/pool.py: why a mentor is suggested, why none could be
        QT_TRANSLATE_NOOP("ServiceReasons", "same campus"),
        QT_TRANSLATE_NOOP("ServiceReasons", "same campus level"),
        QT_TRANSLATE_NOOP("ServiceReasons", "same region"),
        QT_TRANSLATE_NOOP("ServiceReasons", "same subject"),
        QT_TRANSLATE_NOOP("ServiceReasons", "same grade"),
        QT_TRANSLATE_NOOP("ServiceReasons", "no shared campus, level, subject or region"),
        QT_TRANSLATE_NOOP("ServiceReasons", "load {load}/{capacity}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "load {load}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{shared}; {load}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "no mentor is enrolled this year"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "no mentor in the {family} role family is enrolled this year",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "every mentor is ineligible under the rule pack (override to use them)",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "every {family} mentor is ineligible under the rule pack (override to use them)",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "the only eligible mentor is this mentee's supervisor or appraiser",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "every eligible mentor is at capacity"),
        QT_TRANSLATE_NOOP("ServiceReasons", "every eligible {family} mentor is at capacity"),
        # services/pay/overview.py: pay run statuses with a number, release time
        QT_TRANSLATE_NOOP("ServiceReasons", "Reversal of run {run}, locked"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Reversed by run {run}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "Preview, {n}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n}"),
        # services/compliance/year_close.py: each mentee's outcome in the Close year dialog
        QT_TRANSLATE_NOOP("ServiceReasons", "Not completed: {rules}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{outcome} on {day}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{rule} ({details})"),
        # services/pay/compute.py: what a stipend still needs (This week, a preview's lines)
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "needs {years} years of teaching (recorded: {recorded})",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "none"),
        QT_TRANSLATE_NOOP("ServiceReasons", "needs mentor training completed before the year"),
        QT_TRANSLATE_NOOP("ServiceReasons", "needs mentor training completed by the period's end"),
        QT_TRANSLATE_NOOP("ServiceReasons", "no mentee assigned in the period"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{name} has {done} of {need}"),
        # services/matching/suggest.py: Match all's score in words
        QT_TRANSLATE_NOOP("ServiceReasons", "No mentee could be matched."),
        QT_TRANSLATE_NOOP("ServiceReasons", "{criterion} for {pairs}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{criterion} for {n}"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons", "no pair shares a campus, level, region, subject or grade"
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "{told}; {none}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} pair shares none of these"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} pairs share none of these"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "{matched} matched, total preference score {score}: {told}. "
            "Balanced caseloads add to the score too.",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "{mentees}: {outcomes}; {certificates}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} completed"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} not completed"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} withdrawn"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{n} left the district"),
        # services/compliance/facts.py and services/programs/meeting_times.py
        QT_TRANSLATE_NOOP("ServiceReasons", "{day} {time}: {problem}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{day}: {problem}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "no start time recorded"),
        QT_TRANSLATE_NOOP("ServiceReasons", "in the planning period ({window})"),
        QT_TRANSLATE_NOOP("ServiceReasons", "the campus has no designated meeting time recorded"),
        QT_TRANSLATE_NOOP("ServiceReasons", "outside the designated meeting time"),
        # services/compliance/mentee_eligibility.py
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "no years of experience recorded (import them with the roster, or set them)",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "{had} of experience: a beginning teacher"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{had} of experience, kept by override: {why}"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "{had} of experience: not a beginning teacher (that is fewer than {below})",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceReasons", "A beginning teacher (fewer than {below} of experience)"
        ),
        # services/milestones/progress.py and reasons.py: where a milestone stands
        QT_TRANSLATE_NOOP("ServiceReasons", "{done} of {target}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{covered} of {required}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "not recorded in Coordinator yet"),
        QT_TRANSLATE_NOOP("ServiceReasons", " ({how})"),
        QT_TRANSLATE_NOOP("ServiceReasons", "met on {met}, after the due day {due}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "met on {met}{figures}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "met{figures}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "not dated yet: {why}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "due {due}, {days} overdue{figures}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "due today{figures}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "due {due}, in {days}{figures}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "no hire date recorded"),
        QT_TRANSLATE_NOOP("ServiceReasons", "no mentor assigned yet"),
        QT_TRANSLATE_NOOP("ServiceReasons", "(no mentor)"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{title}: {detail}"),
        # services/week/: This week's lines
        QT_TRANSLATE_NOOP("ServiceReasons", "no check-in logged yet this year"),
        QT_TRANSLATE_NOOP("ServiceReasons", "no check-in logged for {days}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "nudged today"),
        QT_TRANSLATE_NOOP("ServiceReasons", "nudged yesterday"),
        QT_TRANSLATE_NOOP("ServiceReasons", "nudged {days} ago"),
        QT_TRANSLATE_NOOP(
            "ServiceReasons",
            "{survey} not answered ({answered} of {asked} have, out since {since})",
        ),
        QT_TRANSLATE_NOOP("ServiceReasons", "{period} stipend period ends {end} (today)"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{period} stipend period ends {end} (tomorrow)"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{period} stipend period ends {end} (in {left} days)"),
        QT_TRANSLATE_NOOP("ServiceReasons", "{closes}: {short}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "not earned yet: {missing}"),
        QT_TRANSLATE_NOOP("ServiceReasons", "not counted yet: {missing}"),
    }
)

# What each phrase came out as, for the language below: by the phrase itself (two phrases equal
# in English may be said differently), kept beside its answer so that its id stays its own.
_said: dict[int, tuple[Phrase, str]] = {}
SAID_AT_MOST = 100_000
_said_in = ""


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def said(text: str) -> str:
    """`text` in the window's language when a service wrote it as a Phrase; else as it is."""
    global _said_in
    if not isinstance(text, Phrase):
        return text
    language = _translate(LOCALE_NAME)
    if language == LOCALE_NAME:
        return str(text)  # the window speaks the services' own English
    if language != _said_in:
        _said.clear()
        _said_in = language
    known = _said.get(id(text))
    if known is not None and known[0] is text:
        return known[1]
    if len(_said) >= SAID_AT_MOST:
        _said.clear()
    found = _render(text, QLocale(language))
    _said[id(text)] = (text, found)
    return found


def _render(text: Phrase, locale: QLocale) -> str:
    if isinstance(text, Joined):
        return text.separator.join(said(part) for part in text.parts)
    template = getattr(text, "template", None)
    if template is None:
        return str(text)
    values = getattr(text, "values", {})
    translated = _translate(template) if template in TEMPLATES else template
    try:
        return translated.format_map(_written(values, locale))
    except (KeyError, IndexError, ValueError):  # a translation naming a field wrong
        return str(text)


def _written(values: Mapping[str, Value], locale: QLocale) -> dict[str, str]:
    return {name: _value(value, locale) for name, value in values.items()}


def _value(value: Value, locale: QLocale) -> str:
    if isinstance(value, Phrase):
        return said(value)
    if isinstance(value, Word):
        return shown(value)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return local_figure(value)
    if isinstance(value, Count):
        one, many = UNITS.get(value.noun, ("", ""))
        if not one:
            return str(value)
        return _translate(one if value.n == 1 else many).format(n=local_figure(value.n))
    if isinstance(value, Figure):
        return local_figure(value.n)
    if isinstance(value, Hours):
        return local_hours(value.minutes)
    if isinstance(value, MonthDay | MonthYear):
        form = MONTH_DAY if isinstance(value, MonthDay) else MONTH_YEAR
        day = value.day
        return locale.toString(QDate(day.year, day.month, day.day), _translate(form))
    if isinstance(value, Day):
        return format_date(value.day)
    return str(value)
