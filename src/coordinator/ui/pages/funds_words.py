"""What the Funds page says: its headings and empty states, and why each action cannot act now."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coordinator.services.pay.money import money
from coordinator.services.pay.overview import FundsView, RunRow
from coordinator.services.pay.runs import RunLine, RunView
from coordinator.ui.figures import counted
from coordinator.ui.service_reasons import said
from coordinator.ui.service_words import shown as service_word
from coordinator.ui.widgets.date_field import format_moment

NO_YEAR = str(QT_TRANSLATE_NOOP("FundsPage", "Choose a program year in the toolbar first."))
NOT_LOCKED = str(
    QT_TRANSLATE_NOOP(
        "FundsPage", "Approve and lock the run first: only a locked run goes to payroll."
    )
)
BUSY = str(QT_TRANSLATE_NOOP("FundsPage", "Wait for the export to finish."))

# This module's words are shown on the Funds page: they are translated in its context.


def rules_words(view: FundsView | None) -> str:
    if view is None or view.no_rules:
        return ""
    return QCoreApplication.translate("FundsPage", "<b>Pay rules:</b> {rules}").format(
        rules=escape(view.rules_summary)
    )


def empty_words(view: FundsView | None) -> str:
    if view is None:
        return QCoreApplication.translate(
            "FundsPage", "Choose a program year in the toolbar to see its pay runs."
        )
    if view.no_rules:
        return view.no_rules
    if not view.runs:
        return QCoreApplication.translate(
            "FundsPage", "No pay runs for {year} yet — New preview… works them out."
        ).format(year=view.year_label)
    return ""


def run_heading(run: RunRow | None, shown: RunView | None) -> str:
    if run is None or shown is None:
        return ""
    people = counted(
        shown.people,
        QCoreApplication.translate("FundsPage", "person"),
        QCoreApplication.translate("FundsPage", "people"),
    )
    figures = QCoreApplication.translate("FundsPage", "{people} · total <b>{total}</b>").format(
        people=people, total=escape(money(shown.total_cents))
    )
    if run.locked:
        when = format_moment(run.approved_at) if run.approved_at else ""
        by = (
            QCoreApplication.translate("FundsPage", " by {name}").format(
                name=escape(run.approved_by)
            )
            if run.approved_by
            else ""
        )
        return QCoreApplication.translate(
            "FundsPage",
            "<b>{title}</b> · {status} {when}{by} · {figures}"
            "<br>A locked run never changes: a correction goes into the next run.",
        ).format(
            title=escape(shown.title),
            status=escape(service_word(run.status)),
            when=when,
            by=by,
            figures=figures,
        )
    return QCoreApplication.translate(
        "FundsPage",
        "<b>{title}</b> · preview, not approved · {figures}"
        "<br>Nothing is paid until you approve and lock it; adjust a line first if needed.",
    ).format(title=escape(shown.title), figures=figures)


def line_words(line: RunLine | None) -> str:
    """The chosen line's whole reason, and what is missing, where the column cuts it off."""
    if line is None:
        return ""
    missing = (
        QCoreApplication.translate("FundsPage", "<br><b>Missing to be paid:</b> {missing}").format(
            missing=escape(said(line.missing))
        )
        if line.missing
        else ""
    )
    return (
        f"<b>{escape(line.name)}, {escape(money(line.amount_cents))}:</b> "  # untranslated: data
        f"{escape(line.reason)}{missing}"
    )


def why_not(
    view: FundsView | None, run: RunRow | None, line: RunLine | None, *, busy: bool
) -> dict[str, str | None]:
    """For each action (by its key), why it cannot act now, or None when it can. An account
    that may not write is the writer guard's to say."""
    year = QCoreApplication.translate("FundsPage", NO_YEAR) if view is None else None
    write = year or (QCoreApplication.translate("FundsPage", BUSY) if busy else None)
    rules = view.no_rules if view is not None and view.no_rules else None
    chosen = (
        QCoreApplication.translate("FundsPage", "Select a pay run first.") if run is None else None
    )
    adjust = write or rules or chosen or (run.why_locked or None if run else None)
    if adjust is None and line is None:
        adjust = QCoreApplication.translate("FundsPage", "Select the line of the person to adjust.")
    approve = write or rules or chosen
    if approve is None and run is not None and run.locked:
        approve = QCoreApplication.translate(
            "FundsPage", "Run {run} is already approved and locked."
        ).format(run=run.run_id)
    reverse = write or chosen
    if reverse is None and run is not None and not run.reversible:
        reverse = (
            QCoreApplication.translate(
                "FundsPage", "Only an approved run can be reversed; a preview is not paid yet."
            )
            if not run.locked
            else QCoreApplication.translate(
                "FundsPage", "Run {run}: {status}; it cannot be reversed again."
            ).format(run=run.run_id, status=run.status.lower())
        )
    send = year or (QCoreApplication.translate("FundsPage", BUSY) if busy else None) or chosen
    if send is None and run is not None and not run.locked:
        send = QCoreApplication.translate("FundsPage", NOT_LOCKED)
    if send is None and run is not None and not run.people:
        send = QCoreApplication.translate("FundsPage", "Run {run} pays no one.").format(
            run=run.run_id
        )
    return {
        "preview": write or rules,
        "adjust": adjust,
        "approve": approve,
        "reverse": reverse,
        "export": send,
        "requests": send,
        "entry": write,
    }
