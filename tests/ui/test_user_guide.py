"""Help › User guide: the offline guide opens, its links and pictures resolve, find marks words,
and every menu item, button and shortcut it names is one the window really has."""

from __future__ import annotations

import ast
import re
import shutil
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from coordinator.db.engine import Database
from coordinator.paths import resources_dir
from coordinator.ui.dialogs.user_guide_dialog import GUIDE_PAGE, UserGuideDialog, guide_folder
from coordinator.ui.main_window import MainWindow
from coordinator.ui.page_registry import PAGES
from coordinator.ui.safety import SafetyTools
from coordinator.ui.shortcut_map import collect_shortcuts, plain

WindowFactory = Callable[[Database], MainWindow]
SRC_UI = Path(__file__).resolve().parents[2] / "src" / "coordinator" / "ui"
SECTIONS = [
    "1. First steps: the demo, a new program and its year",
    "2. Importing a roster",
    "3. People",
    "4. Cohorts and matching",
    "5. Check-ins",
    "6. Workbooks for mentors, and importing them back",
    "7. Compliance: who is behind",
    "8. Reports and exports",
    "9. Backups and restore",
    "10. Keyboard shortcuts",
    "11. Privacy",
    "12. Outcomes: who stayed, and how each figure is computed",
    "13. A server for your team",
    "14. Money: stipends, pay runs and the allotment",
    "15. Surveys: asking mentees and mentors",
    "16. Milestones: the year's timeline",
    "17. Closing the year",
]
# Buttons the guide names that live in a dialog (not on a page): the dialog's module says them.
IN_DIALOGS = {
    "Write workbooks": "dialogs/mentor_workbooks_dialog.py",
    "Open folder": "dialogs/mentor_workbooks_dialog.py",
    "Accept all": "dialogs/match_draft_dialog.py",
    "Reject all": "dialogs/match_draft_dialog.py",
    "Save as profile": "dialogs/import_wizard_pages.py",
    "Save problems": "dialogs/import_wizard_plan.py",
    "Back up now": "dialogs/backups_dialog.py",
    "Back up to": "dialogs/backups_dialog.py",
    "Restore": "dialogs/backups_dialog.py",
    "Mark received": "dialogs/milestones_dialog.py",
    "Take back": "dialogs/milestones_dialog.py",
    "Export calendar": "dialogs/milestones_dialog.py",
    "Reload": "widgets/stale_edit_bar.py",  # in every dialog that saves an editable record
    "Overwrite": "widgets/stale_edit_bar.py",
    "Close the year": "dialogs/year_close_dialog.py",
    "Save the change": "dialogs/year_close_dialog.py",
}


