"""The sources, actors and places lists as lazy Qt table models: ordered ids, rows by page."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, QObject, QT_TRANSLATE_NOOP, Qt

from db.dependents import affects
from db.lists import DETAIL, LABEL, USES, NamedRow
from db.services import ChangeSet
from desktop.gui.models.id_list import IdList, TaskCallbacks
from desktop.gui.models.id_table import ID_ROLE, UID_ROLE, AnyIndex, IdTableModel
from desktop.gui.workspace import Workspace
from desktop.gui.wording import counted, words


HEADERS: dict[str, tuple[str, str, str]] = {
    "source": (QT_TRANSLATE_NOOP("NamedTable", "Title"), QT_TRANSLATE_NOOP("NamedTable", "Outlet"), QT_TRANSLATE_NOOP("NamedTable", "Events")),
    "actor": (QT_TRANSLATE_NOOP("NamedTable", "Name"), QT_TRANSLATE_NOOP("NamedTable", "Kind"), QT_TRANSLATE_NOOP("NamedTable", "Events")),
    "place": (QT_TRANSLATE_NOOP("NamedTable", "Name"), QT_TRANSLATE_NOOP("NamedTable", "Country"), QT_TRANSLATE_NOOP("NamedTable", "Events")),
}
NOUNS: dict[str, tuple[str, str]] = {"source": ("source", "sources"), "actor": ("actor", "actors"), "place": ("place", "places")}
VIEWS: dict[str, str] = {"source": "sources", "actor": "actors", "place": "places"}
"""Each list's view in :data:`db.dependents.VIEWS` (the tables whose edits can change its
labels, details or use counts)."""
SYNC_LIMIT = 50_000
"""Tables with more records read their ordered ids on the reader thread (0.1-1.5 s at 200,000)."""


SOURCE_UIDS_MIME = "application/x-casefile-source-uids"
"""What a drag of sources from the Sources list carries: their uids, one a line."""


def dragged_source_uids(mime: QMimeData) -> list[str]:
    """The uids of sources dragged from the Sources list (none for any other drag)."""
    raw = bytes(mime.data(SOURCE_UIDS_MIME).data()) if mime.hasFormat(SOURCE_UIDS_MIME) else b""
    return [line for line in raw.decode("ascii", "replace").split("\n") if line]


class NamedTableModel(IdTableModel):
    """Sources, actors or places matching a search text; GUI thread only.

    Contract: nothing is read until :meth:`ensure_loaded` (at once unless ``lazy``). Then the
    model keeps the ordered ids of every match (an :class:`IdList` filled by
    ``Workspace.named_ids``, sorted in SQL by any column) and reads rows for the ids on screen
    in pages of ``page_size``, kept in a least-recently-used cache. A table with more than
    ``sync_limit`` records reads its ids on the workspace's reader thread: until they arrive a
    re-sort keeps the rows shown, and a first load shows an empty list. An edit touching the list's tables re-reads it (a model
    reset when rows come or go; views restore their selection by id).
    """

    def __init__(self, workspace: Workspace, table: str, parent: QObject | None = None, page_size: int = 200,
                 lazy: bool = False, cache_rows: int = 5_000) -> None:  # fmt: skip
        super().__init__(parent)
        if table not in HEADERS:
            raise ValueError(f"There is no named list for {table!r}.")
        self.workspace = workspace
        self.table = table
        self.page_size = page_size
        self.cache_rows = max(cache_rows, page_size)
        self.rows_fetched = 0
        """How many rows were read from the archive so far (for tests and benchmarks)."""
        self._text = ""
        self._list = IdList(TaskCallbacks(workspace.reader), SYNC_LIMIT)
        self._cache: OrderedDict[int, NamedRow] = OrderedDict()
        self._sort: tuple[int, bool] = (LABEL, False)
        self._total = 0
        self._loaded = False
        workspace.sig_changed.connect(self._on_workspace_changed)
        if not lazy:
            self.ensure_loaded()

    # --- public API ----------------------------------------------------------------------

    @property
    def sync_limit(self) -> int:
        """Above this many records the ids are read in the background."""
        return self._list.sync_limit

    @sync_limit.setter
    def sync_limit(self, value: int) -> None:
        self._list.sync_limit = value

    @property
    def text(self) -> str:
        return self._text

    def is_loaded(self) -> bool:
        return self._loaded

    def ensure_loaded(self) -> None:
        """Read the ids, once. A ``lazy`` model waits for this (its tab being shown): opening
        a million-event archive should not wait for lists nobody looks at yet."""
        if not self._loaded:
            self._loaded = True
            self._load(recount=True, reset=True)

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            if self._loaded:
                self._load(reset=True)

    def refresh(self) -> None:
        if self._loaded:
            self._load(recount=True, reset=True)

    def total_count(self) -> int:
        """Number of records in the table, whatever the search text."""
        return self._total

    def is_complete(self) -> bool:
        """False while the ids of a large table are still being read."""
        return self._list.complete

    def noun(self, count: int) -> str:
        singular, plural = NOUNS[self.table]
        return singular if count == 1 else plural

    def row_at(self, row: int) -> NamedRow | None:
        ids = self._list.ids
        if not 0 <= row < len(ids):
            return None
        record_id = ids[row]
        cached = self._cache.get(record_id)
        if cached is None:
            self._fetch_page(row)
            return self._cache.get(record_id)
        self._cache.move_to_end(record_id)
        return cached

    def uid_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.uid if found else None

    def uids_at(self, rows: list[int]) -> list[str]:
        return [uid for uid in map(self.uid_at, rows) if uid is not None]

    def row_of_id(self, record_id: int) -> int | None:
        return self._list.row_of(record_id)  # a byte search: well under 1 ms over 200,000 ids

    def row_of_uid(self, uid: str) -> int | None:
        self.ensure_loaded()
        record_id = self.workspace.record_id(self.table, uid)
        return None if record_id is None else self.row_of_id(record_id)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(HEADERS[self.table])

    # --- Qt model interface --------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS[self.table])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = HEADERS[self.table]
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("NamedTable", headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == USES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == LABEL:
                return row.label
            if column == DETAIL:
                return words(row.detail) if self.table == "actor" else row.detail  # an actor's kind; a source's outlet, a place's country as typed
            return f"{row.uses:,}" if role == Qt.ItemDataRole.DisplayRole else counted("used_by", row.uses)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == USES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        if role == UID_ROLE:
            return row.uid
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self.table == "source" else flags

    def mimeTypes(self) -> list[str]:
        return [SOURCE_UIDS_MIME] if self.table == "source" else []

    def mimeData(self, indexes: Sequence[AnyIndex]) -> QMimeData:
        """Dragged sources: their uids (dropped on an event, they become citations) and their
        titles as plain text for any other program."""
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        uids = [uid for uid in self.uids_at(rows) if uid]
        mime.setData(SOURCE_UIDS_MIME, QByteArray("\n".join(uids).encode("ascii")))
        mime.setText("\n".join(getattr(self.row_at(r), "label", "") for r in rows))
        return mime

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (column, order == Qt.SortOrder.DescendingOrder)
        if not self.is_sortable(column) or wanted == self._sort:
            return
        self._sort = wanted
        if self._loaded:
            self._read_ids(self._apply_order)

    # --- internals -----------------------------------------------------------------------

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.page_size
        wanted = [i for i in self._list.ids[start : start + self.page_size] if i not in self._cache]
        fetched = self.workspace.named_rows_by_id(self.table, wanted)
        self.rows_fetched += len(fetched)
        for found in fetched:
            self._cache[found.id] = found
        while len(self._cache) > self.cache_rows:
            self._cache.popitem(last=False)

    def _load(self, recount: bool = False, reset: bool = False) -> None:
        self._cache.clear()
        if recount:
            self._total = self.workspace.record_count(self.table)
        self._read_ids(lambda ids: self._apply_ids(ids, reset))

    def _read_ids(self, apply: Callable[[array[int]], None]) -> None:
        """Read the ordered ids now, or on the reader thread when the table is large (a newer
        request cancels the read, see :class:`IdList`)."""
        workspace, table, text, (column, descending) = self.workspace, self.table, self._text, self._sort
        if self._list.begin(self._total):
            apply(workspace.named_ids(table, text, column, descending))
            return
        self._list.read(lambda cancelled: workspace.named_ids(table, text, column, descending, cancelled), apply, final=True)
        self.sig_reloaded.emit()  # the count shows that reading is under way

    def _on_workspace_changed(self, changes: ChangeSet) -> None:
        if self._loaded and affects(changes, VIEWS[self.table]):
            added_or_removed = self.table in changes.inserted or self.table in changes.deleted
            self._load(recount=added_or_removed, reset=added_or_removed)
