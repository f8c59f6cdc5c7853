"""The one list of sidebar pages; a page whose module is not installed is simply not shown."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coordinator.ui.context import AppContext
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    """Where a page lives, its sidebar title, its shortcut, its icon (resources/icons) and the
    user guide's section F1 opens on it (an anchor in resources/guide/index.html)."""

    module: str
    class_name: str
    title: str
    shortcut: str
    icon: str
    guide: str = "contents"

    @property
    def shown_title(self) -> str:
        """The title in the sidebar, in the window's language (`title` stays the page's key)."""
        return QCoreApplication.translate("PageSpec", self.title)

    def is_available(self) -> bool:
        try:
            return importlib.util.find_spec(self.module) is not None
        except ModuleNotFoundError:
            return False

    def create(self, context: AppContext, parent: QWidget | None = None) -> QWidget:
        """Import the page's module now (not at start-up) and build the page."""
        module = importlib.import_module(self.module)
        page_class = getattr(module, self.class_name)
        page: QWidget = page_class(context, parent)
        return page


_PAGES = "coordinator.ui.pages"

PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        f"{_PAGES}.dashboard_page",
        "DashboardPage",
        QT_TRANSLATE_NOOP("PageSpec", "Dashboard"),
        "Ctrl+1",
        "dashboard",
        "compliance",
    ),
    PageSpec(
        f"{_PAGES}.people_page",
        "PeoplePage",
        QT_TRANSLATE_NOOP("PageSpec", "People"),
        "Ctrl+2",
        "people",
        "people",
    ),
    PageSpec(
        f"{_PAGES}.cohorts_page",
        "CohortsPage",
        QT_TRANSLATE_NOOP("PageSpec", "Cohorts"),
        "Ctrl+3",
        "cohorts",
        "cohorts",
    ),
    PageSpec(
        f"{_PAGES}.checkins_page",
        "CheckinsPage",
        QT_TRANSLATE_NOOP("PageSpec", "Check-ins"),
        "Ctrl+4",
        "checkins",
        "checkins",
    ),
    PageSpec(
        f"{_PAGES}.imports_page",
        "ImportsPage",
        QT_TRANSLATE_NOOP("PageSpec", "Imports"),
        "Ctrl+5",
        "imports",
        "roster",
    ),
    PageSpec(
        f"{_PAGES}.surveys_page",
        "SurveysPage",
        QT_TRANSLATE_NOOP("PageSpec", "Surveys"),
        "Ctrl+8",
        "surveys",
        "surveys",
    ),
    PageSpec(
        f"{_PAGES}.reports_page",
        "ReportsPage",
        QT_TRANSLATE_NOOP("PageSpec", "Reports"),
        "Ctrl+6",
        "reports",
        "reports",
    ),
    PageSpec(
        f"{_PAGES}.funds_page",
        "FundsPage",
        QT_TRANSLATE_NOOP("PageSpec", "Funds"),
        "Ctrl+9",
        "funds",
        "money",
    ),
    PageSpec(
        f"{_PAGES}.settings_page",
        "SettingsPage",
        QT_TRANSLATE_NOOP("PageSpec", "Settings"),
        "Ctrl+7",
        "settings",
        "backups",
    ),
)


def available_pages() -> list[PageSpec]:
    return [spec for spec in PAGES if spec.is_available()]
