"""A Texas program on its own copy of the pack, one mentee and the mentors described: the district
the pack-setting tests turn settings off and on in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cohort_builders import YEAR_END, YEAR_START, campuses, person
from coordinator.db.engine import Database
from coordinator.db.models import Person, ProgramYear, Role
from coordinator.services.cohorts import mentors
from coordinator.services.compliance.pack_admin import copy_pack, get_pack, list_packs, update_pack
from coordinator.services.compliance.packs import TEXAS_MPA, ensure_builtin_packs
from coordinator.services.matching import suggest
from coordinator.services.programs import programs

MID_FALL = dt.date(2025, 10, 15)


@dataclass
class World:
    year_id: int
    pack_id: int
    mentee_id: int
    mentor_ids: list[int]


def pack_mentor(session: Any, code: str, **fields: Any) -> Person:
    mentor = person(session, code, position="Teacher", **fields)
    mentors.edit_mentor_profile(session, mentor.id, years_experience=8)
    mentors.add_training(session, mentor.id, "TEA mentor training", dt.date(2025, 6, 1))
    return mentor


def pack_world(db: Database, mentor_specs: list[dict[str, Any]], **mentee: Any) -> World:
    """A Texas program on its own copy of the pack, one mentee and the mentors described."""
    with db.transaction() as session:
        sites = campuses(session)
        ensure_builtin_packs(session)
        source = next(p.id for p in list_packs(session) if p.name == TEXAS_MPA)
        pack_id = copy_pack(session, source, "District rules")
        program = programs.create_program(session, "Induction", rule_pack="District rules")
        year = programs.create_year(session, program, "2025-26", YEAR_START, YEAR_END)
        staff = [
            pack_mentor(session, f"T{i}", campus_id=sites[spec.pop("site")].id, **spec)
            for i, spec in enumerate(mentor_specs)
        ]
        site = mentee.pop("site", 0)
        new = person(
            session,
            "N1",
            position="Teacher",
            campus_id=sites[site].id,
            hire_date=YEAR_START,
            **{k: v if not isinstance(v, int) else staff[v].id for k, v in mentee.items()},
        )
        programs.enroll(session, year, [m.id for m in staff], Role.MENTOR)
        programs.enroll(session, year, [new.id], Role.MENTEE)
        return World(year.id, pack_id, new.id, [m.id for m in staff])


def set_rules(db: Database, world: World, **rules: Any) -> None:
    with db.transaction() as session:
        current = get_pack(session, world.pack_id).rules
        update_pack(session, world.pack_id, rules={**current, **rules})


def pack_year(session: Any, world: World) -> ProgramYear:
    return programs.year_by_id(session, world.year_id)


def best_mentor(db: Database, world: World) -> tuple[int, str]:
    with db.reading() as session:
        best = suggest.suggest_mentors(session, pack_year(session, world), world.mentee_id)[0]
        return best.mentor.id, best.explanation
