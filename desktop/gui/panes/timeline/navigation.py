"""Turns mouse, wheel and key input on the timeline view into zoom, pan, click and range calls."""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QCursor, QKeyEvent, QMouseEvent, QWheelEvent

WHEEL_ZOOM_BASE = 1.2  # zoom factor per wheel notch (120 eighths of a degree)
KEY_ZOOM = 1.5
KEY_PAN_SHARE = 0.125  # share of the plot width one Left/Right press moves
WHEEL_PAN_SHARE = 0.1  # share of the plot width one Shift+wheel notch moves
CLICK_SLOP_PX = 3.0  # a press that moves less than this is a click, not a drag


class NavigableView(Protocol):
    """What the navigator calls on the timeline view (it never imports the view: no cycle)."""

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None: ...
    def pan_by_pixels(self, dx: float) -> None: ...
    def scroll_lanes(self, by: int) -> None: ...
    def lanes_per_page(self) -> int: ...
    def plot_rect(self) -> QRectF: ...
    def fit_all(self) -> None: ...
    def set_range_band(self, band: tuple[float, float] | None) -> None: ...
    def select_range_between(self, start_x: float, end_x: float) -> None: ...
    def click_at(self, pos: QPointF) -> None: ...
    def activate_at(self, pos: QPointF) -> None: ...
    def event_at(self, pos: QPointF) -> int | None: ...
    def preview_move(self, event_id: int, dx: float) -> None: ...
    def finish_move(self, event_id: int, dx: float) -> None: ...
    def setCursor(self, cursor: QCursor | Qt.CursorShape) -> None: ...
    def unsetCursor(self) -> None: ...


class TimelineNavigator(QObject):
    """Event filter on the timeline view that only calls the view's public methods.

    Wheel: zoom around the cursor (no modifier needed); Shift+wheel pans (as in other timeline
    and spreadsheet tools), as does a sideways wheel or touchpad swipe; Alt+wheel scrolls lanes
    (so does the pane's scroll bar). Keys: ``+``/``-`` zoom around the middle, Left/Right pan,
    Up/Down/PageUp/PageDown scroll lanes, Home or 0 fit everything, Escape cancels a drag.
    Left button: drag pans, click selects, a drag that starts on a mark moves that event's
    date (the view reports it; the pane makes the undoable edit); Shift+drag or a drag in the axis strip selects a
    date range; double-click opens an event or zooms in. GUI thread.
    """

    def __init__(self, view: NavigableView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._press: QPointF | None = None
        self._selecting_range = False
        self._last_x = 0.0
        self._dragged = False
        self._moving: int | None = None  # the event whose mark is being dragged

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            return self._wheel(event)
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseButtonPress:
            return self._press_at(event)
        if kind == QEvent.Type.MouseMove:
            return self._move(event)
        if kind == QEvent.Type.MouseButtonRelease:
            return self._release(event)
        if kind == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
            self._view.activate_at(event.position())
            return True
        return False

    def _wheel(self, event: QWheelEvent) -> bool:
        delta = event.angleDelta()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.AltModifier:
            steps = delta.y() or delta.x()  # some platforms turn Alt+wheel sideways
            if steps:
                self._view.scroll_lanes(-int(math.copysign(1, steps)))
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            steps = delta.y() or delta.x()  # some platforms turn Shift+wheel sideways
            self._view.pan_by_pixels(steps / 120.0 * self._view.plot_rect().width() * WHEEL_PAN_SHARE)
        elif abs(delta.x()) > abs(delta.y()):
            self._view.pan_by_pixels(delta.x() / 2.0)
        elif delta.y():
            self._view.zoom_by(WHEEL_ZOOM_BASE ** (delta.y() / 120.0), event.position().x())
        return True

    def _key(self, event: QKeyEvent) -> bool:
        view, key = self._view, event.key()
        pan = view.plot_rect().width() * KEY_PAN_SHARE
        page = max(1, view.lanes_per_page() - 1)
        lane_moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page,
                      Qt.Key.Key_PageDown: page}  # fmt: skip
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            view.zoom_by(KEY_ZOOM)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            view.zoom_by(1 / KEY_ZOOM)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            view.pan_by_pixels(pan if key == Qt.Key.Key_Left else -pan)
        elif key in lane_moves:
            view.scroll_lanes(lane_moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            view.fit_all()
        elif key == Qt.Key.Key_Escape and self._press is not None:
            self._end_drag()
        else:
            return False
        return True

    def _press_at(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        plot, pos = self._view.plot_rect(), event.position()
        in_axis_strip = pos.y() > plot.bottom() and pos.x() >= plot.left()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._press, self._selecting_range = pos, shift or in_axis_strip
        self._last_x, self._dragged = pos.x(), False
        self._moving = None if self._selecting_range else self._view.event_at(pos)
        return True

    def _move(self, event: QMouseEvent) -> bool:
        if self._press is None:
            return False
        x = event.position().x()
        self._dragged = self._dragged or abs(x - self._press.x()) > CLICK_SLOP_PX
        if self._selecting_range:
            self._view.set_range_band((self._press.x(), x))
        elif self._moving is not None and self._dragged:
            self._view.setCursor(Qt.CursorShape.SizeHorCursor)
            self._view.preview_move(self._moving, x - self._press.x())
        elif self._dragged:
            self._view.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._view.pan_by_pixels(x - self._last_x)
            self._last_x = x
        return True

    def _release(self, event: QMouseEvent) -> bool:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        start, selecting, dragged, moving = self._press, self._selecting_range, self._dragged, self._moving
        self._end_drag()
        if moving is not None and dragged:
            self._view.finish_move(moving, event.position().x() - start.x())
        elif selecting and dragged:
            self._view.select_range_between(start.x(), event.position().x())
        elif not dragged:
            self._view.click_at(event.position())
        return True

    def _end_drag(self) -> None:
        self._press, self._dragged, self._moving = None, False, None
        self._view.set_range_band(None)
        self._view.unsetCursor()
