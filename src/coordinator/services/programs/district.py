"""The district's name and logo, printed on report covers and certificates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Setting
from coordinator.errors import CoordinatorError
from coordinator.services import audit

NAME_KEY = "district_name"
LOGO_KEY = "district_logo"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif")


@dataclass(frozen=True)
class DistrictIdentity:
    name: str | None
    logo: str | None


def district_identity(session: Session) -> DistrictIdentity:
    values = {
        s.key: s.value
        for s in session.scalars(select(Setting).where(Setting.key.in_((NAME_KEY, LOGO_KEY))))
    }
    name, logo = values.get(NAME_KEY), values.get(LOGO_KEY)
    return DistrictIdentity(str(name) if name else None, str(logo) if logo else None)


def _set(session: Session, key: str, value: str | None) -> None:
    setting = session.get(Setting, key)
    before = setting.value if setting is not None else None
    if before == value:
        return
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
    audit.record(session, "update", "setting", None, before={key: before}, after={key: value})


def set_district_identity(
    session: Session, *, name: str | None = None, logo: Path | None = None, clear_logo: bool = False
) -> DistrictIdentity:
    """Change the name and/or the logo (an image file that must exist)."""
    if name is not None:
        if not name.strip():
            raise CoordinatorError("The district name cannot be empty.")
        _set(session, NAME_KEY, name.strip())
    if clear_logo:
        _set(session, LOGO_KEY, None)
    elif logo is not None:
        path = Path(logo).expanduser().resolve()
        if not path.is_file():
            raise CoordinatorError(f"There is no image file at {path}.")
        if path.suffix.lower() not in LOGO_SUFFIXES:
            raise CoordinatorError(f"{path.name} is not a PNG, JPEG or GIF image.")
        _set(session, LOGO_KEY, str(path))
    session.flush()
    return district_identity(session)
