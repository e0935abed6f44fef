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
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["Edit", "Duplicate", "Copy as Text", "Show in list"] and texts[-1] == "Delete…"
    has_place = workspace.record("event", uid)["place"] is not None
    assert any(t.startswith("Only Events at ") for t in texts) == has_place
    assert any(t.startswith("Only ") and t.endswith(" Events") for t in texts)  # its status
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


def test_a_dragged_mark_follows_the_cursor_until_dropped(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    bench = bench_for(qtbot, workspace)
    view = bench.timeline_pane.view
    event_id, _uid = event_with_date(workspace, bench, "2017-04")
    rect = view.event_rect(event_id)
    start = rect.center().toPoint()
    highlight = view.palette().color(view.palette().ColorRole.Highlight)

    def highlighted(area) -> int:  # type: ignore[no-untyped-def]
        image = view.grab().toImage()
        box = area.adjusted(-6, -8, 6, 8).toRect()
        return sum(1 for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom())
                   if image.pixelColor(x, y) == highlight)

    target = rect.translated(120, 0)
    assert view.dragged_rect() is None and highlighted(target) == 0
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in (30, 60, 90, 120):
        qtbot.mouseMove(view, QPoint(start.x() + step, start.y()))
    assert view.dragged_rect() == target  # under the cursor, not only a shaded band
    assert highlighted(target) > 20
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(start.x() + 120, start.y()))
    assert view.dragged_rect() is None


def test_wide_bars_carry_their_titles_and_a_renamed_event_shows_its_new_title(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desktop.gui.commands import UpdateRecordCommand

    bench = bench_for(qtbot, workspace)
    view = bench.timeline_pane.view
    view.set_visible_range(date(2017, 3, 1).toordinal(), date(2017, 8, 1).toordinal())
    campaign = next(row for row in workspace.event_rows(list(view.timeline_data.ids)) if row.title == "International campaign against the purge")
    view.ensure_visible(campaign.id)
    view.repaint()
    assert "International campaign against the purge" in view.last_paint_stats.titles
    workspace.execute(UpdateRecordCommand(workspace, "event", campaign.uid, {"title": "Global campaign against the purge"}))
    view.repaint()
    assert "Global campaign against the purge" in view.last_paint_stats.titles
    assert "International campaign against the purge" not in view.last_paint_stats.titles
    zoomed_in = sum(map(len, view.last_paint_stats.titles))
    for _ in range(6):
        view.zoom_by(0.5)  # zoomed out as far as it goes: titles elide to their shorter bars
    view.repaint()
    drawn = view.last_paint_stats.titles
    assert sum(map(len, drawn)) < zoomed_in and any(text.endswith("…") for text in drawn)
    rows = workspace.event_rows(list(view.timeline_data.ids))
    for text in drawn:  # every title drawn sits on a bar wide enough to hold it
        (row,) = [r for r in rows if r.title.startswith(text.removesuffix("…"))][:1]
        assert view.event_rect(row.id).width() >= 48


def test_the_timeline_menu_duplicates_copies_and_filters_like_the_list(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    bench = bench_for(qtbot, workspace)
    event_id, uid = event_with_date(workspace, bench, "2017-04")
    record = workspace.record("event", uid)
    click_item(qtbot, open_context_menu(qtbot, bench, event_id), "Copy as Text")
    assert QApplication.clipboard().text() == workspace.reference_text("event", uid)
    count = workspace.count_events()
    click_item(qtbot, open_context_menu(qtbot, bench, event_id), "Duplicate")
    assert workspace.count_events() == count + 1 and workspace.undo_stack.undoText() == "Duplicate event"
    copy = bench.list_pane.models["event"].uids_at(bench.list_pane.current_view().selected_rows())[0]
    assert copy != uid and workspace.record("event", copy)["title"] == f"{record['title']} (copy)"
    workspace.undo_stack.undo()
    menu = open_context_menu(qtbot, bench, event_id)
    status = next(a.text() for a in menu.actions() if a.text().startswith("Only ") and a.text().endswith(" Events"))
    click_item(qtbot, menu, status)
    assert bench.list_pane.current_filter().statuses == (record["status"],)
    assert bench.list_pane.event_model.rowCount() == workspace.count_events(bench.list_pane.current_filter()) < count
