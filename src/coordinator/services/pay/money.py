"""Money as integer cents: reading what a coordinator types, writing it back, exact arithmetic."""

from __future__ import annotations

import re
from decimal import Decimal

from coordinator.errors import RefusedError

_AMOUNT = re.compile(r"^\s*([+-]?)\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$")


def money(cents: int) -> str:
    """$1,234.56 (and -$12.00): how every page, report and CLI line writes an amount."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}${whole:,}.{part:02d}"


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
