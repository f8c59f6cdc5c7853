"""The year's Funds as an export table: the same figures as the year-end report's Funds section,
amounts as exact numbers (dollars to the cent) that add up as the report's do."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from coordinator.services.pay.funds import Funds, year_funds
from coordinator.services.pay.money import as_decimal
from coordinator.services.reporting.exports import ColumnKind, ExportColumn, ExportTable
from coordinator.services.reporting.year_end import program_year
from coordinator.tools.text import count_of

COLUMNS = (
    ExportColumn("Section"),
    ExportColumn("Item"),
    ExportColumn("Spent", ColumnKind.MONEY),
    ExportColumn("Committed", ColumnKind.MONEY),
    ExportColumn("Total", ColumnKind.MONEY),
    ExportColumn("Note"),
)


def _d(cents: int | None) -> Decimal | None:
    return None if cents is None else as_decimal(cents)


def funds_rows(funds: Funds) -> list[tuple[Any, ...]]:
    b = funds.budget
    rows: list[tuple[Any, ...]] = [
        ("Allotment", "Allotment", None, None, _d(b.allotment_cents), b.allotment_words)
    ]
    for line in b.lines:
        rows.append(
            (
                "Spent and committed",
                line.label,
                _d(line.spent_cents),
                _d(line.committed_cents),
                _d(line.spent_cents + line.committed_cents),
                "" if line.allowed else "NOT ALLOWED by the allotment",
            )
        )
    rows.append(
        (
            "Spent and committed",
            "Total",
            _d(b.spent_cents),
            _d(b.committed_cents),
            _d(b.spent_cents + b.committed_cents),
            "",
        )
    )
    if b.remaining_cents is not None:
        rows.append(("Allotment", "Remaining", None, None, _d(b.remaining_cents), ""))
    rows += [("Warning", "", None, None, None, w) for w in b.warnings]
    for p in funds.stipends:
        note = f"paid {as_decimal(p.paid_cents)}, reversed {as_decimal(p.reversed_cents)}; "
        rows.append(
            ("Stipends paid", p.label, _d(p.net_cents), None, _d(p.net_cents),
             note + count_of(p.people, "person", "people") + " paid")
        )  # fmt: skip
    rows.append(
        ("Stipends paid", "Total", _d(funds.stipends_cents), None, _d(funds.stipends_cents), "")
    )
    r = funds.release
    what = f"{count_of(r.entries, 'entry', 'entries')} for {count_of(r.mentors, 'mentor')}"
    if r.substitute_half_days:
        what += f"; {r.substitute_half_days / 2:g} substitute days"
    rows.append(
        ("Release time", what, _d(r.spent_cents), _d(r.committed_cents),
         _d(r.spent_cents + r.committed_cents), "")
    )  # fmt: skip
    rows.append(
        (
            "Per-mentee cost",
            f"Total spent ÷ {count_of(funds.mentees_served, 'mentee')} served",
            None,
            None,
            _d(funds.per_mentee_cents),
            funds.per_mentee_words(),
        )
    )
    return rows


def export_funds(session: Session, program_year_id: int) -> ExportTable:
    """The Funds table (one row an allotment figure, category, period or cost)."""
    program_year(session, program_year_id)  # refuses a year that does not exist
    funds = year_funds(session, program_year_id)
    if funds is None:
        return ExportTable(
            "Funds",
            COLUMNS,
            [("Funds", "No pay rules and no money recorded this year", None, None, None, "")],
        )
    return ExportTable("Funds", COLUMNS, funds_rows(funds))
