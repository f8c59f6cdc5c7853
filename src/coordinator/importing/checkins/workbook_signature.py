"""The signature on a mentor's check-in workbook: its hidden keys cannot be edited unnoticed.

The hidden sheets say whose check-ins the rows are (mentor, program year), which mentee each
list label stands for, and the row keys. All of it is signed with an HMAC-SHA256 under a secret
kept in this database's Setting table (made once with `secrets`, never exported or written into
a file), so a workbook whose hidden sheets were changed, or that another database wrote, is
refused instead of crediting its hours to someone else.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from coordinator.db.models import Setting
from coordinator.errors import RefusedError, UnreadableInputError

SECRET_KEY = "checkin_workbook_secret"
UNSIGNED = "coordinator-checkin-log/1"  # what workbooks said before they were signed


@dataclass(frozen=True)
class SignedKeys:
    """What a workbook's hidden sheets claim; the signature covers every field."""

    format: str
    program_year_id: int
    mentor_id: int
    token: str  # every prepared row's key is f"{token}-{n:04d}", n from 1 to `rows`
    rows: int
    mentees: Sequence[tuple[str, int]]  # each list label and the person it stands for

    def message(self) -> bytes:
        return json.dumps(
            [
                self.format,
                self.program_year_id,
                self.mentor_id,
                self.token,
                self.rows,
                [[label, person] for label, person in self.mentees],
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")

    def row_key(self, n: int) -> str:
        return f"{self.token}-{n:04d}"

    def is_row_key(self, key: str) -> bool:
        prefix, _, number = key.rpartition("-")
        return prefix == self.token and number.isdigit() and 1 <= int(number) <= self.rows


def sign(secret: bytes, keys: SignedKeys) -> str:
    return hmac.new(secret, keys.message(), hashlib.sha256).hexdigest()


def signature_matches(secret: bytes, keys: SignedKeys, signature: str) -> bool:
    return hmac.compare_digest(sign(secret, keys), signature)


def _stored(session: Session) -> bytes | None:
    row = session.get(Setting, SECRET_KEY)
    if row is not None and isinstance(row.value, str) and row.value:
        return bytes.fromhex(row.value)
    return None


def existing_secret(session: Session) -> bytes | None:
    """The database's workbook secret, or None when it never wrote a workbook."""
    return _stored(session)


def workbook_secret(session: Session) -> bytes:
    """The database's workbook secret, made on first use.

    A read-only session (Database.reading) cannot store it, so it is stored through a short
    transaction of its own on the same database; two windows making it at once keep the first.
    """
    found = _stored(session)
    if found is not None:
        return found
    value = secrets.token_hex(32)
    if not session.info.get("read_only"):
        session.add(Setting(key=SECRET_KEY, value=value))
        session.flush()
        return bytes.fromhex(value)
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)  # a reading session is bound to one connection
    try:
        with Session(engine) as own, own.begin():
            own.add(Setting(key=SECRET_KEY, value=value))
    except IntegrityError:
        with Session(engine) as own:
            again = _stored(own)
        if again is None:
            raise
        return again
    except SQLAlchemyError as exc:
        raise RefusedError(
            "Coordinator cannot write a mentor workbook while the database is open read-only: "
            "the workbook's signature needs one setting stored first. Reopen it normally."
        ) from exc
    return bytes.fromhex(value)


def _refused(name: str, why: str) -> UnreadableInputError:
    return UnreadableInputError(
        f"{name} cannot be trusted: {why} Nothing was imported. Write a new workbook for the "
        "mentor (Check-ins › Mentor workbook, or coordinator checkin template) and have the "
        "rows copied into it."
    )


def verified_keys(
    session: Session,
    name: str,
    meta: dict[str, Any],
    lists: Sequence[tuple[Any, Any]],
) -> SignedKeys:
    """The hidden keys of the workbook `name`, once their signature is proven; else refused.

    An old workbook without a signature is refused too: accepting one would let anyone remove
    the signature from an edited workbook and have it imported.
    """
    if meta.get("format") == UNSIGNED:
        raise _refused(
            name,
            "it was written by an older Coordinator, before workbooks were signed, so nobody "
            "can tell whether its hidden sheets were changed.",
        )
    try:
        keys = SignedKeys(
            str(meta["format"]),
            int(meta["program_year_id"]),
            int(meta["mentor_id"]),
            str(meta["row_token"]),
            int(meta["prepared_rows"]),
            [(str(label), int(person)) for label, person in lists],
        )
        signature = str(meta["signature"])
    except (KeyError, TypeError, ValueError):
        raise _refused(name, "its hidden settings are incomplete or were changed.") from None
    secret = existing_secret(session)
    if secret is None or not signature_matches(secret, keys, signature):
        raise _refused(
            name,
            "its hidden sheets were changed after Coordinator wrote it, or another database "
            "wrote it (its signature does not match this database).",
        )
    return keys
