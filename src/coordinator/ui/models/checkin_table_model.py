"""The Check-ins page's table: every check-in of the year, fetched a page at a time as it scrolls.

One line per check-in (a group meeting is one line). The filters and the order are applied in
SQL by the listing service; the model asks for the next page only when the view needs it
(`canFetchMore` / `fetchMore`), so the first paint costs one COUNT and one page at any size.
Later pages are read in a worker and added when they arrive: scrolling through a year of
200,000 check-ins never holds the window while a page is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from coordinator.db.models import CHECKIN_KIND_LABELS, CheckinKind
from coordinator.services.checkins.entry import PersonChoice, mentees_for_year, mentors_for_year
from coordinator.services.checkins.listing import (
    PAGE_SIZE,
    CheckinFilter,
    CheckinPage,
    CheckinRow,
    ListOrder,
    PageKey,
    checkin_page,
    count_checkins,
    year_label,
)
from coordinator.services.checkins.timeline import MenteeTimeline, mentee_timeline
from coordinator.ui.context import AppContext
from coordinator.ui.models.rows_model import ROW_ID_ROLE
from coordinator.ui.service_words import shown
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.date_field import format_date, format_day
from coordinator.ui.workers import Worker, no_collections_while_loading

AnyIndex = QModelIndex | QPersistentModelIndex
DATE, MENTOR, KIND, MINUTES, COUNTED, MENTEES, TOPICS, FOLLOW_UP, SOURCE = range(9)


# A row is kept as an exact tuple of plain values (its kind as text), not a CheckinRow: the
# cycle collector stops scanning such tuples, and with 200,000 dataclass rows held its full
# passes held the window for up to half a second each while scrolling.
Stored = tuple[Any, ...]
ID, DAY, MENTOR_NAME, KIND_VALUE, MINUTES_N, WHO, TOPIC_TEXT, FOLLOW, FROM = (
    0,
    1,
    3,
    4,
    5,
    6,
    9,
    10,
    11,
)
NOT_COUNTED = 12
KIND_LABELS = {kind.value: label for kind, label in CHECKIN_KIND_LABELS.items()}


def _stored(r: CheckinRow) -> Stored:
    return (
        r.id,
        r.occurred_on,
        r.mentor_id,
        r.mentor,
        r.kind.value,
        r.minutes,
        r.attendees,
        r.present,
        r.invited,
        r.topics,
        r.follow_up_on,
        r.source,
        r.not_counted,
    )


def _row(t: Stored) -> CheckinRow:
    return CheckinRow(t[0], t[1], t[2], t[3], CheckinKind(t[4]), *t[5:])


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckinTableModel", text)


@dataclass(frozen=True)
class _Column:
    header: str
    text: Callable[[Stored], str]
    align_right: bool = False


COLUMNS = (
    _Column(QT_TRANSLATE_NOOP("CheckinTableModel", "Date"), lambda t: format_date(t[DAY])),
    _Column(QT_TRANSLATE_NOOP("CheckinTableModel", "Mentor"), lambda t: t[MENTOR_NAME]),
    _Column(
        QT_TRANSLATE_NOOP("CheckinTableModel", "Kind"), lambda t: shown(KIND_LABELS[t[KIND_VALUE]])
    ),
    _Column(
        QT_TRANSLATE_NOOP("CheckinTableModel", "Minutes"),
        lambda t: f"{t[MINUTES_N]:,}",
        align_right=True,
    ),
    # Short in the cell, the reason in the tooltip ("Not counted for …: not assigned …").
    _Column(
        QT_TRANSLATE_NOOP("CheckinTableModel", "Counts"),
        lambda t: (
            QCoreApplication.translate("CheckinTableModel", "Not counted")
            if t[NOT_COUNTED]
            else QCoreApplication.translate("CheckinTableModel", "Yes")
        ),
    ),
    _Column(QT_TRANSLATE_NOOP("CheckinTableModel", "Mentees"), lambda t: t[WHO]),
    _Column(QT_TRANSLATE_NOOP("CheckinTableModel", "Topics"), lambda t: t[TOPIC_TEXT]),
    _Column(QT_TRANSLATE_NOOP("CheckinTableModel", "Follow-up"), lambda t: format_day(t[FOLLOW])),
    _Column(QT_TRANSLATE_NOOP("CheckinTableModel", "Source"), lambda t: t[FROM]),
)
SORTABLE = frozenset({DATE})  # ordered in SQL; other columns would need a sort of every row


class CheckinTableModel(QAbstractTableModel):
    """`set_filters(year, filters)` starts over; the view pulls further pages by scrolling.

    `fetching` is true while a further page is being read; `fetch_failed` carries the words for
    a page that could not be read (the next scroll tries again).
    """

    fetch_failed = Signal(str)

    def __init__(self, context: AppContext, parent: Any = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._context = context
        self._page_size = page_size
        self._year_id: int | None = None
        self._filters = CheckinFilter()
        self._order = ListOrder.NEWEST_FIRST
        self._rows: list[Stored] = []
        self._next: PageKey | None = None
        self._done = True
        self._resetting = False
        self._fetch: Worker | None = None  # reading the next page of this list
        self.matching = 0  # check-ins matching the filters
        self.in_year = 0  # check-ins in the year, whatever the filters
        self.year_label = ""

    # --- what is shown --------------------------------------------------------------------------

    def set_filters(
        self, program_year_id: int | None, filters: CheckinFilter | None = None
    ) -> None:
        """Count the matching check-ins and load the first page (or nothing without a year)."""
        self._year_id = program_year_id
        self._filters = filters or CheckinFilter()
        # A view asks for more while it hears of the reset; the first page must land first.
        self._resetting = True
        self.beginResetModel()
        self._fetch = None  # a page still being read for the old list is dropped when it comes
        self._rows, self._next, self._done = [], None, True
        self.matching = self.in_year = 0
        try:
            if program_year_id is not None:
                self._first_page(program_year_id)
        finally:  # a failed read leaves an empty list, never a reset left open
            self.endResetModel()
            self._resetting = False

    def _first_page(self, program_year_id: int) -> None:
        with self._context.db.reading() as s:
            self.year_label = year_label(s, program_year_id)
            self.matching = count_checkins(s, program_year_id, self._filters)
            narrows = self._filters.narrows
            self.in_year = count_checkins(s, program_year_id) if narrows else self.matching
            if self.matching:
                page = checkin_page(
                    s, program_year_id, self._filters, order=self._order, size=self._page_size
                )
                self._rows = [_stored(r) for r in page.rows]
                self._next, self._done = page.next_key, page.next_key is None

    def mentors(self, program_year_id: int) -> list[PersonChoice]:
        """The year's mentors, for the mentor filter's completer (read when first needed)."""
        with self._context.db.reading() as s:
            return mentors_for_year(s, program_year_id)

    def mentees(self, program_year_id: int) -> list[PersonChoice]:
        with self._context.db.reading() as s:
            return mentees_for_year(s, program_year_id)

    def mentee_hours(self, program_year_id: int, mentee_id: int) -> MenteeTimeline:
        """One mentee's year: hours each semester against the target (for the hours bars)."""
        with self._context.db.reading() as s:
            return mentee_timeline(s, program_year_id, mentee_id)

    def reload(self) -> None:
        """The same year, filters and order, read again (after a change)."""
        self.set_filters(self._year_id, self._filters)

    @property
    def filters(self) -> CheckinFilter:
        return self._filters

    @property
    def order(self) -> ListOrder:
        return self._order

    # --- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._done and not self._resetting

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        """Start reading the next page in a worker (once: a read under way is waited for)."""
        if not self.canFetchMore(parent) or self._year_id is None or self._fetch is not None:
            return
        year_id, filters, after = self._year_id, self._filters, self._next
        order, size = self._order, self._page_size

        def read(_progress: object) -> CheckinPage:
            # No full collection over the year's rows while reading (it would hold the window
            # as surely as a read there): they are frozen when the page is read.
            with no_collections_while_loading(), self._context.db.reading() as s:
                return checkin_page(s, year_id, filters, after=after, order=order, size=size)

        worker = Worker(read, self)
        # Lambdas, not slots: each page's answer names its own worker (run on this thread).
        worker.succeeded.connect(lambda page: self._fetched(worker, page))
        worker.failed.connect(lambda words: self._fetch_failed(worker, words))
        worker.finished.connect(worker.deleteLater)
        self._fetch = worker
        worker.start()

    @property
    def fetching(self) -> bool:
        return self._fetch is not None

    def _fetched(self, worker: Worker, page: CheckinPage) -> None:
        if worker is not self._fetch:
            return  # the list started over meanwhile: this page belongs to the old one
        self._fetch = None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(_stored(r) for r in page.rows)
            self._next, self._done = page.next_key, page.next_key is None
            self.endInsertRows()
        else:
            self._next, self._done = None, True

    def _fetch_failed(self, worker: Worker, words: str) -> None:
        if worker is self._fetch:
            self._fetch = None
            self.fetch_failed.emit(words)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COUNTED:
            return row[NOT_COUNTED] or self.tr("Its minutes count toward the mentees' hours.")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ID_ROLE:
            return row[ID]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section].header) if 0 <= section < len(COLUMNS) else None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return (
                self.tr("Click to sort by date") if section == DATE else self.tr("Sorted by date")
            )
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By date only (in SQL); the list starts over from the first page."""
        if column not in SORTABLE:
            return
        wanted = (
            ListOrder.NEWEST_FIRST
            if order == Qt.SortOrder.DescendingOrder
            else ListOrder.OLDEST_FIRST
        )
        if wanted is not self._order:
            self._order = wanted
            self.reload()

    # --- the page's operations ------------------------------------------------------------------

    def rows(self) -> list[CheckinRow]:
        """The rows fetched so far."""
        return [_row(t) for t in self._rows]

    def row_at(self, row: int) -> CheckinRow | None:
        return _row(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, checkin_id: int) -> int | None:
        return next((n for n, t in enumerate(self._rows) if t[ID] == checkin_id), None)
