"""Tags of an event or source as removable chips, plus a field that adds tags with completion."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton,
    QVBoxLayout, QWidget,
)  # fmt: skip

from db.errors import ValidationError
from desktop.panes.detail import edits
from desktop.panes.detail.widgets import error_label, muted_color, muted_label, show_invalid
from desktop.panes.flow_layout import FlowLayout

if TYPE_CHECKING:
    from desktop.workspace import Workspace


class TagsEditor(QWidget):
    """Edits the tags of one event or source. Enter (or a chosen completion) adds the typed
    tag; × on a chip removes it. Each change is one undo step; a tag new to the archive is
    created in that step (so undo removes it again). GUI thread only.
    """

    def __init__(self, workspace: Workspace, table: str) -> None:
        super().__init__()
        self.workspace, self.table = workspace, table
        self.uid: str | None = None
        self.tags: list[str] = []
        self._chip_widgets: list[QFrame] = []
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips, spacing=4)
        self.input = QLineEdit()
        self.input.setPlaceholderText("Add a tag…")
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self.input)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(self.completer)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chips)
        layout.addWidget(self.input)
        layout.addWidget(self.error)
        self.input.returnPressed.connect(self._on_input_return_pressed)
        self.completer.activated.connect(self._on_completer_activated)

    def set_data(self, uid: str, tags: Sequence[str]) -> None:
        if uid != self.uid:
            self.input.clear()
            show_invalid(self.input, self.error, None)
        self.uid, self.tags = uid, list(tags)
        self._names.setStringList(self.workspace.tag_names())
        self._rebuild_chips()

    def add_tag(self, name: str) -> None:
        name = " ".join(name.split())
        if not name or self.uid is None:
            return
        if name.casefold() not in {t.casefold() for t in self.tags}:
            self._write([*self.tags, name])
        self.input.clear()

    def remove_tag(self, name: str) -> None:
        self._write([t for t in self.tags if t != name])

    def chip_names(self) -> list[str]:
        """Tags shown as chips, in order."""
        return [chip.property("tag") for chip in self._chip_widgets]

    def _write(self, names: list[str]) -> None:
        assert self.uid is not None
        try:
            edits.set_tags(self.workspace, self.table, self.uid, names, self.workspace.tag_names())
        except ValidationError as error:
            show_invalid(self.input, self.error, str(error))
            return
        show_invalid(self.input, self.error, None)

    def _on_completer_activated(self, name: str) -> None:
        self.add_tag(name)
        QTimer.singleShot(0, self.input.clear)  # after the completer has put its text in

    def _on_input_return_pressed(self) -> None:
        if self.completer.popup().isVisible():
            return  # the completer's activated() adds the chosen name
        self.add_tag(self.input.text())

    def _rebuild_chips(self) -> None:
        while (entry := self.flow.takeAt(0)) is not None:
            if entry.widget() is not None:
                entry.widget().deleteLater()
        self._chip_widgets = [self._chip(name) for name in self.tags]
        for chip in self._chip_widgets:
            self.flow.addWidget(chip)
        if not self.tags:
            self.flow.addWidget(muted_label("No tags"))
        self.chips.updateGeometry()

    def _chip(self, name: str) -> QFrame:
        chip = QFrame()
        chip.setObjectName("tagChip")
        chip.setProperty("tag", name)
        border = muted_color(self).name()
        chip.setStyleSheet(f"QFrame#tagChip {{ border: 1px solid {border}; border-radius: 9px; }}")
        row = QHBoxLayout(chip)
        row.setContentsMargins(8, 1, 2, 1)
        row.setSpacing(2)
        label = QLabel(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(f"Remove the tag “{name}”")
        remove.clicked.connect(lambda: self.remove_tag(name))
        row.addWidget(label)
        row.addWidget(remove)
        return chip
