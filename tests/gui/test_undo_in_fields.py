"""Ctrl+Z in a text field (issue 14 gap): it first undoes the typing not yet saved in that field,
as every text box does; once the field has nothing of its own to undo, the same key reaches
the archive's undo, so the user never has to click away to undo the last edit."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.gui.main_window import MainWindow
from desktop.gui.panes.detail.field_base import AUTOSAVE_MS


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def test_ctrl_z_undoes_typing_first_then_the_archive(qtbot: Any, window: MainWindow) -> None:
    ws = window.workspace
    uid = window.workbench.list_pane.event_model.uid_at(0)
    window.workbench.detail_pane.show_record("event", uid)
    form = window.workbench.detail_pane.form
    title = form.fields["title"].editor
    original = ws.record("event", uid)["title"]

    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (edited)")
    qtbot.keyClick(title, Qt.Key.Key_Return)  # saved: one archive edit
    assert ws.record("event", uid)["title"] == original + " (edited)"
    steps = ws.undo_stack.index()

    qtbot.keyClicks(title, " again")  # typing not saved yet
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == original + " (edited)"  # the field's own undo
    assert ws.undo_stack.index() == steps and ws.record("event", uid)["title"] == original + " (edited)"

    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left in the field
    assert ws.undo_stack.index() == steps - 1
    assert ws.record("event", uid)["title"] == original
    qtbot.waitUntil(lambda: title.text() == original)
    assert QApplication.focusWidget() is title  # still typing where the user was
    qtbot.wait(AUTOSAVE_MS + 200)  # no autosave brings the undone text back
    assert ws.undo_stack.index() == steps - 1 and ws.record("event", uid)["title"] == original


def test_the_same_in_a_multi_line_field(qtbot: Any, window: MainWindow) -> None:
    ws = window.workspace
    uid = window.workbench.list_pane.event_model.uid_at(1)
    window.workbench.detail_pane.show_record("event", uid)
    form = window.workbench.detail_pane.form
    description = form.fields["description"].editor
    original = ws.record("event", uid)["description"]
    description.setFocus()
    qtbot.keyClicks(description, "Seen by two witnesses. ")
    form.fields["title"].editor.setFocus()  # focus out saves
    assert ws.record("event", uid)["description"] != original
    steps = ws.undo_stack.index()
    description.setFocus()
    qtbot.keyClicks(description, "More ")
    qtbot.keyClick(description, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.undo_stack.index() == steps  # the typing went, the saved text stays
    qtbot.keyClick(description, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.undo_stack.index() == steps - 1 and ws.record("event", uid)["description"] == original
    redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)[0][0]  # Ctrl+Shift+Z or Ctrl+Y
    qtbot.keyClick(description, redo.key(), redo.keyboardModifiers())
    assert ws.undo_stack.index() == steps  # the archive's redo
