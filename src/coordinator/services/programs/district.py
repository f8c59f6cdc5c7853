"""The district's name and logo, printed on report covers and certificates.

The logo is kept in the database itself (checked, scaled and re-encoded as PNG), so covers keep
their logo when the image file is moved, deleted or the database is opened on another machine.
"""

from __future__ import annotations

import base64
import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db.models import Setting
from coordinator.errors import CoordinatorError, RefusedError
from coordinator.services import audit

log = logging.getLogger(__name__)

NAME_KEY = "district_name"
LOGO_KEY = "district_logo"
LOGO_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "GIF": "GIF"}
MAX_LOGO_BYTES = 10 * 1024 * 1024  # a logo file larger than this is not a logo
MAX_LOGO_PIXELS = 40_000_000  # refuse decompression bombs before decoding them
LOGO_SIDE = 1200  # kept at most this many pixels wide or high (prints sharp at 1.2 inch)


UNREADABLE_STORED_LOGO = (
    "The logo kept in the database cannot be read, so covers print without it; choose the logo "
    "again in Settings › District."
)


@dataclass(frozen=True)
class DistrictIdentity:
    name: str | None
    logo_png: bytes | None  # the stored logo, re-encoded as PNG; None when there is none
    logo_name: str | None  # the file it came from, as the coordinator knows it
    logo_note: str | None = None  # why a stored logo is not used (it cannot be decoded)


def _usable_png(png: bytes) -> bool:
    """Whether stored logo bytes decode to a PNG of sane size (a damaged one is skipped)."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(png)) as image:
                width, height = image.size
                if image.format != "PNG" or width * height > LOGO_SIDE * LOGO_SIDE * 4:
                    return False
                image.load()
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombWarning):
        return False
    except Image.DecompressionBombError:
        return False
    return True


def _decoded_logo(value: Any) -> tuple[bytes | None, str | None]:
    """The stored logo; older databases kept a path, still read while the file is there."""
    if isinstance(value, dict) and isinstance(value.get("png"), str):
        try:
            png = base64.b64decode(value["png"], validate=True)
        except ValueError:
            return None, None
        return (png if _usable_png(png) else None), str(value.get("file_name") or "")
    if isinstance(value, str) and value:
        path = Path(value).expanduser()
        try:
            return logo_png(path), path.name
        except (CoordinatorError, OSError):
            return None, None  # a moved or deleted logo file: print the cover without it
    return None, None


def district_identity(session: Session) -> DistrictIdentity:
    values = {
        s.key: s.value
        for s in session.scalars(select(Setting).where(Setting.key.in_((NAME_KEY, LOGO_KEY))))
    }
    name = values.get(NAME_KEY)
    stored = values.get(LOGO_KEY)
    png, file_name = _decoded_logo(stored)
    note = None
    if png is None and isinstance(stored, dict):
        log.warning("the stored district logo cannot be decoded; covers print without it")
        note = UNREADABLE_STORED_LOGO
    return DistrictIdentity(str(name) if name else None, png, file_name or None, note)


def logo_png(path: Path) -> bytes:
    """The image at `path` checked (a real PNG, JPEG or GIF of sane size), scaled, as PNG bytes."""
    from PIL import Image, UnidentifiedImageError

    shown = path.name
    if path.suffix.lower() in (".svg", ".svgz") or _looks_like_svg(path):
        raise RefusedError(
            f"{shown} is an SVG drawing, which Coordinator does not print; export the logo as a "
            "PNG or JPEG image and choose that.",
            field="logo",
        )
    if not path.is_file():
        raise RefusedError(f"There is no image file at {path}.", field="logo")
    if path.stat().st_size > MAX_LOGO_BYTES:
        raise RefusedError(
            f"{shown} is larger than 10 MB; save the logo as a smaller PNG or JPEG.", field="logo"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.format not in LOGO_FORMATS:
                    raise RefusedError(
                        f"{shown} is not a PNG, JPEG or GIF image; save the logo in one of those.",
                        field="logo",
                    )
                width, height = image.size
                if width * height > MAX_LOGO_PIXELS:
                    raise RefusedError(
                        f"{shown} is {width:,} × {height:,} pixels, too large for a logo; "
                        "save a smaller copy (under 4,000 pixels wide).",
                        field="logo",
                    )
                image.load()
                picture = image.convert("RGBA")
    except (
        UnidentifiedImageError,
        Image.DecompressionBombWarning,
        Image.DecompressionBombError,
        SyntaxError,  # Pillow's word for a broken PNG chunk
        ValueError,
        EOFError,
    ):
        raise RefusedError(
            f"{shown} is not a readable PNG, JPEG or GIF image; save the logo again as PNG.",
            field="logo",
        ) from None
    except OSError as exc:
        raise RefusedError(
            f"{shown} cannot be read ({exc.strerror or 'the image is damaged'}); "
            "save the logo again as PNG.",
            field="logo",
        ) from None
    picture.thumbnail((LOGO_SIDE, LOGO_SIDE))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _looks_like_svg(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(1024).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except OSError:
        return False
    return head.startswith((b"<svg", b"<?xml", b"<!doctype svg")) or b"<svg" in head


def _set(session: Session, key: str, value: Any, shown: Any = None) -> None:
    """Store a setting; the audit keeps `shown` (what changed, in words) instead of the value."""
    setting = session.get(Setting, key)
    before = setting.value if setting is not None else None
    if before == value:
        return
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
    audit.record(
        session,
        "update",
        "setting",
        None,
        before={key: _audit_value(before)},
        after={key: value if shown is None else shown},
    )


def _audit_value(value: Any) -> Any:
    if isinstance(value, dict) and "png" in value:
        return value.get("file_name") or "a logo"
    return value


def set_district_identity(
    session: Session, *, name: str | None = None, logo: Path | None = None, clear_logo: bool = False
) -> DistrictIdentity:
    """Change the name and/or the logo (an image file, read and kept in the database)."""
    if name is not None:
        if not name.strip():
            raise RefusedError("The district name cannot be empty.", field="name")
        _set(session, NAME_KEY, name.strip())
    if clear_logo:
        _set(session, LOGO_KEY, None)
    elif logo is not None:
        path = Path(logo).expanduser()
        png = logo_png(path)
        stored = {"png": base64.b64encode(png).decode("ascii"), "file_name": path.name}
        _set(session, LOGO_KEY, stored, shown=path.name)
    session.flush()
    return district_identity(session)
