"""Type-to-find for a list of choices: the one word matcher (tools.word_search) behind a completer.

QCompleter's own filtering compares case but not accents, and only from the start of the whole
text. `WordFilterProxy` filters with the word matcher instead, and `make_searchable` puts it
behind a combo box's line edit with the completer in UnfilteredPopupCompletion mode, so the
popup shows exactly the rows the matcher accepts: "bjork" offers "Zoë Björk", "Ana Bj" offers
"Ana Björk".
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter

from coordinator.tools.word_search import SearchQuery, search_key

AnyIndex = QModelIndex | QPersistentModelIndex


class WordFilterProxy(QSortFilterProxyModel):
    """Shows the source rows whose text (column 0, display role) holds every word typed.

    Each choice's search key is worked out once, when the choices are first searched or when
    a choice is added or renamed; a keystroke only tests the keys. Nothing is worked out while
    nothing is typed, so refilling a combo box of thousands of names stays quick.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] | None = None  # None: not worked out since the choices changed
        self._query = SearchQuery(())

    def setSourceModel(self, source: QAbstractItemModel) -> None:  # noqa: N802
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._source_signals(old):
                signal.disconnect(slot)
        # Connected before the proxy's own handlers, so the keys are right when Qt filters the
        # rows that were just added or changed.
        for signal, slot in self._source_signals(source):
            signal.connect(slot)
        super().setSourceModel(source)
        self._keys = None

    def set_query(self, typed: str) -> None:
        """Show the rows matching `typed` (every row when nothing is typed)."""
        query = SearchQuery.parse(typed)
        if query == self._query:
            return
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._query = query
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._query = query
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if self._query.is_empty:
            return True
        keys = self._all_keys()
        return 0 <= source_row < len(keys) and self._query.matches(keys[source_row])

    # --- helpers --------------------------------------------------------------------------------

    def _source_signals(self, source: QAbstractItemModel) -> tuple:  # type: ignore[type-arg]
        return (
            (source.modelReset, self._forget_keys),
            (source.layoutChanged, self._forget_keys),
            (source.rowsInserted, self._rows_inserted),
            (source.rowsRemoved, self._rows_removed),
            (source.dataChanged, self._rows_changed),
        )

    def _key(self, row: int) -> str:
        source = self.sourceModel()
        return search_key(str(source.index(row, 0).data() or "")) if source is not None else " "

    def _all_keys(self) -> list[str]:
        if self._keys is None:
            source = self.sourceModel()
            count = source.rowCount() if source is not None else 0
            self._keys = [self._key(r) for r in range(count)]
        return self._keys

    def _forget_keys(self, *_args: object) -> None:
        self._keys = None

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._keys is not None and not parent.isValid():
            self._keys[first:first] = [self._key(r) for r in range(first, last + 1)]

    def _rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._keys is not None and not parent.isValid():
            del self._keys[first : last + 1]

    def _rows_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        if self._keys is not None:
            for row in range(top_left.row(), bottom_right.row() + 1):
                self._keys[row] = self._key(row)


class SearchableChoice(QObject):
    """A combo box the coordinator can type into to find a choice by any word of it.

    The combo stays the owner of the choice (`currentData`). Typing shows the matching choices
    in a popup; clicking one, or Enter, takes it (Enter takes the first, as in a search box, and
    only a second Enter reaches the dialog's default button); leaving the field with text that
    names no choice puts the chosen one's text back.
    """

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(combo.model())
        self.completer = QCompleter(self.proxy, combo)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        line_edit = combo.lineEdit()
        assert line_edit is not None  # an editable combo always has one
        self.line_edit = line_edit
        # A screen reader in the typing field says what the choice is, as it does on the combo.
        line_edit.setAccessibleName(combo.accessibleName())
        # On the line edit, not the combo: the combo would take the completer's rows as its own.
        self.line_edit.setCompleter(self.completer)
        self.line_edit.textEdited.connect(self._typed)
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.line_edit.editingFinished.connect(self._take_first)
        self.line_edit.installEventFilter(self)

    def chosen_text(self) -> str:
        """The current choice's own text (an editable combo's `currentText` is what is typed)."""
        return self.combo.itemText(self.combo.currentIndex())

    def suggestions(self) -> list[str]:
        """The choices the popup offers for what is typed now."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.line_edit.text() != self.chosen_text()
        ):
            self._take_first()
            return True
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        self.proxy.set_query(text)
        if text.strip() and self.proxy.rowCount():
            self.completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _chosen(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(_proxy_index(self.completer, index))
        if source.isValid():
            self.combo.setCurrentIndex(source.row())
            self.line_edit.setText(self.chosen_text())

    def _take_first(self) -> None:
        """The choice named, else the first suggestion, else back to the current choice."""
        if not (shiboken6.isValid(self.line_edit) and shiboken6.isValid(self.combo)):
            return  # the field left focus because its window is being deleted
        text = self.line_edit.text()
        if text == self.chosen_text():
            return
        self._hide_popup()
        self.proxy.set_query(text)
        exact = self.combo.findText(text)  # a suggestion highlighted with the arrow keys
        if exact >= 0:
            self.combo.setCurrentIndex(exact)
        elif text.strip() and self.proxy.rowCount():
            self.combo.setCurrentIndex(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
        self.line_edit.setText(self.chosen_text())


def make_searchable(combo: QComboBox) -> SearchableChoice:
    """Let the coordinator type into `combo` to find a choice by any word, accents optional."""
    return SearchableChoice(combo)


def _proxy_index(completer: QCompleter, index: QModelIndex) -> QModelIndex:
    """A completion-model index (the completer's own proxy) as an index of our proxy."""
    completion = completer.completionModel()
    if isinstance(completion, QAbstractProxyModel) and index.model() is completion:
        return completion.mapToSource(index)
    return index
