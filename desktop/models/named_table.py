"""The sources, actors and places lists as Qt table models, loaded page by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from db.queries import NamedRow
from db.services import ChangeSet
from desktop.models.event_table import ID_ROLE, UID_ROLE
from desktop.workspace import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex

HEADERS: dict[str, tuple[str, str, str]] = {
    "source": ("Title", "Outlet", "Events"),
    "actor": ("Name", "Kind", "Events"),
    "place": ("Name", "Country", "Events"),
}
NOUNS: dict[str, tuple[str, str]] = {"source": ("source", "sources"), "actor": ("actor", "actors"), "place": ("place", "places")}
REFRESH_TABLES: dict[str, frozenset[str]] = {
    "source": frozenset({"source", "actor", "citation", "tag"}),
    "actor": frozenset({"actor", "involvement"}),
    "place": frozenset({"place", "event"}),
}
"""Edits to these tables can change a list's labels, details or use counts."""
LABEL, DETAIL, USES = 0, 1, 2


class NamedTableModel(QAbstractTableModel):
    """Sources, actors or places matching a search text; GUI thread only.

    Contract: nothing is read until :meth:`ensure_loaded` (at once unless ``lazy``); then rows are read in pages of ``page_size`` through ``Workspace.named_page`` as the
    view asks (``canFetchMore``/``fetchMore``), in the database's order (by label). Sorting by
    another column, or descending, first reads the remaining pages and then sorts the plain
    rows in memory (the data layer sorts these lists only by label). An edit touching the
    list's tables re-reads it (a model reset; views restore their selection by id).
    """

    sig_reloaded = Signal()
    """The rows were re-read from the start: counts may have changed."""

    def __init__(self, workspace: Workspace, table: str, parent: QObject | None = None, page_size: int = 500, lazy: bool = False) -> None:
        super().__init__(parent)
        if table not in HEADERS:
            raise ValueError(f"There is no named list for {table!r}.")
        self.workspace = workspace
        self.table = table
        self.page_size = page_size
        self._text = ""
        self._rows: list[NamedRow] = []
        self._row_of: dict[int, int] | None = None
        self._complete = False
        self._sort: tuple[int, bool] = (LABEL, False)
        self._total = 0
        self._loaded = False
        workspace.sig_changed.connect(self._on_workspace_changed)
        if not lazy:
            self.ensure_loaded()

    # --- public API ----------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    def is_loaded(self) -> bool:
        return self._loaded

    def ensure_loaded(self) -> None:
        """Read the first page, once. A ``lazy`` model waits for this (its tab being shown):
        opening a million-event archive should not wait for lists nobody looks at yet."""
        if not self._loaded:
            self._loaded = True
            self._reload(recount=True)

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            if self._loaded:
                self._reload()

    def refresh(self) -> None:
        if self._loaded:
            self._reload(recount=True)

    def total_count(self) -> int:
        """Number of records in the table, whatever the search text."""
        return self._total

    def is_complete(self) -> bool:
        """Whether every matching row has been read (so ``rowCount`` is the match count)."""
        return self._complete

    def noun(self, count: int) -> str:
        singular, plural = NOUNS[self.table]
        return singular if count == 1 else plural

    def row_at(self, row: int) -> NamedRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def uid_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.uid if found else None

    def uids_at(self, rows: list[int]) -> list[str]:
        return [self._rows[r].uid for r in rows if 0 <= r < len(self._rows)]

    def row_of_id(self, record_id: int) -> int | None:
        if self._row_of is None or len(self._row_of) != len(self._rows):
            self._row_of = {found.id: row for row, found in enumerate(self._rows)}
        return self._row_of.get(record_id)

    def row_of_uid(self, uid: str) -> int | None:
        """Row of ``uid``, reading further pages until it is found or the list ends."""
        self.ensure_loaded()
        start = 0
        while True:
            row = next((r for r in range(start, len(self._rows)) if self._rows[r].uid == uid), None)
            if row is not None or self._complete:
                return row
            if start == 0 and self.workspace.record_id(self.table, uid) is None:
                return None
            start = len(self._rows)
            self._fetch(all_pages=False)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(HEADERS[self.table])

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS[self.table])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = HEADERS[self.table]
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
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
                return row.detail.replace("_", " ")
            return f"{row.uses:,}" if role == Qt.ItemDataRole.DisplayRole else f"Used by {row.uses:,} events"
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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return self._loaded and not parent.isValid() and not self._complete

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid():
            self._fetch(all_pages=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (column, order == Qt.SortOrder.DescendingOrder)
        if not self.is_sortable(column) or wanted == self._sort:
            return
        self._sort = wanted
        if not self._loaded:
            return  # ensure_loaded() reads in this order
        if wanted == (LABEL, False):
            self._reload()
            return
        self._fetch(all_pages=True)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self._rows[index.row()].id for index in persistent]
        self._sort_rows()
        self._row_of = None
        moved = []
        for index, record_id in zip(persistent, old_ids):
            row = self.row_of_id(record_id)
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- internals -----------------------------------------------------------------------

    def _sort_rows(self) -> None:
        column, descending = self._sort
        if column == USES:
            self._rows.sort(key=lambda r: (r.uses, r.label.casefold(), r.id), reverse=descending)
        elif column == DETAIL:
            self._rows.sort(key=lambda r: (r.detail.casefold(), r.label.casefold(), r.id), reverse=descending)
        else:
            self._rows.sort(key=lambda r: (r.label.casefold(), r.id), reverse=descending)

    def _read(self, all_pages: bool) -> list[NamedRow]:
        """The next page (or every remaining page) after the rows held; sets ``_complete``."""
        found: list[NamedRow] = []
        while not self._complete:
            page = self.workspace.named_page(self.table, self._text, offset=len(self._rows) + len(found), limit=self.page_size)
            self._complete = len(page) < self.page_size
            found.extend(page)
            if not all_pages:
                break
        return found

    def _fetch(self, all_pages: bool) -> None:
        """Append the next page (or all the rest) in one insertion."""
        found = self._read(all_pages)
        if found:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._rows.extend(found)
            self.endInsertRows()

    def _reload(self, recount: bool = False) -> None:
        self.beginResetModel()
        self._rows = []
        self._row_of = None
        self._complete = False
        if recount:
            self._total = self.workspace.record_count(self.table)
        self._rows = self._read(all_pages=self._sort != (LABEL, False))
        if self._sort != (LABEL, False):
            self._sort_rows()
        self._row_of = None
        self.endResetModel()
        self.sig_reloaded.emit()

    def _on_workspace_changed(self, changes: ChangeSet) -> None:
        if self._loaded and changes.tables() & REFRESH_TABLES[self.table]:
            self._reload(recount=self.table in changes.inserted or self.table in changes.deleted)
