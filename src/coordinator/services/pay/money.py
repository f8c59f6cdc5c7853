"""Money as integer cents: reading what a coordinator types, writing it back, exact arithmetic.

Amounts are dollars. `money` writes one as the locale does ("$1,234.50" in en_US, "1 234,50 $"
in fr_CA, "1.234,50 $" in de_DE): the locale is the one `use_locale` chose: COORDINATOR_LOCALE
when it is set, else the environment's (LC_ALL, LC_MONETARY, LANG), else in the window the
system's; US English when none is known.
Payroll files never use it: they carry `plain` numbers (1234.50), whatever the locale.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from decimal import Decimal

from coordinator.errors import RefusedError

_AMOUNT = re.compile(r"^\s*([+-]?)\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$")
NBSP, NNBSP = "\u00a0", "\u202f"


@dataclass(frozen=True)
class CurrencyStyle:
    """How a locale writes a dollar amount: its decimal mark, digit grouping, where "$" goes."""

    locale: str
    decimal: str = "."
    group: str = ","
    before: str = "$"  # written before the figure ("$", "$ ")
    after: str = ""  # written after it (" $")
    min_grouping: int = 1  # 2: "1234,50" but "12.345,50" (CLDR's minimum grouping digits)

    def write(self, cents: int) -> str:
        whole, part = divmod(abs(cents), 100)
        digits = f"{whole:,}" if len(str(whole)) >= 3 + self.min_grouping else str(whole)
        figure = digits.replace(",", self.group) + f"{self.decimal}{part:02d}"
        sign = "-" if cents < 0 else ""
        return f"{sign}{self.before}{figure}{self.after}"


_SUFFIX = f"{NBSP}$"
# The locales' conventions as CLDR (and so Qt's QLocale) gives them for a dollar amount; the
# test checks each against QLocale. A locale not listed is written as its language is; a
# language not listed as US English. (Indian digit grouping, 12,34,567.50, is not known.)
STYLES: dict[str, CurrencyStyle] = {
    s.locale: s
    for s in (
        CurrencyStyle("en_US"),
        CurrencyStyle("es_US"),
        CurrencyStyle("es_ES", ",", ".", "", _SUFFIX, 2),
        CurrencyStyle("fr_CA", ",", NBSP, "", _SUFFIX),
        CurrencyStyle("fr_FR", ",", NNBSP, "", _SUFFIX),
        CurrencyStyle("fr_CH", ",", "'", "", _SUFFIX),
        CurrencyStyle("ht_HT", ",", NBSP, "", _SUFFIX),
        CurrencyStyle("de_DE", ",", ".", "", _SUFFIX),
        CurrencyStyle("de_CH", ".", "'", f"${NBSP}", ""),
        CurrencyStyle("it_IT", ",", ".", "", _SUFFIX, 2),
        CurrencyStyle("pt_BR", ",", ".", f"${NBSP}", ""),
        CurrencyStyle("nl_NL", ",", ".", f"${NBSP}", ""),
        CurrencyStyle("ru_RU", ",", NBSP, "", _SUFFIX),
        CurrencyStyle("vi_VN", ",", ".", "", _SUFFIX),
    )
}
_LANGUAGES = {name.split("_")[0]: style for name, style in reversed(STYLES.items())}
_LANGUAGES.update(en=STYLES["en_US"], es=STYLES["es_US"], fr=STYLES["fr_CA"])
_chosen: CurrencyStyle | None = None


def locale_from_environment() -> str | None:
    """The locale the environment chooses for money: COORDINATOR_LOCALE, then LC_ALL,
    LC_MONETARY and LANG as POSIX reads them, e.g. "fr_CA"; None when it chooses none (unset,
    C or POSIX)."""
    for key in ("COORDINATOR_LOCALE", "LC_ALL", "LC_MONETARY", "LANG"):
        value = os.environ.get(key, "")
        if value:
            name = value.split(".")[0].split("@")[0].replace("-", "_")
            return None if name in ("C", "POSIX") else name
    return None


def currency_style(locale: str | None) -> CurrencyStyle:
    """The style for a locale name ("fr_CA", "fr-CA", "fr_CA.UTF-8"), by its language when the
    territory is not known, US English when neither is."""
    if not locale:
        return STYLES["en_US"]
    name = locale.split(".")[0].split("@")[0].replace("-", "_")
    language = name.split("_")[0].lower()
    found = STYLES.get(name) or _LANGUAGES.get(language) or STYLES["en_US"]
    return found if found.locale == name else CurrencyStyle(name, *_fields(found))


def _fields(style: CurrencyStyle) -> tuple[str, str, str, str, int]:
    return style.decimal, style.group, style.before, style.after, style.min_grouping


def use_locale(locale: str | None) -> CurrencyStyle:
    """Write amounts as `locale` does from now on in this process (None: the environment's)."""
    global _chosen
    _chosen = currency_style(locale or locale_from_environment())
    return _chosen


def money_locale() -> str:
    """The locale amounts are written in (to hand to a child process)."""
    return (_chosen or use_locale(None)).locale


def money(cents: int, locale: str | None = None) -> str:
    """An amount as every page, report and CLI line writes it, in the chosen locale's way:
    $1,234.56 and -$12.00 in US English."""
    style = currency_style(locale) if locale else (_chosen or use_locale(None))
    return style.write(cents)


def plain(cents: int) -> str:
    """1234.56: an amount as payroll files carry it (no symbol, no thousands separator)."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def as_decimal(cents: int) -> Decimal:
    """The amount in dollars, exact (a spreadsheet cell holds it as a number)."""
    return Decimal(cents) / Decimal(100)


def parse_amount(text: str, *, what: str = "Amount") -> int:
    """'500', '$1,250.50', '-35.5' as cents; anything else refused saying how to write it."""
    match = _AMOUNT.match(str(text))
    if match is None:
        raise RefusedError(f"{what}: {text!r} is not an amount; write it like 500 or 1,250.50.")
    sign, whole, part = match.groups()
    cents = int(whole.replace(",", "")) * 100 + int((part or "0").ljust(2, "0"))
    return -cents if sign == "-" else cents


def share(amount: int, numerator: int, denominator: int) -> int:
    """amount × numerator / denominator to the nearest cent, halves away from zero."""
    if denominator <= 0:
        raise ValueError("a share of nothing")
    product = amount * numerator
    sign = -1 if product < 0 else 1
    return sign * ((2 * abs(product) + denominator) // (2 * denominator))


def hours(minutes: int) -> str:
    """12 h, 12.5 h, 0.25 h: minutes as the hours a coordinator reads in a reason."""
    whole, rest = divmod(minutes, 60)
    if rest == 0:
        return f"{whole} h"
    return f"{Decimal(minutes) / Decimal(60):.2f}".rstrip("0").rstrip(".") + " h"
