"""Milestones as rule-pack data: what is due, for whom, by when, and what ticks it.

A pack's `milestones` key holds a list of objects, each one milestone of the program's timeline:

    {"key": "stay-conversation", "name": "Stay conversation", "for": "pair",
     "due": {"after": "fixed", "month": 3, "day": 15},
     "met_by": {"kind": "checkin", "topic": "Stay conversation"}}

- `for`: who it is about. "mentee", "mentor", "pair" (a mentee with their mentor: both hear of
  it) or "campus" (one per campus with mentees in the year).
- `due`: a fixed day of the program year ({"after": "fixed", "month": M, "day": D}: the first such
  day from the year's start), or N days after "hire", "assignment", "year_start",
  "semester_start" (with "semester": its number, 1 = the first) ({"after": ..., "days": N}),
  or "semester_end" ({"after": "semester_end", "semester": N}, or no number: each semester).
- `met_by`: what ticks it when the record arrives: "assignment" (a mentor is assigned),
  "hours" ({"hours": H}: that many counted hours in the semester the milestone is due in, or in
  the year when it is due at the year's end), "required_topics" (every required topic covered),
  "checkin" (a check-in, optionally of one `checkin_kind` and/or with one `topic`),
  "training" (a mentor training completed), "survey" ({"instrument": NAME} answered) or
  "document" (the coordinator ticks it received, with the day).

Counted due days are plain dates, not school days, counted as the rules count a deadline:
"within 30 days of hire" is day 30 of employment (the hire day is day 1); with 0 days, the day
itself. Every milestone reads the same in the Rule packs dialog as a phrase
("within 30 days of hire", "a check-in with the topic Stay conversation"); `parse_due` and
`parse_met_by` read those phrases back, so a coordinator edits words, never JSON.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from coordinator.db.enums import CHECKIN_KIND_LABELS, CheckinKind
from coordinator.errors import RefusedError
from coordinator.tools.text import count_of


class MilestoneFor(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"
    PAIR = "pair"
    CAMPUS = "campus"

    @property
    def label(self) -> str:
        return {
            "mentee": "Each mentee",
            "mentor": "Each mentor",
            "pair": "Each mentee and mentor",
            "campus": "Each campus",
        }[self.value]


class DueAfter(StrEnum):
    FIXED = "fixed"
    HIRE = "hire"
    ASSIGNMENT = "assignment"
    YEAR_START = "year_start"
    SEMESTER_START = "semester_start"
    SEMESTER_END = "semester_end"
    YEAR_END = "year_end"


class MetBy(StrEnum):
    ASSIGNMENT = "assignment"
    HOURS = "hours"
    REQUIRED_TOPICS = "required_topics"
    CHECKIN = "checkin"
    TRAINING = "training"
    SURVEY = "survey"
    DOCUMENT = "document"


# Milestones the pack's own rules already judge: their findings are not repeated as reasons.
MIRRORED_RULES = {
    MetBy.ASSIGNMENT: "assign_within_days_of_hire",
    MetBy.HOURS: "contact_minutes_per_semester",
    MetBy.REQUIRED_TOPICS: "required_topics",
}

MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip


@dataclass(frozen=True)
class Due:
    after: DueAfter
    days: int = 0
    month: int = 0
    day: int = 0
    semester: int | None = None  # 1-based; None with semester_end: every semester

    @property
    def each_semester(self) -> bool:
        return self.after is DueAfter.SEMESTER_END and self.semester is None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"after": self.after.value}
        if self.after is DueAfter.FIXED:
            data |= {"month": self.month, "day": self.day}
        elif self.after not in (DueAfter.SEMESTER_END, DueAfter.YEAR_END):
            data["days"] = self.days
        if self.semester is not None:
            data["semester"] = self.semester
        return data

    @property
    def phrase(self) -> str:
        if self.after is DueAfter.FIXED:
            return f"{MONTHS[self.month - 1].capitalize()} {self.day}"
        if self.after is DueAfter.SEMESTER_END:
            if self.semester is None:
                return "end of each semester"
            return f"end of semester {self.semester}"
        if self.after is DueAfter.YEAR_END:
            return "end of the year"
        if self.days == 0:
            return {
                DueAfter.HIRE: "on the day of hire",
                DueAfter.ASSIGNMENT: "on the day of assignment",
                DueAfter.YEAR_START: "by the start of the year",
                DueAfter.SEMESTER_START: f"by the start of semester {self.semester}",
            }[self.after]
        what = {
            DueAfter.HIRE: "hire",
            DueAfter.ASSIGNMENT: "assignment",
            DueAfter.YEAR_START: "the start of the year",
            DueAfter.SEMESTER_START: f"the start of semester {self.semester}",
        }[self.after]
        return f"within {count_of(self.days, 'day')} of {what}"

    def counted_from(self, anchor: dt.date) -> dt.date:
        """The due day counted from its anchor: within 30 days of hire is day 30 of employment,
        the hire day being day 1 (as the rule "assign within 30 days of hire" counts it)."""
        return anchor + dt.timedelta(days=max(self.days - 1, 0))


@dataclass(frozen=True)
class Condition:
    kind: MetBy
    hours: int = 0
    checkin_kind: CheckinKind | None = None
    topic: str | None = None
    instrument: str | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value}
        if self.kind is MetBy.HOURS:
            data["hours"] = self.hours
        if self.checkin_kind is not None:
            data["checkin_kind"] = self.checkin_kind.value
        if self.topic:
            data["topic"] = self.topic
        if self.instrument:
            data["instrument"] = self.instrument
        return data

    @property
    def phrase(self) -> str:
        if self.kind is MetBy.HOURS:
            return f"{count_of(self.hours, 'hour')} of contact"
        if self.kind is MetBy.CHECKIN:
            what = "a check-in"
            if self.checkin_kind is not None:
                what = f"a check-in: {CHECKIN_KIND_LABELS[self.checkin_kind].lower()}"
            if self.topic:
                what += f" with the topic {self.topic}"
            return what
        if self.kind is MetBy.SURVEY:
            return f"a survey answered: {self.instrument}"
        return {
            MetBy.ASSIGNMENT: "a mentor assigned",
            MetBy.REQUIRED_TOPICS: "every required topic covered",
            MetBy.TRAINING: "a mentor training completed",
            MetBy.DOCUMENT: "a document received",
        }[self.kind]


@dataclass(frozen=True)
class Milestone:
    key: str
    name: str
    audience: MilestoneFor
    due: Due
    met_by: Condition

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "for": self.audience.value,
            "due": self.due.as_json(),
            "met_by": self.met_by.as_json(),
        }

    def mirrored(self, rules: Mapping[str, Any]) -> bool:
        """Whether a rule of the pack already judges this (its finding is not said twice)."""
        rule = MIRRORED_RULES.get(self.met_by.kind)
        return bool(rule and rules.get(rule))


# --- reading the pack's data ---------------------------------------------------------------------


def _whole(value: Any, what: str, *, low: int = 0, high: int = 3650) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise RefusedError(f"{what}: expected a whole number.")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise RefusedError(f"{what}: {value!r} is not a whole number.") from None
    if not low <= number <= high:
        raise RefusedError(f"{what}: {number} is outside {low} to {high}.")
    return number


def _due(data: Any, name: str) -> Due:
    if not isinstance(data, Mapping):
        raise RefusedError(f"Milestone {name!r}: the due date is missing.")
    try:
        after = DueAfter(str(data.get("after")))
    except ValueError:
        raise RefusedError(
            f"Milestone {name!r}: a due date is a day (Feb 15) or counted from "
            "hire, assignment, the year's start or a semester."
        ) from None
    semester = data.get("semester")
    number = None if semester is None else _whole(semester, f"{name}: semester", low=1, high=6)
    if after is DueAfter.FIXED:
        month = _whole(data.get("month"), f"{name}: month", low=1, high=12)
        day = _whole(data.get("day"), f"{name}: day", low=1, high=31)
        try:
            dt.date(2024, month, day)  # a leap year: Feb 29 is a real day some years
        except ValueError:
            no_day = f"{MONTHS[month - 1].capitalize()} {day}"
            raise RefusedError(f"Milestone {name!r}: {no_day} is no day.") from None
        return Due(after, month=month, day=day)
    if after is DueAfter.SEMESTER_START and number is None:
        raise RefusedError(f"Milestone {name!r}: say which semester (1 is the first).")
    if after in (DueAfter.SEMESTER_END, DueAfter.YEAR_END):
        return Due(after, semester=number if after is DueAfter.SEMESTER_END else None)
    return Due(after, days=_whole(data.get("days", 0), f"{name}: days"), semester=number)


def _condition(data: Any, name: str) -> Condition:
    if not isinstance(data, Mapping):
        raise RefusedError(f"Milestone {name!r}: say what meets it.")
    try:
        kind = MetBy(str(data.get("kind")))
    except ValueError:
        known = ", ".join(m.value for m in MetBy)
        raise RefusedError(f"Milestone {name!r}: what meets it must be one of {known}.") from None
    if kind is MetBy.HOURS:
        return Condition(kind, hours=_whole(data.get("hours"), f"{name}: hours", low=1, high=500))
    if kind is MetBy.CHECKIN:
        raw = data.get("checkin_kind")
        try:
            checkin_kind = CheckinKind(str(raw)) if raw else None
        except ValueError:
            raise RefusedError(f"Milestone {name!r}: {raw!r} is not a kind of check-in.") from None
        topic = str(data.get("topic") or "").strip() or None
        return Condition(kind, checkin_kind=checkin_kind, topic=topic)
    if kind is MetBy.SURVEY:
        instrument = str(data.get("instrument") or "").strip()
        if not instrument:
            raise RefusedError(f"Milestone {name!r}: name the survey that meets it.")
        return Condition(kind, instrument=instrument)
    return Condition(kind)


def key_for(name: str) -> str:
    """A milestone's stable key from its first name: "Stay conversation" -> "stay-conversation"."""
    from coordinator.tools.text import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "milestone"


