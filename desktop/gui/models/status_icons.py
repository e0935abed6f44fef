"""Small coloured dots for verification statuses, in the timeline's colours, light or dark."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from desktop.gui.status_colors import STATUS_RGB

DOT_SIZE = 10
_icons: dict[tuple[str, bool], QIcon] = {}


def palette_is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5


def status_color(status: str, dark: bool | None = None) -> QColor:
    """The status hue; lighter on dark bases, as the timeline draws it."""
    color = QColor(STATUS_RGB.get(status, STATUS_RGB["unknown"]))
    return color.lighter(135) if (palette_is_dark() if dark is None else dark) else color


def status_icon(status: str) -> QIcon:
    """A filled dot for ``status`` (cached per status and palette darkness). GUI thread only."""
    dark = palette_is_dark()
    key = (status, dark)
    icon = _icons.get(key)
    if icon is None:
        icon = QIcon()
        for scale in (1, 2):
            pixmap = QPixmap(DOT_SIZE * scale, DOT_SIZE * scale)
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(status_color(status, dark))
            painter.drawEllipse(QRectF(1, 1, DOT_SIZE - 2, DOT_SIZE - 2))
            painter.end()
            icon.addPixmap(pixmap)
        _icons[key] = icon
    return icon
