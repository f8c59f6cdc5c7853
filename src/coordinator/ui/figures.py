"""Figures and counted nouns as the window shows them: grouped the way the system locale does."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from coordinator.tools.text import count_of


def shown_locale() -> QLocale:
    """The system locale with its digit grouping on; the bare C locale reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def local_figure(number: int | float) -> str:
    """1234 as this machine writes it: "1,234" in the US, "1.234" in Germany."""
    locale = shown_locale()
    if isinstance(number, float) and not number.is_integer():
        return locale.toString(number, "f", 1)
    return locale.toString(int(number))


def local_hours(minutes: int | float) -> str:
    """Minutes as hours to one decimal, in the locale's figures: 476,850 -> "7,947.5"."""
    return local_figure(round(minutes / 60, 1))


def hours_counted(minutes: int | float) -> str:
    """Minutes as hours with the word: "1 hour", "1.5 hours", "7,947.5 hours"."""
    return counted(round(minutes / 60, 1), "hour")


def counted(count: int | float, noun: str, many: str | None = None) -> str:
    """ "1 check-in", "1,234 mentees" with the locale's figure (the one plural rule, tools.text)."""
    return count_of(count, noun, many, number=local_figure)


def counted_as(count: int | float, one: str, many: str) -> str:
    """The translated words for one or for many, with the figure at "{n}".

    `counted_as(n, self.tr("{n} person"), self.tr("{n} people"))`: English and Spanish both take
    the singular for 1 only.
    """
    return (one if count == 1 else many).format(n=local_figure(count))
