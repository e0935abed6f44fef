"""Paints one frame of the timeline: lanes, marks or histograms, selection, axis and labels."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from desktop.gui.date_language import display_language
from desktop.gui.panes.timeline.axis import AxisTicks, axis_ticks
from desktop.gui.panes.timeline.data import TimelineData
from desktop.gui.panes.timeline.histogram import column_levels, draw_histogram
from desktop.gui.panes.timeline.hitmap import DensityLane, HitMap
from desktop.gui.panes.timeline.marks import MAX_LABELS, MarkBatch, MarkShape, draw_selected
from desktop.gui.panes.timeline.style import TimelineColors, TimelineMetrics
from desktop.gui.panes.timeline.viewport import Viewport

HISTOGRAM_INSET = 3  # pixels between a histogram and its lane's edges
MARK_FILL_LIMIT = 0.5  # share of a lane's mark capacity beyond which it aggregates
OVERFLOW_TOLERANCE = 24  # a lane hiding more events than this, and more than it shows, aggregates


@dataclass(frozen=True)
class PaintStats:
    """What the last frame drew: individual marks versus aggregated per-pixel columns."""

    marks_drawn: int = 0
    marks_overflowed: int = 0  # events in mark lanes that found no free track ("+N" badges)
    mark_lanes: int = 0
    aggregated_lanes: int = 0
    aggregated_columns: int = 0  # histogram columns holding at least one event
    titles: tuple[str, ...] = ()  # the titles drawn on bars, as drawn (elided)
    paint_ms: float = 0.0


@dataclass(frozen=True)
class Frame:
    """Everything one paint needs; the widget builds it, the renderer only reads it."""

    width: int
    height: int
    plot: QRectF
    data: TimelineData
    viewport: Viewport
    colors: TimelineColors
    first_lane: int
    selected_row: int | None
    range_band: tuple[float, float] | None  # pixels, while a range is being dragged
    titles: Callable[[Sequence[int]], dict[int, str]] | None = None
    """Event id → title, for the titles drawn on wide bars (None: no titles)."""
    moving: tuple[int, float] | None = None
    """(row, pixels along) of a mark being dragged: drawn there, under the cursor."""


class FrameRenderer:
    """Draws a :class:`Frame` with a bounded number of painter calls (GUI thread).

    Per visible lane, the number of events in the window is known in O(1). A lane with more
    events than its tracks can show side by side becomes a per-pixel histogram (one image);
    otherwise each event gets a mark, batched by status. Painter calls grow with lanes, ticks
    and badges, never with events, which keeps a million events fast and clear of per-call
    binding costs (see STACK.md on the PySide6 6.12 painter reference-count bug).
    """

    def __init__(self, metrics: TimelineMetrics) -> None:
        self.metrics = metrics

    def mark_budget(self, plot_width: float) -> int:
        """Most events a lane may hold to be drawn as marks: half of what its tracks could hold
        side by side. Fuller lanes would mostly show "+N" badges, and laying them out costs
        time per event; they become histograms instead."""
        pitch = 2 * self.metrics.diamond_radius + self.metrics.mark_gap
        return int(self.metrics.track_count * plot_width / pitch * MARK_FILL_LIMIT)

    def visible_lanes(self, frame: Frame) -> range:
        lane_count = len(frame.data.lane_labels)
        shown = math.ceil(frame.plot.height() / self.metrics.lane_height)
        return range(frame.first_lane, min(lane_count, frame.first_lane + shown))

    def lane_top(self, frame: Frame, lane: int) -> float:
        return frame.plot.top() + (lane - frame.first_lane) * self.metrics.lane_height

    def paint(self, painter: QPainter, frame: Frame) -> tuple[PaintStats, HitMap]:
        started = time.perf_counter()
        colors, plot = frame.colors, frame.plot
        painter.fillRect(QRectF(0, 0, frame.width, frame.height), colors.chrome)
        painter.fillRect(plot, colors.plot)
        lanes = self.visible_lanes(frame)
        lane_height = self.metrics.lane_height
        for lane in lanes:
            if lane % 2:
                band = QRectF(plot.left(), self.lane_top(frame, lane), plot.width(), lane_height)
                painter.fillRect(band, colors.lane_alternate)
        label_width = QFontMetricsF(painter.font()).horizontalAdvance
        ticks = axis_ticks(frame.viewport.lo, frame.viewport.hi, plot.width(), label_width=label_width,
                           language=display_language())
        self._draw_grid(painter, frame, ticks)
        painter.save()
        painter.setClipRect(plot)
        hit_map = HitMap()
        counts = self._draw_lanes(painter, frame, lanes, hit_map)
        self._draw_selection(painter, frame, hit_map)
        self._draw_moving(painter, frame, hit_map)
        if frame.range_band is not None:
            start, end = sorted(frame.range_band)
            band = QRectF(start, plot.top(), max(end - start, 1.0), plot.height())
            painter.fillRect(band, colors.selection_band)
        painter.restore()
        self._draw_lane_labels(painter, frame, lanes)
        self._draw_axis(painter, frame, ticks)
        if not len(frame.data):
            painter.setPen(colors.faint_text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "No dated events")
        stats = PaintStats(paint_ms=(time.perf_counter() - started) * 1000.0, **counts)
        return stats, hit_map

    def _draw_lanes(
        self, painter: QPainter, frame: Frame, lanes: range, hit_map: HitMap
    ) -> dict[str, Any]:
        """Marks where lanes hold few enough events, histograms elsewhere; returns the counts."""
        data, viewport, plot = frame.data, frame.viewport, frame.plot
        first_day, last_day = math.floor(viewport.lo), math.ceil(viewport.hi)
        mark_budget = self.mark_budget(plot.width())
        dense: list[int] = []
        batch = MarkBatch(self.metrics)
        mark_lanes = 0
        for lane in lanes:
            if data.lanes.count_overlapping(lane, first_day, last_day) > mark_budget:
                dense.append(lane)
                continue
            rows = data.lanes.overlapping(lane, first_day, last_day)
            rows.sort()
            lane_batch = MarkBatch(self.metrics)
            lane_batch.layout_lane(data, rows, self.lane_top(frame, lane), viewport, plot.right())
            if lane_batch.overflowed > max(OVERFLOW_TOLERANCE, lane_batch.count):
                dense.append(lane)  # more hidden than shown: the histogram says more
            else:
                batch.absorb(lane_batch)
                mark_lanes += 1
        aggregated_columns = self._draw_dense(painter, frame, dense, hit_map) if dense else 0
        batch.commit_hits(hit_map)
        batch.draw(painter, frame.colors)
        titles: list[str] = []
        if frame.titles is not None and batch.labels:
            rows = [row for _box, row in batch.labels[:MAX_LABELS]]
            by_id = frame.titles([data.ids[row] for row in rows])
            titles = batch.draw_labels(painter, frame.colors, {row: by_id.get(data.ids[row], "") for row in rows})
        batch.draw_badges(painter, frame.colors, hit_map)
        return {
            "marks_drawn": batch.count,
            "marks_overflowed": batch.overflowed,
            "mark_lanes": mark_lanes,
            "aggregated_lanes": len(dense),
            "aggregated_columns": aggregated_columns,
            "titles": tuple(titles),
        }

    def _draw_dense(
        self, painter: QPainter, frame: Frame, lanes: list[int], hit_map: HitMap
    ) -> int:
        """Histograms for ``lanes``, scaled together so lanes compare; returns non-empty columns."""
        viewport, plot = frame.viewport, frame.plot
        columns = int(plot.width())
        lo, days_per_px = viewport.lo, viewport.days_per_px
        edges = [math.floor(lo + column * days_per_px) for column in range(columns + 1)]
        per_lane = frame.data.daily_counts(edges, lanes)
        max_count = max(max(counts, default=0) for counts in per_lane)
        lane_height = self.metrics.lane_height
        height = lane_height - 2 * HISTOGRAM_INSET
        filled = 0
        for lane, counts in zip(lanes, per_lane):
            top = self.lane_top(frame, lane)
            levels = column_levels(counts, max_count, height)
            bottom = top + HISTOGRAM_INSET + height
            draw_histogram(painter, plot.left(), bottom, levels, height, frame.colors.density)
            filled += columns - levels.count(0)
            lane_hits = DensityLane(top, top + lane_height, plot.left(), counts, edges)
            hit_map.density_lanes.append(lane_hits)
        return filled

    def _draw_selection(self, painter: QPainter, frame: Frame, hit_map: HitMap) -> None:
        """Highlights the selected event where it was drawn, or on the first track when hidden."""
        row, data, viewport, plot = frame.selected_row, frame.data, frame.viewport, frame.plot
        if row is None or data.lane_codes[row] not in self.visible_lanes(frame):
            return
        x_lo, x_hi = viewport.day_to_x(data.lo_days[row]), viewport.day_to_x(data.hi_days[row] + 1)
        if x_hi < plot.left() or x_lo > plot.right():
            return
        box = hit_map.box_of(row)
        exact = bool(data.precise[row])
        if box is not None:
            shape = MarkShape(row, exact, box[0], box[2], (box[1] + box[3]) / 2)
        else:  # aggregated or overflowed: draw it on the middle track, and make it clickable
            radius, middle = self.metrics.diamond_radius, (x_lo + x_hi) / 2
            if exact:
                left, right = middle - radius, middle + radius
            else:
                left, right = max(x_lo, plot.left() - 50), min(x_hi, plot.right() + 50)
            lane_top = self.lane_top(frame, data.lane_codes[row])
            y = self.metrics.track_center(lane_top, (self.metrics.track_count - 1) // 2)
            shape = MarkShape(row, exact, left, right, y)
            hit_map.add_mark((left, y - radius, right, y + radius), row)
        painter.setPen(QPen(frame.colors.highlight, 1.0, Qt.PenStyle.DashLine))
        middle = (shape.left + shape.right) / 2
        painter.drawLine(QLineF(middle, plot.top(), middle, plot.bottom()))
        draw_selected(painter, shape, data.status_codes[row], self.metrics, frame.colors)

    def _draw_moving(self, painter: QPainter, frame: Frame, hit_map: HitMap) -> None:
        """A dragged mark follows the cursor, highlighted, over the band of days it would take."""
        if frame.moving is None:
            return
        row, dx = frame.moving
        box = hit_map.box_of(row)
        if box is None:
            return
        shape = MarkShape(row, bool(frame.data.precise[row]), box[0] + dx, box[2] + dx, (box[1] + box[3]) / 2)
        draw_selected(painter, shape, frame.data.status_codes[row], self.metrics, frame.colors)

    def _draw_grid(self, painter: QPainter, frame: Frame, ticks: AxisTicks) -> None:
        plot, viewport = frame.plot, frame.viewport
        xs = [viewport.day_to_x(tick.day) for tick in ticks.major]
        lines = [QLineF(x, plot.top(), x, plot.bottom()) for x in xs]
        painter.setPen(QPen(frame.colors.grid, 1.0))
        painter.drawLines(lines)

    def _draw_lane_labels(self, painter: QPainter, frame: Frame, lanes: range) -> None:
        """Lane names left of the plot; below the axis, which lanes show when not all fit."""
        metrics = QFontMetricsF(painter.font())
        plot, colors = frame.plot, frame.colors
        painter.save()
        painter.setClipRect(QRectF(0, plot.top(), plot.left(), plot.height()))
        painter.setPen(colors.text)
        width = plot.left() - 12
        for lane in lanes:
            label = frame.data.lane_labels[lane] or "—"
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, width)
            middle = self.lane_top(frame, lane) + self.metrics.lane_height / 2
            painter.drawText(QPointF(6, middle + (metrics.ascent() - metrics.descent()) / 2), text)
        painter.restore()
        lane_count = len(frame.data.lane_labels)
        fully_shown = int(plot.height() // self.metrics.lane_height)
        if lane_count > fully_shown:
            last = min(frame.first_lane + fully_shown, lane_count)
            one_line = f"{frame.first_lane + 1}–{last} of {lane_count:,}"  # lanes shown
            fits = metrics.horizontalAdvance(one_line) <= plot.left() - 8
            lines = (one_line,) if fits else (f"{frame.first_lane + 1}–{last}", f"of {lane_count:,}")
            painter.setPen(colors.faint_text)
            for row, line in enumerate(lines):
                text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, plot.left() - 8)
                baseline = plot.bottom() + 8 + metrics.ascent() + row * metrics.height()
                painter.drawText(QPointF(6, baseline), text)

    def _draw_axis(self, painter: QPainter, frame: Frame, ticks: AxisTicks) -> None:
        plot, viewport, colors = frame.plot, frame.viewport, frame.colors
        metrics = QFontMetricsF(painter.font())
        base = plot.bottom()
        major_x = [viewport.day_to_x(tick.day) for tick in ticks.major]
        lines = [QLineF(plot.left(), base, plot.right(), base)]
        lines += [QLineF(x, base, x, base + 7) for x in major_x]
        lines += [QLineF(x, base, x, base + 3) for x in map(viewport.day_to_x, ticks.minor)]
        painter.setPen(QPen(colors.axis_line, 1.0))
        painter.drawLines(lines)
        painter.setPen(colors.text)
        baseline = base + 8 + metrics.ascent()
        for x, tick in zip(major_x, ticks.major):
            if x + 3 + metrics.horizontalAdvance(tick.label) <= frame.width - 2:
                painter.drawText(QPointF(x + 3, baseline), tick.label)
        self._draw_periods(painter, frame, ticks, baseline + metrics.height())

    def _draw_periods(
        self, painter: QPainter, frame: Frame, ticks: AxisTicks, baseline: float
    ) -> None:
        """The second axis row: "April 2017" per month (or the year), pinned to the left edge."""
        metrics = QFontMetricsF(painter.font())
        plot, viewport = frame.plot, frame.viewport
        painter.setPen(frame.colors.faint_text)
        starts = [viewport.day_to_x(tick.day) for tick in ticks.periods] + [math.inf]
        painter.save()
        strip = QRectF(plot.left(), plot.bottom(), frame.width - plot.left(), frame.height)
        painter.setClipRect(strip)
        for index, tick in enumerate(ticks.periods):
            start, width = starts[index], metrics.horizontalAdvance(tick.label)
            x = min(max(start, plot.left()) + 3, starts[index + 1] - width - 8)
            pinned = start < plot.left()  # began before the window: slides out as the next comes
            if x < plot.left():  # no room left before the next period: a cut label ("016") says nothing
                continue
            if (pinned or x >= start + 2.5) and x + width <= frame.width - 2:
                painter.drawText(QPointF(x, baseline), tick.label)
        painter.restore()
