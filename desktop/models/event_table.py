"""The events list as a lazy Qt table model: ordered ids in memory, rows fetched by page."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from db.dates import humanize
from db.queries import EventFilter, EventRow
from db.services import ChangeSet
from desktop.models.status_icons import status_icon
from desktop.tasks import TaskHandle
from desktop.workspace import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2

SYNC_LIMIT = 50_000
"""Archives with more events read the full id list in the background (see ``_fetch_ids``)."""

REFRESH_TABLES = frozenset({"event", "place", "citation", "tag"})
"""Edits to these tables can change what the events list shows."""


class EventColumn(IntEnum):
    DATE = 0
    TITLE = 1
    PLACE = 2
    TYPE = 3
    STATUS = 4
    SOURCES = 5


HEADERS = ("Date", "Title", "Place", "Type", "Status", "Sources")
SORT_KEYS: dict[int, str] = {
    EventColumn.DATE: "date",
    EventColumn.TITLE: "title",
    EventColumn.PLACE: "place",
    EventColumn.TYPE: "type",
    EventColumn.STATUS: "status",
}
"""Columns the database can sort by (see ``db.queries.SORTS``); Sources cannot be sorted."""


@lru_cache(maxsize=4096)
def date_label(edtf_text: str) -> str:
    return humanize(edtf_text)


def date_tooltip(row: EventRow) -> str:
    if not row.date_text:
        return "No date recorded."
    if row.date_lo and row.date_lo == row.date_hi:
        return f"EDTF: {row.date_text}\nDay: {row.date_lo}"
    return f"EDTF: {row.date_text}\nEarliest day: {row.date_lo or 'open'}\nLatest day: {row.date_hi or 'open'}"


class EventTableModel(QAbstractTableModel):
    """Events matching a filter, in an order the database sorts; GUI thread only.

    Contract: keeps only the ordered list of event ids (``Workspace.event_ids``); rows are
    fetched in pages of ``page_size`` from ``Workspace.event_rows`` when ``data()`` first asks
    for them and kept in a least-recently-used cache of at most ``cache_rows`` rows. Sorting
    re-queries the ids (never a proxy model). An edit touching events, places, citations or
    tags reloads the ids: unchanged order keeps every index (``dataChanged``); otherwise the
    model resets and views restore their selection by id.
    """

    sig_reloaded = Signal()
    """The id list was (re)loaded: row count, filter or total may have changed."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None, page_size: int = 200, cache_rows: int = 10_000) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.page_size = page_size
        self.cache_rows = max(cache_rows, page_size)
        self.rows_fetched = 0
        """How many rows were read from the archive so far (for tests and benchmarks)."""
        self._filter = EventFilter()
        self._sort_key = "date"
        self._descending = False
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: OrderedDict[int, EventRow] = OrderedDict()
        self._total = 0
        self._complete = True
        self._generation = 0
        self._pending: TaskHandle | None = None
        self.sync_limit = SYNC_LIMIT
        workspace.sig_changed.connect(self._on_workspace_changed)
        workspace.reader.sig_finished.connect(self._on_reader_finished)
        self._load(reset=True, recount=True)

    # --- public API ----------------------------------------------------------------------

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
        return self._complete

    def set_filter(self, flt: EventFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._load(reset=True)

    def refresh(self, recount: bool = True) -> None:
        """Re-read the ids and rows (after an edit made elsewhere); ``recount`` the total too."""
        self._load(reset=False, recount=recount, stale=True)

    def sort_column(self) -> int:
        return next(column for column, key in SORT_KEYS.items() if key == self._sort_key)

    def is_sortable(self, column: int) -> bool:
        return column in SORT_KEYS

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_at(self, row: int) -> EventRow | None:
        if not 0 <= row < len(self._ids):
            return None
        event_id = self._ids[row]
        cached = self._cache.get(event_id)
        if cached is not None:
            self._cache.move_to_end(event_id)
            return cached
        self._fetch_page(row)
        return self._cache.get(event_id)

    def uid_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.uid if found else None

    def uids_at(self, rows: Iterable[int]) -> list[str]:
        """uids of many rows; reads the missing ones in batches without flooding the cache."""
        wanted = [self._ids[r] for r in rows if 0 <= r < len(self._ids)]
        missing = [i for i in wanted if i not in self._cache]
        found: dict[int, str] = {}
        for start in range(0, len(missing), 900):
            batch = self.workspace.event_rows(missing[start : start + 900])
            self.rows_fetched += len(batch)
            found.update((r.id, r.uid) for r in batch)
        return [self._cache[i].uid if i in self._cache else found[i] for i in wanted if i in self._cache or i in found]

    def row_of_id(self, event_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {event_id: row for row, event_id in enumerate(self._ids)}
        return self._row_of.get(event_id)

    def row_of_uid(self, uid: str) -> int | None:
        event_id = next((row.id for row in self._cache.values() if row.uid == uid), None)
        if event_id is None:
            event_id = self.workspace.record_id("event", uid)
        return None if event_id is None else self.row_of_id(event_id)

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == EventColumn.SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and section not in SORT_KEYS:
            return "Number of sources cited (this column cannot be sorted)."
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
                        Qt.ItemDataRole.TextAlignmentRole, ID_ROLE, UID_ROLE):  # fmt: skip
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == UID_ROLE:
            return row.uid
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == EventColumn.DATE:
                return date_tooltip(row)
            if column == EventColumn.STATUS and row.disputed:
                return f"{row.status}; some of its facts are disputed"
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column == EventColumn.STATUS:
            return status_icon(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == EventColumn.SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        self._fetch_ids(self._apply_order, first_page=False)

    # --- internals -----------------------------------------------------------------------

    def _display(self, row: EventRow, column: int) -> str:
        if column == EventColumn.DATE:
            return date_label(row.date_text)
        if column == EventColumn.TITLE:
            return row.title
        if column == EventColumn.PLACE:
            return row.place
        if column == EventColumn.TYPE:
            return row.event_type
        if column == EventColumn.STATUS:
            return f"{row.status} · disputed" if row.disputed else row.status
        return f"{row.sources:,}"

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.page_size
        page_ids = [i for i in self._ids[start : start + self.page_size] if i not in self._cache]
        fetched = self.workspace.event_rows(page_ids)
        self.rows_fetched += len(fetched)
        for found in fetched:
            self._cache[found.id] = found
        while len(self._cache) > self.cache_rows:
            self._cache.popitem(last=False)

    def _set_ids(self, ids: Sequence[int]) -> None:
        self._ids = list(ids)
        self._row_of = None

    def _load(self, reset: bool, recount: bool = False, stale: bool = False) -> None:
        if stale:
            self._cache.clear()
        if recount:
            self._total = self.workspace.count_events()
        self._fetch_ids(lambda ids: self._apply_ids(ids, reset))

    def _fetch_ids(self, apply: Callable[[list[int]], None], first_page: bool = True) -> None:
        """Read the ordered ids and hand them to ``apply``.

        Up to :data:`SYNC_LIMIT` events this is immediate. Above it, reading every id costs
        0.3-1.5 s, so the full list comes from the workspace's reader thread, and meanwhile
        the first page is shown at once (an indexed query of ~2 ms) — unless a text search is
        on (its first page may itself be slow) or ``first_page`` is False (a re-sort keeps
        the current rows and selection until the new order is complete). A request that
        finishes after a newer one is dropped.
        """
        self._generation += 1
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        flt, key, descending = self._filter, self._sort_key, self._descending
        if self._total <= self.sync_limit:
            self._complete = True
            apply(self.workspace.event_ids(flt, key, descending))
            return
        self._complete = False
        if first_page:
            apply(self._first_page(flt) if not flt.text.strip() else [])
        generation, workspace = self._generation, self.workspace
        self._pending_apply = apply
        self._pending = workspace.reader.submit(lambda progress, cancelled: (generation, workspace.event_ids(flt, key, descending)))

    def _first_page(self, flt: EventFilter) -> list[int]:
        rows = self.workspace.events_page(flt, self._sort_key, self._descending, limit=self.page_size)
        self.rows_fetched += len(rows)
        for row in rows:
            self._cache[row.id] = row
        return [row.id for row in rows]

    def _on_reader_finished(self, task_id: int, result: object) -> None:
        if self._pending is None or task_id != self._pending.id:
            return
        generation, ids = result  # type: ignore[misc]
        self._pending = None
        if generation != self._generation:
            return
        self._complete = True
        shown = len(self._ids)
        if ids[:shown] == self._ids:  # the first page was right: append the rest, keep selection
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._set_ids(ids)
                self.endInsertRows()
            self.sig_reloaded.emit()
        else:
            self._pending_apply(ids)

    def _apply_ids(self, ids: list[int], reset: bool) -> None:
        if not reset and ids == self._ids:
            if ids:
                last = self.index(len(ids) - 1, len(HEADERS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.beginResetModel()
            self._set_ids(ids)
            self.endResetModel()
        self.sig_reloaded.emit()

    def _apply_order(self, ids: list[int]) -> None:
        """A new order of (mostly) the same ids: move rows, keep selection by id."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self._ids[index.row()] if index.row() < len(self._ids) else None for index in persistent]
        self._set_ids(ids)
        moved = []
        for index, event_id in zip(persistent, old_ids):
            row = None if event_id is None else self.row_of_id(event_id)
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        self.sig_reloaded.emit()

    def _on_workspace_changed(self, changes: ChangeSet) -> None:
        if changes.tables() & REFRESH_TABLES:
            added_or_removed = "event" in changes.inserted or "event" in changes.deleted
            self._load(reset=False, recount=added_or_removed, stale=True)
