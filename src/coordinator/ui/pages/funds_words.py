"""What the Funds page says: its headings and empty states, and why each action cannot act now."""

from __future__ import annotations

from html import escape

from coordinator.services.pay.money import money
from coordinator.services.pay.overview import FundsView, RunRow
from coordinator.services.pay.runs import RunLine, RunView
from coordinator.ui.figures import counted
from coordinator.ui.widgets.date_field import format_moment

NO_YEAR = "Choose a program year in the toolbar first."
NOT_LOCKED = "Approve and lock the run first: only a locked run goes to payroll."
BUSY = "Wait for the export to finish."


def rules_words(view: FundsView | None) -> str:
    if view is None or view.no_rules:
        return ""
    return f"<b>Pay rules:</b> {escape(view.rules_summary)}"


def empty_words(view: FundsView | None) -> str:
    if view is None:
        return "Choose a program year in the toolbar to see its pay runs."
    if view.no_rules:
        return view.no_rules
    if not view.runs:
        return f"No pay runs for {view.year_label} yet — New preview… works them out."
    return ""


def run_heading(run: RunRow | None, shown: RunView | None) -> str:
    if run is None or shown is None:
        return ""
    people = counted(shown.people, "person", "people")
    figures = f"{people} · total <b>{escape(money(shown.total_cents))}</b>"
    if run.locked:
        when = format_moment(run.approved_at) if run.approved_at else ""
        by = f" by {escape(run.approved_by)}" if run.approved_by else ""
        return (
            f"<b>{escape(shown.title)}</b> · {escape(run.status)} {when}{by} · {figures}"
            "<br>A locked run never changes: a correction goes into the next run."
        )
    return (
        f"<b>{escape(shown.title)}</b> · preview, not approved · {figures}"
        "<br>Nothing is paid until you approve and lock it; adjust a line first if needed."
    )


def line_words(line: RunLine | None) -> str:
    """The chosen line's whole reason, and what is missing, where the column cuts it off."""
    if line is None:
        return ""
    missing = f"<br><b>Missing to be paid:</b> {escape(line.missing)}" if line.missing else ""
    return (
        f"<b>{escape(line.name)}, {escape(money(line.amount_cents))}:</b> "
        f"{escape(line.reason)}{missing}"
    )


def why_not(
    view: FundsView | None, run: RunRow | None, line: RunLine | None, *, busy: bool
) -> dict[str, str | None]:
    """For each action (by its key), why it cannot act now, or None when it can. An account
    that may not write is the writer guard's to say."""
    year = NO_YEAR if view is None else None
    write = year or (BUSY if busy else None)
    rules = view.no_rules if view is not None and view.no_rules else None
    chosen = "Select a pay run first." if run is None else None
    adjust = write or rules or chosen or (run.why_locked or None if run else None)
    if adjust is None and line is None:
        adjust = "Select the line of the person to adjust."
    approve = write or rules or chosen
    if approve is None and run is not None and run.locked:
        approve = f"Run {run.run_id} is already approved and locked."
    reverse = write or chosen
    if reverse is None and run is not None and not run.reversible:
        reverse = (
            "Only an approved run can be reversed; a preview is not paid yet."
            if not run.locked
            else f"Run {run.run_id}: {run.status.lower()}; it cannot be reversed again."
        )
    send = year or (BUSY if busy else None) or chosen
    if send is None and run is not None and not run.locked:
        send = NOT_LOCKED
    if send is None and run is not None and not run.people:
        send = f"Run {run.run_id} pays no one."
    return {
        "preview": write or rules,
        "adjust": adjust,
        "approve": approve,
        "reverse": reverse,
        "export": send,
        "requests": send,
        "entry": write,
    }
