"""Short status-bar messages after an edit is saved, undone or redone, or a file is written."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QStatusBar, QWidget

MESSAGE_MS = 6_000


def shows_record(current: tuple[str, str] | None, command: QUndoCommand | None) -> bool:
    """Whether ``command`` changed the record ``current`` (table, uid) on screen."""
    if current is None or command is None:
        return False
    return (getattr(command, "table", None), getattr(command, "uid", None)) == current


class StatusFeedback(QObject):
    """Watches an undo stack and says in ``bar`` what each step did: "Saved: Edit event",
    "Undone." (the record is on screen: the user sees what came back) or "Undone: Edit title"
    (it is not: the name says what changed). GUI thread.

    A push that merges into the last step (typing in one field) says "Saved" again. A redo is
    told from a push by the command: a redo brings back the very command that was next.
    """

    def __init__(self, bar: QStatusBar, stack: QUndoStack, current: Callable[[], tuple[str, str] | None], parent: QObject | None = None) -> None:
        super().__init__(parent or stack)
        self.bar, self.stack, self.current = bar, stack, current
        self._remember()
        stack.indexChanged.connect(self._on_stack_index_changed)

    def _remember(self) -> None:
        index = self.stack.index()
        self._index = index
        self._next = self.stack.command(index) if index < self.stack.count() else None

    def _on_stack_index_changed(self, index: int) -> None:
        if not (shiboken6.isValid(self.stack) and shiboken6.isValid(self.bar)):
            return  # the stack clears itself while the closing workspace deletes it
        before, following = self._index, self._next
        self._remember()
        if self.stack.count() == 0:  # cleared (the archive is closing): nothing was done
            return
        if index < before:
            word, command = QCoreApplication.translate("StatusFeedback", "Undone"), self.stack.command(index)
        elif index == before + 1 and following is not None and self.stack.command(index - 1) is following:
            word, command = QCoreApplication.translate("StatusFeedback", "Redone"), following
        else:
            word, command = QCoreApplication.translate("StatusFeedback", "Saved"), self.stack.command(index - 1)
        name = command.text() if command is not None else ""
        if word != "Saved" and shows_record(self.current(), command):
            self.bar.showMessage(f"{word}.", MESSAGE_MS)  # the form shows what came back
        else:
            self.bar.showMessage(f"{word}: {name}" if name else f"{word}.", MESSAGE_MS)


def announce(parent: QWidget | None, message: str) -> None:
    """Put ``message`` in the status bar of ``parent``'s main window (if it has one)."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, MESSAGE_MS)
