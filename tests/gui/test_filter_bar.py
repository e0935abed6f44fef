"""The events filter bar driven like a user: dates read as the date field reads them, Clear,
several tags matched all or any (issue 14 defect 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db import dates
from db.date_reading import read_date
from db.queries import EventFilter
from desktop.gui.models import EventColumn
from desktop.gui.panes.list_pane import ListPane
from desktop.gui.workspace import Workspace

PERSECUTION = "Persecution and detention of gay men in Chechnya (the 'purge')"


@pytest.fixture
def pane(qtbot, workspace: Workspace) -> ListPane:  # type: ignore[no-untyped-def]
    widget = ListPane(workspace)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(pane: ListPane) -> list[str]:
    model = pane.event_model
    return [model.data(model.index(row, EventColumn.TITLE)) for row in range(model.rowCount())]


def bounds(text: str) -> dates.DateBounds:
    """What the event date field would store for ``text``, as days."""
    edtf = read_date(text).edtf
    assert edtf
    return dates.parse(edtf)


def test_date_fields_read_words_as_the_date_field_does(qtbot, pane: ListPane, workspace: Workspace) -> None:
    bar = pane.filter_bar
    qtbot.keyClicks(bar.date_from, "May 2017")
    qtbot.waitUntil(lambda: pane.current_filter().date_from == "2017-05-01")
    assert not bar.date_from.property("invalid")
    assert bar.date_reading.isVisible() and bar.date_reading.text() == "from 1 May 2017"
    assert "May 2017 — month precision" in bar.date_from.toolTip()
    expected = workspace.count_events(EventFilter(date_from="2017-05-01"))
    assert pane.event_model.rowCount() == expected and PERSECUTION in titles(pane)

    qtbot.keyClicks(bar.date_to, "before 2018")
    hi = bounds("before 2018").hi
    qtbot.waitUntil(lambda: pane.current_filter().date_to == hi)
    assert bar.date_reading.text() == f"1 May 2017 – {dates.day_words(hi)}"

    bar.date_from.clear()
    qtbot.keyClicks(bar.date_from, "c. 2017")
    qtbot.waitUntil(lambda: pane.current_filter().date_from == bounds("c. 2017").lo)
    assert pane.event_model.rowCount() == workspace.count_events(pane.current_filter())

    bar.date_from.clear()
    qtbot.keyClicks(bar.date_from, "Mayy 2017")
    qtbot.waitUntil(lambda: bar.date_from.property("invalid") is True)
    assert "Mayy" in bar.date_from.toolTip()
    assert "Mayy" in bar.date_reading.text() and "color" in bar.date_reading.styleSheet()  # red, as the form shows it
    assert pane.current_filter().date_from == bounds("c. 2017").lo  # the last valid value stays


def test_clear_is_enabled_while_a_date_is_typed_and_clears_it(qtbot, pane: ListPane) -> None:
    bar = pane.filter_bar
    assert not bar.clear_button.isEnabled()
    qtbot.keyClicks(bar.date_from, "spring-ish")  # cannot be read: never applied
    qtbot.waitUntil(lambda: bar.date_from.property("invalid") is True)
    assert pane.current_filter() == EventFilter()
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert bar.date_from.text() == "" and not bar.date_from.property("invalid") and not bar.date_reading.isVisible()
    assert not bar.clear_button.isEnabled()

    qtbot.keyClicks(bar.date_to, "2017")
    assert bar.clear_button.isEnabled()  # at once, before the pause applies it
    qtbot.waitUntil(lambda: pane.current_filter().date_to == "2017-12-31")
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert pane.current_filter() == EventFilter() and pane.count_text() == "20 of 20 events"
    assert bar.date_to.text() == "" and not bar.clear_button.isEnabled()


def add_tag(qtbot, pane: ListPane, name: str) -> None:  # type: ignore[no-untyped-def]
    edit = pane.filter_bar.tag_combo.lineEdit()
    qtbot.keyClicks(edit, name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_several_tags_match_all_or_any(qtbot, pane: ListPane, workspace: Workspace) -> None:
    bar = pane.filter_bar
    add_tag(qtbot, pane, "Torture")  # any case
    qtbot.waitUntil(lambda: pane.current_filter().tags == ("torture",))
    assert pane.event_model.rowCount() == 2 and bar.tag_combo.currentText() == ""
    assert not bar.tag_filter.mode.isVisible()  # one tag: nothing to combine

    add_tag(qtbot, pane, "detention")
    qtbot.waitUntil(lambda: pane.current_filter().tags == ("torture", "detention"))
    assert [chip.property("tag") for chip in bar.tag_filter.chips()] == ["torture", "detention"]
    assert bar.tag_filter.mode.isVisible() and pane.current_filter().all_tags
    assert titles(pane) == [PERSECUTION]  # both tags

    bar.tag_filter.mode.setCurrentIndex(bar.tag_filter.mode.findData("any"))
    qtbot.waitUntil(lambda: not pane.current_filter().all_tags)
    expected = workspace.count_events(EventFilter(tags=("torture", "detention")))
    assert pane.event_model.rowCount() == expected == 3

    qtbot.mouseClick(bar.tag_filter.chips()[0], Qt.MouseButton.LeftButton)  # remove "torture"
    qtbot.waitUntil(lambda: pane.current_filter().tags == ("detention",))
    assert pane.event_model.rowCount() == 2 and not bar.tag_filter.mode.isVisible()

    add_tag(qtbot, pane, "no such tag")
    assert bar.tag_combo.lineEdit().property("invalid") is True
    assert pane.current_filter().tags == ("detention",)

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert pane.current_filter() == EventFilter() and bar.tag_filter.chips() == []
    assert not bar.tag_combo.lineEdit().property("invalid") and not bar.clear_button.isEnabled()


def test_date_fields_read_russian_and_arabic_months(qtbot, pane: ListPane, workspace: Workspace) -> None:
    from tests.gui.helpers import type_text

    bar = pane.filter_bar
    type_text(bar.date_from, "1 мая 2017 г.")
    qtbot.waitUntil(lambda: pane.current_filter().date_from == "2017-05-01")
    assert not bar.date_from.property("invalid") and bar.date_reading.text() == "from 1 May 2017"
    type_text(bar.date_to, "حزيران 2017")  # June, in the Levantine name
    qtbot.waitUntil(lambda: pane.current_filter().date_to == "2017-06-30")
    assert bar.date_reading.text() == "1 May 2017 – 30 June 2017"
    expected = workspace.count_events(EventFilter(date_from="2017-05-01", date_to="2017-06-30"))
    assert pane.event_model.rowCount() == expected > 0
