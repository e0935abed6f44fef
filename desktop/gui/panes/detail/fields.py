"""Editors bound to one field of the shown record: they save as you type, show refusals at the
field, and never write invalid input."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSizePolicy, QSpinBox, QTextEdit

from db.field_readers import number_parser
from desktop.gui.panes.detail.field_base import AUTOSAVE_MS, BoundField, Parser

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

__all__ = ["AUTOSAVE_MS", "BoundCheckBox", "BoundComboBox", "BoundField", "BoundLineEdit", "BoundSpinBox", "BoundTextEdit", "number_parser"]


class BoundLineEdit(BoundField):
    """One line of text; ``format`` shows a stored value, ``parse`` reads the typed text."""

    def __init__(self, workspace: Workspace, table: str, key: str, label: str = "", parse: Parser | None = None, format: Callable[[Any], str] | None = None, placeholder: str = "") -> None:
        super().__init__(workspace, table, key, QLineEdit(), label, parse)
        self.line: QLineEdit = self.editor  # type: ignore[assignment]
        self.line.setPlaceholderText(placeholder)
        self.line.setClearButtonEnabled(False)
        self._format = format or (lambda value: "" if value is None else str(value))
        self.line.textEdited.connect(self.edited)
        self.line.editingFinished.connect(self.commit)

    def raw_value(self) -> str:
        return self.line.text()

    def can_undo_typing(self) -> bool:
        return self.line.isUndoAvailable()

    def can_redo_typing(self) -> bool:
        return self.line.isRedoAvailable()

    def forget_typing(self) -> None:
        cursor = self.line.cursorPosition()
        self._displaying = True
        try:
            self.line.setText(self.line.text())  # setText clears QLineEdit's undo history
        finally:
            self._displaying = False
        self.line.setCursorPosition(cursor)

    def display(self, value: Any) -> None:
        text = self._format(value)
        if text != self.line.text():
            cursor = self.line.cursorPosition()
            self.line.setText(text)
            self.line.setCursorPosition(min(cursor, len(text)) if self.line.hasFocus() else 0)


class _PlainTextEdit(QTextEdit):
    """Plain text only (pasted markup arrives as text); tells when it loses focus."""

    sig_focus_out = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.sig_focus_out.emit()


class BoundTextEdit(BoundField):
    """Several lines of plain text (never markup); grows with its text from 2 to ``max_lines``."""

    def __init__(self, workspace: Workspace, table: str, key: str, label: str = "", max_lines: int = 10, placeholder: str = "") -> None:
        super().__init__(workspace, table, key, _PlainTextEdit(), label)
        self.text_edit: _PlainTextEdit = self.editor  # type: ignore[assignment]
        self.text_edit.setPlaceholderText(placeholder)
        self.text_edit.setTabChangesFocus(True)
        self.max_lines = max_lines
        self._fitted: tuple[int, int, int] | None = None
        self.text_edit.textChanged.connect(self.edited)
        self.text_edit.textChanged.connect(self._fit)
        self.text_edit.sig_focus_out.connect(self.commit)
        self.text_edit.viewport().installEventFilter(self)
        self._fit()

    def raw_value(self) -> str:
        return self.text_edit.toPlainText()

    def can_undo_typing(self) -> bool:
        return self.text_edit.document().isUndoAvailable()

    def can_redo_typing(self) -> bool:
        return self.text_edit.document().isRedoAvailable()

    def forget_typing(self) -> None:
        self.text_edit.document().clearUndoRedoStacks()

    def display(self, value: Any) -> None:
        text = value or ""
        if text != self.text_edit.toPlainText():
            cursor = self.text_edit.textCursor().position()
            self.text_edit.setPlainText(text)
            if self.text_edit.hasFocus():
                moved = self.text_edit.textCursor()
                moved.setPosition(min(cursor, len(text)))
                self.text_edit.setTextCursor(moved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """Height for the wrapped text: at least 2 lines, at most ``max_lines`` (then it scrolls)."""
        edit = self.text_edit
        document = edit.document()
        spacing = edit.fontMetrics().lineSpacing()
        key = (edit.viewport().width(), document.revision(), spacing)
        if key == self._fitted:  # a show or re-layout resizes the viewport to the same width
            return
        self._fitted = key
        document.setTextWidth(edit.viewport().width())
        margin = 2 * document.documentMargin()
        low, high = 2 * spacing + margin, self.max_lines * spacing + margin
        height = min(max(document.size().height(), low), high)
        edit.setFixedHeight(int(height) + edit.frameWidth() * 2 + 2)


class BoundComboBox(BoundField):
    """A choice among ``choices`` (value, label); ``editable`` also accepts free text (vocabularies)."""

    def __init__(self, workspace: Workspace, table: str, key: str, choices: list[tuple[Any, str]], label: str = "", editable: bool = False, tooltips: dict[Any, str] | None = None) -> None:
        super().__init__(workspace, table, key, QComboBox(), label)
        self.combo: QComboBox = self.editor  # type: ignore[assignment]
        self.combo.setEditable(editable)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.combo.installEventFilter(self)
        self.tooltips = tooltips or {}
        self._values: list[Any] = []
        self.set_choices(choices)
        self.combo.activated.connect(self._on_combo_activated)
        if editable:
            self.combo.lineEdit().textEdited.connect(self.edited)
            self.combo.lineEdit().editingFinished.connect(self.commit)

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        """Replace the list (kept as is while the user is typing in an editable combo)."""
        current = [(value, self.combo.itemText(i)) for i, value in enumerate(self._values)]
        if list(choices) == current or self.dirty:
            return
        self._displaying = True
        try:
            self.combo.clear()
            self._values = [value for value, _ in choices]
            for index, (value, text) in enumerate(choices):
                self.combo.addItem(text)
                if value in self.tooltips:
                    self.combo.setItemData(index, QCoreApplication.translate("Labels", self.tooltips[value]), Qt.ItemDataRole.ToolTipRole)
            self.display(self.stored)
        finally:
            self._displaying = False

    def raw_value(self) -> Any:
        if self.combo.isEditable():
            text = self.combo.currentText().strip()
            labels = [self.combo.itemText(i).casefold() for i in range(self.combo.count())]
            return self._values[labels.index(text.casefold())] if text.casefold() in labels else text
        index = self.combo.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def display(self, value: Any) -> None:
        if value in self._values:
            self.combo.setCurrentIndex(self._values.index(value))
        elif self.combo.isEditable():
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText("" if value is None else str(value))
        elif value is not None:  # a value outside the list: show it rather than hide it
            self._values.append(value)
            self.combo.addItem(str(value))
            self.combo.setCurrentIndex(len(self._values) - 1)

    def _on_combo_activated(self, _index: int) -> None:
        if self.uid is not None:
            self.dirty = True
            self.commit()


class BoundCheckBox(BoundField):
    """A yes/no field stored as ``on``/``off`` (e.g. "sensitive"/"normal"); saves on click."""

    def __init__(self, workspace: Workspace, table: str, key: str, text: str, on: Any = True, off: Any = False, label: str = "") -> None:
        super().__init__(workspace, table, key, QCheckBox(text), label or text)
        self.check: QCheckBox = self.editor  # type: ignore[assignment]
        self.on, self.off = on, off
        self.check.clicked.connect(self._on_check_clicked)

    def raw_value(self) -> Any:
        return self.on if self.check.isChecked() else self.off

    def display(self, value: Any) -> None:
        self.check.setChecked(value == self.on)

    def _on_check_clicked(self, _checked: bool) -> None:
        if self.uid is not None:
            self.dirty = True
            self.commit()


class BoundSpinBox(BoundField):
    """A whole number; arrows and typing save after a pause, Enter and focus-out at once."""

    def __init__(self, workspace: Workspace, table: str, key: str, label: str = "", minimum: int = 0, maximum: int = 9999) -> None:
        super().__init__(workspace, table, key, QSpinBox(), label)
        self.spin: QSpinBox = self.editor  # type: ignore[assignment]
        self.spin.setRange(minimum, maximum)
        self.spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spin.installEventFilter(self)
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("00000") + 40)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.spin.valueChanged.connect(self.edited)
        self.spin.editingFinished.connect(self.commit)

    def raw_value(self) -> int:
        return self.spin.value()

    def display(self, value: Any) -> None:
        self.spin.setValue(int(value or 0))
