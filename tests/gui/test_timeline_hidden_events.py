"""The timeline shows every event (issue 14 defect 5) and its gestures: "+N" lists hidden events,
Shift+wheel pans, lanes scroll with a bar, the selected title shows, dark palettes stay legible."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.gui.panes.timeline.data import TimelineData
from desktop.gui.panes.timeline.style import TimelineColors, contrast_ratio
from desktop.gui.panes.timeline.view import TimelineView
from desktop.gui.panes.timeline_pane import TimelinePane


def day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


SAME_SPAN = [(event_id, "2017-04-01", "2017-04-30", "likely", "protest") for event_id in range(1, 9)]


def shown_view(qtbot, rows: list[tuple], width: int = 800, height: int = 320) -> TimelineView:  # type: ignore[no-untyped-def]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.set_data(TimelineData.from_rows(rows))
    view.title_provider = lambda ids: {i: f"Protest number {i}" for i in ids}
    with qtbot.waitExposed(view):
        view.show()
    return view


def wheel(view: TimelineView, pos: QPointF, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    event = QWheelEvent(pos, QPointF(view.mapToGlobal(pos)), QPoint(), QPoint(0, delta),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(view, event)


def test_clicking_plus_n_lists_the_hidden_events_and_choosing_one_selects_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot, SAME_SPAN)
    drawn = [i for i in range(1, 9) if view.event_rect(i) is not None]
    hidden = [i for i in range(1, 9) if i not in drawn]
    assert len(drawn) == 3 and len(hidden) == 5  # three tracks; five events share the span
    badges = view.badge_rects()
    assert len(badges) == 1
    window_before = view.visible_range()
    clicked: list[int] = []
    view.sig_event_clicked.connect(clicked.append)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=badges[0].center().toPoint())
    menu = view.overflow_menu
    assert menu is not None and menu.isVisible()
    assert view.visible_range() == window_before  # it lists, it does not zoom
    actions = menu.actions()
    assert [a.data() for a in actions] == hidden
    assert actions[0].text().startswith(f"Protest number {hidden[0]}") and "2017-04-01 – 2017-04-30" in actions[0].text()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(actions[2]).center())
    assert clicked == [hidden[2]] and view.selected_event() == hidden[2]
    assert view.event_rect(hidden[2]) is not None  # the selected one is drawn (and clickable)


def test_shift_wheel_pans_without_zooming_and_alt_wheel_scrolls_lanes(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [(i, f"{2000 + i}-04-01", f"{2000 + i}-04-30", "likely", f"lane {i:02}") for i in range(1, 21)]
    view = shown_view(qtbot, rows, height=240)
    view.set_visible_range(day("2017-01-01"), day("2018-01-01"))
    lo, hi = view.visible_range()
    middle = view.plot_rect().center()
    wheel(view, middle, -120, Qt.KeyboardModifier.ShiftModifier)  # wheel down: later
    new_lo, new_hi = view.visible_range()
    assert abs((new_hi - new_lo) - (hi - lo)) < 1e-6  # same zoom
    assert new_lo > lo + 10  # moved a tenth of the window (36 days) to later days
    assert view.first_lane() == 0
    wheel(view, middle, -120, Qt.KeyboardModifier.AltModifier)
    assert view.first_lane() == 1


def test_lanes_that_do_not_fit_get_a_scroll_bar(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    pane = TimelinePane(workspace)
    qtbot.addWidget(pane)
    pane.resize(900, 200)
    with qtbot.waitExposed(pane):
        pane.show()
    bar = pane.lane_bar
    lanes = len(pane.view.timeline_data.lane_labels)
    assert bar.isVisible() and bar.maximum() == lanes - pane.view.lanes_per_page() > 0
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height() - 25))
    assert pane.view.first_lane() == bar.value() > 0  # a page down
    bar.setValue(bar.maximum())
    assert pane.view.first_lane() == lanes - pane.view.lanes_per_page()
    pane.resize(900, 900)
    qtbot.waitUntil(lambda: not bar.isVisible())  # everything fits: no bar
    assert pane.view.first_lane() == 0


def test_the_selected_event_title_shows(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    pane = TimelinePane(workspace)
    qtbot.addWidget(pane)
    pane.resize(1000, 400)
    with qtbot.waitExposed(pane):
        pane.show()
    view = pane.view
    event_id = view.timeline_data.ids[0]
    title = workspace.event_rows([event_id])[0].title
    rect = view.event_rect(event_id)
    assert rect is not None
    selected: list[str] = []
    pane.sig_event_selected.connect(selected.append)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert selected == [workspace.uid_for_event_id(event_id)]
    assert pane.selected_label.text() == f"Selected: {title}"
    pane.select_event(None)
    assert pane.selected_label.text() == ""


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e0e0e0"),
                        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e0e0e0"),
                        (QPalette.ColorRole.Highlight, "#2a5a8a")):  # fmt: skip
        palette.setColor(role, QColor(color))
    return palette


def test_dark_palette_selection_line_and_plus_n_chip_are_legible(qtbot) -> None:  # type: ignore[no-untyped-def]
    colors = TimelineColors.from_palette(dark_palette())
    assert contrast_ratio(colors.highlight, colors.plot) >= 3.0  # was 2.2: #2a5a8a on #1e1e1e
    assert contrast_ratio(colors.badge_border, colors.plot) >= 3.0
    assert contrast_ratio(colors.text, colors.badge_background) >= 7.0
    view = shown_view(qtbot, SAME_SPAN)
    view.setPalette(dark_palette())
    image = view.grab().toImage()
    badge = view.badge_rects()[0]
    edge = QColor(image.pixel(QPoint(int(badge.left()) + 1, int(badge.top()))))
    assert contrast_ratio(edge, colors.plot) >= 2.5  # the chip's outline shows on the plot