def read_milestone(data: Any) -> Milestone:
    if not isinstance(data, Mapping):
        raise RefusedError("A milestone must have a name, who it is for, a due date and a test.")
    name = " ".join(str(data.get("name") or "").split())
    if not name:
        raise RefusedError("A milestone needs a name.")
    try:
        audience = MilestoneFor(str(data.get("for", "mentee")))
    except ValueError:
        raise RefusedError(
            f"Milestone {name!r}: it is for each mentee, mentor, mentee and mentor, or campus."
        ) from None
    raw_due, raw_met = data.get("due"), data.get("met_by")  # phrases from the dialog, or data
    due = _phrased(parse_due, raw_due, name) if isinstance(raw_due, str) else _due(raw_due, name)
    met_by = (
        _phrased(parse_met_by, raw_met, name)
        if isinstance(raw_met, str)
        else _condition(raw_met, name)
    )
    if audience is MilestoneFor.CAMPUS and met_by.kind is not MetBy.DOCUMENT:
        raise RefusedError(f"Milestone {name!r}: a campus milestone is met by a document.")
    if audience is MilestoneFor.MENTOR and met_by.kind not in (
        MetBy.TRAINING,
        MetBy.DOCUMENT,
        MetBy.SURVEY,
    ):
        raise RefusedError(
            f"Milestone {name!r}: a mentor's milestone is met by a training, a survey or a "
            "document; the mentee's check-ins belong to a mentee-and-mentor milestone."
        )
    if audience in (MilestoneFor.MENTOR, MilestoneFor.CAMPUS) and due.after in (
        DueAfter.HIRE,
        DueAfter.ASSIGNMENT,
    ):
        raise RefusedError(
            f"Milestone {name!r}: only a mentee's milestone can be due after hire or assignment."
        )
    key = str(data.get("key") or "").strip() or key_for(name)
    return Milestone(key, name, audience, due, met_by)


