"""The lists' context menu (issue 14 gap): a right-click selects the record and offers Open,
Duplicate, Copy as Text, Show on Timeline, Delete and Purge; each does what it says."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from desktop.gui.main_window import MainWindow


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def _right_click(qtbot: Any, window: MainWindow, table: str, row: int) -> QMenu:
    pane = window.workbench.list_pane
    view = pane.views[table]
    rect = view.visualRect(view.model().index(row, 1))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(), view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: bool(_open_menus(window)))
    (menu,) = _open_menus(window)
    return menu


def _open_menus(window: MainWindow) -> list[QMenu]:
    return [m for m in window.findChildren(QMenu, "record_menu") if m.isVisible()]


def _entry(menu: QMenu, name: str) -> Any:
    return next(a for a in menu.actions() if a.objectName() == name or a.text().replace("&", "") == name)


def test_right_click_selects_and_offers_the_record_actions(qtbot: Any, window: MainWindow) -> None:
    pane = window.workbench.list_pane
    uid = pane.event_model.uid_at(3)
    menu = _right_click(qtbot, window, "event", 3)
    assert pane.selected_uids() == [uid]  # the menu acts on the row clicked
    names = [a.objectName() or a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert names[:4] == ["open", "duplicate", "copy_text", "show_on_timeline"] and "Delete" in names and "Purge…" in names
    _entry(menu, "copy_text").trigger()
    title = window.workspace.record("event", uid)["title"]
    assert QGuiApplication.clipboard().text().startswith(title + " (")
    menu.close()


def test_duplicate_makes_an_undoable_copy_and_opens_it(qtbot: Any, window: MainWindow) -> None:
    ws = window.workspace
    pane = window.workbench.list_pane
    uid = pane.event_model.uid_at(0)
    original = ws.record("event", uid)
    menu = _right_click(qtbot, window, "event", 0)
    _entry(menu, "duplicate").trigger()
    qtbot.waitUntil(lambda: pane.count_text() == "21 of 21 events")
    (copy,) = pane.selected_uids()
    duplicate = ws.record("event", copy)
    assert copy != uid and duplicate["title"] == original["title"] + " (copy)"
    assert {k: duplicate[k] for k in ("date_text", "place", "event_type", "status", "tags", "description")} == {
        k: original[k] for k in ("date_text", "place", "event_type", "status", "tags", "description")}
    assert window.workbench.detail_pane.form.uid == copy
    assert ws.undo_stack.undoText() == "Duplicate event"
    ws.undo_stack.undo()
    qtbot.waitUntil(lambda: pane.count_text() == "20 of 20 events")


def test_a_source_copies_as_a_reference_and_show_on_timeline_reopens_the_pane(qtbot: Any, window: MainWindow) -> None:
    pane = window.workbench.list_pane
    pane.tab_bar.setCurrentIndex(1)  # Sources
    source = window.workspace.record("source", pane.models["source"].uid_at(0))
    menu = _right_click(qtbot, window, "source", 0)
    assert "show_on_timeline" not in [a.objectName() for a in menu.actions()]
    _entry(menu, "copy_text").trigger()
    assert f"“{source['title']}”" in QGuiApplication.clipboard().text()
    menu.close()

    window.actions.show_timeline.setChecked(False)
    assert not window.workbench.timeline_pane.isVisible()
    pane.tab_bar.setCurrentIndex(0)
    menu = _right_click(qtbot, window, "event", 2)
    _entry(menu, "show_on_timeline").trigger()
    assert window.workbench.timeline_pane.isVisible() and window.actions.show_timeline.isChecked()


def test_filter_by_this_place_type_or_status(qtbot: Any, window: MainWindow) -> None:
    pane = window.workbench.list_pane
    row = next(r for r in range(pane.event_model.rowCount()) if pane.event_model.row_at(r).place == "London")
    event = pane.event_model.row_at(row)
    menu = _right_click(qtbot, window, "event", row)
    texts = [a.text() for a in menu.actions()]
    assert "Only Events at London" in texts and f"Only Events of Type “{event.event_type}”" in texts
    _entry(menu, "filter_place").trigger()
    menu.close()
    qtbot.waitUntil(lambda: pane.event_model.event_filter.place_uid is not None)
    shown = [pane.event_model.row_at(r) for r in range(pane.event_model.rowCount())]
    assert shown and all(r.place == "London" for r in shown)
    assert pane.filter_bar.place_combo.currentText() == "London"  # the bar says what filters the list
    status = pane.event_model.row_at(0).status
    menu = _right_click(qtbot, window, "event", 0)
    _entry(menu, "filter_status").trigger()
    menu.close()
    qtbot.waitUntil(lambda: pane.event_model.event_filter.statuses == (status,))
    assert all(pane.event_model.row_at(r).status == status for r in range(pane.event_model.rowCount()))
