"""The timeline chart (reportlab.graphics): events over time, ranges as bars."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from db.date_phrases import PHRASES as DATE_PHRASES
from desktop.report.fonts import REGULAR
from desktop.report.styles import MUTED, RULE, STATUS_COLOURS
from desktop.report.text import visual

LANE = 13.0
AXIS = 26.0
LEGEND = 16.0
LABEL_SIZE = 6.0
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_ABBRS = {
    "en": MONTH_ABBR,
    "ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    "ar": DATE_PHRASES["ar"].months,  # Arabic does not abbreviate month names
}
"""Axis month labels by report language."""


@dataclass(frozen=True)
class Mark:
    """One event on the chart: its number, possible span in days and status."""

    number: int
    lo: int | None
    hi: int | None
    status: str


def day(iso: str | None) -> int | None:
    return date.fromisoformat(iso).toordinal() if iso else None


def timeline(
    marks: list[Mark], width: float, max_height: float, labels: dict[str, str],
    months: tuple[str, ...] = MONTH_ABBR, right_to_left: bool = False,
) -> tuple[Drawing, str | None]:
    """The chart and, when it had to count instead of drawing each event, the unit used:
    events are packed into lanes; more lanes than fit become a histogram per month/year.
    ``right_to_left`` mirrors it (time runs right to left, as an Arabic page reads)."""
    drawing, unit = _timeline(marks, width, max_height, labels, months)
    return (mirrored(drawing) if right_to_left else drawing), unit


def mirrored(drawing: Drawing) -> Drawing:
    """``drawing`` flipped left to right, its text still readable: each shape's x mirrored,
    each label anchored at the mirrored end."""
    width = drawing.width
    flip = {"start": "end", "end": "start", "middle": "middle"}
    for shape in drawing.contents:
        if isinstance(shape, Line):
            shape.x1, shape.x2 = width - shape.x1, width - shape.x2
        elif isinstance(shape, Rect):
            shape.x = width - shape.x - shape.width
        elif isinstance(shape, Polygon):
            shape.points = [width - v if i % 2 == 0 else v for i, v in enumerate(shape.points)]
        elif isinstance(shape, String):
            shape.x, shape.textAnchor = width - shape.x, flip[shape.textAnchor]
    return drawing


def _timeline(marks: list[Mark], width: float, max_height: float, labels: dict[str, str],
              months: tuple[str, ...]) -> tuple[Drawing, str | None]:
    days = [d for m in marks for d in (m.lo, m.hi) if d is not None]
    first, last = min(days), max(days)
    if last - first < 14:
        first, last = first - 7, last + 7
    pad = (last - first) * 0.02
    start, end = first - pad, last + pad
    left, plot_w = 4.0, width - 24.0

    def x(d: float) -> float:
        return left + (d - start) / (end - start) * plot_w

    max_lanes = int((max_height - AXIS - LEGEND - 8) // LANE)
    lanes = _pack(marks, x, start, end)
    if max(lanes.values(), default=0) + 1 > max_lanes:
        return _histogram(marks, width, min(max_height, 260.0), start, end, x, months), _bucket(start, end)
    n_lanes = max(lanes.values(), default=0) + 1
    base = LEGEND + AXIS
    height = base + 7 + (n_lanes - 1) * LANE + 10
    drawing = Drawing(width, height, initialFontName=REGULAR)
    _axis(drawing, x, start, end, base, height, months)
    for mark in marks:
        y = base + 7 + (n_lanes - 1 - lanes[mark.number]) * LANE
        _draw_mark(drawing, mark, x, start, end, y)
    _legend(drawing, labels)
    return drawing, None


def _extent(mark: Mark, x, start: float, end: float) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    x0 = x(mark.lo if mark.lo is not None else start)
    x1 = x(mark.hi + 1 if mark.hi is not None else end)
    label = stringWidth(str(mark.number), REGULAR, LABEL_SIZE) + 4
    return x0 - 3, max(x1, x0 + 3) + label


def _pack(marks: list[Mark], x, start: float, end: float) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """Greedy interval packing: each event in the first lane free at its start."""
    lane_ends: list[float] = []
    lanes: dict[int, int] = {}
    for mark in sorted(marks, key=lambda m: (_extent(m, x, start, end), m.number)):
        x0, x1 = _extent(mark, x, start, end)
        for i, lane_end in enumerate(lane_ends):
            if lane_end <= x0:
                lane_ends[i] = x1
                lanes[mark.number] = i
                break
        else:
            lane_ends.append(x1)
            lanes[mark.number] = len(lane_ends) - 1
    return lanes


def _draw_mark(drawing: Drawing, mark: Mark, x, start: float, end: float, y: float) -> None:  # type: ignore[no-untyped-def]
    colour = STATUS_COLOURS.get(mark.status, STATUS_COLOURS["unknown"])
    x0 = x(mark.lo if mark.lo is not None else start)
    x1 = x(mark.hi + 1 if mark.hi is not None else end)
    if mark.lo is not None and mark.lo == mark.hi:
        cx = (x0 + x1) / 2
        drawing.add(Polygon([cx - 3, y, cx, y + 3, cx + 3, y, cx, y - 3],
                            fillColor=colour, strokeColor=None))
        label_x = cx + 4
    else:
        drawing.add(Rect(x0, y - 2.5, max(x1 - x0, 2), 5, fillColor=colour, strokeColor=None))
        if mark.lo is None:
            drawing.add(Polygon([x0 - 4, y, x0, y + 3.5, x0, y - 3.5], fillColor=colour,
                                strokeColor=None))
        if mark.hi is None:
            drawing.add(Polygon([x1 + 4, y, x1, y + 3.5, x1, y - 3.5], fillColor=colour,
                                strokeColor=None))
        label_x = max(x1, x0 + 2) + (5 if mark.hi is None else 1.5)
    drawing.add(String(label_x, y - 2, str(mark.number), fontName=REGULAR,
                       fontSize=LABEL_SIZE, fillColor=MUTED))


def _ticks(start: float, end: float, months: tuple[str, ...] = MONTH_ABBR) -> list[tuple[int, str]]:
    first, last = date.fromordinal(int(start) + 1), date.fromordinal(int(end))
    span = end - start
    ticks: list[tuple[int, str]] = []
    if span > 3 * 366:
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if span / 365 / s <= 10)
        year = (first.year + step - 1) // step * step
        while year <= last.year:
            ticks.append((date(year, 1, 1).toordinal(), str(year)))
            year += step
    elif span > 62:
        step = next(s for s in (1, 2, 3, 6, 12) if span / 30.4 / s <= 10)
        year, month = first.year, first.month
        month_index = year * 12 + month - 1
        if first.day > 1:
            month_index += 1
        month_index = (month_index + step - 1) // step * step
        while date(month_index // 12, month_index % 12 + 1, 1) <= last:
            y, m = divmod(month_index, 12)
            label = f"{months[m]} {y}" if m == 0 or not ticks else months[m]
            ticks.append((date(y, m + 1, 1).toordinal(), label))
            month_index += step
    else:
        step = next(s for s in (1, 2, 7, 14) if span / s <= 12)
        d = first.toordinal()
        while d <= last.toordinal():
            when = date.fromordinal(d)
            ticks.append((d, f"{when.day} {months[when.month - 1]}"))
            d += step
    return ticks


def _axis(drawing: Drawing, x, start: float, end: float, base: float, top: float,  # type: ignore[no-untyped-def]
          months: tuple[str, ...] = MONTH_ABBR) -> None:
    drawing.add(Line(x(start), base, x(end), base, strokeColor=MUTED, strokeWidth=0.6))
    for d, label in _ticks(start, end, months):
        drawing.add(Line(x(d), base, x(d), top - 2, strokeColor=RULE, strokeWidth=0.25))
        drawing.add(Line(x(d), base - 3, x(d), base, strokeColor=MUTED, strokeWidth=0.6))
        drawing.add(String(x(d), base - 11, visual(label), fontName=REGULAR, fontSize=6.5,
                           fillColor=MUTED, textAnchor="middle"))


def _legend(drawing: Drawing, labels: dict[str, str]) -> None:
    cursor = 4.0
    for status, colour in STATUS_COLOURS.items():
        label = visual(labels.get(status, status))
        drawing.add(Rect(cursor, 4, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(cursor + 10, 5, label, fontName=REGULAR, fontSize=7,
                           fillColor=MUTED))
        cursor += 18 + stringWidth(label, REGULAR, 7)


def _bucket(start: float, end: float) -> str:
    return "year" if end - start > 6 * 366 else "month"


def _histogram(marks: list[Mark], width: float, height: float, start: float, end: float,
               x, months: tuple[str, ...] = MONTH_ABBR) -> Drawing:  # type: ignore[no-untyped-def]
    unit = _bucket(start, end)
    counts: dict[int, int] = {}
    for mark in marks:
        when = date.fromordinal(mark.lo if mark.lo is not None else mark.hi)  # type: ignore[arg-type]
        key = when.year if unit == "year" else when.year * 12 + when.month - 1
        counts[key] = counts.get(key, 0) + 1
    drawing = Drawing(width, height, initialFontName=REGULAR)
    base = LEGEND + AXIS
    top = height - 12
    _axis(drawing, x, start, end, base, top, months)
    peak = max(counts.values())
    for key in sorted(counts):
        if unit == "year":
            lo, hi = date(key, 1, 1), date(key + 1, 1, 1)
        else:
            y, m = divmod(key, 12)
            lo = date(y, m + 1, 1)
            hi = date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1)
        x0, x1 = x(max(lo.toordinal(), start)), x(min(hi.toordinal(), end))
        h = (top - base) * counts[key] / peak
        drawing.add(Rect(x0, base, max(x1 - x0 - 0.5, 0.8), h,
                         fillColor=STATUS_COLOURS["confirmed"], strokeColor=None))
    drawing.add(Line(x(start), top, x(end), top, strokeColor=RULE, strokeWidth=0.25))
    drawing.add(String(x(start), top + 2, str(peak), fontName=REGULAR, fontSize=6.5,
                       fillColor=MUTED))
    return drawing

