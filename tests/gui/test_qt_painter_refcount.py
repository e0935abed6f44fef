"""Regression test for the PySide6 6.12.0 reference-count bug in painter bindings (STACK.md).

On 6.12.0 with Python 3.11 every ``QPainter.setPen``/``setBrush``/``drawLine``/``fillRect``
and ``QGraphicsItem.setPen``/``setBrush``/``setRect`` call dropped one reference to ``None``
until the interpreter aborted (``Fatal Python error: none_dealloc``). 6.11 is clean; we pin
``PySide6-Essentials<6.12``. If this fails, the pin was lifted onto a broken release.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLineF, QRectF  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QGraphicsRectItem  # noqa: E402

CALLS = 50_000  # 200,000 aborted 6.12.0; 50,000 drops are plainly visible and take well under a second
ALLOWED_DRIFT = 1_000  # unrelated code may take or release a few references meanwhile


def test_painter_calls_keep_references_to_none(qapp: object) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    pen, brush, color = QPen(QColor("black")), QBrush(QColor("red")), QColor("blue")
    line, rect = QLineF(0, 0, 10, 10), QRectF(1, 1, 5, 5)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawLine(line)
            painter.fillRect(rect, color)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert before - after < ALLOWED_DRIFT, f"None lost {before - after} references"


def test_graphics_item_setters_keep_references_to_none(qapp: object) -> None:
    item = QGraphicsRectItem()
    pen, brush, rect = QPen(QColor("black")), QBrush(QColor("red")), QRectF(0, 0, 4, 4)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        item.setPen(pen)
        item.setBrush(brush)
        item.setRect(rect)
    after = sys.getrefcount(None)
    assert before - after < ALLOWED_DRIFT, f"None lost {before - after} references"
