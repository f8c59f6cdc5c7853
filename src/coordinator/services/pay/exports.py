"""A locked pay run as the file payroll loads: employee ID, name, amount, account code, pay
period and description, one row a person, totals to the cent."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from coordinator.errors import CoordinatorError, RefusedError
from coordinator.services.pay.money import as_decimal, plain
from coordinator.services.pay.runs import LOCKED, RunView
from coordinator.tools import safe_sheets

HEADERS = ("Employee ID", "Name", "Amount", "Account code", "Pay period", "Description")


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


def write_payroll(view: RunView, path: Path) -> tuple[int, int]:
    """Write the run as xlsx or csv by the file's extension; returns (people, total cents)."""
    rows = payroll_rows(view)
    total = sum(r[2] for r in rows)
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        body = [[r[0], r[1], plain(r[2]), *r[3:]] for r in rows]
        safe_sheets.write_csv(path, [list(HEADERS), *body, ["", "Total", plain(total), "", "", ""]])
    elif suffix == ".xlsx":
        from openpyxl.styles import Font

        book = safe_sheets.new_workbook()
        cells = [[r[0], r[1], as_decimal(r[2]), *r[3:]] for r in rows]
        widths = safe_sheets.fitted_widths(list(HEADERS), cells)
        sheet = safe_sheets.add_sheet(book, "Payroll", widths=widths, freeze="A2")
        safe_sheets.append_row(sheet, HEADERS, font=Font(bold=True))
        formats = [None, None, "#,##0.00", None, None, None]
        for row in cells:
            safe_sheets.append_row(sheet, row, number_formats=formats)
        safe_sheets.append_row(
            sheet, ["", "Total", as_decimal(total)], font=Font(bold=True), number_formats=formats
        )
        safe_sheets.save_workbook(book, path)
    else:
        raise CoordinatorError(
            f"Cannot export to {Path(path).name}: choose a file name ending in .xlsx or .csv."
        )
    return len(rows), total
