"""Sizes and colours of the timeline pane, with colours taken from the widget's palette."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from desktop.gui.panes.timeline.data import STATUSES
from desktop.gui.status_colors import STATUS_RGB


@dataclass(frozen=True)
class TimelineMetrics:
    """Fixed pixel sizes: lanes never change height, so layout needs no per-event measuring."""

    lane_height: int = 40
    track_count: int = 3  # marks per lane stacked vertically before events overflow
    track_pitch: float = 11.0
    track_top: float = 4.0  # from the lane's top to the first track's top
    diamond_radius: float = 5.0  # an exact day: a diamond this far from its centre
    bar_height: float = 7.0  # a ranged date: a bar over every possible day
    cap_height: float = 10.0  # the end caps of a bar (a known bound)
    min_bar_width: float = 5.0
    mark_gap: float = 2.0  # free pixels kept between marks in one track
    badge_cell: float = 36.0  # overflowing events are counted per cell of this width
    gutter_min: int = 72
    gutter_max: int = 180
    right_margin: int = 10
    top_margin: int = 4

    def track_center(self, lane_top: float, track: int) -> float:
        return lane_top + self.track_top + (track + 0.5) * self.track_pitch


@dataclass(frozen=True)
class TimelineColors:
    """Colours for one frame, derived from a palette so light and dark themes both read."""

    plot: QColor
    lane_alternate: QColor
    chrome: QColor  # gutter and axis strip
    text: QColor
    faint_text: QColor
    grid: QColor
    axis_line: QColor
    density: QColor
    highlight: QColor
    selection_band: QColor
    badge_background: QColor
    badge_border: QColor
    status: tuple[QColor, ...]  # solid, indexed like STATUSES
    status_fill: tuple[QColor, ...]  # translucent, for ranged bars
    mark_outline: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> TimelineColors:
        plot = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = plot.lightnessF() < 0.5
        status = tuple(
            QColor(STATUS_RGB[name]).lighter(135) if dark else QColor(STATUS_RGB[name])
            for name in STATUSES
        )
        # The palette's highlight is made for filled rows under light text; a thin line or halo
        # on the plot needs contrast with the plot itself (dark palettes: a deep blue on black).
        highlight = legible(palette.color(QPalette.ColorRole.Highlight), plot, 3.0)
        return cls(
            plot=plot,
            lane_alternate=_mix(plot, text, 0.035 if dark else 0.03),
            chrome=palette.color(QPalette.ColorRole.Window),
            text=palette.color(QPalette.ColorRole.WindowText),
            faint_text=_mix(palette.color(QPalette.ColorRole.Window), text, 0.6),
            # Opaque: translucent pens take the raster engine's slow path (~100 µs per line).
            grid=_mix(plot, text, 0.13 if dark else 0.1),
            axis_line=_mix(palette.color(QPalette.ColorRole.Window), text, 0.6),
            density=_mix(plot, text, 0.45),
            highlight=highlight,
            selection_band=_with_alpha(highlight, 60),
            badge_background=_mix(plot, text, 0.16),
            badge_border=_mix(plot, text, 0.55),
            status=status,
            status_fill=tuple(_with_alpha(color, 95 if dark else 80) for color in status),
            mark_outline=plot,
        )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 … 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def legible(color: QColor, against: QColor, ratio: float) -> QColor:
    """``color`` lightened (on dark) or darkened (on light) until it reaches ``ratio`` against ``against``."""
    toward = QColor("white") if against.lightnessF() < 0.5 else QColor("black")
    result, share = QColor(color), 0.0
    while contrast_ratio(result, against) < ratio and share < 1.0:
        share += 0.05
        result = _mix(color, toward, share)
    return result


def _with_alpha(color: QColor, alpha: int) -> QColor:
    result = QColor(color)
    result.setAlpha(alpha)
    return result


def _mix(base: QColor, other: QColor, share: float) -> QColor:
    """``share`` of ``other`` blended into ``base`` (opaque)."""
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * share,
        base.greenF() + (other.greenF() - base.greenF()) * share,
        base.blueF() + (other.blueF() - base.blueF()) * share,
    )
