"""Places individual event marks in lane tracks and draws them in a few batched painter calls."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from desktop.gui.panes.timeline.data import OPEN_HI, OPEN_LO, STATUSES, TimelineData
from desktop.gui.panes.timeline.hitmap import Badge, Box, HitMap
from desktop.gui.panes.timeline.style import TimelineColors, TimelineMetrics
from desktop.gui.panes.timeline.upright import draw_text_at, draw_text_in
from desktop.gui.panes.timeline.viewport import Viewport

SQRT_HALF = math.sqrt(0.5)
LABEL_MIN_WIDTH = 48.0
"""A bar shows its event's title when this much of it is on screen (else the tooltip does)."""
LABEL_PADDING = 4.0
MAX_LABELS = 300
"""Titles drawn per frame at most: each is one painter call."""


@dataclass(frozen=True)
class MarkShape:
    """Where one event's mark goes: a diamond (exact day) or a bar over its possible days."""

    row: int
    exact: bool
    left: float
    right: float
    center_y: float


class MarkBatch:
    """Marks of one frame grouped by status, so each status costs a handful of painter calls.

    Bars are ``QRectF``s, end caps ``QLineF``s; diamonds are squares in a frame rotated by
    45°, so all diamonds of a status are one ``drawRects`` call. GUI thread.
    """

    def __init__(self, metrics: TimelineMetrics) -> None:
        self.metrics = metrics
        self.bars: list[list[QRectF]] = [[] for _ in STATUSES]
        self.caps: list[list[QLineF]] = [[] for _ in STATUSES]
        self.diamonds: list[list[QRectF]] = [[] for _ in STATUSES]
        self.hits: list[tuple[Box, int]] = []  # where each mark went, for the frame's HitMap
        self.clusters: list[tuple[float, float, int, int, int, tuple[int, ...]]] = []  # x, y, count, first, last day, rows
        self.labels: list[tuple[QRectF, int]] = []  # room for a title on a wide bar, and its row
        self.count = 0
        self.overflowed = 0

    def absorb(self, other: MarkBatch) -> None:
        """Takes over another batch's marks (a lane laid out on its own, then accepted)."""
        pairs = ((self.bars, other.bars), (self.caps, other.caps), (self.diamonds, other.diamonds))
        for mine, theirs in pairs:
            for status, items in enumerate(theirs):
                mine[status].extend(items)
        self.hits.extend(other.hits)
        self.labels.extend(other.labels)
        self.clusters.extend(other.clusters)
        self.count += other.count
        self.overflowed += other.overflowed

    def commit_hits(self, hit_map: HitMap) -> None:
        """Records where the marks went, for clicks and tooltips."""
        hit_map.add_marks(self.hits)

    def layout_lane(
        self,
        data: TimelineData,
        rows: list[int],
        lane_top: float,
        viewport: Viewport,
        plot_right: float,
    ) -> None:
        """First-fit ``rows`` (in lo order) into the lane's tracks; count what does not fit.

        Tracks are tried middle first, so a lane with one event at a time reads centred. The
        exact-day events of one day form a small grid centred on that day, as wide as the day
        allows: zoomed in, five protests on one day all show.
        """
        metrics = self.metrics
        lo_days, hi_days, precise = data.lo_days, data.hi_days, data.precise
        status_codes, open_ends = data.status_codes, data.open_ends
        scale = viewport.width / viewport.span
        origin = viewport.left - viewport.lo * scale
        plot_left = viewport.left
        radius, min_width, gap = metrics.diamond_radius, metrics.min_bar_width, metrics.mark_gap
        half_bar, half_cap = metrics.bar_height / 2, metrics.cap_height / 2
        lane_tracks = _LaneTracks(metrics.track_count, gap)
        track_ys = [metrics.track_center(lane_top, t) for t in range(metrics.track_count)]
        side, pitch, tracks = radius * 2 * SQRT_HALF, 2 * radius + gap, metrics.track_count
        half_side, place_diamond, place_bar = side / 2, lane_tracks.place_diamond, lane_tracks.place_bar
        diamonds, bars, hits = self.diamonds, self.bars, self.hits
        hits_before = len(hits)
        exact_per_day = Counter(lo_days[row] for row in rows if precise[row])
        placed_per_day: dict[int, int] = {}
        overflow: dict[int, list[tuple[int, float]]] = {}
        for row in rows:
            x_lo = origin + lo_days[row] * scale
            x_hi = origin + (hi_days[row] + 1) * scale
            exact = precise[row]
            track = -1
            if exact:  # the day's exact events form a grid centred on the day, tracks first
                day = lo_days[row]
                index = placed_per_day.get(day, 0)
                placed_per_day[day] = index + 1
                fitting_columns = max(1, int((x_hi - x_lo - 2) // pitch))
                columns = min(fitting_columns, -(-exact_per_day[day] // tracks))
                column, rank = divmod(index, tracks)
                center = (x_lo + x_hi) * 0.5 + (column - (columns - 1) / 2) * pitch
                left, right = center - radius, center + radius
                if column < columns:
                    track = place_diamond(left, right, rank)
            else:
                left, right = max(x_lo, plot_left - 50.0), min(x_hi, plot_right + 50.0)
                if right - left < min_width:
                    middle = (left + right) * 0.5
                    left, right = middle - min_width / 2, middle + min_width / 2
                track = place_bar(left, right)
            if track < 0:
                cell = int((max(left, plot_left) - plot_left) // metrics.badge_cell)
                badge_x = min(right, max(left, plot_left) + 2 * radius)
                overflow.setdefault(cell, []).append((row, badge_x))
                continue
            y = track_ys[track]
            status = status_codes[row]
            if exact:
                u, v = (center + y) * SQRT_HALF, (y - center) * SQRT_HALF
                diamonds[status].append(QRectF(u - half_side, v - half_side, side, side))
                hits.append(((left, y - radius, right, y + radius), row))
            else:
                bars[status].append(QRectF(left, y - half_bar, right - left, 2 * half_bar))
                shown_left, shown_right = max(left, plot_left) + LABEL_PADDING, min(right, plot_right) - LABEL_PADDING
                if shown_right - shown_left >= LABEL_MIN_WIDTH:
                    pitch_half = metrics.track_pitch / 2
                    self.labels.append((QRectF(shown_left, y - pitch_half, shown_right - shown_left, 2 * pitch_half), row))
                ends_shown = (x_lo >= plot_left - 1, x_hi <= plot_right + 1)
                self._add_ends(status, open_ends[row], left, right, y, ends_shown)
                hits.append(((left, y - half_cap, right, y + half_cap), row))
        self.count += len(hits) - hits_before
        for members in overflow.values():
            anchor = max(right for _row, right in members) + gap
            first = min(lo_days[row] for row, _right in members)
            last = max(hi_days[row] for row, _right in members)
            rows_hidden = tuple(row for row, _right in members)
            self.clusters.append((anchor, track_ys[lane_tracks.order[-1]], len(members), first, last, rows_hidden))
            self.overflowed += len(members)

    def _add_ends(
        self, status: int, open_ends: int, left: float, right: float, y: float, shown: tuple[bool, bool]
    ) -> None:
        """Caps on known bounds; a chevron pointing outwards on an open bound."""
        caps, half, reach = self.caps[status], self.metrics.cap_height / 2, 4.0
        ends = (
            (left, open_ends & OPEN_LO, shown[0], -1.0),
            (right, open_ends & OPEN_HI, shown[1], 1.0),
        )
        for x, is_open, in_view, outward in ends:
            if not in_view:
                continue
            if is_open:
                tip = x + outward * reach
                caps.append(QLineF(x, y - half, tip, y))
                caps.append(QLineF(tip, y, x, y + half))
            else:
                caps.append(QLineF(x, y - half, x, y + half))

    def draw(self, painter: QPainter, colors: TimelineColors) -> None:
        """Bars under diamonds; end caps on bars; a plot-coloured outline parts touching marks."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for status, rects in enumerate(self.bars):
            if rects:
                painter.setPen(QPen(colors.status[status], 1.0))
                painter.setBrush(colors.status_fill[status])
                painter.drawRects(rects)
            if self.caps[status]:
                cap_pen = QPen(colors.status[status], 2.0)
                cap_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(cap_pen)
                painter.drawLines(self.caps[status])
        painter.save()
        painter.rotate(45.0)
        painter.setPen(QPen(colors.mark_outline, 1.0))
        for status, rects in enumerate(self.diamonds):
            if rects:
                painter.setBrush(colors.status[status])
                painter.drawRects(rects)
        painter.restore()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def draw_labels(self, painter: QPainter, colors: TimelineColors, titles: dict[int, str]) -> list[str]:
        """Each wide bar's title inside it, elided to the bar, in a font the track's height
        holds (``titles`` by row); a title that would show as "…" alone is left out. Returns
        the texts drawn."""
        drawn: list[str] = []
        if not self.labels:
            return drawn
        painter.save()
        font = QFont(painter.font())
        font.setPixelSize(max(7, int(self.metrics.track_pitch) - 1))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(colors.text)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine
        for box, row in self.labels[:MAX_LABELS]:
            title = " ".join(titles.get(row, "").split())
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, box.width())
            if text and text != "…":
                draw_text_in(painter, box, flags, text)
                drawn.append(text)
        painter.restore()
        return drawn

    def draw_badges(self, painter: QPainter, colors: TimelineColors, hit_map: HitMap) -> None:
        """A "+N" right of each cluster of events that found no free track; touching ones merge."""
        metrics = painter.fontMetrics()
        height = metrics.height()
        badges: list[Badge] = []
        for x, y, count, first_day, last_day, rows in sorted(self.clusters, key=lambda c: (c[1], c[0])):
            previous = badges[-1] if badges else None
            if previous is not None and previous.box[1] == y - height / 2 and x < previous.box[2] + 3:
                x, count = previous.box[0], previous.count + count
                first_day, last_day = min(previous.first_day, first_day), max(previous.last_day, last_day)
                rows = previous.rows + rows
                badges.pop()
            width = metrics.horizontalAdvance(f"+{count:,}") + 6
            box = (x, y - height / 2, x + width, y + height / 2)
            badges.append(Badge(box, count, first_day, last_day, rows))
        painter.setPen(QPen(colors.badge_border, 1.0))
        painter.setBrush(colors.badge_background)
        painter.drawRects([QRectF(b.box[0], b.box[1], b.box[2] - b.box[0], b.box[3] - b.box[1]) for b in badges])
        painter.setPen(colors.text)
        for badge in badges:
            left, top = badge.box[0], badge.box[1]
            draw_text_at(painter, QPointF(left + 3, top + metrics.ascent()), f"+{badge.count:,}")
        hit_map.badges.extend(badges)


def draw_selected(
    painter: QPainter,
    shape: MarkShape,
    status: int,
    metrics: TimelineMetrics,
    colors: TimelineColors,
) -> None:
    """The selected event, drawn on top with a halo in the highlight colour."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    y, halo = shape.center_y, 3.0
    if shape.exact:
        center, radius = (shape.left + shape.right) / 2, metrics.diamond_radius
        reach = radius + halo
        points = [
            QPointF(center, y - reach),
            QPointF(center + reach, y),
            QPointF(center, y + reach),
            QPointF(center - reach, y),
        ]
        painter.setPen(QPen(colors.highlight, 2.5))
        painter.setBrush(colors.status[status])
        painter.drawPolygon(points)
    else:
        half = metrics.cap_height / 2
        width = shape.right - shape.left + 2 * halo
        box = QRectF(shape.left - halo, y - half - 1, width, 2 * half + 2)
        painter.setPen(QPen(colors.highlight, 2.5))
        painter.setBrush(colors.status_fill[status])
        painter.drawRoundedRect(box, 3.0, 3.0)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


class _LaneTracks:
    """Which pixels of each track are taken, filled left to right (events come in lo order).

    Bars and diamonds keep separate right ends: a bar needs a track clear of both, while a
    diamond prefers a clear track but may sit on a bar (drawn above it, outlined), so long
    uncertain events never hide the exact days they span.
    """

    def __init__(self, count: int, gap: float) -> None:
        self.order = _middle_first(count)
        self._rotations = [self.order[rank:] + self.order[:rank] for rank in range(count)]
        self._gap = gap
        self._bar_ends = [-math.inf] * count
        self._diamond_ends = [-math.inf] * count

    def place_bar(self, left: float, right: float) -> int:
        """The first free track for a bar over ``left .. right``, or -1."""
        for track in self.order:
            if self._bar_ends[track] <= left and self._diamond_ends[track] <= left:
                self._bar_ends[track] = right + self._gap
                return track
        return -1

    def place_diamond(self, left: float, right: float, rank: int) -> int:
        """A track for a diamond, trying the ``rank``-th track first; clear tracks before bars."""
        preferred = self._rotations[rank]
        for over_bars in (False, True):
            for track in preferred:
                clear = over_bars or self._bar_ends[track] <= left
                if clear and self._diamond_ends[track] <= left:
                    self._diamond_ends[track] = right + self._gap
                    return track
        return -1


def _middle_first(count: int) -> list[int]:
    """Track indexes from the middle outwards: 3 tracks give [1, 0, 2]."""
    middle = (count - 1) // 2
    order = [middle]
    for step in range(1, count):
        for track in (middle - step, middle + step):
            if 0 <= track < count and track not in order:
                order.append(track)
    return order
