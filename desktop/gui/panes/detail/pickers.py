"""Link fields chosen by name (an event's place, a source's outlet), with completion and create-on-the-fly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from db.errors import NotFound, ValidationError
from desktop.gui.panes.detail.edits import CompoundCommand, ExactUpdateCommand, new_record_command
from desktop.gui.panes.detail.fields import BoundField
from desktop.gui.panes.detail.widgets import muted_label, show_invalid

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

COMPLETIONS = 20
"""Names offered while typing (read from the archive as you type, so any size works)."""
EXACT_LOOKUP = 500
"""Rows searched for an exact name before a new record is created."""


@dataclass(frozen=True)
class NewName:
    """A typed name that matches no record yet: committing creates one."""

    name: str


def name_completer(parent: QLineEdit) -> tuple[QCompleter, QStringListModel]:
    """A case-insensitive, match-anywhere completer whose list the caller refills as the user types."""
    model = QStringListModel(parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    parent.setCompleter(completer)
    return completer, model


def find_named(workspace: Workspace, table: str, name: str) -> str | None:
    """uid of the first ``table`` record (place, actor, source) named exactly ``name`` (any case)."""
    folded = name.strip().casefold()
    for row in workspace.named_rows(table, name.strip(), limit=EXACT_LOOKUP):
        if row.label.casefold() == folded:
            return row.uid
    return None


class RecordPicker(BoundField):
    """Field ``key`` of the shown record links to a ``target`` record (``place``, ``actor``).

    The user types a name; existing names are offered as they type. Committing an existing
    name links it; a new name creates the target record (with ``new_values``) and links it in
    ONE undo step, so undo removes both; an empty field unlinks. The ↗ button emits
    :attr:`sig_open` to jump to the linked record. GUI thread only.
    """

    sig_open = Signal(str, str)
    """The user asked to open the linked record: (table, uid)."""

    def __init__(self, workspace: Workspace, table: str, key: str, target: str, label: str, new_values: dict[str, Any] | None = None, placeholder: str = "") -> None:
        line, button = QLineEdit(), QToolButton()
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(line, 1)
        layout.addWidget(button)
        super().__init__(workspace, table, key, row, label, parse=self._parse)
        self.line, self.open_button = line, button
        self.target = target
        self.new_values = dict(new_values or {})
        self.line.setPlaceholderText(placeholder)
        self.line.installEventFilter(self)
        self.setFocusProxy(self.line)
        self.completer, self._names = name_completer(self.line)
        self.completer.activated.connect(self._on_completer_activated)
        self.line.textEdited.connect(self._on_line_text_edited)
        self.line.editingFinished.connect(self.commit)
        self.open_button.setText("↗")
        self.open_button.setToolTip(f"Open this {target} (Ctrl+Enter)")
        self.open_button.setAutoRaise(True)
        # Not a Tab stop: Tab goes on to the next field, and a space typed after Tab must
        # not press the button and switch tabs mid-edit. Ctrl+Enter in the line opens it.
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.hint = muted_label()
        self.hint.setVisible(False)
        self.layout().insertWidget(1, self.hint)

    def raw_value(self) -> str:
        return self.line.text()

    def display(self, value: Any) -> None:
        name = ""
        if value:
            try:
                name = self.workspace.record(self.target, value)["name"]
            except NotFound:
                name = ""
        if name != self.line.text():
            self.line.setText(name)
        self.open_button.setEnabled(bool(value))
        self.hint.setVisible(False)

    def set_error(self, message: str | None) -> None:
        show_invalid(self.line, self.error, message)

    def edited(self) -> None:
        if self._displaying or self.uid is None:
            return
        self.dirty = True  # saved on Enter, focus-out or a chosen completion, not mid-name

    def save(self) -> bool:
        if self.uid is None or not self.dirty:
            return True
        value = self._parse(self.line.text())
        if not isinstance(value, NewName):
            return super().save()
        create, new_uid = new_record_command(self.workspace, self.target, {**self.new_values, "name": value.name})
        link = ExactUpdateCommand(self.workspace, self.table, self.uid, {self.key: new_uid})
        try:
            self.workspace.execute(CompoundCommand(f"New {self.target} “{value.name}”", [create, link]))
        except ValidationError as error:  # shown at the field; nothing was written
            self.set_error(str(error))
            return False
        self.stored, self.dirty = new_uid, False
        self.set_error(None)
        self._show(new_uid)
        self.sig_saved.emit(new_uid)
        return True

    def _parse(self, text: str) -> str | NewName | None:
        name = text.strip()
        if not name:
            return None
        return find_named(self.workspace, self.target, name) or NewName(name)

    def _on_line_text_edited(self, text: str) -> None:
        self.edited()
        name = text.strip()
        rows = self.workspace.named_rows(self.target, name, limit=COMPLETIONS) if name else []
        self._names.setStringList([row.label for row in rows])
        known = any(row.label.casefold() == name.casefold() for row in rows) or find_named(self.workspace, self.target, name)
        self.hint.setText("" if not name or known else f"Enter creates a new {self.target}: “{name}”.")
        self.hint.setVisible(bool(self.hint.text()))

    def _on_completer_activated(self, text: str) -> None:
        self.line.setText(text)
        self.dirty = True
        self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()  # a typed new name is saved (and created) before it is opened
            self._on_open_button_clicked()
            return True
        return super().eventFilter(watched, event)

    def _on_open_button_clicked(self) -> None:
        if self.stored:
            self.sig_open.emit(self.target, self.stored)
