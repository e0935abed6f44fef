"""The status-bar note "3 merge conflicts": shown while conflicts or possible duplicates from a
merge are open, hidden otherwise; a click opens the conflicts dialog. Loaded at start, so it
imports no dialog: the caller says what a click opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QToolButton, QWidget

from desktop.gui import merge_ops
from desktop.gui.wording import counted

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

NOTE = "merge_conflicts_note"


class ConflictsNote(QToolButton):
    """The note itself (one per window's status bar); ``on_click`` opens the dialog. GUI thread."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(NOTE)
        self.setAutoRaise(True)
        self.setToolTip(QCoreApplication.translate("ConflictsNote", "Settle what the last merges could not: open the merge conflicts"))
        self.on_click: Callable[[], object] | None = None
        self.clicked.connect(self._on_self_clicked)

    def _on_self_clicked(self) -> None:
        if self.on_click is not None:
            self.on_click()


def refresh_note(window: QMainWindow, workspace: Workspace | None, on_click: Callable[[], object] | None = None) -> int:
    """Show (or hide) the note for ``workspace``'s open conflicts; with ``on_click``, what a
    click does from now on (none when no archive is open). Returns their number."""
    count = 0 if workspace is None else merge_ops.count_open(workspace)
    bar = window.statusBar()
    note = bar.findChild(ConflictsNote, NOTE)
    if note is None:
        note = ConflictsNote(bar)
        bar.addPermanentWidget(note)
    if on_click is not None or workspace is None:
        note.on_click = on_click
    show_count(window, count)
    return count


def show_count(window: QMainWindow, count: int) -> None:
    note = window.statusBar().findChild(ConflictsNote, NOTE)
    if note is not None:
        note.setText(counted("merge_conflicts", count))
        note.setVisible(count > 0)
