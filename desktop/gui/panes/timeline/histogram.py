"""Draws a dense lane as a per-pixel-column histogram of event counts, one image per lane."""

from __future__ import annotations

import itertools
import math
from bisect import bisect_right
from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

MIN_BAR_PX = 2  # a column with one event still shows


@lru_cache(maxsize=256)
def _row_table(threshold: int) -> bytes:
    """Maps a column's bar height to 1 (painted) when it reaches above ``threshold`` pixels."""
    return bytes(1 if level > threshold else 0 for level in range(256))


def column_levels(counts: list[int], max_count: int, height: int) -> bytes:
    """Bar heights in pixels on a square-root scale: peaks keep their shape, and a column with
    a single event still rises ``MIN_BAR_PX`` next to one with thousands.

    Level ``k`` starts at a count threshold, so one C-level bisect per column finds the level
    instead of arithmetic per column in Python.
    """
    if max_count <= 0:
        return bytes(len(counts))
    height = min(height, 255)
    span = height - MIN_BAR_PX
    thresholds = [1] * MIN_BAR_PX + [
        max(1, math.ceil(((level - MIN_BAR_PX) / span) ** 2 * max_count - 1e-9))
        for level in range(MIN_BAR_PX + 1, height + 1)
    ]
    return bytes(map(bisect_right, itertools.repeat(thresholds), counts))


def histogram_image(levels: bytes, height: int, color: QColor) -> tuple[QImage, bytes]:
    """An 8-bit indexed image ``len(levels)`` × ``height`` with bars rising from the bottom.

    Each pixel row is one ``bytes.translate`` of the levels, so the cost is ``height`` C calls,
    not one Python step per pixel. Returns the pixel buffer too: the image borrows it, so the
    caller keeps it alive until drawing is done.
    """
    width = len(levels)
    rows = [levels.translate(_row_table(height - 1 - y)) for y in range(height)]
    pixels = b"".join(rows)
    image = QImage(pixels, width, height, width, QImage.Format.Format_Indexed8)
    image.setColorTable([0, color.rgba()])
    return image, pixels


def draw_histogram(
    painter: QPainter, left: float, bottom: float, levels: bytes, height: int, color: QColor
) -> None:
    """Paints bars whose heights are ``levels`` (one per pixel column), bottoms on ``bottom``."""
    image, pixels = histogram_image(levels, height, color)
    painter.drawImage(QRectF(left, bottom - height, len(levels), height), image)
    del pixels  # the image borrowed the buffer until now
