"""A locked pay run as the file payroll loads: employee ID, name, amount, account code, pay
period and description, one row a person, totals to the cent."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import PayrollProfile
from coordinator.errors import CoordinatorError, NotFoundError, RefusedError
from coordinator.services import audit
from coordinator.services.pay.money import as_decimal, plain
from coordinator.services.pay.runs import LOCKED, RunView
from coordinator.tools import safe_sheets

HEADERS = ("Employee ID", "Name", "Amount", "Account code", "Pay period", "Description")
FIELDS = ("employee_id", "name", "amount", "account_code", "pay_period", "description")
DEFAULT_COLUMNS = tuple(zip(FIELDS, HEADERS, strict=True))


def save_profile(session: Session, name: str, columns: list[tuple[str, str]]) -> int:
    """Save (or replace) a payroll profile: which fields, in which order, under which headers."""
    name = name.strip()
    if not name:
        raise RefusedError("A payroll profile needs a name.")
    if not columns:
        raise RefusedError("A payroll profile needs at least one column.")
    for field, header in columns:
        if field not in FIELDS:
            raise RefusedError(
                f"Payroll profile column {field!r}: the fields are {', '.join(FIELDS)}."
            )
        if not header.strip():
            raise RefusedError(f"Payroll profile column {field!r} needs a header.")
    if "amount" not in [f for f, _ in columns]:
        raise RefusedError("A payroll profile must carry the amount column.")
    profile = session.scalar(select(PayrollProfile).where(PayrollProfile.name == name))
    before = None if profile is None else {"columns": profile.columns}
    if profile is None:
        profile = PayrollProfile(name=name)
        session.add(profile)
    profile.columns = [[f, h.strip()] for f, h in columns]
    session.flush()
    audit.record(
        session, "payroll_profile.save", "payroll_profile", profile.id,
        before=before, after={"name": name, "columns": profile.columns},
    )  # fmt: skip
    return profile.id


def profile_columns(session: Session, name: str | None) -> tuple[tuple[str, str], ...]:
    if name is None:
        return DEFAULT_COLUMNS
    profile = session.scalar(select(PayrollProfile).where(PayrollProfile.name == name))
    if profile is None:
        known = ", ".join(
            session.scalars(select(PayrollProfile.name).order_by(PayrollProfile.name))
        )
        raise NotFoundError(
            f"There is no payroll profile {name!r}" + (f" (saved: {known})." if known else ".")
        )
    return tuple((str(f), str(h)) for f, h in profile.columns)


def payroll_rows(view: RunView) -> list[tuple[str, str, int, str, str, str]]:
    """One row per person the run pays (lines of one person summed), by name; no zero rows."""
    if view.status != LOCKED:
        raise RefusedError("Only an approved (locked) run goes to payroll: approve it first.")
    totals: dict[int, int] = defaultdict(int)
    who: dict[int, tuple[str, str]] = {}
    for line in view.lines:
        totals[line.person_id] += line.amount_cents
        who[line.person_id] = (line.employee_id, line.name)
    description = view.description if view.kind != "reversal" else f"Reversal: {view.description}"
    return [
        (who[pid][0], who[pid][1], totals[pid], view.account_code, view.period_label, description)
        for pid in sorted(totals, key=lambda p: (who[p][1].casefold(), p))
        if totals[pid]
    ]


def write_payroll(
    view: RunView, path: Path, columns: tuple[tuple[str, str], ...] = DEFAULT_COLUMNS
) -> tuple[int, int]:
    """Write the run as xlsx or csv by the file's extension, with the profile's columns, and a
    total row under the amount; returns (people, total cents)."""
    rows = payroll_rows(view)
    total = sum(r[2] for r in rows)
    picks = [FIELDS.index(f) for f, _ in columns]
    headers = [h for _, h in columns]
    amount_at = picks.index(2)
    label_at = amount_at - 1 if amount_at else 1  # "Total" just left of the amount
    suffix = Path(path).suffix.lower()

    def laid_out(amount: Any) -> list[list[Any]]:
        body = [[amount(r[i]) if i == 2 else r[i] for i in picks] for r in rows]
        last: list[Any] = [""] * len(picks)
        last[amount_at] = amount(total)
        if len(picks) > 1:
            last[label_at] = "Total"
        return [*body, last]

    if suffix == ".csv":
        safe_sheets.write_csv(path, [headers, *laid_out(plain)])
    elif suffix == ".xlsx":
        from openpyxl.styles import Font

        book = safe_sheets.new_workbook()
        cells = laid_out(as_decimal)
        widths = safe_sheets.fitted_widths(headers, cells)
        sheet = safe_sheets.add_sheet(book, "Payroll", widths=widths, freeze="A2")
        safe_sheets.append_row(sheet, headers, font=Font(bold=True))
        formats = ["#,##0.00" if i == 2 else None for i in picks]
        for row in cells[:-1]:
            safe_sheets.append_row(sheet, row, number_formats=formats)
        safe_sheets.append_row(sheet, cells[-1], font=Font(bold=True), number_formats=formats)
        safe_sheets.save_workbook(book, path)
    else:
        raise CoordinatorError(
            f"Cannot export to {Path(path).name}: choose a file name ending in .xlsx or .csv."
        )
    return len(rows), total
