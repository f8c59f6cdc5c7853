"""Every directory the app uses, in one place, with one override for tests and portable use.

Set ``COORDINATOR_HOME`` to keep data, logs, backups and settings under one folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from coordinator import APP_NAME
from coordinator.tools.private_files import private_folder

DB_ENV = "COORDINATOR_DB"
HOME_ENV = "COORDINATOR_HOME"
DEFAULT_DB_NAME = "coordinator.sqlite"


def _dirs() -> PlatformDirs:
    return PlatformDirs(appname=APP_NAME, appauthor=False)


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def _private_dir(path: Path) -> Path:
    return private_folder(path)  # COORDINATOR_HOME itself too, when it is made here


def data_dir() -> Path:
    home = _home()
    return _private_dir(home / "data" if home else Path(_dirs().user_data_dir))


def log_dir() -> Path:
    home = _home()
    return _private_dir(home / "logs" if home else Path(_dirs().user_log_dir))


def config_dir() -> Path:
    home = _home()
    return _private_dir(home / "config" if home else Path(_dirs().user_config_dir))


def backup_dir() -> Path:
    return _private_dir(data_dir() / "backups")


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def resolve_target(target: str | os.PathLike[str] | None) -> str:
    """`--db` value, else COORDINATOR_DB, else the default file in the user data folder."""
    if target is None or str(target) == "":
        target = os.environ.get(DB_ENV) or None
    if target is None:
        return str(default_database_path())
    return str(target)


def resources_dir() -> Path:
    """The shipped resources folder, frozen (PyInstaller) or not."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "coordinator" / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"  # a regular install maps resources/ into the package
    if installed.is_dir():
        return installed
    return package.parents[1] / "resources"  # a source checkout or an editable install


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def clear_leftovers(db_target: str | None = None) -> None:
    """At start: remove temporary files a killed write left in the app's own folders and beside
    the database file (only names the app's writer makes, only old ones: tools.private_files)."""
    from coordinator.tools.private_files import remove_stale_temps

    folders = [data_dir(), backup_dir(), log_dir()]
    target = db_target or os.environ.get(DB_ENV)
    if target and "://" not in target:
        folders.append(Path(target).expanduser().parent)
    remove_stale_temps(*folders)
