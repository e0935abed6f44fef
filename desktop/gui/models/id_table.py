"""The Qt side both lazy list models share: an :class:`IdList` shown as rows, and how a newly
read id list reaches the views (same ids: repaint; new order: move rows; otherwise reset)."""

from __future__ import annotations

from array import array

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.gui.models.id_list import IdList

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""Data role of a row's record id."""
UID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
"""Data role of a row's record uid."""


class IdTableModel(QAbstractTableModel):
    """Rows are the ids of ``self._list`` (set by the subclass); GUI thread only.

    Subclasses give the columns and the cells; this base owns the row count and the three
    ways a reload lands, so views keep their selection by id across a re-sort.
    """

    sig_reloaded = Signal()
    """The ids were (re)loaded: row count, filter or total may have changed."""

    _list: IdList

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._list.ids)

    def id_at(self, row: int) -> int | None:
        return self._list.id_at(row)

    def _apply_ids(self, ids: array[int], reset: bool) -> None:
        """Show ``ids``: unchanged ids keep every index (only cells repaint), others reset."""
        if not reset and ids == self._list.ids:
            if ids:
                last = self.index(len(ids) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.beginResetModel()
            self._list.set(ids)
            self.endResetModel()
        self.sig_reloaded.emit()

    def _apply_order(self, ids: array[int]) -> None:
        """A new order of (mostly) the same ids: move rows, keep the selection by id."""
        if len(ids) != len(self._list.ids):  # sorted while still loading: other rows, not a new order
            self._apply_ids(ids, reset=True)
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self.id_at(index.row()) for index in persistent]
        self._list.set(ids)
        position = self._list.rows_of(i for i in old_ids if i is not None)
        moved = []
        for index, record_id in zip(persistent, old_ids):
            row = position.get(record_id) if record_id is not None else None
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        self.sig_reloaded.emit()
