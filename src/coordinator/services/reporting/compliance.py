"""Compliance for a report: how many mentees met each rule, and the exceptions by name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from coordinator.services.compliance.evaluate import MenteeStatus
from coordinator.services.reporting.data import RuleCompliance


def rule_compliance(statuses: Sequence[MenteeStatus]) -> tuple[RuleCompliance, ...]:
    """Per rule: how many mentees met it, and the exceptions by name with the reason.

    A rule may give a mentee several results (one per semester); the mentee met the rule when
    every one of them is met, and their unmet ones make one exception line.
    """
    order: list[str] = []
    labels: dict[str, str] = {}
    met: dict[str, int] = defaultdict(int)
    evaluated: dict[str, int] = defaultdict(int)
    exceptions: dict[str, list[tuple[str, str]]] = defaultdict(list)
    exception_ids: dict[str, list[int]] = defaultdict(list)
    for status in statuses:  # in the order the rules give them (by last name)
        outcome: dict[str, bool] = {}
        reasons: dict[str, list[str]] = defaultdict(list)
        for result in status.results:
            if result.key not in labels:
                order.append(result.key)
                labels[result.key] = result.label
            outcome[result.key] = outcome.get(result.key, True) and result.met
            if not result.met:
                reasons[result.key].append(result.detail)
        for key, all_met in outcome.items():
            evaluated[key] += 1
            met[key] += all_met
            if reasons[key]:
                exceptions[key].append((status.name, "; ".join(reasons[key])))
                exception_ids[key].append(status.person_id)
    return tuple(
        RuleCompliance(
            key,
            labels[key],
            met[key],
            evaluated[key],
            tuple(exceptions[key]),
            tuple(exception_ids[key]),
        )
        for key in order
    )
