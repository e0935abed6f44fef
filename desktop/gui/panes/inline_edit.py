"""Editing a cell of the events list in place (F2, or a double-click on it), as in a
spreadsheet: title, date, type and status.

What is typed is read exactly as the detail form reads it (``db.field_input``: "c. May 2017"
is a date, a status by its word) and saved as one undoable edit by the list's owner; a value
the archive refuses is reported there and nothing changes. The delegate paints nothing of
its own (Qt paints the cells: a Python ``paint`` per cell would slow scrolling).

The record's row version is read when the editor opens (what the user sees then is what the
edit is based on) and handed over with the text, so a save over someone else's change made
meanwhile is refused, never silently written over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.gui.models.event_table import EventColumn
from desktop.gui.models.id_table import UID_ROLE
from desktop.gui.wording import words

FIELDS: dict[int, str] = {EventColumn.TITLE: "title", EventColumn.DATE: "date_text", EventColumn.TYPE: "event_type", EventColumn.STATUS: "status"}
"""Editable columns and the field each edits."""

Commit = Callable[[str, str, str, int | None], None]
"""(event uid, field, typed text, the row version the edit began from)."""
Index = QModelIndex | QPersistentModelIndex


class InlineEditDelegate(QStyledItemDelegate):
    """Editors for the editable columns: a line for title and date, a list of the statuses,
    an editable list of the vocabulary's event types."""

    def __init__(self, commit: Commit, statuses: Callable[[], Sequence[tuple[str, str]]],
                 types: Callable[[], Sequence[str]], parent: QWidget,
                 version_of: Callable[[str], int | None] = lambda uid: None) -> None:  # fmt: skip
        super().__init__(parent)
        self._commit, self._statuses, self._types, self._version_of = commit, statuses, types, version_of
        self._versions: dict[str, int | None] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        uid = index.data(UID_ROLE)
        if uid:
            self._versions[uid] = self._version_of(uid)
        column = index.column()
        if column == EventColumn.STATUS:
            box = QComboBox(parent)
            for value, label in self._statuses():
                box.addItem(label, value)
            return box
        if column == EventColumn.TYPE:
            box = QComboBox(parent)
            box.setEditable(True)  # a new type is a new vocabulary term, as in the form
            for term in self._types():  # shown in the interface language, stored as the term
                box.addItem(words(term), term)
            return box
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the typed text to the owner (the archive, not the model, changes)."""
        if isinstance(editor, QComboBox):
            text = str(editor.currentData())
            if editor.isEditable():  # a listed term by its words, or a new one as typed
                typed = editor.currentText()
                listed = editor.findText(typed, Qt.MatchFlag.MatchFixedString)
                text = str(editor.itemData(listed)) if listed >= 0 else typed
        elif isinstance(editor, QLineEdit):
            text = editor.text()
        else:
            return
        uid = index.data(UID_ROLE)
        base = self._versions.pop(uid, None) if uid else None
        if uid and text != str(index.data(Qt.ItemDataRole.EditRole) or ""):
            self._commit(uid, FIELDS[index.column()], text, base)
