"""Text that stays readable on a mirrored timeline (right-to-left: the painter is flipped so
time runs leftwards, but words must not be drawn back to front)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

_SWAP = {Qt.AlignmentFlag.AlignLeft: Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignRight: Qt.AlignmentFlag.AlignLeft}


def mirrored(painter: QPainter) -> bool:
    return painter.transform().m11() < 0


def draw_text_at(painter: QPainter, point: QPointF, text: str) -> None:
    """``drawText(point, text)``: ``point`` is the logical baseline start; on a mirrored
    painter the text is drawn upright, ending where it would have started."""
    if not mirrored(painter):
        painter.drawText(point, text)
        return
    width = painter.fontMetrics().horizontalAdvance(text)
    start = painter.transform().map(QPointF(point.x() + width, point.y()))
    painter.save()
    painter.resetTransform()
    painter.drawText(start, text)
    painter.restore()


def draw_text_in(painter: QPainter, box: QRectF, flags: int | Qt.AlignmentFlag, text: str) -> None:
    """``drawText(box, flags, text)``, upright on a mirrored painter, left and right alignment
    swapped (a bar's start is its right end there)."""
    if not mirrored(painter):
        painter.drawText(box, flags, text)
        return
    value = int(flags)
    for old, new in _SWAP.items():
        if int(flags) & int(old):
            value = (value & ~int(old)) | int(new)
            break
    value |= int(Qt.AlignmentFlag.AlignAbsolute)  # as given: a right-to-left painter would swap them again
    physical = painter.transform().mapRect(box)
    painter.save()
    painter.resetTransform()
    painter.drawText(physical, Qt.AlignmentFlag(value), text)
    painter.restore()
