"""The status-bar note "3 merge conflicts": shown while conflicts or possible duplicates from a
merge are open, hidden otherwise; a click opens the conflicts dialog. Loaded at start, so it
imports no dialog (they load on first click)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QToolButton

from desktop.gui import merge_ops

if TYPE_CHECKING:
    from desktop.gui.workspace import Workspace

NOTE = "merge_conflicts_note"


def refresh_note(window: QMainWindow, workspace: Workspace | None) -> int:
    """Show (or hide) the note for ``workspace``'s open conflicts; returns their number."""
    count = 0 if workspace is None else merge_ops.count_open(workspace)
    bar = window.statusBar()
    note = bar.findChild(QToolButton, NOTE)
    if note is None:
        note = QToolButton(bar)
        note.setObjectName(NOTE)
        note.setAutoRaise(True)
        note.setToolTip("Settle what the last merges could not: open the merge conflicts")
        bar.addPermanentWidget(note)
        note.clicked.connect(lambda: _open(window, note.property("workspace")))
    note.setProperty("workspace", workspace)
    show_count(window, count)
    return count


def show_count(window: QMainWindow, count: int) -> None:
    note = window.statusBar().findChild(QToolButton, NOTE)
    if note is not None:
        note.setText(f"{count} merge conflict{'s' if count != 1 else ''}")
        note.setVisible(count > 0)


def _open(window: QMainWindow, workspace: Workspace | None) -> object | None:
    if workspace is None:
        return None
    from desktop.gui.dialogs.merge_dialog import open_conflicts

    return open_conflicts(workspace, window)
