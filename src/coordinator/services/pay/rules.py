"""Pay rules as rule-pack data: who is paid, how much, and on what conditions.

A pack's `rules["pay"]` is a JSON object; amounts are integer cents, times are minutes, as in the
rest of a pack. Exactly one way of counting the amount:

    per_mentee_cents   int   a flat amount for each mentee mentored (a district-set stipend)
    tiers              list  by the hours with each mentee: [{"from_minutes": 0,
                             "per_hour_cents": 2500}, {"from_minutes": 720, "flat_cents": 40000}]
                             (the highest tier reached applies: a rate under 12 h, flat above)
    per_hour_cents     int   a rate per hour with each mentee

and, all optional:

    period                   "semester" (paid fall and spring) or "year" (paid once)
    cap_cents                int   the most one person is paid in a period
    prorate_by_days          bool  a mentee assigned part of the period counts for that share
    require_mentor_eligible  bool  the mentor has the pack's years of teaching
    require_mentor_trained   bool  the mentor completed mentor training (before the year when
                                   the pack asks for that)
    require_mentee_met       bool  a mentee counts only once their contact minimum is met
    min_contacts             int   a mentee counts only after this many check-ins in the period
    roles                    list  the roles paid: "mentor" (by the ways above) and
                                   "campus_coordinator" (the person marked coordinator of a
                                   campus for the year: `coordinator pay coordinator`)
    campus_coordinator_cents int   what a campus coordinator is paid each period for a campus
                                   with mentees (needed when the role is paid)
    campus_coordinator_min_mentees  int  the mentees a campus must have assigned in the period
                                   for its coordinator to be paid (default 1)
                             and "co_mentor" (anyone who led check-ins with a mentee assigned
                             to another mentor on that day: a second mentor, a coach)
    co_mentor_per_hour_cents int   what a co-mentor is paid per hour of those check-ins (needed
                                   when the role is paid)
    co_mentor_cap_cents      int   the most a co-mentor is paid in a period for it
    account_code             str   the budget code payroll charges
    description              str   the pay description payroll shows ("Mentor stipend")
    allowed_categories       list  what the allotment may be spent on (empty: anything)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coordinator.errors import RefusedError
from coordinator.services.pay.money import hours, money, share
from coordinator.tools.text import count_of

PERIODS = ("fall", "spring", "year")
MENTOR, CAMPUS_COORDINATOR, CO_MENTOR = "mentor", "campus_coordinator", "co_mentor"
PAID_ROLES = (MENTOR, CAMPUS_COORDINATOR, CO_MENTOR)
CATEGORY_LABELS = {
    "mentor_stipend": "Mentor stipends",
    "release_time": "Release time",
    "training_provider": "Approved training providers",
    "materials": "Materials",
    "travel": "Travel",
    "other": "Other",
}
LEDGER_CATEGORIES = tuple(k for k in CATEGORY_LABELS if k != "mentor_stipend")
TEXAS_ALLOWED = ["mentor_stipend", "release_time", "training_provider"]

# The shipped examples. Texas: the district sets the stipend; these figures are an example to edit.
TEXAS_PAY: dict[str, Any] = {
    "period": "semester",
    "per_mentee_cents": 50000,
    "prorate_by_days": True,
    "require_mentor_eligible": True,
    "require_mentor_trained": True,
    "require_mentee_met": True,
    "roles": ["mentor"],
    "account_code": "199-13-6119-00-999-0-11-000",
    "description": "Mentor Program Allotment stipend",
    "allowed_categories": TEXAS_ALLOWED,
}
LOCAL_TIERED_PAY: dict[str, Any] = {
    "period": "year",
    "tiers": [
        {"from_minutes": 0, "per_hour_cents": 2500},
        {"from_minutes": 720, "flat_cents": 40000},
        {"from_minutes": 1440, "flat_cents": 75000},
    ],
    "cap_cents": 500000,
    "prorate_by_days": True,
    "min_contacts": 3,
    "roles": ["mentor"],
    "account_code": "199-13-6119-00-999-0-99-000",
    "description": "Mentor stipend",
}


@dataclass(frozen=True)
class Tier:
    from_minutes: int
    per_hour_cents: int | None = None
    flat_cents: int | None = None

    def amount(self, minutes: int) -> int:
        if self.flat_cents is not None:
            return self.flat_cents
        return share(self.per_hour_cents or 0, minutes, 60)

    def words(self) -> str:
        if self.flat_cents is not None:
            return f"{money(self.flat_cents)} from {hours(self.from_minutes)}"
        return f"{money(self.per_hour_cents or 0)}/h from {hours(self.from_minutes)}"


@dataclass(frozen=True)
class PayRules:
    period: str = "semester"
    per_mentee_cents: int | None = None
    tiers: tuple[Tier, ...] = ()
    per_hour_cents: int | None = None
    cap_cents: int | None = None
    prorate_by_days: bool = False
    require_mentor_eligible: bool = False
    require_mentor_trained: bool = False
    require_mentee_met: bool = False
    min_contacts: int = 0
    roles: tuple[str, ...] = ("mentor",)
    campus_coordinator_cents: int | None = None
    campus_coordinator_min_mentees: int = 1
    co_mentor_per_hour_cents: int | None = None
    co_mentor_cap_cents: int | None = None
    account_code: str = ""
    description: str = "Mentor stipend"
    allowed_categories: tuple[str, ...] = field(default_factory=tuple)

    @property
    def periods(self) -> tuple[str, ...]:
        return ("year",) if self.period == "year" else ("fall", "spring")

    def base_amount(self, minutes: int) -> tuple[int, str]:
        """What one mentee with `minutes` of contact earns before proration, and why."""
        if self.per_mentee_cents is not None:
            return self.per_mentee_cents, money(self.per_mentee_cents)
        if self.per_hour_cents is not None:
            amount = share(self.per_hour_cents, minutes, 60)
            return amount, f"{hours(minutes)} × {money(self.per_hour_cents)}/h = {money(amount)}"
        tier = self.tier_for(minutes)
        if tier is None:
            return 0, f"{hours(minutes)}, under the first tier"
        amount = tier.amount(minutes)
        if tier.flat_cents is not None:
            return (
                amount,
                f"{hours(minutes)}: {money(amount)} (tier from {hours(tier.from_minutes)})",
            )
        rate = money(tier.per_hour_cents or 0)
        return amount, f"{hours(minutes)} × {rate}/h = {money(amount)}"

    def tier_for(self, minutes: int) -> Tier | None:
        reached = [t for t in self.tiers if t.from_minutes <= minutes]
        return max(reached, key=lambda t: t.from_minutes) if reached else None

    def summary(self) -> str:
        """The rule in one sentence, for the preview's header and the stipend request."""
        if self.per_mentee_cents is not None:
            how = f"{money(self.per_mentee_cents)} per mentee"
        elif self.per_hour_cents is not None:
            how = f"{money(self.per_hour_cents)} per hour with each mentee"
        else:
            how = "by hours with each mentee: " + "; ".join(t.words() for t in self.tiers)
        parts = [how, "each semester" if self.period == "semester" else "for the year"]
        if self.cap_cents is not None:
            parts.append(f"at most {money(self.cap_cents)} a person")
        if self.prorate_by_days:
            parts.append("prorated by days assigned")
        needs = []
        if self.require_mentor_eligible:
            needs.append("an eligible mentor")
        if self.require_mentor_trained:
            needs.append("a trained mentor")
        if self.require_mentee_met:
            needs.append("the mentee's contact minimum met")
        if self.min_contacts:
            needs.append(f"at least {self.min_contacts} check-ins with the mentee")
        if needs:
            parts.append("needs " + ", ".join(needs))
        if MENTOR not in self.roles:
            parts = ["Mentors are not paid"]
        if CAMPUS_COORDINATOR in self.roles and self.campus_coordinator_cents is not None:
            least = count_of(self.campus_coordinator_min_mentees, "mentee")
            parts.append(
                f"campus coordinators {money(self.campus_coordinator_cents)} a campus with at "
                f"least {least} assigned"
            )
        if CO_MENTOR in self.roles and self.co_mentor_per_hour_cents is not None:
            cap = (
                f" (at most {money(self.co_mentor_cap_cents)})" if self.co_mentor_cap_cents else ""
            )
            parts.append(
                f"co-mentors {money(self.co_mentor_per_hour_cents)} per hour with others' "
                f"mentees{cap}"
            )
        return ", ".join(parts) + "."


