"""A compact table over plain rows (uid, cell texts, tooltips): one model reset per refill.

The linked-record tables used to be ``QTableWidget``s with an item per cell and columns sized
to their contents by Qt. For an event with 50 citations that meant ~300 Python item objects
per show and, once visible, a re-measure of every row after each cell set. Here a refill
swaps a list and resets the model once; Qt asks for the texts of the rows it paints, and the
narrow columns are measured once from their texts with the font's metrics.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QWidget

from desktop.gui.panes.detail.widgets import MAX_TABLE_ROWS, UID_ROLE, compact_style

Row = tuple[str, Sequence[str], Sequence[str]]
"""(record uid, cell texts, cell tooltips — may be shorter than the cells; "" means the text)."""

Index = QModelIndex | QPersistentModelIndex
DISPLAY, TOOLTIP, UID = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), int(UID_ROLE)
ANSWERED = frozenset({DISPLAY, TOOLTIP, UID})


class RowsModel(QAbstractTableModel):
    """Read-only rows of plain strings; ``UID_ROLE`` gives the row's record uid. GUI thread."""

    def __init__(self, columns: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or not index.isValid():  # the delegate asks ~7 roles per painted cell
            return None
        uid, cells, tips = self.rows[index.row()]
        if role == UID:
            return uid
        column = index.column()
        text = cells[column] if column < len(cells) else ""
        if role == DISPLAY:
            return text
        return (tips[column] if column < len(tips) else "") or text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section]
        return None


class RowsView(QTableView):
    """The table of a :class:`~desktop.gui.panes.detail.linked_table.LinkedTable`: the look of
    :func:`~desktop.gui.panes.detail.widgets.compact_table`; columns not in ``stretch`` are as wide
    as their widest text (measured in :meth:`set_rows`). GUI thread only.
    """

    def __init__(self, columns: Sequence[str], stretch: int | tuple[int, ...]) -> None:
        super().__init__()
        self.rows_model = RowsModel(columns, self)
        self.setModel(self.rows_model)
        self.stretched = {stretch} if isinstance(stretch, int) else set(stretch)
        self._header_sizes: dict[int, int] = {}
        """Header hints by column (-1: the header's height); cleared when font or style change."""
        compact_style(self, stretch, QHeaderView.ResizeMode.Fixed)
        self._fit_columns()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.rows_model.set_rows(rows)
        self._fit_columns()
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._header_sizes.clear()
        super().changeEvent(event)

    def rowCount(self) -> int:
        return self.rows_model.rowCount()

    def uid_at(self, row: int) -> str:
        return self.rows_model.rows[row][0]

    def cell_text(self, row: int, column: int) -> str:
        return str(self.rows_model.index(row, column).data())

    def cell_tooltip(self, row: int, column: int) -> str:
        return str(self.rows_model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def _fit_columns(self) -> None:
        """Size the fixed columns to their header and widest text, as Qt's ResizeToContents
        would, but from font metrics alone (no delegate size hints, no per-cell layout)."""
        header = self.horizontalHeader()
        metrics = QFontMetricsF(self.font())  # fractional, rounded up as Qt's text layout does
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        grid = 1 if self.showGrid() else 0
        for column in range(self.rows_model.columnCount()):
            if column in self.stretched:
                continue
            widest = max((math.ceil(metrics.horizontalAdvance(cells[column])) for _, cells, _ in self.rows_model.rows if column < len(cells)), default=0)
            if column not in self._header_sizes:
                self._header_sizes[column] = header.sectionSizeHint(column)
            width = max(self._header_sizes[column], widest + margin + grid, header.minimumSectionSize())
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _fit_height(self) -> None:
        """:func:`~desktop.gui.panes.detail.widgets.fit_height` with the header's height kept."""
        if -1 not in self._header_sizes:
            self._header_sizes[-1] = self.horizontalHeader().sizeHint().height()
        rows = max(1, min(self.rows_model.rowCount(), MAX_TABLE_ROWS))
        height = self._header_sizes[-1] + rows * self.verticalHeader().defaultSectionSize() + self.frameWidth() * 2
        if (self.minimumHeight(), self.maximumHeight()) != (height, height):
            self.setFixedHeight(height)
