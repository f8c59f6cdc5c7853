"""A crash report safe to share: versions, platform, and the traceback without message text."""

from __future__ import annotations

import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from coordinator import __version__

MAX_CHAIN = 5
CAUSE_LINK = "The above exception was the direct cause of the following exception:"
CONTEXT_LINK = "During handling of the above exception, another exception occurred:"


def _short_path(filename: str) -> str:
    """A source path relative to its import root: the home folder (a user name) stays out."""
    path = Path(filename)
    best: Path | None = None
    for entry in sys.path:
        if not entry:
            continue
        root = Path(entry)
        try:
            relative = path.relative_to(root)
        except ValueError:
            continue
        if best is None or len(relative.parts) < len(best.parts):
            best = relative
    return str(best) if best is not None else path.name


def _exception_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    if module in ("builtins", "__main__"):
        return exc_type.__qualname__
    return f"{module}.{exc_type.__qualname__}"


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    for frame in traceback.extract_tb(tb):
        lines.append(
            f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
        )
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return lines


def _block(exc: BaseException) -> str:
    lines = ["Traceback (most recent call last):", *_frames(exc.__traceback__)]
    lines.append(f"{_exception_name(type(exc))} (message removed)")
    return "\n".join(lines)


def stripped_traceback(exc: BaseException) -> str:
    """The traceback with exception types and code locations, and no exception messages."""
    text = _block(exc)
    current = exc
    seen = {id(exc)}
    for _ in range(MAX_CHAIN):
        if current.__cause__ is not None:
            older, link = current.__cause__, CAUSE_LINK
        elif current.__context__ is not None and not current.__suppress_context__:
            older, link = current.__context__, CONTEXT_LINK
        else:
            break
        if id(older) in seen:
            break
        seen.add(id(older))
        text = f"{_block(older)}\n\n{link}\n\n{text}"
        current = older
    return text


def environment_lines() -> list[str]:
    lines = [
        f"Coordinator {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
    ]
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        lines.append(f"Qt {qVersion()}, PySide6 {PySide6.__version__}")
    except ImportError:  # pragma: no cover - the window always has Qt
        pass
    try:
        import sqlalchemy

        lines.append(f"SQLAlchemy {sqlalchemy.__version__}")
    except ImportError:  # pragma: no cover
        pass
    lines.append(f"Platform {platform.platform(terse=True)} {platform.machine()}")
    return lines


class BugElsewhere(Exception):
    """A bug in another process (a report being laid out), carried as its stripped traceback."""

    def __init__(self, where: str, traceback_text: str) -> None:
        super().__init__(where)
        self.where = where
        self.traceback_text = traceback_text


def crash_report(exc: BaseException) -> str:
    """The full report for the crash dialog and the log."""
    if isinstance(exc, BugElsewhere):
        return "\n".join([*environment_lines(), "", f"In {exc.where}:", exc.traceback_text])
    return "\n".join([*environment_lines(), "", stripped_traceback(exc)])
