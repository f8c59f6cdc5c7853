"""A date field that never changes what was typed: it reads the text, or says why it cannot.

`QDateEdit` clamps a typed date into its range (typing 2024-01-15 into a 2025-26 year became
2026-01-15 and was saved). Here the text stays exactly as typed; a date outside the allowed
range, an impossible date or a two-digit year is a problem in words, shown by the form that asks.
Dates show in the system's short date with the year in full; ISO (2026-01-15) is always accepted.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")
# An ISO date inside a sentence; not one inside a file name (roster-2025-08-01.xlsx) or a path.
ISO_IN_TEXT = re.compile(r"(?<![\w./\\-])(\d{4})-(\d{2})-(\d{2})(?![\w/\\-]|\.\w)")


def display_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (M/d/yyyy, dd/MM/yyyy …)."""
    shown = locale or QLocale()
    if shown.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # untranslated: a Qt date format (no locale chosen: ISO)
    short = shown.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def format_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A date as every screen shows it."""
    shown = locale or QLocale()
    return shown.toString(QDate(day.year, day.month, day.day), display_format(shown))


def format_day(day: dt.date | None, missing: str = "") -> str:
    """`format_date`, or `missing` when there is no date ("never", "now", "")."""
    return missing if day is None else format_date(day)


def format_moment(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """A date and time as every screen shows them: the short date, then the locale's short time."""
    shown = locale or QLocale()
    clock = (
        "HH:mm"  # untranslated: a Qt time format
        if shown.language() == QLocale.Language.C
        else shown.timeFormat(QLocale.FormatType.ShortFormat)
    )
    time = shown.toString(QTime(moment.hour, moment.minute), clock)
    return f"{format_date(moment.date(), shown)} {time}"


def local_dates(text: str) -> str:
    """Text from the services (which write ISO dates, as files and the command line show them)
    with each date written the way the window writes dates."""

    def shown(found: re.Match[str]) -> str:
        try:
            day = dt.date(*(int(part) for part in found.groups()))
        except ValueError:
            return found.group(0)  # not a day in the calendar: quoted as it was typed
        return format_date(day)

    return ISO_IN_TEXT.sub(shown, text)


def _numeric_reading(fmt: str) -> re.Pattern[str]:
    """The locale's numeric short date as a pattern taking one or two digits for day and month
    (15/1/2026 as well as 15/01/2026); a format with month names matches nothing."""
    pattern = ""
    for run in re.finditer(r"(.)\1*", fmt):
        token = run.group(0)
        if token in ("d", "dd"):
            pattern += r"(?P<d>\d{1,2})"
        elif token in ("M", "MM"):
            pattern += r"(?P<m>\d{1,2})"
        elif token == "yyyy":
            pattern += r"(?P<y>\d{4})"
        elif token[0].isalpha():
            return re.compile(r"(?!)")
        else:
            pattern += re.escape(token)
    return re.compile(pattern)


def read_date(text: str, locale: QLocale | None = None) -> dt.date:
    """The date typed, or ValueError saying why it is not one; never a guess."""
    iso = ISO.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"{text.strip()} is not a date in the calendar.") from None
    shown = locale or QLocale()
    fmt = display_format(shown)
    example = format_date(dt.date(2026, 1, 15), shown)
    numeric = _numeric_reading(fmt).fullmatch(text.strip())
    if numeric:
        try:
            return dt.date(*(int(numeric.group(part)) for part in ("y", "m", "d")))
        except ValueError:  # 2/30/2026, or the day and month the other way round
            raise ValueError(
                f"{text.strip()} is not a date in the calendar; type it like {example}."
            ) from None
    parsed = shown.toDate(text.strip(), fmt)
    if parsed.isValid():
        return dt.date(parsed.year(), parsed.month(), parsed.day())
    if re.search(r"(^|\D)\d{1,2}$", text.strip()) and re.search(r"\d", text):
        raise ValueError(f"Type the year in full in {text.strip()} (for example 2026).")
    also = (
        "" if example == "2026-01-15" else QCoreApplication.translate("DateField", " or 2026-01-15")
    )
    raise ValueError(f"{text.strip()} is not a date: type it like {example}{also}.")


class DateField(QWidget):
    """A text box for a date with a calendar button; `problem()` says what is wrong, if anything."""

    edited = Signal()

    def __init__(
        self,
        day: dt.date | None = None,
        *,
        optional: bool = False,
        label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        label = self.tr("Date") if label is None else label
        self.optional = optional
        self.label = label
        self._first: dt.date | None = None
        self._last: dt.date | None = None
        self._range_name = ""
        self.line_edit = QLineEdit()
        self.line_edit.setAccessibleName(label)
        self.line_edit.setPlaceholderText("none" if optional else format_date(dt.date(2026, 1, 15)))
        self.line_edit.textEdited.connect(lambda _text: self.edited.emit())
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setAccessibleName(
            self.tr("Choose the {field} on a calendar").format(field=label.lower())
        )
        self.calendar_button.setToolTip(self.tr("Choose on a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_to_text)
        self.calendar_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a label's mnemonic (&Date) reaches it
        self.set_date(day)

    def set_date(self, day: dt.date | None) -> None:
        self.line_edit.setText("" if day is None else format_date(day))

    def set_range(self, first: dt.date | None, last: dt.date | None, name: str = "") -> None:
        """Dates outside first..last are refused with `name` ("the program year 2025-26")."""
        self._first, self._last, self._range_name = first, last, name
        if first is not None:
            self.calendar.setMinimumDate(QDate(first.year, first.month, first.day))
        if last is not None:
            self.calendar.setMaximumDate(QDate(last.year, last.month, last.day))

    def text(self) -> str:
        return self.line_edit.text()

    def date(self) -> dt.date | None:
        """The date as typed; None when it is empty or cannot be read (see `problem`)."""
        try:
            return self._read()
        except ValueError:
            return None

    def problem(self) -> str | None:
        """Why the text cannot be used as this field's date, in words; None when it can."""
        try:
            self._read()
        except ValueError as exc:
            return str(exc)
        return None

    def _read(self) -> dt.date | None:
        text = self.line_edit.text()
        if not text.strip():
            if self.optional:
                return None
            raise ValueError(f"Type the {self.label.lower()}.")
        day = read_date(text)
        where = f" {self._range_name}" if self._range_name else ""
        if self._first is not None and day < self._first:
            raise ValueError(
                f"{format_date(day)} is before{where or ' the first allowed day'}, which starts "
                f"{format_date(self._first)}."
            )
        if self._last is not None and day > self._last:
            raise ValueError(
                f"{format_date(day)} is after{where or ' the last allowed day'}, which ends "
                f"{format_date(self._last)}."
            )
        return day

    def _calendar_to_text(self) -> None:
        day = self.date()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, chosen: QDate) -> None:
        self.set_date(dt.date(chosen.year(), chosen.month(), chosen.day()))
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.hide()
        self.line_edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edited.emit()
