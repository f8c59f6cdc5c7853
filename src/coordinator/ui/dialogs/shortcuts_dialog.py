"""Help > Keyboard shortcuts…: every shortcut of the window, read from its real actions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.shortcut_map import EVERYWHERE, ShortcutEntry


class ShortcutsDialog(QDialog):
    """One group per place the keys work: everywhere, then each page."""

    def __init__(self, entries: list[ShortcutEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 600)
        self.entries = entries
        intro = QLabel(
            self.tr(
                "A page's shortcuts work while that page is shown. Alt and an underlined letter "
                "presses a button or opens a menu."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        groups: dict[str, QTreeWidgetItem] = {}
        lines: dict[tuple[str, str, str | None], QTreeWidgetItem] = {}
        for entry in entries:
            group = groups.get(entry.scope)
            if group is None:
                title = (
                    self.tr("Everywhere")
                    if entry.scope == EVERYWHERE
                    else self.tr("{scope} page").format(scope=entry.scope)
                )
                group = QTreeWidgetItem(self.tree, [title])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[entry.scope] = group
            line = lines.get((entry.scope, entry.what, entry.focus))
            if line is not None:  # another key for the same thing (Ctrl+F and the Find key)
                line.setText(0, f"{line.text(0)}, {entry.key_text}")
                continue
            when = (
                self.tr(" (when {focus} has the focus)").format(focus=entry.focus)
                if entry.focus
                else ""
            )
            line = QTreeWidgetItem(group, [entry.key_text, f"{entry.what}{when}"])
            lines[(entry.scope, entry.what, entry.focus)] = line
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, what) for every line shown, as a person reads them."""
        shown = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None
            for c in range(group.childCount()):
                child = group.child(c)
                assert child is not None
                shown.append((group.text(0), child.text(0), child.text(1)))
        return shown
