"""Editing from the timeline (issue 14 gaps): drag a mark to move its date (undoable) and a
right-click menu on a mark (edit, show in list, delete), through the real workbench."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from desktop.gui.panes.timeline.date_shift import shift_date_text
from desktop.gui.panes.workbench import Workbench
from desktop.gui.tasks import TaskRunner


def bench_for(qtbot, workspace) -> Workbench:  # type: ignore[no-untyped-def]
    bench = Workbench(workspace, TaskRunner())
    qtbot.addWidget(bench)
    bench.resize(1280, 800)
    with qtbot.waitExposed(bench):
        bench.show()
    return bench


def event_with_date(workspace, bench: Workbench, date_text: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    view = bench.timeline_pane.view
    for event_id in view.timeline_data.ids:
        row = workspace.event_rows([event_id])[0]
        if row.date_text == date_text:
            view.ensure_visible(event_id)  # its lane may be scrolled away
            if view.event_rect(event_id) is not None:
                return event_id, row.uid
    raise AssertionError(f"no drawn event dated {date_text}")


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in (1, 2, 3, 4):
        qtbot.mouseMove(widget, QPoint(start.x() + (end.x() - start.x()) * step // 4, start.y()))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_shifting_keeps_precision_and_refuses_what_it_cannot_move() -> None:
    assert shift_date_text("2017-04-22", 3) == "2017-04-25"
    assert shift_date_text("2017-04~", 35) == "2017-05~"  # a month moves by whole months
    assert shift_date_text("2017-04", 5) is None  # less than half a month: no change
    assert shift_date_text("2017?", 400) == "2018?"
    assert shift_date_text("../2017-05", 31) == "../2017-06"
    assert shift_date_text("2017-04-01/2017-04-30", -1) == "2017-03-31/2017-04-29"
    assert shift_date_text("2017-24", 400) is None and shift_date_text("1XXX", 400) is None


def test_dragging_a_bar_moves_its_date_as_one_undoable_edit(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    bench = bench_for(qtbot, workspace)
    view = bench.timeline_pane.view
    event_id, uid = event_with_date(workspace, bench, "2017-04")
    lo, hi = view.visible_range()
    px_per_day = view.plot_rect().width() / (hi - lo)
    rect = view.event_rect(event_id)
    start = rect.center().toPoint()
    drag(qtbot, view, start, QPoint(start.x() + round(61 * px_per_day), start.y()))  # two months later
    assert workspace.record("event", uid)["date_text"] == "2017-06"
    assert workspace.undo_stack.undoText() == "Move event date"
    assert view.selected_event() == event_id and "Moved" in bench.timeline_pane.selected_label.text()
    assert view.visible_range() == (lo, hi)  # moving a bar does not pan
    workspace.undo_stack.undo()
    assert workspace.record("event", uid)["date_text"] == "2017-04"
    workspace.undo_stack.redo()
    assert workspace.record("event", uid)["date_text"] == "2017-06"


def test_dragging_empty_plot_still_pans_and_edits_nothing(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    bench = bench_for(qtbot, workspace)
    view = bench.timeline_pane.view
    lo, _hi = view.visible_range()
    y = round(view.plot_rect().bottom() - 2)
    drag(qtbot, view, QPoint(300, y), QPoint(400, y))
    assert view.visible_range()[0] < lo and workspace.undo_stack.count() == 0


def open_context_menu(qtbot, bench: Workbench, event_id: int):  # type: ignore[no-untyped-def]
    view = bench.timeline_pane.view
    point = view.event_rect(event_id).center().toPoint()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.mapToGlobal(point)))
    menu = bench.timeline_pane.context_menu
    assert menu is not None and menu.isVisible()
    return menu


def click_item(qtbot, menu, text: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_context_menu_edits_shows_in_list_and_deletes(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    bench = bench_for(qtbot, workspace)
    event_id, uid = event_with_date(workspace, bench, "2017-04")
    menu = open_context_menu(qtbot, bench, event_id)
    assert [a.text() for a in menu.actions()] == ["Edit", "Show in list", "Delete…"]
    click_item(qtbot, menu, "Edit")
    assert bench.list_pane.current_table() == "event"
    title = workspace.record("event", uid)["title"]
    assert bench.detail_pane.form is not None  # the event's form is open for editing
    assert bench.list_pane.models["event"].uids_at(bench.list_pane.current_view().selected_rows()) == [uid]
    menu = open_context_menu(qtbot, bench, event_id)
    click_item(qtbot, menu, "Show in list")
    assert bench.list_pane.models["event"].uids_at(bench.list_pane.current_view().selected_rows()) == [uid]
    questions: list[str] = []
    bench.list_pane.confirm = lambda text: questions.append(text) or True  # type: ignore[func-returns-value]
    count = workspace.count_events()
    menu = open_context_menu(qtbot, bench, event_id)
    click_item(qtbot, menu, "Delete…")
    assert questions and title in questions[0]
    assert workspace.count_events() == count - 1 and workspace.undo_stack.undoText() == "Delete event"
    workspace.undo_stack.undo()
    assert workspace.count_events() == count