def _phrased(parse: Any, text: str, name: str) -> Any:
    try:
        return parse(text)
    except RefusedError as exc:
        raise RefusedError(f"Milestone {name!r}: {exc}") from None


def read_milestones(data: Any) -> list[Milestone]:
    """The pack's milestones, checked; refused in words when one is wrong or two share a key."""
    if data in (None, ""):
        return []
    if not isinstance(data, list):
        raise RefusedError("Milestones: expected a list.")
    found = [read_milestone(item) for item in data]
    seen: set[str] = set()
    for m in found:
        if m.key in seen:
            raise RefusedError(f"Two milestones are named {m.name!r}; give each its own name.")
        seen.add(m.key)
    return found


def pack_milestones(rules: Mapping[str, Any]) -> list[Milestone]:
    """A pack's milestones, skipping none: the pack was checked when it was saved."""
    return read_milestones(rules.get("milestones"))


# --- phrases a coordinator types ------------------------------------------------------------------

_ANCHOR_WORDS = {
    "hire": DueAfter.HIRE,
    "the day of hire": DueAfter.HIRE,
    "assignment": DueAfter.ASSIGNMENT,
    "the day of assignment": DueAfter.ASSIGNMENT,
    "the start of the year": DueAfter.YEAR_START,
    "the year's start": DueAfter.YEAR_START,
    "the year starts": DueAfter.YEAR_START,
    "year start": DueAfter.YEAR_START,
}


def _anchor(what: str, text: str) -> tuple[DueAfter, int | None]:
    semester = re.fullmatch(r"(?:the start of )?semester (\d)(?: starts| starting)?", what)
    if semester:
        return DueAfter.SEMESTER_START, int(semester[1])
    if what in _ANCHOR_WORDS:
        return _ANCHOR_WORDS[what], None
    raise _due_refused(text)


def _due_refused(text: str) -> RefusedError:
    return RefusedError(
        f"Due {text.strip()!r}: write a day (Feb 15); within N days of hire, assignment, the "
        "start of the year or the start of semester N; end of semester N; end of each "
        "semester; or end of the year."
    )


