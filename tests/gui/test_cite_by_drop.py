"""A source dropped on an event makes a citation (issue 14 gap): sources dragged from the
Sources list onto an event's mark on the timeline are cited from it, in one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.gui.main_window import MainWindow


def _drag_onto(widget: Any, mime: Any, at: QPointF) -> bool:
    """Enter, move to ``at``, drop: as the desktop's drag does."""
    buttons, keys, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    QApplication.sendEvent(widget, QDragEnterEvent(at.toPoint(), action, mime, buttons, keys))
    move = QDragMoveEvent(at.toPoint(), action, mime, buttons, keys)
    QApplication.sendEvent(widget, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(at, action, mime, buttons, keys)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_sources_dropped_on_an_event_mark_are_cited(qtbot: Any, demo_window: MainWindow) -> None:
    window, ws = demo_window, demo_window.workspace
    bench = window.workbench
    before = ws.dump()
    lists = bench.list_pane
    lists.tab_bar.setCurrentIndex(1)  # Sources
    sources = lists.models["source"]
    mime = sources.mimeData([sources.index(0, 0), sources.index(1, 0)])  # what dragging two rows carries
    dragged = [sources.uid_at(0), sources.uid_at(1)]
    view = bench.timeline_pane.view
    view.fit_all()
    event_id = next(i for i in range(1, 200) if view.event_rect(i) is not None)  # an event drawn on screen
    event_uid = ws.uid_for_event_id(event_id)
    cited_before = [c.source_uid for c in ws.event_detail(event_uid).citations]
    assert not _drag_onto(view, mime, QPointF(2, 2))  # not over a mark: refused
    assert _drag_onto(view, mime, view.event_rect(event_id).center())
    cited = [c.source_uid for c in ws.event_detail(event_uid).citations]
    assert len(cited) == len(cited_before) + 2 and set(dragged) <= set(cited)
    assert ws.undo_stack.undoText() == "Cite 2 sources"
    assert bench.detail_pane.form.uid == event_uid  # shown, to fill in quote and locator
    ws.undo_stack.undo()
    assert ws.dump() == before
