"""Tests for the timeline pane: data columns, axis ticks and the drawing widget (real widget)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette, QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip  # noqa: E402

from desktop.gui.panes.timeline import lane_index  # noqa: E402
from desktop.gui.panes.timeline.axis import axis_ticks  # noqa: E402
from desktop.gui.panes.timeline.data import OPEN_HI, STATUSES, TimelineData, day_to_iso  # noqa: E402
from desktop.gui.panes.timeline.style import STATUS_RGB  # noqa: E402
from desktop.gui.panes.timeline.view import TimelineView  # noqa: E402
from desktop.gui.panes.timeline.viewport import ZOOM_OUT_ROOM, Viewport  # noqa: E402


def day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


ROWS = [
    (1, "2017-04-22", "2017-04-22", "confirmed", "protest"),  # exact day
    (2, "2017-04-01", "2017-04-30", "likely", "petition"),  # "2017-04": a month
    (3, "2017-05-18", "2017-05-18", "possible", "statement"),
    (4, "2017-02-01", "2017-04-30", "unlikely", "detention"),
    (5, "2017-04-01", None, "confirmed", "evacuation"),  # "2017-04-01/..": open end
    (6, None, None, "confirmed", "protest"),  # undated
    (7, "2017-06-10", "2017-06-12", "rumoured", "statement"),  # unknown status word
]


@pytest.fixture
def view(qtbot) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(800, 320)
    widget.set_data(TimelineData.from_rows(ROWS))
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def mark_center(view: TimelineView, event_id: int) -> QPoint:
    rect = view.event_rect(event_id)
    assert rect is not None, f"event {event_id} is not drawn"
    return rect.center().toPoint()


def send_wheel(view: TimelineView, x: float, y: float, delta: int) -> None:
    pos = QPointF(x, y)
    event = QWheelEvent(pos, QPointF(view.mapToGlobal(pos)), QPoint(), QPoint(0, delta),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(view, event)


def pixel(image: QImage, point: QPoint) -> QColor:
    return QColor(image.pixel(point))


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


# ---------------------------------------------------------------------------- data
def test_data_axis_and_viewport_modules_do_not_import_qt() -> None:
    modules = ["data", "lane_index", "axis", "viewport", "hitmap"]
    code = "; ".join(f"import desktop.gui.panes.timeline.{name}" for name in modules)
    code += "; import sys; assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_rows_become_sorted_columns_with_open_bounds_and_undated_kept_aside() -> None:
    data = TimelineData.from_rows(ROWS)
    assert list(data.ids) == [4, 2, 5, 1, 3, 7]  # by earliest possible day
    assert list(data.undated_ids) == [6]
    assert data.day_min == day("2017-02-01") and data.day_max == day("2017-06-12")
    evacuation = data.index_of(5)
    assert data.hi_days[evacuation] == data.day_max and data.open_ends[evacuation] & OPEN_HI
    assert data.precise[data.index_of(1)] == 1 and data.precise[data.index_of(2)] == 0
    assert data.status_codes[data.index_of(7)] == STATUSES.index("unknown")
    assert data.lane_labels == ("detention", "evacuation", "petition", "protest", "statement")
    assert data.index_of(6) is None and data.index_of(999) is None


def test_open_bounds_beyond_the_first_slice_are_closed_and_the_others_kept() -> None:
    """Open bounds are found a slice at a time: flagged rows in later slices are closed too."""
    from desktop.gui.panes.timeline import slices

    count = slices.SLICE * 2 + 5
    first = day("2000-01-01")
    rows = [(n + 1, first + n, first + n + 2, "likely", "protest") for n in range(count)]
    open_rows = {3, slices.SLICE + 1, count - 1}
    for n in open_rows:
        rows[n] = (n + 1, None if n % 2 else first + n, None if n % 2 == 0 else first + n, "likely", "protest")
    data = TimelineData.from_day_rows(rows)
    known_lo, known_hi = first, first + count  # row 0 the earliest; the last known hi is row count - 2
    for n in range(count):
        row = data.index_of(n + 1)
        lo, hi = rows[n][1], rows[n][2]
        assert data.lo_days[row] == (known_lo if lo is None else lo)
        assert data.hi_days[row] == (known_hi if hi is None else hi)
        assert bool(data.open_ends[row]) == (n in open_rows)


def _columns(rows: list[tuple]) -> tuple:
    """Day rows as one batch of columns, the way ``db.timeline.timeline_columns`` sends them."""
    from db.timeline import FIRST_DAY, LAST_DAY, OPEN_HI, OPEN_LO

    ids, los, his, flags, statuses, labels = [], [], [], [], [], []
    for event_id, lo, hi, status, label in rows:
        ids.append(event_id)
        los.append(FIRST_DAY if lo is None else lo)
        his.append(LAST_DAY if hi is None else hi)
        flags.append((OPEN_LO if lo is None else 0) | (OPEN_HI if hi is None else 0))
        statuses.append(status)
        labels.append(label)
    return tuple(map(tuple, (ids, los, his, flags, statuses, labels)))


def _same(a: TimelineData, b: TimelineData) -> bool:
    fields = ("ids", "lo_days", "hi_days", "status_codes", "lane_codes", "open_ends", "precise", "undated_ids", "lane_labels")
    return all(list(getattr(a, f)) == list(getattr(b, f)) for f in fields)


@pytest.mark.parametrize("batch_size", [1, 2, 3, 100])
def test_column_batches_build_the_same_data_as_rows(batch_size: int) -> None:
    """Clean batches take the column-wise path, batches with odd rows (both bounds open,
    swapped bounds, no label) the row path: both must agree with the row-by-row build."""
    rows = [(event_id, day(lo) if lo else None, day(hi) if hi else None, status, label) for event_id, lo, hi, status, label in ROWS]
    rows += [(8, day("2017-03-05"), day("2017-03-01"), "likely", None), (9, day("2017-01-02"), day("2017-01-02"), "confirmed", "protest")]
    rows.sort(key=lambda r: r[1] or 0)
    batches = [_columns(rows[i : i + batch_size]) for i in range(0, len(rows), batch_size)]
    built = TimelineData.from_day_columns(batches)
    assert _same(built, TimelineData.from_day_rows(rows))
    assert list(built.undated_ids) == [6] and built.lo_days[built.index_of(8)] == day("2017-03-01")  # swapped back
    assert built.lane_labels[built.lane_codes[built.index_of(8)]] == ""


def test_ids_far_apart_are_still_found() -> None:
    rows = [(event_id, day("2017-04-01"), day("2017-04-02"), "likely", "x") for event_id in (3, 10**12, 7)]
    data = TimelineData.from_day_rows(rows)
    assert [data.index_of(i) for i in (3, 7, 10**12)] == [0, 2, 1] and data.index_of(4) is None


def test_status_codes_follow_the_archive_vocabulary() -> None:
    from db.models import STATUSES as ARCHIVE_STATUSES

    assert STATUSES == ARCHIVE_STATUSES


def test_empty_data_paints_a_message_and_ignores_input(qtbot) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(500, 200)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.fit_all()
    widget.click_at(QPointF(250, 100))
    widget.grab()
    assert widget.last_paint_stats.marks_drawn == 0 and widget.selected_event() is None
    assert widget.tooltip_text_at(QPointF(250, 100)) == ""


def test_lane_order_from_the_owner_comes_first() -> None:
    data = TimelineData.from_rows(ROWS, lane_order=["statement", "protest"], lane_mode="type")
    assert data.lane_labels[:2] == ("statement", "protest") and data.lane_mode == "type"
    assert data.lane_labels[data.lane_codes[data.index_of(1)]] == "protest"


def test_visible_slice_and_overlapping_find_events_that_began_earlier() -> None:
    data = TimelineData.from_rows(ROWS)
    window = (day("2017-04-25"), day("2017-04-26"))  # inside 4's, 2's and 5's spans only
    candidates = data.visible_slice(*window)
    overlapping = [row for row in candidates if data.overlaps(row, *window)]
    assert sorted(data.ids[row] for row in overlapping) == [2, 4, 5]
    assert sorted(data.ids[row] for row in data.overlapping(*window)) == [2, 4, 5]


def test_column_counts_agree_between_prefix_sums_and_bisection(monkeypatch) -> None:
    rng = random.Random(5)
    los = [day("2000-01-01") + rng.randrange(400) for _ in range(2000)]
    his = [lo + rng.choice((0, 0, 3, 40)) for lo in los]
    lanes = [rng.randrange(3) for _ in los]
    columns = (range(len(los)), los, his, [0] * len(los), lanes, ("a", "b", "c"))
    prefix = TimelineData(*columns)
    monkeypatch.setattr(lane_index, "PREFIX_SUM_LIMIT", 0)
    bisecting = TimelineData(*columns)
    edges = [day("1999-12-01") + 7 * step for step in range(70)]
    counts = prefix.daily_counts(edges, range(3))
    assert counts == bisecting.daily_counts(edges, range(3))
    first, last = edges[20], edges[21] - 1
    expected = sum(1 for lo, hi, lane in zip(los, his, lanes) if lane == 1 and lo <= last and hi >= first)
    assert counts[1][20] == expected == prefix.lanes.count_overlapping(1, first, last)


def test_viewport_maps_days_to_pixels_and_stays_near_the_data() -> None:
    viewport = Viewport()
    viewport.set_pixels(100, 500)
    viewport.set_extent(day("2017-01-01"), day("2017-12-31"))
    viewport.fit(day("2017-01-01"), day("2017-12-31"))
    x = viewport.day_to_x(day("2017-06-01") + 0.5)
    assert viewport.day_at(x) == day("2017-06-01")
    viewport.zoom(1 / 100)  # far out: stops at a few times the data's extent
    assert viewport.span == pytest.approx(365 * ZOOM_OUT_ROOM)
    viewport.pan_px(-1e7)  # far right: some data stays in view
    assert viewport.lo < day("2017-12-31") + 1


# ---------------------------------------------------------------------------- axis
@pytest.mark.parametrize(
    ("span_days", "unit", "label"),
    [(int(30 * 365.25), "year", "2000"), (730, "month", "Jan 2000"), (91, "week", "10 Jan"), (10, "day", "1 Jan")],
)
def test_axis_picks_a_unit_whose_labels_do_not_overlap(span_days: int, unit: str, label: str) -> None:
    lo, width = day("2000-01-01"), 800.0
    ticks = axis_ticks(lo, lo + span_days, width)
    assert ticks.unit == unit
    assert ticks.major[0].label == label
    xs = [(tick.day - lo) * width / span_days for tick in ticks.major]
    gaps = [b - a for a, b in zip(xs, xs[1:])]
    assert len(ticks.major) >= 3 and min(gaps) >= 70
    assert all(7.0 * len(tick.label) + 12 <= gap for tick, gap in zip(ticks.major, gaps))
    assert not set(ticks.minor) & {tick.day for tick in ticks.major}


def test_axis_goes_to_decades_when_narrow_and_names_the_period_for_days() -> None:
    lo = day("2000-01-01")
    assert axis_ticks(lo, lo + 30 * 365.25, 400).unit == "decade"
    periods = axis_ticks(day("2017-04-20"), day("2017-05-10"), 800).periods
    assert [tick.label for tick in periods] == ["April 2017", "May 2017"]


# ---------------------------------------------------------------------------- widget
def test_click_on_an_exact_event_emits_its_id(qtbot, view: TimelineView) -> None:
    x = view.day_to_x(day("2017-04-22") + 0.5)  # the middle of the event's day
    center = mark_center(view, 1)
    assert abs(center.x() - x) <= 1
    with qtbot.waitSignal(view.sig_event_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), center.y()))
    assert blocker.args == [1]
    assert view.selected_event() == 1


def test_click_inside_a_ranged_bar_emits_its_id(qtbot, view: TimelineView) -> None:
    x = view.day_to_x(day("2017-04-15"))  # inside "April 2017"
    rect = view.event_rect(2)
    assert rect is not None and rect.left() <= x <= rect.right()
    assert rect.left() == pytest.approx(view.day_to_x(day("2017-04-01")), abs=1)
    with qtbot.waitSignal(view.sig_event_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(rect.center().y())))
    assert blocker.args == [2]


def test_double_click_on_an_event_activates_it(qtbot, view: TimelineView) -> None:
    with qtbot.waitSignal(view.sig_event_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=mark_center(view, 3))
    assert blocker.args == [3]


def test_wheel_zooms_around_the_cursor(view: TimelineView) -> None:
    x = view.plot_rect().left() + 0.3 * view.plot_rect().width()
    under_cursor = view.x_to_day(x)
    lo, hi = view.visible_range()
    send_wheel(view, x, 100, 120)
    new_lo, new_hi = view.visible_range()
    assert new_hi - new_lo == pytest.approx((hi - lo) / 1.2)
    assert abs(view.x_to_day(x) - under_cursor) < 1
    send_wheel(view, x, 100, -240)
    assert view.visible_range()[1] - view.visible_range()[0] > hi - lo
    assert abs(view.x_to_day(x) - under_cursor) < 1


def test_keys_zoom_around_the_middle_and_pan(qtbot, view: TimelineView) -> None:
    lo, hi = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    zoomed = view.visible_range()
    assert zoomed[1] - zoomed[0] == pytest.approx((hi - lo) / 1.5)
    assert (zoomed[0] + zoomed[1]) / 2 == pytest.approx((lo + hi) / 2)
    span = zoomed[1] - zoomed[0]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_range()[0] == pytest.approx(zoomed[0] + span / 8)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.visible_range()[0] == pytest.approx(zoomed[0] - span / 8)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.visible_range()[1] - view.visible_range()[0] == pytest.approx(hi - lo)


def test_dragging_with_the_left_button_pans(qtbot, view: TimelineView) -> None:
    lo, hi = view.visible_range()
    days_per_px = (hi - lo) / view.plot_rect().width()
    y = round(view.plot_rect().bottom() - 5)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(400, y))
    for x in (420, 460, 500):
        qtbot.mouseMove(view, QPoint(x, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(500, y))
    assert view.visible_range()[0] == pytest.approx(lo - 100 * days_per_px)


@pytest.mark.parametrize("in_axis_strip", [False, True])
def test_shift_drag_or_axis_drag_selects_a_date_range(qtbot, view: TimelineView, in_axis_strip: bool) -> None:
    plot = view.plot_rect()
    y = round(plot.bottom() + 8 if in_axis_strip else plot.center().y())
    modifier = Qt.KeyboardModifier.NoModifier if in_axis_strip else Qt.KeyboardModifier.ShiftModifier
    start, end = round(view.day_to_x(day("2017-05-02") + 0.5)), round(view.day_to_x(day("2017-03-07") + 0.5))
    window = view.visible_range()
    with qtbot.waitSignal(view.sig_range_selected, timeout=1000) as blocker:
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, modifier, QPoint(start, y))
        qtbot.mouseMove(view, QPoint((start + end) // 2, y))
        qtbot.mouseMove(view, QPoint(end, y))
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, modifier, QPoint(end, y))
    assert blocker.args == ["2017-03-07", "2017-05-02"]
    assert view.visible_range() == window  # selecting does not pan


def test_fit_all_shows_first_to_last_day(view: TimelineView) -> None:
    view.zoom_by(20.0)
    view.fit_all()
    lo, hi = view.visible_range()
    first, last = day("2017-02-01"), day("2017-06-12")
    assert lo <= first and last + 1 <= hi
    assert hi - lo < (last + 1 - first) * 1.1


def test_select_event_highlights_and_scrolls_into_view(view: TimelineView) -> None:
    view.set_visible_range(day("2017-02-02"), day("2017-02-12"))
    assert view.select_event(7)
    lo, hi = view.visible_range()
    assert lo <= day("2017-06-10") and day("2017-06-12") + 1 <= hi
    assert view.selected_event() == 7 and view.event_rect(7) is not None
    assert not view.select_event(6)  # undated: not on the timeline
    assert view.selected_event() is None


def test_select_event_scrolls_lanes_too(qtbot) -> None:
    rows = [(n, f"2017-04-0{1 + n % 9}", f"2017-04-0{1 + n % 9}", "confirmed", f"lane {n:02}") for n in range(20)]
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.set_data(TimelineData.from_rows(rows))
    with qtbot.waitExposed(widget):
        widget.show()
    assert widget.event_rect(17) is None  # lane 17 is below the fold
    widget.select_event(17)
    rect = widget.event_rect(17)
    assert rect is not None and widget.plot_rect().contains(rect.center())


def test_hover_shows_the_owners_label(qtbot, view: TimelineView) -> None:
    view.tooltip_provider = lambda event_id: f"Protest in London (#{event_id})"
    pos = mark_center(view, 1)
    assert view.tooltip_text_at(QPointF(pos)) == "Protest in London (#1)"
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: QToolTip.text() == "Protest in London (#1)", timeout=1000)
    assert view.tooltip_text_at(QPointF(view.plot_rect().right() - 2, view.plot_rect().bottom() - 2)) == ""


def test_set_data_keeps_a_sensible_window(view: TimelineView) -> None:
    view.set_visible_range(day("2017-04-10"), day("2017-04-20"))
    view.set_data(TimelineData.from_rows(ROWS[:3]))
    assert view.visible_range() == pytest.approx((day("2017-04-10"), day("2017-04-20")))
    view.set_data(TimelineData.from_rows([(9, "1990-01-01", "1990-01-01", "confirmed", "x")]))
    lo, hi = view.visible_range()
    assert lo <= day("1990-01-01") < hi  # the old window missed the new data: fitted


def test_exact_events_are_drawn_in_their_status_colour(view: TimelineView) -> None:
    image = view.grab().toImage()
    assert close(pixel(image, mark_center(view, 1)), QColor(STATUS_RGB["confirmed"]))
    bar_middle = mark_center(view, 2)  # a ranged date: a lighter, translucent bar
    bar = pixel(image, bar_middle)
    solid, background = QColor(STATUS_RGB["likely"]), view.palette().color(QPalette.ColorRole.Base)
    assert not close(bar, solid) and not close(bar, background, 4)
    assert bar.blue() > bar.red()


def test_dark_palette_keeps_marks_visible(view: TimelineView) -> None:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Base, "#1e1e20"), (QPalette.ColorRole.Window, "#2b2b2e"),
                        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.WindowText, "#e6e6e6")):  # fmt: skip
        palette.setColor(role, QColor(color))
    view.setPalette(palette)
    image = view.grab().toImage()
    mark = pixel(image, mark_center(view, 1))
    assert close(mark, QColor(STATUS_RGB["confirmed"]).lighter(135))
    assert mark.lightness() > QColor("#1e1e20").lightness() + 60


def dense_data(count: int, lanes: int = 4) -> TimelineData:
    rng = random.Random(11)
    first = day("1995-01-01")
    los = sorted(first + rng.randrange(int(30 * 365.25)) for _ in range(count))
    his = [lo if rng.random() < 0.7 else lo + rng.randrange(1, 30) for lo in los]
    statuses = [rng.randrange(len(STATUSES)) for _ in los]
    return TimelineData(range(count), los, his, statuses, [rng.randrange(lanes) for _ in los],
                        [f"lane {n}" for n in range(lanes)])  # fmt: skip


def test_dense_data_paints_per_pixel_histograms_then_marks_when_zoomed_in(qtbot) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(800, 260)
    widget.set_data(dense_data(100_000))
    image = widget.grab().toImage()
    stats = widget.last_paint_stats
    assert stats.aggregated_lanes == 4 and stats.marks_drawn == 0
    assert stats.aggregated_columns > 0.9 * 4 * widget.plot_rect().width() * 0.9  # data covers ~94 %
    plot = widget.plot_rect()
    bottom_of_first_lane = QPoint(round(plot.center().x()), round(plot.top() + 40 - 4))
    assert not close(pixel(image, bottom_of_first_lane), widget.palette().color(QPalette.ColorRole.Base), 4)
    fastest = min((widget.grab(), widget.last_paint_stats.paint_ms)[1] for _ in range(3))
    assert fastest < 40, "paint must not grow with the number of events"
    middle = day("2010-01-01")
    widget.set_visible_range(middle, middle + 10)
    widget.grab()
    stats = widget.last_paint_stats
    assert stats.aggregated_lanes == 0 and stats.marks_drawn > 20


def test_histogram_tooltip_counts_events(qtbot) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(800, 260)
    widget.set_data(dense_data(50_000, lanes=1))
    with qtbot.waitExposed(widget):
        widget.show()
    plot = widget.plot_rect()
    text = widget.tooltip_text_at(QPointF(plot.center().x(), plot.top() + 30))
    assert text.endswith("click to zoom in") and "events may fall on" in text
    assert day_to_iso(widget.timeline_data.day_min).startswith("1995")


def test_the_lane_counter_fits_one_line_and_no_period_label_is_cut(qtbot, monkeypatch) -> None:
    """At 1024 px: "8–9 of 11" stays one line beside the lanes, and a year that has no room left
    before the next ("016" of 2016) is not drawn at all."""
    from PySide6.QtGui import QPainter

    rows = [(n, "2016-12-20" if n == 0 else f"2017-0{1 + n % 9}-01", "2017-12-31", "confirmed", f"lane {n:02}") for n in range(11)]
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 170)
    widget.set_data(TimelineData.from_rows(rows))
    with qtbot.waitExposed(widget):
        widget.show()
    widget.fit_all()
    drawn: list[tuple[float, str]] = []
    original = QPainter.drawText

    def recording(painter, *args):  # type: ignore[no-untyped-def]
        if len(args) == 2 and isinstance(args[1], str):
            drawn.append((args[0].x(), args[1]))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    widget.grab()
    plot_left = widget.plot_rect().left()
    counters = [text for _x, text in drawn if " of 11" in text or text == "of 11"]
    assert counters and all(" of 11" in text for text in counters)  # one line, not "8–9" over "of 11"
    periods = [(x, text) for x, text in drawn if text.isdigit() and len(text) == 4]
    assert periods and all(x >= plot_left for x, _text in periods)  # none starts under the lane names