def parse_due(text: str) -> Due:
    """ "Feb 15", "within 30 days of hire", "within 14 days of assignment", "by the start of
    the year", "within 7 days of the start of semester 2", "30 days after hire" (day 31),
    "end of semester 1", "end of each semester", "end of the year"."""
    words = " ".join(text.casefold().replace(",", " ").split())
    fixed = re.fullmatch(r"([a-z]{3,})\.? (\d{1,2})", words)
    if fixed:
        month = next((i for i, m in enumerate(MONTHS, 1) if m.startswith(fixed[1][:3])), 0)
        if month and MONTHS[month - 1].startswith(fixed[1]):
            return _due({"after": "fixed", "month": month, "day": int(fixed[2])}, text)
    if words in ("end of each semester", "end of every semester"):
        return Due(DueAfter.SEMESTER_END)
    if words in ("end of the year", "end of year", "the end of the year"):
        return Due(DueAfter.YEAR_END)
    ending = re.fullmatch(r"end of semester (\d)", words)
    if ending:
        return _due({"after": "semester_end", "semester": ending[1]}, text)
    within = re.fullmatch(r"within (\d+) days? of (.+)", words)
    after = re.fullmatch(r"(\d+) days? after (.+)", words)
    on = re.fullmatch(r"(?:by|on) (.+)", words)
    if within or after:
        found = within or after
        assert found is not None
        anchor, semester = _anchor(found[2], text)
        days = int(found[1]) + (1 if after else 0)  # "30 days after" is day 31
        return _due({"after": anchor.value, "days": days, "semester": semester}, text)
    if on:
        anchor, semester = _anchor(on[1], text)
        return _due({"after": anchor.value, "days": 0, "semester": semester}, text)
    raise _due_refused(text)


def parse_met_by(text: str, topics: Iterable[str] = ()) -> Condition:
    """ "a mentor assigned", "12 hours", "every required topic", "a check-in", "an observation",
    "a check-in with the topic Stay conversation", "a training", "a document", "survey: NAME"."""
    raw = " ".join(text.split())
    words = raw.casefold()
    hours = re.fullmatch(r"(\d+) hours?(?: of contact)?", words)
    if hours:
        return _condition({"kind": "hours", "hours": hours[1]}, raw)
    if words.startswith(("survey:", "a survey answered:")):
        return Condition(MetBy.SURVEY, instrument=raw.split(":", 1)[1].strip() or None)
    simple = {
        "assignment": MetBy.ASSIGNMENT,
        "a mentor assigned": MetBy.ASSIGNMENT,
        "mentor assigned": MetBy.ASSIGNMENT,
        "every required topic covered": MetBy.REQUIRED_TOPICS,
        "every required topic": MetBy.REQUIRED_TOPICS,
        "required topics": MetBy.REQUIRED_TOPICS,
        "a mentor training completed": MetBy.TRAINING,
        "a training": MetBy.TRAINING,
        "training": MetBy.TRAINING,
        "a document received": MetBy.DOCUMENT,
        "a document": MetBy.DOCUMENT,
        "document": MetBy.DOCUMENT,
    }
    if words in simple:
        return Condition(simple[words])
    found = re.search(r"\s+with the topic\s+", raw, re.IGNORECASE)
    head = (raw[: found.start()] if found else raw).casefold()
    head = head.removeprefix("a ").removeprefix("an ").strip()
    if head.startswith(("check-in:", "checkin:")):
        kind = _checkin_kind(head.split(":", 1)[1])
    elif head in ("check-in", "checkin"):
        kind = None
    else:
        kind = _checkin_kind(head)
    if kind is not False and kind is not True:
        topic = _known_topic(raw[found.end() :].strip(), topics) if found else None
        return Condition(MetBy.CHECKIN, checkin_kind=kind or None, topic=topic or None)
    raise RefusedError(
        f"Met by {raw!r}: write a mentor assigned, N hours, every required topic, a check-in "
        "(or an observation, a one-to-one…), a check-in with the topic NAME, a training, "
        "a document, or survey: NAME."
    )


def _checkin_kind(word: str) -> CheckinKind | bool | None:
    """The kind a word names, None for any check-in, False when it names no kind at all."""
    if not word:
        return None
    word = word.strip()
    for kind, label in CHECKIN_KIND_LABELS.items():
        if word in (label.casefold(), kind.value.replace("_", " "), kind.value):
            return kind
    if word in ("one-to-one", "one to one", "meeting"):
        return CheckinKind.ONE_TO_ONE
    if word in ("group", "group meeting", "cohort meeting"):
        return CheckinKind.GROUP
    return False


def _known_topic(typed: str, topics: Iterable[str]) -> str:
    """The program's own spelling of a topic typed in any case; the typed text if none matches."""
    for name in topics:
        if name.casefold() == typed.casefold():
            return name
    return typed
