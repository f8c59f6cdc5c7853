"""The one list of sidebar pages; a page whose module is not installed is simply not shown."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle, QWidget

from coordinator.ui.context import AppContext

Icon = QStyle.StandardPixmap


@dataclass(frozen=True)
class PageSpec:
    """Where a page lives, its sidebar title and icon, and its shortcut."""

    module: str
    class_name: str
    title: str
    shortcut: str
    icon: QStyle.StandardPixmap

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
        f"{_PAGES}.dashboard_page", "DashboardPage", "Dashboard", "Ctrl+1", Icon.SP_ComputerIcon
    ),
    PageSpec(f"{_PAGES}.people_page", "PeoplePage", "People", "Ctrl+2", Icon.SP_DirHomeIcon),
    PageSpec(
        f"{_PAGES}.cohorts_page", "CohortsPage", "Cohorts", "Ctrl+3", Icon.SP_FileDialogListView
    ),
    PageSpec(
        f"{_PAGES}.checkins_page", "CheckinsPage", "Check-ins", "Ctrl+4", Icon.SP_DialogApplyButton
    ),
    PageSpec(f"{_PAGES}.imports_page", "ImportsPage", "Imports", "Ctrl+5", Icon.SP_ArrowDown),
    PageSpec(
        f"{_PAGES}.reports_page", "ReportsPage", "Reports", "Ctrl+6", Icon.SP_FileDialogDetailedView
    ),
    PageSpec(
        f"{_PAGES}.settings_page", "SettingsPage", "Settings", "Ctrl+7", Icon.SP_FileDialogInfoView
    ),
)


def available_pages() -> list[PageSpec]:
    return [spec for spec in PAGES if spec.is_available()]
