"""Help › User guide: the offline guide in resources/guide, with its contents and a find box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.paths import resource
from coordinator.ui.figures import counted

GUIDE_PAGE = "index.html"
# Every match is marked in a light yellow with dark text, readable on light and dark windows.
MATCH_BACKGROUND = QColor(255, 226, 120)
MATCH_TEXT = QColor(0, 0, 0)


def guide_folder() -> Path:
    """The guide's folder: beside the fonts and icons, frozen or not."""
    return resource("guide")


class UserGuideDialog(QDialog):
    """The guide in a QTextBrowser (no web engine): links move within it, Ctrl+F finds a word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coordinator user guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)  # the guide is offline; it links only to itself
        self.browser.setSearchPaths([str(guide_folder())])
        self.contents_button = QPushButton(self.tr("&Contents"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in the guide (Ctrl+F)"))
        self.find_edit.setClearButtonEnabled(True)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_edit)
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.find_status = QLabel()
        for button in (
            self.contents_button,
            self.back_button,
            self.previous_button,
            self.next_button,
        ):
            button.setAutoDefault(False)  # Enter in the find box finds; it presses no button
        self.contents_button.clicked.connect(self.show_contents)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.find_edit.textChanged.connect(self._find_from_top)
        self.find_edit.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)

        top = QHBoxLayout()
        top.addWidget(self.contents_button)
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(find_label)
        top.addWidget(self.find_edit, 2)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.find_status)
        self.resize(820, 640)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_folder() / GUIDE_PAGE)))
        self.browser.setFocus()

    def show_contents(self) -> None:
        self.show_section("contents")

    def show_section(self, anchor: str) -> None:
        """Scroll to a section by its anchor ("cohorts"), the page's heading at the top."""
        self.browser.setSource(QUrl.fromLocalFile(str(guide_folder() / GUIDE_PAGE)))
        self.browser.scrollToAnchor(anchor)

    def headings(self) -> list[str]:
        """The guide's contents, as the list at its top shows them."""
        document = self.browser.document()
        block = document.begin()
        found = []
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                found.append(block.text())
            block = block.next()
        return found

    # --- find -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Ctrl+F, F3 and Shift+F3 here, not as shortcuts: they belong to this window only."""
        if event.matches(QKeySequence.StandardKey.Find):
            self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.find_edit.selectAll()
        elif event.matches(QKeySequence.StandardKey.FindNext):
            self.find_next()
        elif event.matches(QKeySequence.StandardKey.FindPrevious):
            self.find_previous()
        else:
            super().keyPressEvent(event)

    def _find_from_top(self) -> None:
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        self._mark_all()
        if self.find_edit.text().strip():
            self.find_next()

    def _mark_all(self) -> int:
        """Mark every place the word appears; returns how many there are."""
        word = self.find_edit.text().strip()
        marks: list[QTextEdit.ExtraSelection] = []
        document = self.browser.document()
        if word:
            style = QTextCharFormat()
            style.setBackground(MATCH_BACKGROUND)
            style.setForeground(MATCH_TEXT)
            found = document.find(word, 0)
            while not found.isNull():
                mark = QTextEdit.ExtraSelection()
                mark.cursor = found
                mark.format = style
                marks.append(mark)
                found = document.find(word, found)
        self.browser.setExtraSelections(marks)
        if not word:
            self.find_status.setText("")
        elif marks:
            self.find_status.setText(counted(len(marks), self.tr("place"), self.tr("places")))
        else:
            self.find_status.setText(self.tr("“{word}” is not in the guide.").format(word=word))
        return len(marks)

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """Select the next (or previous) place, going round the end of the guide."""
        word = self.find_edit.text().strip()
        if not word:
            return False
        if self.browser.find(word, flags):
            return True
        cursor = self.browser.textCursor()
        backward = bool(flags & QTextDocument.FindFlag.FindBackward)
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self.browser.setTextCursor(cursor)
        return self.browser.find(word, flags)

    def selected_text(self) -> str:
        return self.browser.textCursor().selectedText()
