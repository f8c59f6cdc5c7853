"""How each outcomes figure is worked out, in the words the workbook, report and guide use."""

from __future__ import annotations

from coordinator.services.outcomes.dose import MEASURES
from coordinator.services.outcomes.retention import Outcome

GROUP_HEADERS = (
    "People",
    *(o.label for o in Outcome),
    "Still in the district",
)


def how_computed(threshold: int) -> tuple[tuple[str, str], ...]:
    """(figure, how it is computed) for every figure the outcomes show."""
    return (
        (
            "Outcome date",
            "The first day of the next program year (its start date when the program has that "
            "year, else the same day one year after this year's start), unless another date "
            "is chosen.",
        ),
        (
            "Roster used",
            "The latest applied roster import dated after the program year ended and on or "
            "before the outcome date. An undone import never counts. With no such roster every "
            "outcome is Unknown.",
        ),
        (
            "Campus and position during the year",
            "From the latest roster dated on or before the year's end that lists the person; "
            "failing that, the values a later roster replaced; failing that, the person's "
            "record now.",
        ),
        (Outcome.STAYED.label, "On the roster used, on the same campus, in the same kind of work."),
        (Outcome.MOVED.label, "On the roster used, on another campus, in the same kind of work."),
        (
            Outcome.CHANGED_ROLE.label,
            "On the roster used in another kind of work (a teacher who became an instructional "
            "coach or an assistant principal), whatever the campus. The kind is read from the "
            "position: librarian, administration, counseling, coaching, specialist, "
            "paraprofessional, nursing or teaching; any other position is compared as written.",
        ),
        (
            Outcome.LEFT.label,
            "Not on the roster used. The roster must list all staff: a file of new hires only "
            "would count everyone else as having left.",
        ),
        (Outcome.UNKNOWN.label, "No roster dated after the year's end covers the outcome date."),
        (
            "Still in the district",
            "Stayed, moved campus or changed role, as a whole percent of the people whose "
            "outcome is known (Unknown left out).",
        ),
        ("Mentees", "Everyone enrolled as a mentee in the program year, whatever became of it."),
        ("Mentors", "Everyone enrolled as a mentor in the program year."),
        (
            "New hires in no program",
            "People hired in the 365 days up to the year's end who were never enrolled in a "
            "program year overlapping this one: the comparison group.",
        ),
        (
            "Start of year 2, start of year 3",
            "The same mentees on the first day of the next and the following program year, "
            "each read from the latest roster on or before that day; year 3 needs a roster "
            "dated after the start of year 2.",
        ),
        *((m.title, m.how) for m in MEASURES),
        (
            "Survey change",
            "The mentee's end-of-year answer minus their start-of-year answer on the same "
            "questions, averaged (1 to 5 agreement scale), as the surveys pair them; 'no survey' "
            "when no survey was paired.",
        ),
        (
            "Small groups",
            f"A group of fewer than {threshold} people shows 'fewer than {threshold}' instead of "
            "its figures, so no one can be recognised; when only one group of a table is hidden "
            "the next smallest is hidden too, so the total cannot give it away. The size is a "
            "setting (coordinator outcomes --set-threshold N).",
        ),
    )
