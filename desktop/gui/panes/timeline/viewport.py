"""The timeline's visible window of days and its mapping to pixels: zoom, pan, fit (no Qt)."""

from __future__ import annotations

import math
from datetime import date

from desktop.gui.panes.timeline.data import FIRST_DAY, LAST_DAY

MIN_SPAN_DAYS = 2.0
MAX_SPAN_DAYS = float(LAST_DAY + 1 - FIRST_DAY)  # the whole calendar: a typo in a year still shows
ZOOM_OUT_ROOM = 3.0  # with data, the window is at most this many times the data's extent
MIN_ZOOM_OUT_DAYS = 90.0  # ... or this many days, for data spanning only a few days
EDGE_ROOM = 0.9  # the window may leave the data by this share of its width, never entirely


class Viewport:
    """Window ``lo .. lo + span`` in continuous days, shown on ``left .. left + width`` pixels.

    Day number ``d`` (``date.toordinal()``) occupies ``[d, d + 1)``: its left edge is at
    ``day_to_x(d)`` and its middle at ``day_to_x(d + 0.5)``. The window is kept within
    ``MIN_SPAN_DAYS`` .. ``MAX_SPAN_DAYS`` (with data: at most ``ZOOM_OUT_ROOM`` times its
    extent) and overlapping the data extent given by :meth:`set_extent`. Plain Python, used on
    the GUI thread.
    """

    def __init__(self) -> None:
        self.span = 365.0
        self.lo = date.today().toordinal() - self.span / 2  # until there is data
        self.left = 0.0
        self.width = 1.0
        self._extent: tuple[float, float] | None = None

    @property
    def hi(self) -> float:
        return self.lo + self.span

    @property
    def days_per_px(self) -> float:
        return self.span / self.width

    def set_pixels(self, left: float, width: float) -> None:
        """Where the window is drawn; the window itself keeps its days."""
        self.left, self.width = float(left), max(float(width), 1.0)

    def set_extent(self, first_day: int | None, last_day: int | None) -> None:
        """Days the data covers (inclusive), which the window must keep overlapping."""
        if first_day is None or last_day is None:
            self._extent = None
        else:
            self._extent = (float(first_day), float(last_day) + 1.0)
        self._clamp()

    def day_to_x(self, day: float) -> float:
        return self.left + (day - self.lo) * self.width / self.span

    def x_to_day(self, x: float) -> float:
        return self.lo + (x - self.left) * self.span / self.width

    def day_at(self, x: float) -> int:
        """The day number whose cell contains pixel ``x``."""
        return math.floor(self.x_to_day(x))

    def set_window(self, lo: float, hi: float) -> None:
        """Show continuous days ``lo .. hi`` (widened about its middle to ``MIN_SPAN_DAYS``)."""
        middle = (lo + hi) / 2.0
        self.span = min(max(hi - lo, MIN_SPAN_DAYS), self._max_span())
        self.lo = middle - self.span / 2.0
        self._clamp()

    def fit(self, first_day: int, last_day: int, margin: float = 0.03) -> None:
        """Show whole days ``first_day .. last_day`` with a small margin each side."""
        length = last_day + 1 - first_day
        pad = max(length * margin, 0.5)
        self.set_window(first_day - pad, last_day + 1 + pad)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (``factor`` > 1) or out, keeping the day under ``anchor_x`` in place."""
        if anchor_x is None:
            anchor_x = self.left + self.width / 2.0
        anchor_day = self.x_to_day(anchor_x)
        self.span = min(max(self.span / factor, MIN_SPAN_DAYS), self._max_span())
        self.lo = anchor_day - (anchor_x - self.left) * self.span / self.width
        self._clamp()

    def pan_px(self, dx: float) -> None:
        """Move the content ``dx`` pixels to the right (the window moves to earlier days)."""
        self.lo -= dx * self.span / self.width
        self._clamp()

    def contains(self, first_day: int, last_day: int) -> bool:
        """Whether whole days ``first_day .. last_day`` are inside the window."""
        return self.lo <= first_day and last_day + 1 <= self.hi

    def _max_span(self) -> float:
        if self._extent is None:
            return MAX_SPAN_DAYS
        length = self._extent[1] - self._extent[0]
        return min(MAX_SPAN_DAYS, max(length * ZOOM_OUT_ROOM, MIN_ZOOM_OUT_DAYS))

    def _clamp(self) -> None:
        self.span = min(self.span, self._max_span())
        self.lo = min(max(self.lo, FIRST_DAY), LAST_DAY + 1 - self.span)
        if self._extent is None:
            return
        first, last = self._extent
        room = EDGE_ROOM * self.span
        self.lo = min(max(self.lo, first - room), last + room - self.span)
