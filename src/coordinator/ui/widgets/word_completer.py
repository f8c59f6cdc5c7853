"""Type-to-find for a list of choices: the one word matcher (tools.word_search) behind a completer.

QCompleter's own filtering compares case but not accents, and only from the start of the whole
text. `WordFilterProxy` filters with the word matcher instead, and `make_searchable` puts it
behind a combo box's line edit with the completer in UnfilteredPopupCompletion mode, so the
popup shows exactly the rows the matcher accepts: "bjork" offers "Zoë Björk", "Ana Bj" offers
"Ana Björk".
"""

from __future__ import annotations

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

    Keys are worked out once each time the source rows change, never per keystroke.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] | None = None
        self._query = SearchQuery(())
        self._accepted: set[int] = set()

    def setSourceModel(self, source: QAbstractItemModel) -> None:  # noqa: N802
        old = self.sourceModel()
        if old is not None:
            for signal in self._source_signals(old):
                signal.disconnect(self._forget_keys)
        super().setSourceModel(source)
        for signal in self._source_signals(source):
            signal.connect(self._forget_keys)
        self._forget_keys()

    def set_query(self, typed: str) -> None:
        """Show the rows matching `typed` (every row when nothing is typed)."""
        query = SearchQuery.parse(typed)
        if query == self._query and self._keys is not None:
            return
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._query = query
            self._match()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._query = query
            self._match()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if self._keys is None:
            self._match()
        return self._query.is_empty or source_row in self._accepted

    # --- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _source_signals(source: QAbstractItemModel) -> tuple:  # type: ignore[type-arg]
        return (
            source.modelReset,
            source.rowsInserted,
            source.rowsRemoved,
            source.dataChanged,
            source.layoutChanged,
        )

    def _forget_keys(self, *_args: object) -> None:
        self._keys = None

    def _match(self) -> None:
        source = self.sourceModel()
        if self._keys is None:
            count = source.rowCount() if source is not None else 0
            self._keys = [search_key(str(source.index(r, 0).data() or "")) for r in range(count)]
        self._accepted = set(self._query.filter(self._keys))


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
        """The first suggestion for what is typed, or back to the current choice."""
        text = self.line_edit.text()
        if text == self.chosen_text():
            return
        self._hide_popup()
        self.proxy.set_query(text)
        if text.strip() and self.proxy.rowCount():
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