class GuideParts(HTMLParser):
    """What the guide's HTML holds: anchors, links, pictures, named menu items and buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: set[str] = set()
        self.links: list[str] = []
        self.images: list[dict[str, str | None]] = []
        self.menus: list[str] = []
        self.buttons: list[str] = []
        self.table_keys: list[str] = []
        self._span: str | None = None
        self._text = ""
        self._in_keys_table = False
        self._in_kbd = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "a" and a.get("name"):
            self.anchors.add(str(a["name"]))
        if tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
        if tag == "img":
            self.images.append(a)
        if tag == "span" and a.get("class") in ("menu", "button"):
            self._span, self._text = a["class"], ""
        if tag == "table" and a.get("class") == "keys":
            self._in_keys_table = True
        if tag == "kbd":
            self._in_kbd, self._text = True, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._span is not None:
            words = " ".join(self._text.split())
            (self.menus if self._span == "menu" else self.buttons).append(words)
            self._span = None
        if tag == "kbd" and self._in_kbd:
            self._in_kbd = False
            if self._in_keys_table:
                self.table_keys.append(self._text.strip())
        if tag == "table":
            self._in_keys_table = False

    def handle_data(self, data: str) -> None:
        if self._span is not None or self._in_kbd:
            self._text += data


def guide_parts() -> GuideParts:
    parts = GuideParts()
    parts.feed((guide_folder() / GUIDE_PAGE).read_text(encoding="utf-8"))
    return parts


def bare(text: str) -> str:
    """A label as the guide writes it: no mnemonic "&", no trailing "…" or "..."."""
    return plain(text).rstrip(".…").strip()


def open_guide_with_keys(qtbot: QtBot, window: MainWindow) -> UserGuideDialog:
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.help_menu.guide_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # a window of its own, with the keyboard
    return dialog


def test_shift_f1_opens_the_guide_at_its_contents(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    window = main_window(db)
    items = [bare(a.text()) for a in window.help_menu.actions() if a.text()]
    assert items.index("User guide") == items.index("Keyboard shortcuts") + 1
    assert window.help_menu.guide_action.shortcut().toString() == "Shift+F1"
    dialog = open_guide_with_keys(qtbot, window)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Coordinator user guide"
    assert dialog.headings() == ["Contents", *SECTIONS]
    text = dialog.browser.toPlainText()
    for section in SECTIONS:
        assert section.split(". ", 1)[1] in text.split("Contents", 2)[1]  # listed in the contents
    assert not dialog.back_button.isEnabled()
    # Asking again brings the same window forward rather than opening a second one.
    window.help_menu.guide_action.trigger()
    assert window.help_menu.guide_dialog is dialog


def test_a_contents_link_moves_to_its_section_and_back_returns(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    window = main_window(db)
    dialog = open_guide_with_keys(qtbot, window)
    browser = dialog.browser
    assert browser.verticalScrollBar().value() == 0
    link = browser.document().find("Cohorts and matching")  # the first: the contents entry
    spot = browser.cursorRect(link).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0)
    top = browser.cursorForPosition(QPoint(10, 10)).block().text()
    assert top == "4. Cohorts and matching"
    assert dialog.back_button.isEnabled()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() == 0)


def test_every_link_and_picture_in_the_guide_resolves() -> None:
    parts = guide_parts()
    assert parts.links
    for href in parts.links:
        assert not re.match(r"[a-z]+:", href), (
            f"{href}: the guide is offline, it links only to itself"
        )
        page, _, anchor = href.partition("#")
        if page:
            assert (guide_folder() / page).is_file(), href
        if anchor:
            assert anchor in parts.anchors, href
    assert len(parts.images) >= 4
    for image in parts.images:
        path = guide_folder() / str(image["src"])
        assert path.is_file(), image["src"]
        assert path.is_relative_to(resources_dir() / "guide" / "images")
        picture = QImage(str(path))
        assert not picture.isNull(), image["src"]
        assert picture.width() == int(str(image["width"]))  # drawn unscaled, so text stays sharp
        assert image.get("alt"), f"{image['src']} says what it shows"
        assert path.stat().st_size < 150_000


def test_find_marks_every_place_and_f3_moves_to_the_next(
    qtbot: QtBot, main_window: WindowFactory, db: Database
) -> None:
    window = main_window(db)
    dialog = open_guide_with_keys(qtbot, window)
    qtbot.keyClick(dialog.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is dialog.find_edit
    qtbot.keyClicks(dialog.find_edit, "restore")
    text = dialog.browser.toPlainText().lower()
    places = text.count("restore")
    assert places >= 2
    assert dialog.find_status.text() == f"{places} places"
    assert len(dialog.browser.extraSelections()) == places
    assert dialog.selected_text().lower() == "restore"
    first = dialog.browser.textCursor().position()
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_F3)
    assert dialog.browser.textCursor().position() > first
    assert dialog.selected_text().lower() == "restore"
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.browser.textCursor().position() == first
    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, "zebra crossing")
    assert dialog.find_status.text() == "“zebra crossing” is not in the guide."
    assert dialog.browser.extraSelections() == []


def test_every_menu_item_button_and_shortcut_the_guide_names_exists(
    main_window: WindowFactory, db: Database
) -> None:
    window = main_window(db)
    SafetyTools(window)  # File › Backups… and Audit…, as the app starts them
    pages = window.all_pages()
    parts = guide_parts()

    menus = {bare(a.text()): a.menu() for a in window.menuBar().actions() if a.menu()}
    assert len(parts.menus) >= 6
    for named in parts.menus:
        menu_title, _, item = named.partition(" › ")
        menu = menus.get(menu_title)
        assert menu is not None, named
        items = {bare(a.text()) for a in menu.actions()}
        assert bare(item) in items, named

    on_pages = {bare(b.text()) for p in pages.values() for b in p.findChildren(QAbstractButton)}
    on_pages |= {bare(a.text()) for p in pages.values() for a in p.findChildren(QAction)}
    assert len(parts.buttons) >= 25
    for named in parts.buttons:
        if bare(named) in on_pages:
            continue
        module = IN_DIALOGS.get(bare(named))
        assert module is not None, f"{named!r} is on no page and in no dialog the test knows"
        tree = ast.parse((SRC_UI / module).read_text(encoding="utf-8"))
        labels = {
            bare(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        assert bare(named) in labels, f"{named!r} is not a label in {module}"

    live = {e.portable for e in collect_shortcuts(window, pages)}
    assert len(parts.table_keys) >= 20
    missing = [keys for keys in parts.table_keys if keys not in live]
    assert missing == []


def test_the_guide_is_found_where_the_frozen_app_keeps_its_resources(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller unpacks resources/ to <bundle>/coordinator/resources (build.spec's datas)."""
    spec = (Path(__file__).resolve().parents[2] / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "coordinator/resources")' in spec
    bundle = tmp_path / "bundle"
    shutil.copytree(guide_folder(), bundle / "coordinator" / "resources" / "guide")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert guide_folder() == bundle / "coordinator" / "resources" / "guide"
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.headings()[1:] == SECTIONS
    assert Path(dialog.browser.source().toLocalFile()).is_relative_to(bundle)


@pytest.mark.parametrize(
    ("page", "heading"),
    [
        ("Dashboard", "7. Compliance: who is behind"),
        ("People", "3. People"),
        ("Cohorts", "4. Cohorts and matching"),
        ("Imports", "2. Importing a roster"),
        ("Reports", "8. Reports and exports"),
        ("Funds", "14. Money: stipends, pay runs and the allotment"),
        ("Surveys", "15. Surveys: asking mentees and mentors"),
    ],
)
def test_f1_opens_the_guide_at_the_section_about_the_page_on_screen(
    qtbot: QtBot, main_window: WindowFactory, db: Database, page: str, heading: str
) -> None:
    window = main_window(db)
    window.show_page(page)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_menu.guide_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    browser = dialog.browser
    qtbot.waitUntil(lambda: browser.cursorForPosition(QPoint(10, 10)).block().text() == heading)
    assert window.help_menu.shortcuts_action.shortcut().toString() == "Ctrl+/"


def test_every_page_names_a_section_the_guide_has() -> None:
    anchors = set(re.findall(r'<a name="([a-z-]+)"', (guide_folder() / GUIDE_PAGE).read_text()))
    assert {spec.guide for spec in PAGES} <= anchors
