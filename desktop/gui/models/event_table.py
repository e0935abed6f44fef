"""The events list as a lazy Qt table model: ordered ids in memory, rows fetched by page."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from enum import IntEnum
from functools import lru_cache
from itertools import islice
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QT_TRANSLATE_NOOP, QTimer, Qt, Signal

from db.dates import humanize
from desktop.gui.date_language import display_language, display_style
from db.dependents import affects
from db.queries import COUNT_CAP, EventFilter, EventRow
from db.services import ChangeSet
from desktop.gui.models.id_list import IdList, TaskCallbacks
from desktop.gui.models.id_table import ID_ROLE, UID_ROLE, AnyIndex, IdTableModel
from desktop.gui.models.status_icons import status_icon
from desktop.gui.workspace import Workspace
from desktop.gui.wording import words



SYNC_LIMIT = 50_000
"""Archives with more events read the full id list in the background (see ``_fetch_ids``)."""

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
EDIT = int(Qt.ItemDataRole.EditRole)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ABSENT = object()

READER_START_MS = 15
"""Background reads start this long after a request that changed the rows shown, so those are
painted first: a reader busy in Python (building a million ids) makes every GIL hand-over of
the GUI thread wait, and a repaint makes hundreds of them. A filter that keeps the old rows
until its first page arrives starts at once."""



class EventColumn(IntEnum):
    DATE = 0
    TITLE = 1
    PLACE = 2
    TYPE = 3
    STATUS = 4
    SOURCES = 5
    MATCH = 6
    """Why the event matched the search ("description: …a «camp»…"); shown while searching."""


HEADERS = (QT_TRANSLATE_NOOP("EventTable", "Date"), QT_TRANSLATE_NOOP("EventTable", "Title"), QT_TRANSLATE_NOOP("EventTable", "Place"), QT_TRANSLATE_NOOP("EventTable", "Type"), QT_TRANSLATE_NOOP("EventTable", "Status"), QT_TRANSLATE_NOOP("EventTable", "Sources"), QT_TRANSLATE_NOOP("EventTable", "Matched in"))
SORT_KEYS: dict[int, str] = {
    EventColumn.DATE: "date",
    EventColumn.TITLE: "title",
    EventColumn.PLACE: "place",
    EventColumn.TYPE: "type",
    EventColumn.STATUS: "status",
}
"""Columns the database can sort by (see ``db.queries.SORTS``); Sources cannot be sorted."""


def date_label(edtf_text: str) -> str:
    return _date_label(edtf_text, display_language(), display_style())


@lru_cache(maxsize=4096)
def _date_label(edtf_text: str, language: str, style: str) -> str:
    return humanize(edtf_text, language, style)


def date_tooltip(row: EventRow) -> str:
    if not row.date_text:
        return QCoreApplication.translate("EventTable", "No date recorded.")
    if row.date_lo and row.date_lo == row.date_hi:
        return f"EDTF: {row.date_text}\nDay: {row.date_lo}"
    return QCoreApplication.translate("EventTable", "EDTF: %1\nEarliest day: %2\nLatest day: %3").replace("%1", row.date_text).replace("%2", row.date_lo or QCoreApplication.translate("EventTable", "open")).replace("%3", row.date_hi or QCoreApplication.translate("EventTable", "open"))


Entry = tuple[EventRow, tuple[str, ...]]
"""A cached row and its six display texts (computed once, read on every paint)."""


class EventTableModel(IdTableModel):
    """Events matching a filter, in an order the database sorts; GUI thread only.

    Contract: keeps only the ordered event ids (an :class:`IdList`: 8 MB at a million);
    rows are fetched in pages of ``page_size`` from ``Workspace.event_rows`` when ``data()``
    first asks for them and kept, with their display texts, in a cache of at most
    ``cache_rows`` rows (oldest out first). Sorting re-queries the ids (never a proxy model).
    An edit touching events, places, citations or tags reloads the ids: unchanged order keeps
    every index (``dataChanged``); otherwise the model resets and views restore their
    selection by id.

    Above ``sync_limit`` events nothing slow runs on the GUI thread: the full id list, counts
    and text-search pages come from the workspace's reader (see :meth:`_fetch_ids`).
    """

    sig_counted = Signal()
    """A count of the matches became known before the full id list (see :meth:`known_count`)."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None, page_size: int = 100, cache_rows: int = 10_000) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.page_size = page_size
        self.cache_rows = max(cache_rows, page_size)
        self.rows_fetched = 0
        """How many rows were read from the archive so far (for tests and benchmarks)."""
        self._filter = EventFilter()
        self._sort_key = "date"
        self._descending = False
        self._rows: dict[int, Entry | None] = {}
        self._reasons: dict[int, str] = {}
        """Why each event on screen matched the search text (read in the reader lane)."""
        self._reasons_asked: set[int] = set()
        self._total = 0
        self._known: int | None = None
        self._start_timer = QTimer(self, singleShot=True, interval=READER_START_MS)
        self._start_timer.timeout.connect(self._on_start_timer_timeout)
        self._list = IdList(TaskCallbacks(workspace.reader), SYNC_LIMIT, schedule=self._start_timer.start)
        workspace.sig_changed.connect(self._on_workspace_changed)
        self._load(reset=True, recount=True)

    # --- public API ----------------------------------------------------------------------

    @property
    def sync_limit(self) -> int:
        """Above this many events the id list is read in the background."""
        return self._list.sync_limit

    @sync_limit.setter
    def sync_limit(self, value: int) -> None:
        self._list.sync_limit = value

    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def total_count(self) -> int:
        """Number of events in the archive, whatever the filter."""
        return self._total

    def is_complete(self) -> bool:
        """False while the full id list of a large archive is still being read in the background."""
        return self._list.complete

    def known_count(self) -> tuple[int, bool] | None:
        """(number of matching events, exact?) — exact once the id list is complete; before
        that a count capped at ``COUNT_CAP`` ("20,000+": not exact), or ``None`` if unknown."""
        if self._list.complete:
            return len(self._list.ids), True
        if self._known is None:
            return None
        return min(self._known, COUNT_CAP), self._known <= COUNT_CAP

    def set_filter(self, flt: EventFilter) -> None:
        if flt != self._filter:
            if flt.text != self._filter.text:
                self._reasons.clear()
                self._reasons_asked.clear()
            self._filter = flt
            self._load(reset=True)

    def refresh(self, recount: bool = True) -> None:
        """Re-read the ids and rows (after an edit made elsewhere); ``recount`` the total too."""
        self._load(reset=False, recount=recount, stale=True)

    def sort_column(self) -> int:
        return next(column for column, key in SORT_KEYS.items() if key == self._sort_key)

    def is_sortable(self, column: int) -> bool:
        return column in SORT_KEYS

    def ids(self) -> list[int]:
        return self._list.ids.tolist()

    def row_at(self, row: int) -> EventRow | None:
        entry = self._entry(row)
        return None if entry is None else entry[0]

    def uid_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.uid if found else None

    def uids_at(self, rows: Iterable[int]) -> list[str]:
        """uids of many rows; reads the missing ones in batches without flooding the cache."""
        ids = self._list.ids
        wanted = [ids[r] for r in rows if 0 <= r < len(ids)]
        known = {i: entry[0].uid for i in wanted if (entry := self._rows.get(i)) is not None}
        missing = [i for i in wanted if i not in known]
        for start in range(0, len(missing), 900):
            batch = self.workspace.event_rows(missing[start : start + 900])
            self.rows_fetched += len(batch)
            known.update((r.id, r.uid) for r in batch)
        return [known[i] for i in wanted if i in known]

    def row_of_id(self, event_id: int) -> int | None:
        """The row showing ``event_id`` (a byte search of the packed ids, ~1 ms at a million)."""
        return self._list.row_of(event_id)

    def rows_of_ids(self, event_ids: Iterable[int]) -> dict[int, int]:
        """Rows of many ids at once (one pass over the ids when there are many)."""
        return self._list.rows_of(event_ids)

    def row_of_uid(self, uid: str) -> int | None:
        event_id = next((entry[0].id for entry in self._rows.values() if entry is not None and entry[0].uid == uid), None)
        if event_id is None:
            event_id = self.workspace.record_id("event", uid)
        return None if event_id is None else self.row_of_id(event_id)

    # --- Qt model interface --------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == DISPLAY:
            return QCoreApplication.translate("EventTable", HEADERS[section])
        if role == ALIGNMENT and section == EventColumn.SOURCES:
            return RIGHT_ALIGNED
        if role == TOOLTIP and section not in SORT_KEYS:
            return QCoreApplication.translate("EventTableModel", "Number of sources cited (this column cannot be sorted).")
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        # Called ~7 times per painted cell: the common roles are answered first, from the
        # cached display texts, without touching the archive or building anything.
        if role == DISPLAY:
            entry = self._entry(index.row())
            if entry is None:
                return None
            if index.column() != EventColumn.MATCH:
                return entry[1][index.column()]
            if entry[0].id not in self._reasons_asked:  # a row cached before the search began
                start = index.row() - index.row() % self.page_size
                self._ask_reasons(list(self._list.ids[start : start + self.page_size]))
            return self._reasons.get(entry[0].id, "")
        if role == DECORATION:
            if index.column() != EventColumn.STATUS:
                return None
            entry = self._entry(index.row())
            return None if entry is None else status_icon(entry[0].status)
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if index.column() == EventColumn.SOURCES and index.isValid() else None
        if role == ID_ROLE:
            return self.id_at(index.row()) if index.isValid() else None
        if role == EDIT:  # what an inline editor starts from: the stored value, not its words
            entry = self._entry(index.row())
            if entry is None:
                return None
            row = entry[0]
            return {EventColumn.TITLE: row.title, EventColumn.DATE: row.date_text, EventColumn.TYPE: row.event_type,
                    EventColumn.STATUS: row.status}.get(EventColumn(index.column()))  # fmt: skip
        if role == UID_ROLE:
            entry = self._entry(index.row())
            return None if entry is None else entry[0].uid
        if role == TOOLTIP:
            entry = self._entry(index.row())
            if entry is None:
                return None
            row, column = entry[0], index.column()
            if column == EventColumn.DATE:
                return date_tooltip(row)
            if column == EventColumn.STATUS and row.disputed:
                return QCoreApplication.translate("EventTable", "%1; some of its facts are disputed").replace("%1", words(row.status))
            if column == EventColumn.MATCH:
                return self._reasons.get(row.id) or None
            return entry[1][column] or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE_FLAGS if index.column() in _EDITABLE else _ROW_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        if self._total > self.sync_limit and self._list.complete and self._filter == EventFilter():
            self._show_new_first_page()  # before the reader starts on the ids: it shares the GIL
        self._fetch_ids(self._apply_order, first_page=False)

    # --- internals -----------------------------------------------------------------------

    def _show_new_first_page(self) -> None:
        """While a large list's new order is read: put the new first page on top at once (an
        index walk of a few ms); the rows below keep the old order until the full list comes.

        Selected rows keep their events (by id): a selected row that belongs on the new first
        page moves there at once; one that does not, but sat where the new page (or the rows
        just after it) now goes, moves right after the new page, in its old order, so the
        selection and the current row never point at another event; the full order then puts
        them in place (:meth:`_apply_order`). Meanwhile the new page's ids may also appear
        further down, and the few rows the moved ones cover are missing, until it comes.
        """
        rows = self.workspace.events_page(self._filter, self._sort_key, self._descending, limit=self.page_size)
        page = {row.id: position for position, row in enumerate(rows)}
        self.layoutAboutToBeChanged.emit()  # views turn their selection into per-row indexes now
        persistent = self.persistentIndexList()
        held = sorted({index.row() for index in persistent})
        displaced: list[int] = []  # old rows of selected events pushed off by the new page
        while True:  # each row moved after the page covers one more: grow until nothing new
            cover = len(page) + len(displaced)
            wanted = [r for r in held if r < cover and self.id_at(r) not in page]
            if wanted == displaced:
                break
            displaced = wanted
        moved_to = {row: len(page) + n for n, row in enumerate(displaced)}
        first = [*page, *(self.id_at(row) for row in displaced)]
        self.rows_fetched += len(rows)
        self._remember(rows)
        moved = []
        for index in persistent:
            old = index.row()
            row = moved_to.get(old, page.get(self.id_at(old), old))  # type: ignore[arg-type]
            moved.append(self.index(row, index.column()))
        self._list.write_first(first)  # in place: copying a million ids took 8 ms
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _entry(self, row: int) -> Entry | None:
        """The cached row and display texts at ``row``, fetching its page if needed."""
        ids = self._list.ids
        if not 0 <= row < len(ids):
            return None
        event_id = ids[row]
        entry = self._rows.get(event_id, _ABSENT)
        if entry is _ABSENT:
            self._fetch_page(row)
            entry = self._rows.get(event_id)
        return entry  # type: ignore[return-value]

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.page_size
        page_ids = [i for i in self._list.ids[start : start + self.page_size] if i not in self._rows]
        fetched = self.workspace.event_rows(page_ids)
        self.rows_fetched += len(fetched)
        self._remember(fetched)
        self._ask_reasons([r.id for r in fetched])
        for missing in set(page_ids) - {r.id for r in fetched}:
            self._rows[missing] = None  # deleted meanwhile: shown blank until the ids reload

    def reword(self) -> None:
        """Write the cached rows' words again: the date style was just changed in Preferences."""
        self._remember([entry[0] for entry in self._rows.values() if entry is not None])
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _remember(self, rows: Iterable[EventRow]) -> None:
        for row in rows:
            status = QCoreApplication.translate("EventTable", "%1 · disputed").replace("%1", words(row.status)) if row.disputed else words(row.status)
            texts = (date_label(row.date_text), row.title, row.place, words(row.event_type) if row.event_type else row.event_type, status, f"{row.sources:,}")
            self._rows[row.id] = (row, texts)
        excess = len(self._rows) - self.cache_rows
        if excess > 0:  # oldest first; a page on screen was fetched last, so it stays
            for event_id in list(islice(self._rows, excess)):
                del self._rows[event_id]

    def _load(self, reset: bool, recount: bool = False, stale: bool = False) -> None:
        if stale:
            self._rows.clear()
            self._reasons.clear()  # an edit may change what matched where
            self._reasons_asked.clear()
        if recount:
            self._total = self.workspace.count_events()
        self._fetch_ids(lambda ids: self._apply_ids(ids, reset), first_page=reset)

    def _fetch_ids(self, apply: Callable[[array[int]], None], first_page: bool = True) -> None:
        """Read the ordered ids and hand them to ``apply``.

        Up to :attr:`sync_limit` events this is immediate. Above it, reading every id costs
        0.3-1.5 s, so the full list comes from the workspace's reader thread; meanwhile:

        * with a filter, the reader reads the first page, counts the matches up to
          ``COUNT_CAP`` (the count label shows "20,000+" or the exact number), then reads
          every id. A text search counts first: the count picks the page's query plan. Until
          the page arrives the old rows stay, except for a text search, which empties the list
          at once (a word in most events takes ~0.3 s). The unfiltered first page is read at
          once (a few ms);
        * a re-sort (``first_page`` False) or a refresh after an edit keeps the current rows
          and selection until the new order is complete (a re-sort of the unfiltered list
          shows its new first page at once, see :meth:`_show_new_first_page`).

        A newer request cancels the older one's reads (SQLite stops mid-query) and a result
        that still arrives for it is dropped (see :class:`IdList`).
        """
        flt, key, descending = self._filter, self._sort_key, self._descending
        if self._list.begin(self._total):
            apply(self.workspace.event_ids(flt, key, descending))
            return
        self._known = None if flt != EventFilter() else self._total
        workspace, page_size = self.workspace, self.page_size
        text = bool(flt.text.strip())
        unchanged_rows = first_page and self._known is None and not text  # old rows stay until the page
        self._start_timer.setInterval(0 if unchanged_rows else READER_START_MS)
        counted: list[int] = []  # the capped count, passed from the count task to the page task
        count = (lambda cancelled: _append(counted, workspace.count_events(flt, COUNT_CAP, cancelled)), self._on_count_read)
        if self._known is None and (text or not first_page):
            self._list.read(*count)
        if first_page and self._known is not None:  # no filter: an index walk of a few ms
            apply(self._first_page(workspace.events_page(flt, key, descending, limit=page_size)))
        elif first_page:
            if text:
                apply(array("q"))  # a search empties the list at once: its page may take ~0.5 s
            self._list.read(
                lambda cancelled: workspace.events_page(flt, key, descending, page_size, cancelled, counted[0] if counted else None),
                self._on_page_read,
            )
            if not text:
                self._list.read(*count)
        ids_read = self._on_ids_read if first_page else apply
        self._list.read(lambda cancelled: workspace.event_ids(flt, key, descending, cancelled), ids_read, final=True)

    def _on_start_timer_timeout(self) -> None:
        """The queued reads go to the reader :data:`READER_START_MS` after a request (see there)."""
        self._list.start_reads()

    def _ask_reasons(self, event_ids: list[int]) -> None:
        """While searching, read in the reader lane why these rows matched; the Matched
        column fills in when the answer comes (10-15 ms a page at 100k events: not on the
        GUI thread, where a scroll frame has 16 ms)."""
        text = self._filter.text.strip()
        wanted = [i for i in event_ids if i not in self._reasons_asked]
        if not text or not wanted:
            return
        self._reasons_asked.update(wanted)
        workspace = self.workspace
        try:
            workspace.reader.submit(lambda _progress, cancelled: workspace.match_reasons(wanted, text, cancelled),
                                    on_finished=lambda found: self._on_reasons_read(text, found))  # fmt: skip
        except RuntimeError:  # the reader has shut down: the archive is closing, the list with it
            pass

    def _on_reasons_read(self, text: str, found: dict[int, str]) -> None:
        if text != self._filter.text.strip() or not found:
            return  # the search changed meanwhile
        self._reasons.update(found)
        rows = self.rows_of_ids(found)
        if rows:
            first, last = min(rows.values()), max(rows.values())
            self.dataChanged.emit(self.index(first, EventColumn.MATCH), self.index(last, EventColumn.MATCH), [DISPLAY, TOOLTIP])

    def _first_page(self, rows: list[EventRow]) -> array[int]:
        self.rows_fetched += len(rows)
        self._remember(rows)
        self._ask_reasons([r.id for r in rows])
        return array("q", (row.id for row in rows))

    def _on_page_read(self, rows: list[EventRow]) -> None:
        if not self._list.complete:
            self._apply_ids(self._first_page(rows), reset=True)

    def _on_count_read(self, count: int) -> None:
        if not self._list.complete:
            self._known = count
            self.sig_counted.emit()

    def _on_ids_read(self, ids: array[int]) -> None:
        """The full list after a first page: rows past the page are appended (the shown rows
        and the selection stay) when the page was right, else the model resets."""
        shown = len(self._list.ids)
        if ids[:shown] == self._list.ids:
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._list.set(ids)
                self.endInsertRows()
            self.sig_reloaded.emit()
        else:
            self._apply_ids(ids, reset=True)

    def _on_workspace_changed(self, changes: ChangeSet) -> None:
        if affects(changes, "events"):
            added_or_removed = "event" in changes.inserted or "event" in changes.deleted
            self._load(reset=False, recount=added_or_removed, stale=True)


def _append(values: list[int], value: int) -> int:
    """``value``, also kept in ``values`` (for a later task on the same reader lane)."""
    values.append(value)
    return value


_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsEditable
_EDITABLE = frozenset({EventColumn.TITLE, EventColumn.DATE, EventColumn.TYPE, EventColumn.STATUS})
"""Cells edited in place (F2, double-click): see desktop/gui/panes/inline_edit.py."""
