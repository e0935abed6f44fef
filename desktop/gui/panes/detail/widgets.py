"""Shared look of the detail pane: section headers, right-aligned forms, compact tables, field errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)  # fmt: skip

UID_ROLE = Qt.ItemDataRole.UserRole
"""Item data role holding a row's record uid in the pane's tables."""
MAX_TABLE_ROWS = 8
"""Tables grow with their rows up to this many, then scroll."""


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color(widget: QWidget) -> QColor:
    """Red that reads on the widget's palette (dark or light)."""
    return QColor("#ff8a80") if is_dark(widget) else QColor("#c62828")


def muted_color(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.PlaceholderText)


def form_layout() -> QFormLayout:
    """A form with labels aligned right, fields growing to the full width."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(6)
    form.setContentsMargins(0, 0, 0, 0)
    return form


def section_header(title: str) -> QWidget:
    """A bold title over a thin rule, opening a group of fields."""
    header = QWidget()
    layout = QVBoxLayout(header)
    layout.setContentsMargins(0, 10, 0, 2)
    layout.setSpacing(2)
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    rule = QFrame()
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setFrameShadow(QFrame.Shadow.Plain)
    rule.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    layout.addWidget(label)
    layout.addWidget(rule)
    return header


def muted_label(text: str = "") -> QLabel:
    """Secondary text: hints, readings, counts."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # follows palette (theme) changes
    return label


def error_label() -> QLabel:
    """The message under a field that refused its input (hidden until needed)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    label.setObjectName("fieldError")
    return label


def show_message(label: QLabel, message: str | None) -> None:
    """Show ``message`` in red in ``label`` (``None`` hides it)."""
    label.setText(message or "")
    label.setStyleSheet(f"color: {error_color(label).name()};" if message else "")
    label.setVisible(message is not None)


def show_invalid(editor: QWidget, label: QLabel, message: str | None) -> None:
    """Red border on ``editor`` and ``message`` in ``label``; ``None`` clears both."""
    editor.setProperty("invalid", message is not None)
    show_message(label, message)
    if message is None:
        editor.setStyleSheet("")
        return
    red = error_color(editor).name()
    kind = next(c.__name__ for c in type(editor).__mro__ if c.__module__.startswith("PySide6"))
    editor.setStyleSheet(f"{kind} {{ border: 1px solid {red}; border-radius: 3px; padding: 2px; }}")


def compact_table(columns: list[str], stretch: int | tuple[int, ...] = 0) -> QTableWidget:
    """A read-only, row-selecting table sized to its rows (see :func:`fit_height`)."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    compact_style(table, stretch, QHeaderView.ResizeMode.ResizeToContents)
    return table


def compact_style(table: QTableView, stretch: int | tuple[int, ...], others: QHeaderView.ResizeMode) -> None:
    """The shared look of the pane's tables: no row numbers, whole-row selection, one line a row."""
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(others)
    for column in (stretch,) if isinstance(stretch, int) else stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(36)
    fit_height(table)


def fit_height(table: QTableView) -> None:
    rows = max(1, min(table.model().rowCount(), MAX_TABLE_ROWS))
    frame = table.frameWidth() * 2
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize() + frame)


@contextmanager
def filling(table: QTableWidget) -> Iterator[QTableWidget]:
    """Refill ``table`` without per-cell work: a visible table whose columns size to their
    contents re-measures every row after each ``setItem`` (50 rows × 4 cells took ~80 ms),
    so those columns stay fixed while filling and are measured once at the end."""
    header = table.horizontalHeader()
    fitted = [c for c in range(header.count()) if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents]
    for column in fitted:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    try:
        yield table
    finally:
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def item(text: str, uid: str | None = None, tooltip: str = "") -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if uid is not None:
        cell.setData(UID_ROLE, uid)
    cell.setToolTip(tooltip or text)
    return cell


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)
    return row
