"""Errors a user can fix: each carries a readable message the UI shows and the CLI prints."""

from __future__ import annotations


class CoordinatorError(Exception):
    """A problem the user can fix. `str(error)` is a complete sentence with no personal data.

    `field` names the value the problem is about, as the raising service names its parameter
    (for a check-in: "occurred_on", "minutes", "mentee_ids", ...), so a dialog can focus that
    field and an importer can name that column; None when no one field is at fault. Nothing
    should ever work the field out from the message's words.
    """

    exit_code = 1

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class UnreadableInputError(CoordinatorError):
    """A file or database that cannot be read at all (exit code 2 on the command line)."""

    exit_code = 2


class NotFoundError(CoordinatorError):
    """A named program, year, person or batch does not exist."""

    exit_code = 1


class RefusedError(CoordinatorError):
    """The operation was refused (a rule, a conflict, real data in the way)."""

    exit_code = 1


class ConcurrentEditError(RefusedError):
    """Someone else changed the same record since it was opened.

    `changed` names, in words, the fields they changed ("the name", "the topics"), so a dialog
    can offer to reload theirs or overwrite with its own; empty when that is not known.
    """

    def __init__(
        self, message: str, *, field: str | None = None, changed: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, field=field)
        self.changed = changed


class WriteFailedError(CoordinatorError):
    """A file could not be written (a full disk, no permission); nothing half-written was left.

    `reason` says why in a few words ("the disk is full"), for callers that word their own message.
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
