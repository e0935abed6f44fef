"""The timeline pane's drawing widget: events on a zoomable, pannable time axis, in lanes."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QResizeEvent,
)  # fmt: skip
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from desktop.gui.panes.timeline.data import TimelineData, day_to_iso
from desktop.gui.panes.timeline.hitmap import Badge, HitMap
from desktop.gui.panes.timeline.navigation import TimelineNavigator
from desktop.gui.panes.timeline.render import Frame, FrameRenderer, PaintStats
from desktop.gui.panes.timeline.style import TimelineColors, TimelineMetrics
from desktop.gui.panes.timeline.viewport import Viewport
from desktop.gui.wording import counted


OVERFLOW_MENU_LIMIT = 300
"""A "+N" popup lists at most this many events (more: zoom in to part them)."""


def default_tooltip(event_id: int) -> str:
    return f"#{event_id}"


def default_titles(event_ids: Sequence[int]) -> dict[int, str]:
    return {event_id: f"#{event_id}" for event_id in event_ids}


class TimelineView(QWidget):
    """Draws :class:`TimelineData` as marks in lanes over a time axis; GUI thread only.

    The owner gives plain data (:meth:`set_data`) and a ``tooltip_provider``; the view never
    reads the database. Exact days are diamonds, uncertain or ranged dates bars over every
    possible day (end caps on known bounds), coloured by status; lanes with more events than
    fit side by side become per-pixel histograms. Mouse wheel zooms around the cursor, ``+``/``-``
    zoom around the middle, Left/Right and left-button drags pan, Up/Down scroll lanes, Home
    fits everything; Shift+drag (or a drag in the axis strip) selects a date range (input
    handling lives in :class:`TimelineNavigator`).
    """

    sig_event_clicked = Signal(int)
    """An event's mark was clicked; carries the event id."""
    sig_event_activated = Signal(int)
    """An event's mark was double-clicked (open it); carries the event id."""
    sig_range_selected = Signal(str, str)
    """A date range was dragged out; carries its first and last ISO day."""
    sig_window_changed = Signal(str, str)
    """The visible window moved or zoomed; carries the first and last ISO day shown."""
    sig_event_moved = Signal(int, int)
    """An event's mark was dragged sideways; carries the event id and the days moved (the
    owner decides what that does to its date)."""
    sig_context_menu = Signal(int, QPoint)
    """Right-click on an event's mark; carries the event id and the global position."""
    sig_dropped_on_event = Signal(int, object)
    """Something the owner accepts (see :attr:`accepts_drop`) was dropped on an event's mark;
    carries the event id and the QMimeData."""
    sig_lanes_scrolled = Signal(int, int, int)
    """Lanes scrolled or their number changed; carries the first lane shown, the largest
    first lane possible (0: all fit) and lanes per page, for a scroll bar."""

    def __init__(
        self, parent: QWidget | None = None, metrics: TimelineMetrics | None = None
    ) -> None:
        super().__init__(parent)
        self.tooltip_provider: Callable[[int], str] = default_tooltip
        self.title_provider: Callable[[Sequence[int]], dict[int, str]] = default_titles
        self.overflow_menu: QMenu | None = None  # the open "+N" popup, if any
        self.accepts_drop: Callable[[QMimeData], bool] = lambda _mime: False
        """Which drags may land on a mark (the pane accepts sources: a drop cites them)."""
        self.setAcceptDrops(True)
        self.last_paint_stats = PaintStats()
        self._metrics = metrics or TimelineMetrics()
        self._plot = QRectF()
        self._renderer = FrameRenderer(self._metrics)
        self._data = TimelineData.empty()
        self._viewport = Viewport()
        self._showing_all = True
        self._first_lane = 0
        self._selected_row: int | None = None
        self._hit_map = HitMap()
        self._state_version = 0  # bumped on every change that alters the picture
        self._painted_version = -1
        self._colors: tuple[int, TimelineColors] | None = None
        self._range_band: tuple[float, float] | None = None
        self._moving: tuple[int, float] | None = None  # (row, dx) of a mark being dragged
        self._title_cache: dict[int, str] = {}  # event id → title, for titles on bars
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("TimelineView", "Timeline"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.installEventFilter(TimelineNavigator(self, parent=self))
        self._update_geometry()

    # ----------------------------------------------------------------- owner's API
    def set_data(self, data: TimelineData) -> None:
        """Show ``data``; the window stays unless it showed everything or misses the new data."""
        selected_id = self.selected_event()
        self._data = data
        self._title_cache.clear()  # titles may have changed with the data
        viewport = self._viewport
        misses = (
            data.day_min is None
            or data.day_max is None
            or viewport.hi < data.day_min
            or viewport.lo > data.day_max + 1
        )
        viewport.set_extent(data.day_min, data.day_max)
        self._selected_row = None if selected_id is None else data.index_of(selected_id)
        self._update_geometry()
        if self._showing_all or misses:
            self.fit_all()
        self._scroll_lanes_to(self._first_lane)
        self._changed()

    @property
    def timeline_data(self) -> TimelineData:
        return self._data

    def fit_all(self) -> None:
        """Show every event, first to last day."""
        if self._data.day_min is not None and self._data.day_max is not None:
            self._viewport.fit(self._data.day_min, self._data.day_max)
        self._showing_all = True
        self._window_changed()

    def select_event(self, event_id: int | None) -> bool:
        """Highlight ``event_id`` (``None`` clears) and bring it into view; False if not placed."""
        row = None if event_id is None else self._data.index_of(event_id)
        self._selected_row = row
        if row is not None:
            self._ensure_row_visible(row)
        self._changed()
        return row is not None or event_id is None

    def selected_event(self) -> int | None:
        return None if self._selected_row is None else self._data.ids[self._selected_row]

    def ensure_visible(self, event_id: int) -> bool:
        """Pan (zooming out only if needed) and scroll lanes so ``event_id`` is in view."""
        row = self._data.index_of(event_id)
        if row is not None:
            self._ensure_row_visible(row)
        return row is not None

    def visible_range(self) -> tuple[float, float]:
        """The window in continuous days: day ``d`` covers ``d .. d + 1``."""
        return self._viewport.lo, self._viewport.hi

    def set_visible_range(self, lo_day: float, hi_day: float) -> None:
        self._viewport.set_window(lo_day, hi_day)
        self._user_moved()

    # Right-to-left (Arabic): the view is laid out left to right internally (gutter, viewport,
    # hit map: "logical" x) and painted mirrored, so time runs leftwards and lane labels sit
    # on the right. Every method below takes and returns widget ("physical") x; ``_lx``
    # converts (it is its own inverse).
    def is_mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _lx(self, x: float) -> float:
        return self.width() - x if self.is_mirrored() else x

    def _lpos(self, pos: QPointF) -> QPointF:
        return QPointF(self._lx(pos.x()), pos.y())

    def _physical_rect(self, rect: QRectF) -> QRectF:
        if not self.is_mirrored():
            return QRectF(rect)
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (``factor`` > 1) or out around widget x ``anchor_x`` (default: the middle)."""
        self._viewport.zoom(factor, None if anchor_x is None else self._lx(anchor_x))
        self._user_moved()

    def pan_by_pixels(self, dx: float) -> None:
        """Move the content ``dx`` pixels right (earlier days come into view; later ones when
        the timeline reads right to left)."""
        self._viewport.pan_px(-dx if self.is_mirrored() else dx)
        self._user_moved()

    def day_to_x(self, day: float) -> float:
        """Widget x of the start of continuous day ``day``; a day's middle is ``day + 0.5``."""
        return self._lx(self._viewport.day_to_x(day))

    def x_to_day(self, x: float) -> float:
        """Continuous day at widget x; ``math.floor`` of it is the day number drawn there."""
        return self._viewport.x_to_day(self._lx(x))

    def plot_rect(self) -> QRectF:
        """Where lanes are drawn; the axis strip lies below it, lane labels beside it (left,
        or right when mirrored)."""
        return self._physical_rect(self._plot)

    def event_rect(self, event_id: int) -> QRectF | None:
        """Where the last paint drew the event's mark, or ``None`` (hidden, aggregated)."""
        row = self._data.index_of(event_id)
        box = None if row is None else self._current_hit_map().box_of(row)
        return None if box is None else self._physical_rect(QRectF(QPointF(box[0], box[1]), QPointF(box[2], box[3])))

    def badge_rects(self) -> list[QRectF]:
        """Where the last paint drew "+N" badges (events that found no free track)."""
        return [self._physical_rect(QRectF(QPointF(b.box[0], b.box[1]), QPointF(b.box[2], b.box[3])))
                for b in self._current_hit_map().badges]  # fmt: skip

    def event_at(self, pos: QPointF) -> int | None:
        """Id of the event whose mark (as last painted) is under ``pos``."""
        logical = self._lpos(pos)
        row = self._current_hit_map().row_at(logical.x(), logical.y())
        return None if row is None else self._data.ids[row]

    def tooltip_text_at(self, pos: QPointF) -> str:
        """The tooltip for ``pos``: the event's label, a histogram column's count, or ""."""
        logical = self._lpos(pos)
        badge = self._current_hit_map().badge_at(logical.x(), logical.y())
        if badge is not None:
            return counted("more_events", badge.count)
        event_id = self.event_at(pos)
        if event_id is not None:
            return self.tooltip_provider(event_id)
        column = self._current_hit_map().density_at(logical.x(), logical.y())
        if column is not None and column.count:
            days = day_to_iso(column.first_day)
            if column.last_day != column.first_day:
                days += f" – {day_to_iso(column.last_day)}"
            return counted("may_fall", column.count).replace("%1", days)
        return ""

    # ----------------------------------------------------------------- gestures (navigator)
    def scroll_lanes(self, by: int) -> None:
        """Scroll ``by`` lanes down (negative: up), within the lanes there are."""
        self._scroll_lanes_to(self._first_lane + by)

    def lanes_per_page(self) -> int:
        return max(1, int(self._plot.height() // self._metrics.lane_height))

    def set_range_band(self, band: tuple[float, float] | None) -> None:
        """Shade the pixels ``band`` (start, end) while a range is dragged out; ``None`` clears
        it, and ends a mark's drag preview."""
        self._set_band(None if band is None else (self._lx(band[0]), self._lx(band[1])))

    def _set_band(self, band: tuple[float, float] | None) -> None:
        """:meth:`set_range_band` in logical x."""
        if band is None:
            self._moving = None
        else:
            band = (band[0], min(max(band[1], self._plot.left()), self._plot.right()))
        self._range_band = band
        self._changed()

    def select_range_between(self, start_x: float, end_x: float) -> None:
        """Emit ``sig_range_selected`` for the days under two x positions (clamped to the plot)."""
        left, right = self._plot.left(), self._plot.right()
        days = sorted(self._viewport.day_at(min(max(self._lx(x), left), right)) for x in (start_x, end_x))
        self.sig_range_selected.emit(day_to_iso(days[0]), day_to_iso(days[1]))

    def click_at(self, pos: QPointF) -> None:
        """Select and report the event under ``pos``; a "+N" badge lists its events; a
        histogram column zooms in."""
        hit_map, logical = self._current_hit_map(), self._lpos(pos)
        badge = hit_map.badge_at(logical.x(), logical.y())
        row = None if badge is not None else hit_map.row_at(logical.x(), logical.y())
        if row is not None:
            self._select_and_report(row)
        elif badge is not None:
            self.show_overflow_menu(badge, pos)
        elif hit_map.density_at(logical.x(), logical.y()):
            self.zoom_by(4.0, pos.x())

    def show_overflow_menu(self, badge: Badge, pos: QPointF) -> QMenu:
        """Pops up the events hidden behind ``badge``; choosing one selects it everywhere."""
        rows = sorted(badge.rows, key=lambda row: (self._data.lo_days[row], self._data.ids[row]))
        shown = rows[:OVERFLOW_MENU_LIMIT]
        titles = self.title_provider([self._data.ids[row] for row in shown])
        menu = QMenu(self)
        menu.setAccessibleName(QCoreApplication.translate("TimelineView", "Hidden events"))
        menu.setToolTipsVisible(True)
        for row in shown:
            event_id = self._data.ids[row]
            first, last = day_to_iso(self._data.lo_days[row]), day_to_iso(self._data.hi_days[row])
            days = first if first == last else f"{first} – {last}"
            action = menu.addAction(f"{titles.get(event_id, f'#{event_id}')}  ·  {days}")
            action.setData(event_id)
            action.triggered.connect(lambda _checked=False, r=row: self._select_and_report(r))
        if len(rows) > len(shown):
            more = menu.addAction(counted("more", len(rows) - len(shown)))
            more.triggered.connect(lambda _checked=False: self.zoom_by(4.0, pos.x()))
        self.overflow_menu = menu
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.mapToGlobal(pos.toPoint()))
        return menu

    def dragged_rect(self) -> QRectF | None:
        """Where the mark being dragged is drawn now (its rectangle moved with the cursor), or
        ``None`` when no mark is being dragged."""
        if self._moving is None:
            return None
        row, dx = self._moving
        box = self._current_hit_map().box_of(row)
        return None if box is None else self._physical_rect(QRectF(box[0] + dx, box[1], box[2] - box[0], box[3] - box[1]))

    def forget_titles(self) -> None:
        """Ask the owner again for the titles drawn on bars (one was edited)."""
        self._title_cache.clear()
        self.update()

    def _bar_titles(self, event_ids: Sequence[int]) -> dict[int, str]:
        """Titles for the bars of one frame: asked of the owner once per event, then cached
        until the data changes (a frame shows at most a few hundred)."""
        missing = [event_id for event_id in event_ids if event_id not in self._title_cache]
        if missing:
            found = self.title_provider(missing)
            self._title_cache.update({event_id: found.get(event_id, "") for event_id in missing})
        return self._title_cache

    def _select_and_report(self, row: int) -> None:
        self._selected_row = row
        self._changed()
        self.sig_event_clicked.emit(self._data.ids[row])

    def preview_move(self, event_id: int, dx: float) -> None:
        """While a mark is dragged: shade where the event would go, ``dx`` pixels along."""
        row = self._data.index_of(event_id)
        if row is None:
            return
        dx = -dx if self.is_mirrored() else dx
        left = self._viewport.day_to_x(self._data.lo_days[row]) + dx
        right = self._viewport.day_to_x(self._data.hi_days[row] + 1) + dx
        if right - left < 3:
            left, right = (left + right) / 2 - 1.5, (left + right) / 2 + 1.5
        self._set_band((left, right))
        self._moving = (row, dx)

    def finish_move(self, event_id: int, dx: float) -> None:
        """A mark was dropped ``dx`` pixels along: select it and report the whole days moved."""
        days = round((-dx if self.is_mirrored() else dx) / self._viewport.width * self._viewport.span)
        row = self._data.index_of(event_id)
        if row is not None:
            self._select_and_report(row)
        if days:
            self.sig_event_moved.emit(event_id, days)

    def activate_at(self, pos: QPointF) -> None:
        """Double-click: report the event under ``pos`` as activated, or zoom in there."""
        event_id = self.event_at(pos)
        if event_id is not None:
            self.sig_event_activated.emit(event_id)
        elif self._plot.contains(self._lpos(pos)):
            self.zoom_by(2.0, pos.x())

    # ----------------------------------------------------------------- Qt overrides
    def sizeHint(self) -> QSize:
        return QSize(800, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.is_mirrored():  # time runs leftwards: paint the left-to-right layout flipped
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        try:
            frame = Frame(
                self.width(), self.height(), self._plot, self._data, self._viewport,
                self._palette_colors(), self._first_lane, self._selected_row, self._range_band,
                self._bar_titles, self._moving,
            )  # fmt: skip
            self.last_paint_stats, self._hit_map = self._renderer.paint(painter, frame)
            self._painted_version = self._state_version
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_geometry()
        self._scroll_lanes_to(self._first_lane)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        kinds = (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange)
        if event.type() in kinds:
            self._colors = None
            self._update_geometry()
            self._changed()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accepts_drop(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Only over a mark: that is the event the drop would be on."""
        if self.accepts_drop(event.mimeData()) and self.event_at(event.position()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        event_id = self.event_at(event.position()) if self.accepts_drop(event.mimeData()) else None
        if event_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.sig_dropped_on_event.emit(event_id, event.mimeData())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event_id = self.event_at(QPointF(event.pos()))
        if event_id is None:
            event.ignore()
            return
        row = self._data.index_of(event_id)
        if row is not None:
            self._select_and_report(row)
        self.sig_context_menu.emit(event_id, event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_text_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # ----------------------------------------------------------------- internals
    def _ensure_row_visible(self, row: int) -> None:
        first, last = self._data.lo_days[row], self._data.hi_days[row]
        viewport = self._viewport
        if not viewport.contains(first, last):
            if last + 1 - first > viewport.span * 0.9:
                viewport.fit(first, last)
            else:
                middle = (first + last + 1) / 2
                viewport.set_window(middle - viewport.span / 2, middle + viewport.span / 2)
            self._user_moved()
        lane, shown = self._data.lane_codes[row], self.lanes_per_page()
        if not self._first_lane <= lane < self._first_lane + shown:
            self._scroll_lanes_to(lane - shown // 2)

    def _changed(self) -> None:
        """The picture is out of date: schedule a paint; hit tests repaint first if asked sooner."""
        self._state_version += 1
        self.update()

    def _current_hit_map(self) -> HitMap:
        """The hit map of the picture as it is now (painting first when a change is pending)."""
        if self._painted_version != self._state_version and self.isVisible():
            self.repaint()
        return self._hit_map

    def _user_moved(self) -> None:
        self._showing_all = False
        self._window_changed()

    def _window_changed(self) -> None:
        first, last = self._viewport.day_at(self._viewport.left), math.ceil(self._viewport.hi) - 1
        self.sig_window_changed.emit(day_to_iso(first), day_to_iso(last))
        self._changed()

    def _scroll_lanes_to(self, first_lane: int) -> None:
        top = max(0, len(self._data.lane_labels) - self.lanes_per_page())
        first_lane = min(max(first_lane, 0), top)
        if first_lane != self._first_lane:
            self._first_lane = first_lane
            self._changed()
        self.sig_lanes_scrolled.emit(first_lane, top, self.lanes_per_page())

    def first_lane(self) -> int:
        return self._first_lane

    def scroll_lanes_to(self, first_lane: int) -> None:
        """Show lanes from ``first_lane`` on (clamped), as the pane's scroll bar asks."""
        self._scroll_lanes_to(first_lane)

    def _update_geometry(self) -> None:
        """Gutter from the widest lane label, axis strip from the font, plot in between."""
        self._state_version += 1
        font_metrics = QFontMetricsF(self.font())
        label_widths = map(font_metrics.horizontalAdvance, self._data.lane_labels)
        widest = max(label_widths, default=0.0)
        gutter = min(max(widest + 18, self._metrics.gutter_min), self._metrics.gutter_max)
        axis_height = 2 * font_metrics.height() + 14
        width = max(self.width() - gutter - self._metrics.right_margin, 1.0)
        height = max(self.height() - self._metrics.top_margin - axis_height, 1.0)
        self._plot = QRectF(gutter, self._metrics.top_margin, width, height)
        self._viewport.set_pixels(gutter, width)

    def _palette_colors(self) -> TimelineColors:
        key = self.palette().cacheKey()
        if self._colors is None or self._colors[0] != key:
            self._colors = (key, TimelineColors.from_palette(self.palette()))
        return self._colors[1]
