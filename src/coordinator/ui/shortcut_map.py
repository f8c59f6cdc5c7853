"""Every keyboard shortcut in the main window: its keys, where it is live, and what it does."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu, QMenuBar, QWidget

EVERYWHERE = "Everywhere"  # untranslated: the scope's key, compared with page titles
NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class ShortcutEntry:
    """One key sequence; `scope` is EVERYWHERE or a page title, `focus` a widget it needs."""

    keys: QKeySequence
    scope: str
    what: str
    focus: str | None = None  # set when the keys only act while that widget has the focus
    owner: int = 0  # which widget that is (id), for telling two such shortcuts apart

    @property
    def key_text(self) -> str:
        return self.keys.toString(NATIVE)

    @property
    def portable(self) -> str:
        return self.keys.toString(QKeySequence.SequenceFormat.PortableText)


def plain(text: str) -> str:
    """A label without its mnemonic marks ("&File" -> "File", "A && B" -> "A & B")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _scope(widget: QWidget | None, pages: Mapping[str, QWidget]) -> str:
    for title, page in pages.items():
        if widget is not None and (widget is page or page.isAncestorOf(widget)):
            return title
    return EVERYWHERE


def _action_entries(action: QAction, pages: Mapping[str, QWidget]) -> list[ShortcutEntry]:
    widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
    if not widgets:
        return []  # on no widget: Qt never triggers it
    menus = [plain(w.title()) for w in widgets if isinstance(w, QMenu) and w.title()]
    what = plain(action.text())
    if menus:
        what = f"{menus[0]} > {what}"
    scope = next((s for s in (_scope(w, pages) for w in widgets) if s != EVERYWHERE), EVERYWHERE)
    focus, owner = None, 0
    if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
        focus, owner = _focus_name(widgets[0]), id(widgets[0])
    return [ShortcutEntry(keys, scope, what, focus, owner) for keys in action.shortcuts()]


def _focus_name(widget: QWidget) -> str:
    return (
        QCoreApplication.translate("ShortcutEntry", "the filter")
        if isinstance(widget, QLineEdit)
        else QCoreApplication.translate("ShortcutEntry", "the list")
    )


def collect_shortcuts(window: QWidget, pages: Mapping[str, QWidget]) -> list[ShortcutEntry]:
    """The shortcuts of the window's actions, QShortcuts and buttons (not their mnemonics)."""
    entries: list[ShortcutEntry] = []
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty():
            entries += _action_entries(action, pages)
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        owner = parent if isinstance(parent, QWidget) else None
        focus, owner_id = None, 0
        if shortcut.context() == Qt.ShortcutContext.WidgetShortcut and owner is not None:
            focus, owner_id = _focus_name(owner), id(owner)
        entries += [
            ShortcutEntry(keys, _scope(owner, pages), shortcut.whatsThis(), focus, owner_id)
            for keys in shortcut.keys()  # noqa: SIM118 - a QShortcut, not a dict
            if not keys.isEmpty()
        ]
    for button in window.findChildren(QAbstractButton):
        keys = button.shortcut()
        if keys.isEmpty() or keys == QKeySequence.mnemonic(button.text()):
            continue  # a mnemonic (Alt + the underlined letter) shows on the button itself
        entries.append(ShortcutEntry(keys, _scope(button, pages), plain(button.text())))
    order = {title: n for n, title in enumerate(pages, start=1)}
    entries.sort(key=lambda e: (order.get(e.scope, 0), e.focus or "", e.what))
    return entries


def mnemonic_entries(window: QWidget, pages: Mapping[str, QWidget]) -> list[ShortcutEntry]:
    """Alt + an underlined letter: menu titles on the menu bar, buttons, labels with a buddy."""
    entries = []
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            keys = QKeySequence.mnemonic(action.text())
            if not keys.isEmpty():
                entries.append(
                    ShortcutEntry(
                        keys,
                        EVERYWHERE,
                        QCoreApplication.translate("ShortcutEntry", "{menu} menu").format(
                            menu=plain(action.text())
                        ),
                    )
                )
    widgets: list[QWidget] = [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]
    for widget in widgets:
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # without a buddy a label's "&" does nothing
        text = widget.text()  # type: ignore[attr-defined]
        keys = QKeySequence.mnemonic(text)
        if not keys.isEmpty():
            entries.append(ShortcutEntry(keys, _scope(widget, pages), plain(text)))
    return entries


def conflicts(entries: list[ShortcutEntry]) -> list[tuple[ShortcutEntry, ShortcutEntry]]:
    """Pairs Qt would find ambiguous: same keys, live at the same time in the same place."""
    found = []
    for n, a in enumerate(entries):
        for b in entries[n + 1 :]:
            if a.portable != b.portable:
                continue
            if a.owner and b.owner and a.owner != b.owner:
                continue  # each needs a different widget focused
            if a.scope == b.scope or EVERYWHERE in (a.scope, b.scope):
                found.append((a, b))
    return found
