"""Tags of an event or source as removable chips, plus a field that adds tags with completion."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStringListModel, QTimer, Qt
from PySide6.QtWidgets import (
    QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton,
    QVBoxLayout, QWidget,
)  # fmt: skip

from db.dependents import affects
from db.errors import EditConflict, ValidationError
from db.services import ChangeSet
from desktop.gui.panes.detail import edits
from desktop.gui import conflict_words
from desktop.gui.panes.detail.widgets import error_label, muted_color, muted_label, show_invalid
from desktop.gui.panes.flow_layout import FlowLayout

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace


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
        self.version_of: Callable[[], int | None] = lambda: None
        """The row version of the record as the form shows it (set by the form): a tag edit is
        based on it, so a change someone made meanwhile is not silently overwritten."""
        self._chip_widgets: list[QFrame] = []
        """The chips shown, in tag order (the first ``len(tags)`` of the pool)."""
        self._chip_pool: list[QFrame] = []
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips, spacing=4)
        self.input = QLineEdit()
        self.input.setPlaceholderText(QCoreApplication.translate("TagsEditor", "Add a tag…"))
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
        self.none_label = muted_label(QCoreApplication.translate("TagsEditor", "No tags"))
        self.flow.addWidget(self.none_label)
        self._chip_border = ""
        self._names_stale = True
        self.input.returnPressed.connect(self._on_input_return_pressed)
        self.completer.activated.connect(self._on_completer_activated)
        workspace.sig_changed.connect(self._on_workspace_changed)

    def set_data(self, uid: str, tags: Sequence[str]) -> None:
        if uid != self.uid:
            self.input.clear()
            show_invalid(self.input, self.error, None)
        self.uid, self.tags = uid, list(tags)
        if self._names_stale:  # re-read only after an edit that may have added or removed a tag
            self._names.setStringList(self.workspace.tag_names())
            self._names_stale = False
        self._show_chips()

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
            edits.set_tags(self.workspace, self.table, self.uid, names, self.workspace.tag_names(), base_version=self.version_of())
        except EditConflict as error:
            show_invalid(self.input, self.error, conflict_words.describe(error, {"tags": QCoreApplication.translate("TagsEditor", "Tags")}))
            return
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

    def _on_workspace_changed(self, changes: ChangeSet) -> None:
        if affects(changes, "tag_choices"):  # a tag named for the first time is in the change set
            self._names_stale = True

    def _show_chips(self) -> None:
        """Show one chip per tag, reusing the chips already built: creating and styling
        widgets per show is what made a busy record slow to appear."""
        border = muted_color(self).name()
        if border != self._chip_border:  # one style sheet for all chips, redone on a theme change
            self._chip_border = border
            self.chips.setStyleSheet(f"QFrame#tagChip {{ border: 1px solid {border}; border-radius: 9px; }}")
        while len(self._chip_pool) < len(self.tags):
            chip = self._chip()
            self._chip_pool.append(chip)
            self.flow.addWidget(chip)
        for chip, name in zip(self._chip_pool, self.tags):
            chip.setProperty("tag", name)
            chip.findChild(QLabel).setText(name)
            chip.findChild(QToolButton).setToolTip(QCoreApplication.translate("TagsEditor", "Remove the tag “%1”").replace("%1", name))
        for index, chip in enumerate(self._chip_pool):
            chip.setVisible(index < len(self.tags))
        self._chip_widgets = self._chip_pool[: len(self.tags)]
        self.none_label.setVisible(not self.tags)
        self.flow.invalidate()
        self.chips.updateGeometry()

    def _chip(self) -> QFrame:
        """An empty chip (label and × button); :meth:`_show_chips` names it."""
        chip = QFrame(self.chips)
        chip.setObjectName("tagChip")
        row = QHBoxLayout(chip)
        row.setContentsMargins(8, 1, 2, 1)
        row.setSpacing(2)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda: self.remove_tag(chip.property("tag")))
        row.addWidget(label)
        row.addWidget(remove)
        return chip
