"""Saved mapping profiles: a confirmed mapping, applied again when the same headers return."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db.engine import Database
from coordinator.db.models import ImportKind, MappingProfile
from coordinator.errors import CoordinatorError, NotFoundError
from coordinator.importing.headers import FIELD_LABELS, header_signature
from coordinator.services import audit


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    headers: list[str]
    mapping: dict[str, str]  # header -> field
    date_order: str | None = None  # "mdy", "dmy", or None: not said

    @property
    def date_order_words(self) -> str:
        return {"mdy": "dates month first", "dmy": "dates day first"}.get(self.date_order or "", "")


DATE_ORDERS = ("mdy", "dmy")


def _info(profile: MappingProfile) -> ProfileInfo:
    return ProfileInfo(
        profile.id,
        profile.name,
        list(profile.headers),
        dict(profile.mapping),
        profile.date_order,
    )


def list_profiles(session: Session) -> list[ProfileInfo]:
    query = select(MappingProfile).where(MappingProfile.kind == ImportKind.ROSTER)
    return [_info(p) for p in session.scalars(query.order_by(MappingProfile.name))]


def profile_by_name(session: Session, name: str) -> ProfileInfo:
    profile = session.scalar(
        select(MappingProfile).where(func.lower(MappingProfile.name) == name.strip().lower())
    )
    if profile is None:
        known = ", ".join(p.name for p in list_profiles(session)) or "none saved yet"
        raise NotFoundError(f"There is no mapping profile named {name!r} (profiles: {known}).")
    return _info(profile)


def profile_for_headers(session: Session, headers: Sequence[str]) -> ProfileInfo | None:
    """The most recently saved profile made for exactly these headers, if any."""
    profile = session.scalar(
        select(MappingProfile)
        .where(
            MappingProfile.header_signature == header_signature(list(headers)),
            MappingProfile.kind == ImportKind.ROSTER,
        )
        .order_by(MappingProfile.updated_at.desc(), MappingProfile.id.desc())
        .limit(1)
    )
    return _info(profile) if profile is not None else None


def mapping_from_profile(profile: ProfileInfo, headers: Sequence[str]) -> list[str | None]:
    return [profile.mapping.get(h) for h in headers]


def save_profile(
    db: Database,
    name: str,
    headers: Sequence[str],
    mapping: Sequence[str | None],
    *,
    date_order: str | None = None,
) -> ProfileInfo:
    """Save (or replace) a named profile for these headers, this mapping and date order ("mdy",
    "dmy" or None), spelt as given now; replacing it audits what changed, and a save that
    changes nothing writes no audit entry."""
    name = " ".join(name.split())
    if not name:
        raise CoordinatorError("Give the mapping profile a name.")
    if date_order not in (None, *DATE_ORDERS):
        raise CoordinatorError(f"The date order is mdy or dmy, not {date_order!r}.")
    columns = {h: f for h, f in zip(headers, mapping, strict=True) if f in FIELD_LABELS}
    with db.transaction() as session:
        profile = session.scalar(
            select(MappingProfile).where(func.lower(MappingProfile.name) == name.lower())
        )
        before = None
        if profile is None:
            profile = MappingProfile(name=name, kind=ImportKind.ROSTER)
            session.add(profile)
        else:
            before = _audited(profile)
        profile.name = name
        profile.header_signature = header_signature(list(headers))
        profile.headers = list(headers)
        profile.mapping = columns
        profile.date_order = date_order
        session.flush()
        if before is None:
            audit.record(
                session, "profile.save", "mapping_profile", profile.id, after=_audited(profile)
            )
        else:
            audit.record_edit(
                session,
                "profile.save",
                "mapping_profile",
                profile.id,
                before=before,
                after=_audited(profile),
            )
        return _info(profile)


def _audited(profile: MappingProfile) -> dict[str, object]:
    """The profile as the audit log keeps it (copies, so a later change cannot alter them)."""
    return {
        "name": profile.name,
        "headers": list(profile.headers),
        "mapping": dict(profile.mapping),
        **({"date_order": profile.date_order} if profile.date_order else {}),
    }
