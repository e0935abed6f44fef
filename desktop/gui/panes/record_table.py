"""A table view for the record lists: fixed row heights, Delete/Enter keys, selection kept by id."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QMenu, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget,
)  # fmt: skip

ROW_PADDING = 8  # pixels added to the font's line height
MAIN_COLUMN_MIN = 220  # the title column's width whenever there is room for it
MAIN_COLUMN_NARROW = 140  # ... and when there is not: the other columns give way first
COLUMN_NARROW = 52  # no column is squeezed below this
UNSQUEEZED_SAMPLE = "before June 2017"
"""A column kept whole is squeezed no narrower than this text (dates: "before June 2017", "12–14 April 2017" show whole)."""
CELL_PADDING = 4  # pixels kept free at a cell's left and right ends


class PaddedDelegate(QStyledItemDelegate):
    """The default delegate, but right-aligned text (numbers) keeps clear of the column edge.
    Set only on right-aligned columns (the model's header says which).

    The gap is thin spaces appended to the text in ``initStyleOption``: Qt still paints the
    cell itself. Overriding ``paint`` in Python cost ~0.4 ms a cell (9 of the 12 ms a repaint
    of the events list took); this costs one short Python call per cell.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        metrics = parent.fontMetrics()
        self.gap = "\u2009"
        while metrics.horizontalAdvance(self.gap) < CELL_PADDING and len(self.gap) < 8:
            self.gap += "\u2009"

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text:  # type: ignore[attr-defined]
            option.text += self.gap  # type: ignore[attr-defined]


class RecordModel(Protocol):
    """What the view needs from its model besides the Qt interface."""

    def id_at(self, row: int) -> int | None: ...
    def row_of_id(self, record_id: int) -> int | None: ...


class RecordTableView(QTableView):
    """Rows of one record list; GUI thread only.

    Rows have one fixed height (no per-row measuring, so a million rows scroll smoothly) and
    columns are never sized to their contents; the main column takes the width the others
    leave (at least ``MAIN_COLUMN_MIN``) and the header's context menu hides columns. Delete (or Backspace) emits
    :attr:`sig_delete_requested`; Enter and double-click emit :attr:`sig_row_activated`.
    When the model resets, the selected rows and the current row are found again by id.
    """

    sig_delete_requested = Signal()
    """The user pressed Delete with rows selected."""
    sig_row_activated = Signal(int)
    """The user pressed Enter on, or double-clicked, this row."""

    def __init__(self, main_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_column = main_column
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)  # enabled by the owner once the sort indicator is set
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._padded = PaddedDelegate(self)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionsMovable(True)
        columns.setStretchLastSection(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setMinimumSectionSize(40)
        columns.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        columns.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        columns.sectionResized.connect(self._on_header_section_resized)
        self.doubleClicked.connect(self._on_view_double_clicked)
        self._kept_ids: list[int] = []
        self._fitting = False
        self.unsqueezed: set[int] = set()
        """Columns a narrow view never squeezes (a date cut to "April–M…" says nothing)."""
        self._preferred: dict[int, int] = {}
        """Widths the user (or the owner) gave the other columns; a narrow view squeezes
        them for the moment, and they come back when the view widens."""
        self._kept_current: int | None = None

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def,override]
        super().setModel(model)
        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        model.modelReset.connect(self._on_model_reset)
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            mode = QHeaderView.ResizeMode.Fixed if column == self.main_column else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            # Only right-aligned (number) columns need the padded delegate; the others keep
            # Qt's own, which paints without a Python call per cell (scrolling a million rows).
            alignment = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
            right = isinstance(alignment, int) and bool(alignment & Qt.AlignmentFlag.AlignRight.value)
            self.setItemDelegateForColumn(column, self._padded if right else None)  # type: ignore[arg-type]
        self._fit_main_column()

    def hidden_columns(self) -> list[int]:
        header = self.horizontalHeader()
        return [c for c in range(header.count()) if header.isSectionHidden(c)]

    def set_hidden_columns(self, columns: list[int]) -> None:
        header = self.horizontalHeader()
        self._fitting = True  # showing a column brings back its last size: not a choice of the user's
        try:
            for column in range(header.count()):
                header.setSectionHidden(column, column in columns and column != self.main_column)
        finally:
            self._fitting = False
        self._fit_main_column()

    def save_state(self) -> dict[str, Any]:
        """Column widths, hidden columns and sort as plain data."""
        header = self.horizontalHeader()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        widths = [self._preferred.get(c, header.sectionSize(c)) for c in range(header.count())]  # not as squeezed now
        return {"widths": widths, "hidden": self.hidden_columns(), "sort": [header.sortIndicatorSection(), descending]}

    def restore_state(self, state: dict[str, Any], sortable: Callable[[int], bool]) -> None:
        """Apply :meth:`save_state`'s output, skipping what no longer fits the model."""
        header = self.horizontalHeader()
        widths = state.get("widths") if isinstance(state.get("widths"), list) else []
        for column, width in enumerate(widths[: header.count()]):
            if isinstance(width, int) and width > 0 and column != self.main_column:
                header.resizeSection(column, width)
        if isinstance(state.get("hidden"), list):
            self.set_hidden_columns([c for c in state["hidden"] if isinstance(c, int)])
        sort = state.get("sort")
        if isinstance(sort, list) and len(sort) == 2 and isinstance(sort[0], int) and sortable(sort[0]):
            header.setSortIndicator(sort[0], Qt.SortOrder.DescendingOrder if sort[1] else Qt.SortOrder.AscendingOrder)

    def selected_rows(self) -> list[int]:
        """Selected rows in ascending order, from the selection ranges (no per-index work)."""
        rows: set[int] = set()
        for selected in self.selectionModel().selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def select_rows(self, rows: list[int], current: int | None = None) -> None:
        """Select ``rows`` (merged into contiguous ranges) and make ``current`` the current row."""
        model = self.model()
        last_column = model.columnCount() - 1
        selection = QItemSelection()
        start = previous = None
        for row in sorted(set(rows)) + [None]:  # type: ignore[operator]
            if start is not None and (row is None or row != previous + 1):  # type: ignore[operator]
                selection.select(model.index(start, 0), model.index(previous, last_column))  # type: ignore[arg-type]
                start = None
            if row is not None and start is None:
                start = row
            previous = row
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection_model = self.selectionModel()
        if current is not None:
            selection_model.setCurrentIndex(model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection_model.select(selection, flags)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2 and self.editTriggers() & QAbstractItemView.EditTrigger.EditKeyPressed:
            index = self.currentIndex()
            if index.isValid() and not self.model().flags(index) & Qt.ItemFlag.ItemIsEditable:
                index = index.siblingAtColumn(self.main_column)  # F2 on a cell that cannot be edited: the title
            if index.isValid() and self.model().flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
                return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            if self.selectionModel().hasSelection():
                self.sig_delete_requested.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_row_activated.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_main_column()

    def _fit_main_column(self) -> None:
        """Give the main column the width the others leave, but at least MAIN_COLUMN_MIN.
        When the view is too narrow for that (a small laptop), the other columns shrink in
        proportion to their chosen widths, down to COLUMN_NARROW, and the main column to
        MAIN_COLUMN_NARROW, so every column stays on screen; only then does the view scroll
        sideways."""
        header = self.horizontalHeader()
        if self.model() is None or self._fitting:
            return
        width = self.viewport().width()
        others = [c for c in range(header.count()) if c != self.main_column and not header.isSectionHidden(c)]
        wanted = {c: self._preferred.get(c, header.sectionSize(c)) for c in others}
        widths = dict(wanted)
        total = sum(wanted.values())
        if total and total + MAIN_COLUMN_MIN > width:
            widths = _squeeze(wanted, {c: self._narrowest(c) for c in others}, max(width - MAIN_COLUMN_NARROW, 0))
        self._fitting = True
        try:
            for column, size in widths.items():
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)
            main_floor = MAIN_COLUMN_MIN if widths == wanted else MAIN_COLUMN_NARROW
            header.resizeSection(self.main_column, max(main_floor, width - sum(widths.values())))
        finally:
            self._fitting = False

    def _narrowest(self, column: int) -> int:
        """How narrow a narrow view may make ``column``."""
        if column in self.unsqueezed:  # as wide as a long date, or as the user made it if narrower
            chosen = self._preferred.get(column, self.horizontalHeader().sectionSize(column))
            return min(chosen, self.fontMetrics().horizontalAdvance(UNSQUEEZED_SAMPLE) + 2 * CELL_PADDING)
        return COLUMN_NARROW  # its header elides ("Sou…"), as in a file manager

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """Rows are selected whole: bringing one into view never scrolls the list sideways
        (a click on a half-hidden cell used to shift every column under the pointer)."""
        sideways = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        self.horizontalScrollBar().setValue(sideways)

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if column != self.main_column and not self._fitting and new > 0 and not self.horizontalHeader().isSectionHidden(column):
            self._preferred[column] = new  # the user's (or the owner's) choice
            self._fit_main_column()

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        header, model = self.horizontalHeader(), self.model()
        menu = QMenu(self)
        for column in range(header.count()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != self.main_column)
            action.toggled.connect(partial(self._on_column_action_toggled, column))
        menu.exec(header.mapToGlobal(pos))

    def _on_column_action_toggled(self, column: int, shown: bool) -> None:
        hidden = self.hidden_columns()
        self.set_hidden_columns([c for c in hidden if c != column] + ([] if shown else [column]))

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self.sig_row_activated.emit(index.row())

    def _on_model_about_to_be_reset(self) -> None:
        model: RecordModel = self.model()  # type: ignore[assignment]
        self._kept_ids = [i for i in (model.id_at(row) for row in self.selected_rows()) if i is not None]
        current = self.currentIndex()
        self._kept_current = model.id_at(current.row()) if current.isValid() else None

    def _on_model_reset(self) -> None:
        model: RecordModel = self.model()  # type: ignore[assignment]
        many = getattr(model, "rows_of_ids", None)  # one pass over a million ids, not one each
        if many is not None and len(self._kept_ids) > 1:
            found = many(self._kept_ids)
            rows = [found[i] for i in self._kept_ids if i in found]
        else:
            rows = [r for r in (model.row_of_id(i) for i in self._kept_ids) if r is not None]
        current = model.row_of_id(self._kept_current) if self._kept_current is not None else None
        self._kept_ids, self._kept_current = [], None
        if rows or current is not None:
            self.select_rows(rows, current)


def _squeeze(wanted: dict[int, int], floors: dict[int, int], room: int) -> dict[int, int]:
    """Widths in proportion to ``wanted`` that add up to ``room`` where they can, none below
    its floor (a column at its floor leaves the rest to the others)."""
    widths = dict(wanted)
    free = dict(wanted)
    while free:
        left = room - sum(w for c, w in widths.items() if c not in free)
        scale = min(1.0, max(left, 0) / (sum(free.values()) or 1))
        pinned = {c for c in free if int(free[c] * scale) < floors[c]}
        for c in free:
            widths[c] = max(floors[c], int(free[c] * scale))
        if not pinned:
            break
        for c in pinned:
            del free[c]
    return widths
