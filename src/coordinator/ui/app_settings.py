"""The window's own settings (geometry, recent databases) in an INI file in the config folder."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

from coordinator import APP_NAME, APP_ORG, paths
from coordinator.tools.translations import Language

MAX_RECENT = 8
RECENT_KEY = "recent_databases"
YEARS_KEY = "program_years"
LANGUAGE_KEY = "language"


def use_settings_folder(folder: Path | None = None) -> Path:
    """Keep QSettings in `folder` (default: the app's config folder), never the system registry."""
    target = folder if folder is not None else paths.config_dir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(target))
    return target


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ORG, APP_NAME)


def recent_databases() -> list[str]:
    """Recently opened databases, most recent first."""
    raw = app_settings().value(RECENT_KEY, "[]")
    try:
        values = json.loads(str(raw))
    except ValueError:
        return []
    return [str(v) for v in values if isinstance(v, str)][:MAX_RECENT]


def remember_database(display_name: str) -> list[str]:
    """Put a database at the top of the recent list (at most eight) and return the list."""
    recent = [display_name] + [d for d in recent_databases() if d != display_name]
    recent = recent[:MAX_RECENT]
    settings = app_settings()
    settings.setValue(RECENT_KEY, json.dumps(recent))
    settings.sync()
    return recent


def forget_database(display_name: str) -> list[str]:
    recent = [d for d in recent_databases() if d != display_name]
    settings = app_settings()
    settings.setValue(RECENT_KEY, json.dumps(recent))
    settings.sync()
    return recent


def _chosen_years() -> dict[str, int]:
    raw = app_settings().value(YEARS_KEY, "{}")
    try:
        values = json.loads(str(raw))
    except ValueError:
        return {}
    if not isinstance(values, dict):
        return {}
    return {str(k): v for k, v in values.items() if isinstance(v, int)}


def remembered_program_year(display_name: str) -> int | None:
    """The program year last picked in the window for this database, if any."""
    return _chosen_years().get(display_name)


def remember_program_year(display_name: str, year_id: int) -> None:
    chosen = _chosen_years()
    chosen[display_name] = year_id
    recent = set(recent_databases()) | {display_name}
    chosen = {k: v for k, v in chosen.items() if k in recent}  # forgotten files go too
    settings = app_settings()
    settings.setValue(YEARS_KEY, json.dumps(chosen))
    settings.sync()


def chosen_language() -> str:
    """The language chosen in Settings: "en", "es", or "" for the system's language."""
    from coordinator.tools.translations import LANGUAGES

    value = str(app_settings().value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def choose_language(code: str) -> None:
    """Remember the language for the window and for certificates and logs ("" = the system's)."""
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def output_language() -> Language:
    """The language certificates and mentee logs are printed in unless a report says otherwise."""
    from coordinator.tools.translations import checked_language, system_language

    chosen = chosen_language()
    return checked_language(chosen) if chosen else system_language()
