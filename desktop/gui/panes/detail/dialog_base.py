"""Base of the small dialogs that add or edit a linked record (citation, figure, actor role, relation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from db.errors import CasefileError, EditConflict, ValidationError
from db.field_readers import whole_number  # noqa: F401 - the figure and actor dialogs read counts with it
from desktop.gui import conflict_words
from desktop.gui.panes.detail.widgets import error_label, form_layout, show_invalid, show_message

Submit = Callable[[dict[str, Any]], None]


class RecordDialog(QDialog):
    """A form of fields keyed like the record dict, with OK/Cancel.

    OK calls :meth:`values` (which may raise :class:`ValidationError` for input it cannot
    read) and then ``submit(values)``, which writes through an undo command and raises
    ValidationError when the archive refuses. Either error is shown at the field it names
    (red border + message) and the dialog stays open; nothing is written. Tests fill the
    fields and call :meth:`accept` (or click OK). GUI thread only.
    """

    def __init__(self, title: str, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.form = form_layout()
        self.editors: dict[str, QWidget] = {}
        self._errors: dict[str, Any] = {}
        self._labels: dict[str, str] = {}
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_row(self, key: str, label: str, editor: QWidget, styled: QWidget | None = None) -> QWidget:
        """Add ``editor`` for record key ``key``; errors naming ``key`` show under it (the red
        border goes on ``styled`` when the editor is a compound widget)."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        message = error_label()
        column.addWidget(message)
        self.form.addRow(label, holder)
        self.editors[key] = styled or editor
        self._labels[key] = label
        self._errors[key] = message
        return editor

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.submit(self.values())
        except ValidationError as error:
            self.show_error(error.field, str(error))
            return
        except EditConflict as error:  # someone else changed the record since it was read: both values, who, when
            self.show_error(None, conflict_words.describe(error, {k: v.rstrip(":") or k.replace("_", " ") for k, v in self._labels.items()}))
            return
        except CasefileError as error:  # busy, read-only, disk full: the dialog stays open with the input
            self.show_error(None, QCoreApplication.translate("DialogBase", "Not saved: %1").replace("%1", str(error)))
            return
        super().accept()

    def show_error(self, key: str | None, message: str) -> None:
        if key in self.editors:
            show_invalid(self.editors[key], self._errors[key], message)
            self.editors[key].setFocus()
        else:
            show_message(self.general_error, message)

    def clear_errors(self) -> None:
        for key, editor in self.editors.items():
            show_invalid(editor, self._errors[key], None)
        show_message(self.general_error, None)

    def error_text(self, key: str | None = None) -> str:
        """The message shown at ``key`` (or the general one); "" when none."""
        label = self._errors.get(key) if key else self.general_error
        return label.text() if label is not None and not label.isHidden() else ""


def result_list(rows: int = 6) -> QListWidget:
    """A list of search results ``rows`` high; long titles are elided, never scrolled sideways."""
    results = QListWidget()
    results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    results.setUniformItemSizes(True)
    results.setFixedHeight((results.fontMetrics().height() + 4) * rows + 2 * results.frameWidth())
    return results


def plain_text(text: str = "", lines: int = 3) -> QPlainTextEdit:
    """A plain-text box (never markup) about ``lines`` high."""
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def line(text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    return edit
