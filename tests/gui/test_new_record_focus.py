"""Focus and typing in new records and pickers (issue 14, defect 3): typing after New Source /
New Actor names the record (it never changes its kind), and Tab after a picker goes on to
the next field instead of stopping on the small ↗ button, where a space would open the
linked record mid-edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.gui.main_window import MainWindow
from desktop.gui.panes.detail.source_form import SourceForm
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner
from tests.gui.helpers import type_text


@pytest.fixture
def window(qtbot: Any, demo_path: Path) -> Any:
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    win.open_archive(demo_path)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


def _type_into_focus(qtbot: Any, text: str) -> None:
    focus = QApplication.focusWidget()
    assert isinstance(focus, QLineEdit)
    qtbot.keyClicks(focus, text)
    qtbot.keyClick(focus, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("shortcut", "table", "name_key", "text"),
    [
        (Qt.Key.Key_S, "source", "title", "Novaya Gazeta report of 1 April"),
        (Qt.Key.Key_A, "actor", "name", "Memorial Human Rights Centre"),
    ],
)
def test_typing_after_new_names_the_record_and_keeps_its_kind(qtbot: Any, window: MainWindow, shortcut: Qt.Key, table: str, name_key: str, text: str) -> None:
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, shortcut, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.workbench.detail_pane.form
    assert form is not None and form.table == table
    assert QApplication.focusWidget() is form.fields[name_key].editor
    uid = form.uid
    kind_before = window.workspace.record(table, uid)["kind"]
    _type_into_focus(qtbot, text)  # replaces the selected placeholder name
    record = window.workspace.record(table, uid)
    assert record[name_key] == text
    assert record["kind"] == kind_before
    assert form.fields[name_key].editor.text() == text


def _source_form(window: MainWindow) -> SourceForm:
    uid = next(r.uid for r in window.workspace.named_rows("source") if r.label.startswith("Amnesty International account"))
    window.workbench.detail_pane.show_record("source", uid)
    form = window.workbench.detail_pane.form
    assert isinstance(form, SourceForm)
    return form


def test_tab_after_outlet_goes_to_the_next_field_and_a_space_is_typed_there(qtbot: Any, window: MainWindow) -> None:
    form = _source_form(window)
    shown = window.workbench.detail_pane.current
    form.outlet.line.setFocus()
    qtbot.keyClick(form.outlet.line, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not form.outlet.open_button
    assert focus is form.published.editor or form.published.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    assert window.workbench.detail_pane.current == shown  # still on the source, nothing opened


def test_ctrl_enter_in_a_picker_opens_the_linked_record(qtbot: Any, window: MainWindow) -> None:
    form = _source_form(window)
    outlet_uid = window.workspace.record("source", form.uid)["outlet"]
    assert outlet_uid
    form.outlet.line.setFocus()
    qtbot.keyClick(form.outlet.line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.workbench.detail_pane.current == ("actor", outlet_uid)


def test_new_place_has_a_shortcut_and_is_named_by_typing(qtbot: Any, window: MainWindow) -> None:
    """Edit ▸ New Place (Ctrl+Shift+L): a place made from the keyboard, named by typing, listed
    under Places, undone in one step."""
    places_before = len(window.workspace.named_rows("place"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.workbench.detail_pane.form
    assert form is not None and form.table == "place"
    assert QApplication.focusWidget() is form.fields["name"].editor
    editor = QApplication.focusWidget()
    type_text(editor, "Гудермес")  # QTest's keyClicks cannot type Cyrillic
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.workspace.record("place", form.uid)["name"] == "Гудермес"
    assert [r.label for r in window.workspace.named_rows("place", "Гудермес")] == ["Гудермес"]
    assert window.workbench.list_pane.current_table() == "place"
    window.workspace.undo_stack.undo()  # the name
    window.workspace.undo_stack.undo()  # the place
    assert len(window.workspace.named_rows("place")) == places_before
