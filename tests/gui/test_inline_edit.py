"""Editing the events list in place (issue 14 gap): F2 or a double-click on a title, date,
type or status opens an editor in the cell; what is typed is read as the form reads it and
saved as one undoable edit; a refused value says why and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from desktop.gui.models.event_table import EventColumn
from desktop.gui.panes.list_pane import ListPane
from desktop.gui.workspace import Workspace


@pytest.fixture
def pane(list_pane: ListPane) -> ListPane:
    return list_pane


def _double_click(qtbot: Any, pane: ListPane, row: int, column: int) -> None:
    """As a mouse does it: press and release, then the second press arrives as a double-click."""
    viewport = pane.views["event"].viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_cell(pane, row, column))
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=_cell(pane, row, column))


def _cell(pane: ListPane, row: int, column: int) -> Any:
    view = pane.views["event"]
    return view.visualRect(pane.event_model.index(row, column)).center()


def test_f2_edits_the_title_and_undo_restores_it(qtbot: Any, pane: ListPane, workspace: Workspace) -> None:
    view = pane.views["event"]
    uid = pane.event_model.uid_at(2)
    before = workspace.record("event", uid)["title"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_cell(pane, 2, EventColumn.SOURCES))
    qtbot.keyClick(view, Qt.Key.Key_F2)  # on a cell that cannot be edited: the title
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == before
    qtbot.keyClicks(editor, "Vigil at the embassy")  # replaces the selected text
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: workspace.record("event", uid)["title"] == "Vigil at the embassy")
    qtbot.waitUntil(lambda: pane.event_model.row_at(pane.event_model.row_of_uid(uid)).title == "Vigil at the embassy")
    assert workspace.undo_stack.undoText() == "Edit title"
    workspace.undo_stack.undo()
    assert workspace.record("event", uid)["title"] == before


def test_a_double_clicked_date_reads_words_and_a_bad_one_changes_nothing(qtbot: Any, pane: ListPane, workspace: Workspace) -> None:
    view = pane.views["event"]
    uid = pane.event_model.uid_at(0)
    _double_click(qtbot, pane, 0, EventColumn.DATE)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "c. May 2017")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.record("event", uid)["date_text"] == "2017-05~")

    warnings: list[str] = []
    pane.warn = warnings.append  # type: ignore[method-assign]
    steps = workspace.undo_stack.count()
    row = pane.event_model.row_of_uid(uid)
    _double_click(qtbot, pane, row, EventColumn.DATE)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "31 February 2017")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings[0] == "31 February 2017 does not exist (February 2017 has 28 days)."
    assert workspace.record("event", uid)["date_text"] == "2017-05~" and workspace.undo_stack.count() == steps


def test_status_is_chosen_from_the_scale(qtbot: Any, pane: ListPane, workspace: Workspace) -> None:
    view = pane.views["event"]
    uid = pane.event_model.uid_at(1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_cell(pane, 1, EventColumn.STATUS))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox) and not editor.isEditable()
    assert [editor.itemData(i) for i in range(editor.count())] == ["confirmed", "likely", "possible", "unlikely", "unknown"]
    editor.setCurrentIndex(editor.findData("unlikely"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.record("event", uid)["status"] == "unlikely")
