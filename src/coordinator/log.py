"""Logging to a rotating, owner-only file. Never log names, e-mails or notes."""

from __future__ import annotations

import io
import logging
import logging.handlers
from pathlib import Path

from coordinator import paths
from coordinator.tools.private_files import private_opener

LOG_FILE_NAME = "coordinator.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating handler whose files are created readable by their owner only."""

    def _open(self) -> io.TextIOWrapper:
        return open(
            self.baseFilename,
            "a",
            encoding=self.encoding or "utf-8",
            errors=self.errors,
            opener=private_opener,
        )


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to the rotating file; return its path."""
    path = log_file()
    root = logging.getLogger()
    if not any(isinstance(h, PrivateRotatingFileHandler) for h in root.handlers):
        handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    return path
