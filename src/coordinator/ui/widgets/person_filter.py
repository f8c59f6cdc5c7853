"""A text box that narrows a list to the people whose names match what is typed, with a completer.

`people_matching` is the one place that decides what "matches", through the window's one word
matcher (tools/word_search).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from coordinator.services.checkins.entry import PersonChoice
from coordinator.tools.text import fold
from coordinator.tools.word_search import SearchQuery, search_key


def people_matching(
    typed: str, choices: Sequence[PersonChoice], keys: Sequence[str] | None = None
) -> tuple[int, ...] | None:
    """The ids of the people `typed` names; None when nothing is typed.

    A whole name (as the completer fills it in) picks exactly the people of that name; otherwise
    the shared word matcher decides: every typed word begins a word of the name, in any order,
    case and accents aside ("ana bj" finds "Ana Björk"). `keys` are the choices' search keys,
    worked out once per list.
    """
    query = SearchQuery.parse(typed)
    if query.is_empty:
        return None
    wanted = search_key(typed)
    found = keys if keys is not None else [search_key(c.name) for c in choices]
    exact = tuple(c.person_id for c, key in zip(choices, found, strict=True) if key == wanted)
    if exact:
        return exact
    return tuple(choices[i].person_id for i in query.filter(found))


class PersonFilterBox(QLineEdit):
    """Type a name (or part of one); `matched_ids()` is who it matches, None when empty."""

    edited = Signal()  # typed: the list follows after a pause
    picked = Signal()  # a name chosen in the completer, or the box cleared: at once

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[PersonChoice] = []
        self._keys: list[str] = []
        self._load: Callable[[], Sequence[PersonChoice]] | None = None
        self._loaded = False
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        self.completer_ = QCompleter(self._names, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.textEdited.connect(lambda _text: self.edited.emit())
        self.completer_.activated.connect(lambda _text: self.picked.emit())
        # The clear button (and clear()) change the text without textEdited.
        self.textChanged.connect(lambda text: None if text else self.picked.emit())

    def set_source(self, load: Callable[[], Sequence[PersonChoice]] | None) -> None:
        """Where the choices come from; read when first needed (focus, or a name to match),
        so a page with 10,000 mentees opens without reading them."""
        self._load = load
        self._loaded = False
        self._choices, self._keys = [], []
        self._names.setStringList([])

    def set_choices(self, choices: Sequence[PersonChoice]) -> None:
        self.set_source(lambda: choices)

    def _ensure_loaded(self) -> None:
        if self._loaded or self._load is None:
            return
        self._loaded = True
        self._choices = list(self._load())
        self._keys = [search_key(c.name) for c in self._choices]
        self._names.setStringList(sorted({c.name for c in self._choices}, key=fold))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._ensure_loaded()  # before the first key: the completer has its names
        super().focusInEvent(event)

    def choices(self) -> list[PersonChoice]:
        self._ensure_loaded()
        return list(self._choices)

    def choose(self, person_id: int | None) -> None:
        """Show that person's name in the box (as picking it in the completer does)."""
        self._ensure_loaded()
        name = next((c.name for c in self._choices if c.person_id == person_id), "")
        self.setText(name)
        self.picked.emit()

    def matched_ids(self) -> tuple[int, ...] | None:
        if not self.text().strip():
            return None
        self._ensure_loaded()
        return people_matching(self.text(), self._choices, self._keys)

    def currentData(self) -> int | None:  # noqa: N802 (a combo box's name: callers read one person)
        """The one person the text names, or None when it names nobody or several."""
        ids = self.matched_ids()
        return ids[0] if ids is not None and len(ids) == 1 else None

    def currentText(self) -> str:  # noqa: N802
        """The name of the one person the text names ("" otherwise)."""
        one = self.currentData()
        if one is None:
            return ""
        return next((c.name for c in self._choices if c.person_id == one), "")
