"""Link fields chosen by name (an event's place, a source's outlet), with completion and create-on-the-fly."""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractProxyModel, QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from db.errors import NotFound, ValidationError
from desktop.gui.panes.detail.edits import CompoundCommand, ExactUpdateCommand, new_record_command
from desktop.gui.panes.detail.fields import BoundField
from desktop.gui.panes.detail.widgets import muted_label, show_invalid
from desktop.gui.wording import words

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

COMPLETIONS = 20
"""Names offered while typing (read from the archive as you type, so any size works)."""


@dataclass(frozen=True)
class NewName:
    """A typed name that matches no record yet: committing creates one."""

    name: str


class OfferedNames(QStringListModel):
    """The names a picker offers: each row shows "Novaya Gazeta — Новая газета" when another
    of the record's names matched, but completes to the name itself, and knows its uid."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str]] = []

    def offer(self, offered: dict[str, tuple[str, str]]) -> None:
        """Show ``offered`` (shown text -> (label, uid)), in order."""
        self._entries = list(offered.values())
        self.setStringList(list(offered))

    def entry(self, row: int) -> tuple[str, str]:
        """(label, uid) of ``row``."""
        return self._entries[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.row() < len(self._entries):
            return self._entries[index.row()][0]  # what the completer writes into the line
        return super().data(index, role)


def name_completer(parent: QLineEdit, chosen: Callable[[str, str], None]) -> tuple[QCompleter, OfferedNames]:
    """A completer showing the list the caller refills as the user types, unfiltered: the
    archive already matched every name (a row found by its alias does not hold the typed
    text in its label, and Qt's own filter would hide it). ``chosen(label, uid)`` runs when
    the user picks a row."""
    model = OfferedNames(parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    parent.setCompleter(completer)

    def on_activated(index: QModelIndex) -> None:
        proxy = completer.completionModel()
        source = proxy.mapToSource(index) if isinstance(proxy, QAbstractProxyModel) else index
        if source.isValid():
            chosen(*model.entry(source.row()))

    completer.activated[QModelIndex].connect(on_activated)
    return completer, model


def find_named(workspace: Workspace, table: str, name: str) -> str | None:
    """uid of the first ``table`` record (place, actor, source) one of whose names —
    label, original-script or local name, alias — is ``name`` (any case, any script)."""
    row = workspace.named_exactly(table, name)
    return row.uid if row is not None else None


def offered_names(workspace: Workspace, table: str, text: str, limit: int = COMPLETIONS) -> dict[str, tuple[str, str]]:
    """What a picker offers for ``text``: shown text -> (label, uid). A record found by
    another of its names shows that name too: "Novaya Gazeta — Новая газета"."""
    rows = workspace.named_rows(table, text, limit=limit)
    wanted = text.casefold()
    others = workspace.names_of(table, [row.id for row in rows if wanted not in row.label.casefold()])
    offered: dict[str, tuple[str, str]] = {}
    for row in rows:
        match = next((n for n in others.get(row.id, [])[1:] if wanted in n.casefold()), None)
        shown = f"{row.label} — {match}" if match else row.label
        offered.setdefault(shown, (row.label, row.uid))
    return offered


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
        self.completer, self._names = name_completer(self.line, self._on_name_chosen)
        self._picked: tuple[str, str] | None = None
        self.line.textEdited.connect(self._on_line_text_edited)
        self.line.editingFinished.connect(self.commit)
        self.open_button.setText("↗")
        self.open_button.setToolTip(QCoreApplication.translate("Pickers", "Open this %1 (Ctrl+Enter)").replace("%1", words(target)))
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
        if self._picked is not None and self._picked[0] == name:  # the very record chosen, even if others share its name
            return self._picked[1]
        return find_named(self.workspace, self.target, name) or NewName(name)

    def _on_line_text_edited(self, text: str) -> None:
        self.edited()
        name = text.strip()
        self._names.offer(offered_names(self.workspace, self.target, name) if name else {})
        known = name and find_named(self.workspace, self.target, name)
        self.hint.setText("" if not name or known else QCoreApplication.translate("Pickers", "Enter creates a new %1: “%2”.").replace("%1", words(self.target)).replace("%2", name))
        self.hint.setVisible(bool(self.hint.text()))

    def _on_name_chosen(self, label: str, uid: str) -> None:
        self._picked = (label, uid)
        self.line.setText(label)
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