def _cents(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RefusedError(
            f"Pay rule {key}: {value!r} is not an amount in cents; write 50000 for {money(50000)}."
        )
    return value


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise RefusedError(f"Pay rule {key}: write true or false, not {value!r}.")
    return value


def read_pay_rules(data: Any) -> PayRules:
    """The pay rules of a pack's JSON, every value checked; refused with the key at fault."""
    if not isinstance(data, dict):
        raise RefusedError("The pack's pay rules must be an object of named rules.")
    known = {*PayRules.__dataclass_fields__}
    unknown = sorted(set(data) - known)
    if unknown:
        raise RefusedError(
            f"Unknown pay rule {unknown[0]!r}. Known pay rules: {', '.join(sorted(known))}."
        )
    period = data.get("period", "semester")
    if period not in ("semester", "year"):
        raise RefusedError(f'Pay rule period: {period!r} must be "semester" or "year".')
    tiers = []
    raw_tiers = data.get("tiers") or []
    if not isinstance(raw_tiers, list):
        raise RefusedError("Pay rule tiers: expected a list of tiers.")
    for n, raw in enumerate(raw_tiers, start=1):
        if not isinstance(raw, dict) or set(raw) - {"from_minutes", "per_hour_cents", "flat_cents"}:
            raise RefusedError(
                f'Pay rule tiers, tier {n}: write it as {{"from_minutes": 720, "flat_cents": '
                '40000}} or with "per_hour_cents".'
            )
        start = raw.get("from_minutes", 0)
        if isinstance(start, bool) or not isinstance(start, int) or start < 0:
            raise RefusedError(f"Pay rule tiers, tier {n}: from_minutes must be whole minutes.")
        rate, flat = _cents(raw, "per_hour_cents"), _cents(raw, "flat_cents")
        if (rate is None) == (flat is None):
            raise RefusedError(
                f"Pay rule tiers, tier {n}: give either per_hour_cents or flat_cents, not both."
            )
        tiers.append(Tier(start, rate, flat))
    if len({t.from_minutes for t in tiers}) != len(tiers):
        raise RefusedError("Pay rule tiers: two tiers start at the same number of minutes.")
    roles = data.get("roles", ["mentor"])
    if not isinstance(roles, list) or not roles or any(r not in PAID_ROLES for r in roles):
        raise RefusedError(
            f"Pay rule roles: {roles!r}; the roles the logs can pay are: {', '.join(PAID_ROLES)}."
        )
    ways = [k for k in ("per_mentee_cents", "per_hour_cents") if data.get(k) is not None] + (
        ["tiers"] if tiers else []
    )
    if len(ways) > 1 or (MENTOR in roles and not ways):
        raise RefusedError(
            "Pay rules need exactly one way of counting the amount: per_mentee_cents, tiers or "
            f"per_hour_cents (found {', '.join(ways) or 'none'})."
        )
    coordinator_cents = _cents(data, "campus_coordinator_cents")
    if CAMPUS_COORDINATOR in roles and coordinator_cents is None:
        raise RefusedError(
            "Pay rules pay campus coordinators: give campus_coordinator_cents, what one is paid "
            f"each period for a campus with mentees (25000 for {money(25000)})."
        )
    co_rate = _cents(data, "co_mentor_per_hour_cents")
    if CO_MENTOR in roles and co_rate is None:
        raise RefusedError(
            "Pay rules pay co-mentors: give co_mentor_per_hour_cents, what one is paid per hour "
            f"of check-ins with another mentor's mentee (2500 for {money(2500)})."
        )
    least = data.get("campus_coordinator_min_mentees", 1)
    if isinstance(least, bool) or not isinstance(least, int) or least < 1:
        raise RefusedError(
            "Pay rule campus_coordinator_min_mentees: write a whole number, 1 or more."
        )
    allowed = data.get("allowed_categories", [])
    if not isinstance(allowed, list) or any(c not in CATEGORY_LABELS for c in allowed):
        raise RefusedError(
            f"Pay rule allowed_categories: {allowed!r}; the categories are: "
            f"{', '.join(CATEGORY_LABELS)}."
        )
    min_contacts = data.get("min_contacts", 0) or 0
    if isinstance(min_contacts, bool) or not isinstance(min_contacts, int) or min_contacts < 0:
        raise RefusedError("Pay rule min_contacts: write a whole number of check-ins.")
    for key in ("account_code", "description"):
        if not isinstance(data.get(key, ""), str):
            raise RefusedError(f"Pay rule {key}: write it as text.")
    return PayRules(
        period=period,
        per_mentee_cents=_cents(data, "per_mentee_cents"),
        tiers=tuple(sorted(tiers, key=lambda t: t.from_minutes)),
        per_hour_cents=_cents(data, "per_hour_cents"),
        cap_cents=_cents(data, "cap_cents"),
        prorate_by_days=_flag(data, "prorate_by_days"),
        require_mentor_eligible=_flag(data, "require_mentor_eligible"),
        require_mentor_trained=_flag(data, "require_mentor_trained"),
        require_mentee_met=_flag(data, "require_mentee_met"),
        min_contacts=min_contacts,
        roles=tuple(roles),
        campus_coordinator_cents=coordinator_cents,
        campus_coordinator_min_mentees=least,
        co_mentor_per_hour_cents=co_rate,
        co_mentor_cap_cents=_cents(data, "co_mentor_cap_cents"),
        account_code=str(data.get("account_code", "")).strip(),
        description=str(data.get("description", "Mentor stipend")).strip() or "Mentor stipend",
        allowed_categories=tuple(allowed),
    )


def pack_pay_rules(pack_rules: dict[str, Any], pack_name: str = "the program's") -> PayRules:
    """The pay rules of a program's pack, or a refusal saying how to add them."""
    data = (pack_rules or {}).get("pay")
    if not data:
        raise RefusedError(
            f"Rule pack {pack_name!r} has no pay rules, so no stipend can be worked out from it. "
            "The shipped Texas Mentor Program Allotment and Local program packs carry pay rules: "
            "give the program one of them, or a copy of one (Settings › Rule packs › Copy)."
        )
    return read_pay_rules(data)
