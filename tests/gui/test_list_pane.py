"""The list pane driven like a user: search, filters, sorting, selection, delete and undo."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from db.queries import EventFilter, EventRow
from desktop.gui.commands import UpdateRecordCommand
from desktop.gui.models import EventColumn
from desktop.gui.panes.list_pane import ListPane
from desktop.gui.panes.record_table import RecordTableView
from desktop.gui.workspace import Workspace

NOVAYA = "Novaya Gazeta reveals the persecution of gay men in Chechnya"


@pytest.fixture
def pane(qtbot, workspace: Workspace) -> ListPane:  # type: ignore[no-untyped-def]
    widget = ListPane(workspace)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(pane: ListPane) -> list[str]:
    model = pane.event_model
    return [model.data(model.index(row, EventColumn.TITLE)) for row in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any script (QTest.keyClicks handles ASCII only), as a keyboard layout sends them."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def click_row(qtbot, view: RecordTableView, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    center = view.visualRect(view.model().index(row, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, center)


def click_header(qtbot, view: RecordTableView, column: int) -> None:  # type: ignore[no-untyped-def]
    header: QHeaderView = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + 8
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def all_event_rows(workspace: Workspace) -> dict[str, EventRow]:
    """Every event row by uid, ids blanked (a restored record gets a new row id)."""
    rows = workspace.event_rows(workspace.event_ids(EventFilter()))
    return {row.uid: replace(row, id=0) for row in rows}


def test_search_filters_as_you_type_after_a_pause(qtbot, pane: ListPane) -> None:
    assert pane.count_text() == "20 of 20 events"
    qtbot.keyClicks(pane.search_edit, "petition")
    assert pane.event_model.rowCount() == 20  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: pane.count_text() == "5 of 20 events")
    assert "Dutch petition of 44,700 signatures calling for an end to the persecution" in titles(pane)
    assert pane.current_filter().text == "petition"

    pane.search_edit.clear()
    type_text(pane.search_edit, "газета")
    qtbot.waitUntil(lambda: pane.count_text() == "2 of 20 events")
    assert NOVAYA in titles(pane)


def test_status_type_place_and_tag_filters(qtbot, pane: ListPane, workspace: Workspace) -> None:
    bar = pane.filter_bar
    with qtbot.waitSignal(pane.sig_filter_changed) as changed:
        qtbot.keyClicks(bar.status_combo, "poss")
    assert changed.args[0].statuses == ("possible",)
    assert titles(pane) == ["Camp believed destroyed and detainees moved to a new location"]
    assert pane.count_text() == "1 of 20 events"
    bar.status_combo.setCurrentIndex(0)

    qtbot.keyClicks(bar.type_combo, "petition")
    assert pane.event_model.rowCount() == workspace.count_events(EventFilter(types=("petition",))) == 3
    bar.type_combo.setCurrentIndex(0)

    assert bar.place_combo.count() == 1  # places are read when the user first reaches the box
    qtbot.keyClicks(bar.place_combo, "Neth")
    assert bar.place_combo.count() == 11 and bar.place_combo.currentText() == "Netherlands"
    assert pane.count_text() == "2 of 20 events"
    bar.place_combo.setCurrentIndex(0)

    qtbot.keyClicks(bar.tag_combo.lineEdit(), "torture")
    qtbot.keyClick(bar.tag_combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.current_filter().tags == ("torture",))
    assert pane.event_model.rowCount() == workspace.count_events(EventFilter(tags=("torture",))) == 2

    bar.tag_combo.lineEdit().selectAll()
    qtbot.keyClicks(bar.tag_combo.lineEdit(), "no such tag")
    qtbot.keyClick(bar.tag_combo.lineEdit(), Qt.Key.Key_Return)
    assert bar.tag_combo.lineEdit().property("invalid") is True
    assert "no such tag" in bar.tag_combo.lineEdit().toolTip()
    assert pane.current_filter().tags == ("torture",)  # the invalid tag was not applied

    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert pane.current_filter() == EventFilter() and pane.count_text() == "20 of 20 events"
    assert not bar.clear_button.isEnabled()


def test_date_range_accepts_edtf_and_refuses_invalid_input(qtbot, pane: ListPane, workspace: Workspace) -> None:
    bar = pane.filter_bar
    qtbot.keyClicks(bar.date_from, "2017-05")
    qtbot.keyClicks(bar.date_to, "2017-05")
    qtbot.waitUntil(lambda: pane.current_filter().date_to == "2017-05-31")
    assert pane.current_filter().date_from == "2017-05-01"
    expected = workspace.count_events(EventFilter(date_from="2017-05-01", date_to="2017-05-31"))
    assert pane.event_model.rowCount() == expected == 19
    assert NOVAYA not in titles(pane)  # April 2017 only

    bar.date_from.clear()
    qtbot.keyClicks(bar.date_from, "2017-02-30")
    qtbot.waitUntil(lambda: bar.date_from.property("invalid") is True)
    assert "February 2017 has 28 days" in bar.date_from.toolTip()  # the date field's reader and words
    assert pane.current_filter().date_from == "2017-05-01"  # the last valid value stays
    bar.date_from.clear()
    qtbot.keyClicks(bar.date_from, "2017-06")
    qtbot.waitUntil(lambda: bar.date_to.property("invalid") is True)
    assert "before" in bar.date_to.toolTip()
    bar.date_from.clear()
    qtbot.keyClicks(bar.date_from, "2017-04~")
    qtbot.waitUntil(lambda: not bar.date_from.property("invalid") and not bar.date_to.property("invalid"))
    assert pane.current_filter().date_from == "2017-03-01"


def test_set_date_range_fills_the_fields_and_applies_at_once(qtbot, pane: ListPane, workspace: Workspace) -> None:
    with qtbot.waitSignal(pane.sig_filter_changed, timeout=100) as changed:
        pane.set_date_range("2017-01-01", "2017-02-28")  # as a drag across the timeline axis does
    assert changed.args[0] == EventFilter(date_from="2017-01-01", date_to="2017-02-28")
    assert pane.filter_bar.date_from.text() == "2017-01-01" and pane.filter_bar.date_to.text() == "2017-02-28"
    assert workspace.count_events(changed.args[0]) == 3 and pane.count_text() == "3 of 20 events"
    pane.set_date_range(None, None)
    assert pane.count_text() == "20 of 20 events"


def test_clicking_headers_sorts_in_the_database(qtbot, pane: ListPane, workspace: Workspace) -> None:
    view = pane.views["event"]
    click_header(qtbot, view, EventColumn.TITLE)
    assert pane.event_model.sort_key == "title"
    assert titles(pane) == sorted(titles(pane))
    click_header(qtbot, view, EventColumn.TITLE)
    assert titles(pane) == sorted(titles(pane), reverse=True)

    first, second = [r for r in workspace.event_rows(pane.event_model.ids()) if r.date_text == "2017"]
    workspace.execute(UpdateRecordCommand(workspace, "event", first.uid, {"day_order": 5}))
    click_header(qtbot, view, EventColumn.DATE)
    rows = workspace.event_rows(pane.event_model.ids())
    keys = [(r.date_lo is not None, r.date_lo or "", workspace.record("event", r.uid)["day_order"], r.id) for r in rows]
    assert keys == sorted(keys)
    assert pane.event_model.row_of_uid(second.uid) < pane.event_model.row_of_uid(first.uid)

    click_header(qtbot, view, EventColumn.SOURCES)  # cannot sort: order and indicator stay
    assert pane.event_model.sort_key == "date"
    assert view.horizontalHeader().sortIndicatorSection() == EventColumn.DATE


def test_delete_two_selected_events_asks_once_and_undoes_in_one_step(qtbot, pane: ListPane, workspace: Workspace) -> None:
    before = all_event_rows(workspace)
    view = pane.views["event"]
    click_row(qtbot, view, 2)
    click_row(qtbot, view, 4, Qt.KeyboardModifier.ControlModifier)
    doomed = pane.selected_uids()
    assert len(doomed) == 2
    questions: list[str] = []
    pane.confirm = lambda text: questions.append(text) or True  # type: ignore[func-returns-value]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "Delete 2 events?" in questions[0]
    assert workspace.count_events() == 18 and pane.count_text() == "18 of 18 events"
    assert not set(doomed) & set(all_event_rows(workspace))
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert all_event_rows(workspace) == before
    assert pane.count_text() == "20 of 20 events"
    workspace.undo_stack.redo()
    assert workspace.count_events() == 18


def test_delete_refused_by_the_user_deletes_nothing(qtbot, pane: ListPane, workspace: Workspace) -> None:
    view = pane.views["event"]
    click_row(qtbot, view, 0)
    click_row(qtbot, view, 1, Qt.KeyboardModifier.ShiftModifier)
    pane.confirm = lambda text: False
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert workspace.count_events() == 20 and workspace.undo_stack.count() == 0


def test_select_event_selects_scrolls_and_emits(qtbot, pane: ListPane, workspace: Workspace) -> None:
    uid = pane.event_model.uid_at(17)
    pane.tab_bar.setCurrentIndex(2)
    with qtbot.waitSignal(pane.sig_selection_changed, timeout=100) as selected:
        assert pane.select_event(uid)
    assert selected.args == ["event", [uid]]
    assert pane.current_table() == "event" and pane.selected_uids() == [uid]
    assert pane.views["event"].currentIndex().row() == 17
    assert pane.selected_event_ids() == [pane.event_model.id_at(17)]
    event_id = pane.event_model.id_at(3)
    assert pane.select_event_id(event_id) and pane.selected_uids() == [pane.event_model.uid_at(3)]
    qtbot.keyClicks(pane.search_edit, "petition")
    qtbot.waitUntil(lambda: pane.event_model.rowCount() == 5)
    assert not pane.select_event(uid)  # filtered out


def test_clicking_rows_emits_the_selection_and_edits_keep_it(qtbot, pane: ListPane, workspace: Workspace) -> None:
    view = pane.views["event"]
    click_header(qtbot, view, EventColumn.TITLE)
    with qtbot.waitSignal(pane.sig_selection_changed, timeout=100) as selected:
        click_row(qtbot, view, 0)
    uid = pane.event_model.uid_at(0)
    assert selected.args == ["event", [uid]]
    emitted: list[object] = []
    pane.sig_selection_changed.connect(lambda *args: emitted.append(args))
    workspace.execute(UpdateRecordCommand(workspace, "event", uid, {"title": "Zz renamed: now sorts last"}))
    assert pane.event_model.row_of_uid(uid) == 19
    assert pane.selected_uids() == [uid] and view.currentIndex().row() == 19
    assert emitted == []  # same record still selected: no new signal


def test_sources_actors_and_places_tabs_count_and_search(qtbot, pane: ListPane) -> None:
    tabs = pane.tab_bar
    assert not any(pane.models[table].is_loaded() for table in ("source", "actor", "place"))  # read when first shown
    with qtbot.waitSignal(pane.sig_selection_changed, timeout=100) as selected:
        qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert selected.args == ["source", []]
    assert pane.current_table() == "source" and pane.count_text() == "5 of 5 sources"
    assert not pane.filter_bar.isVisible()
    type_text(pane.search_edit, "газета")
    qtbot.waitUntil(lambda: pane.count_text() == "1 of 5 sources")
    model = pane.models["source"]
    assert model.data(model.index(0, 1)) == "Novaya Gazeta"

    assert not pane.models["actor"].is_loaded()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(2).center())
    assert pane.count_text() == "1 of 17 actors"  # the same search applies to every tab
    actors = pane.models["actor"]
    assert actors.data(actors.index(0, 0)) == "Novaya Gazeta"  # found by its name in Cyrillic
    pane.search_edit.clear()
    qtbot.keyClicks(pane.search_edit, "amnesty")
    qtbot.waitUntil(lambda: pane.count_text() == "1 of 17 actors")
    pane.search_edit.clear()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(3).center())
    assert pane.count_text() == "10 of 10 places"
    qtbot.keyClicks(pane.search_edit, "lond")
    qtbot.waitUntil(lambda: pane.count_text() == "1 of 10 places")
    places = pane.models["place"]
    assert places.data(places.index(0, 0)) == "London" and places.data(places.index(0, 2)) == "1"


def test_delete_a_place_from_its_tab_and_undo(qtbot, pane: ListPane, workspace: Workspace) -> None:
    place = workspace.named_rows("place", "Berlin")[0]
    assert pane.select_record("place", place.uid)
    pane.confirm = lambda text: "Berlin" in text
    qtbot.keyClick(pane.views["place"], Qt.Key.Key_Delete)
    assert pane.count_text() == "9 of 9 places"
    assert workspace.named_rows("place", "Berlin") == []
    workspace.undo_stack.undo()
    assert workspace.named_rows("place", "Berlin")[0].uses == 1


def test_the_delete_warning_says_what_else_goes(qtbot, pane: ListPane, workspace: Workspace) -> None:
    """A place's events lose their place, an event's citations go: the question says so, with
    the numbers the archive holds."""
    london = workspace.named_rows("place", "London")[0]
    assert pane.select_record("place", london.uid)
    questions: list[str] = []
    pane.confirm = lambda text: questions.append(text) and False  # type: ignore[func-returns-value]
    qtbot.keyClick(pane.views["place"], Qt.Key.Key_Delete)
    assert f"This place is linked to {london.uses} event, which will have no place." in questions[-1]

    uid, citations = next((u, n) for u in all_event_rows(workspace) if (n := len(workspace.event_detail(u).citations)) > 1)
    assert pane.select_record("event", uid)
    qtbot.keyClick(pane.views["event"], Qt.Key.Key_Delete)
    assert f"Its {citations} citations" in questions[-1] and "go with it." in questions[-1]
    assert workspace.count_events() == 20  # refused: nothing deleted


def test_state_round_trips_through_plain_data(qtbot, pane: ListPane, workspace: Workspace) -> None:
    view = pane.views["event"]
    view.horizontalHeader().resizeSection(EventColumn.PLACE, 177)
    click_header(qtbot, view, EventColumn.STATUS)
    click_header(qtbot, view, EventColumn.STATUS)
    view.set_hidden_columns([EventColumn.TYPE])
    pane.tab_bar.setCurrentIndex(3)
    state = pane.save_state()
    assert state["tab"] == "place" and state["lists"]["event"]["sort"] == [EventColumn.STATUS, True]
    assert state["lists"]["event"]["hidden"] == [EventColumn.TYPE]

    other = ListPane(workspace)
    qtbot.addWidget(other)
    other.resize(1000, 600)
    other.show()
    other.restore_state(state)
    assert other.current_table() == "place"
    assert other.views["event"].horizontalHeader().sectionSize(EventColumn.PLACE) == 177
    assert other.event_model.sort_key == "status" and other.event_model.descending
    assert other.views["event"].horizontalHeader().isSectionHidden(EventColumn.TYPE)
    other.restore_state({"tab": "nonsense", "lists": {"event": {"widths": ["x"], "sort": [EventColumn.SOURCES, False]}}})
    assert other.event_model.sort_key == "status"


def test_a_narrow_list_keeps_every_column_on_screen_and_gives_widths_back(qtbot, pane: ListPane) -> None:
    """At 1024×700 the list is ~560 px wide: the columns shrink to fit instead of pushing
    Type and Status off-screen, and come back to their widths when the pane widens."""
    view = pane.views["event"]
    header = view.horizontalHeader()
    wide = {c: header.sectionSize(c) for c in (EventColumn.DATE, EventColumn.PLACE, EventColumn.TYPE, EventColumn.STATUS)}
    pane.resize(560, 600)
    qtbot.waitUntil(lambda: view.viewport().width() < 560)
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    right_edge = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in shown)
    assert right_edge <= view.viewport().width()  # nothing off-screen, no sideways scroll
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
    assert header.sectionSize(EventColumn.TITLE) >= 140
    pane.resize(1000, 600)
    qtbot.waitUntil(lambda: {c: header.sectionSize(c) for c in wide} == wide)


def test_clicking_a_half_hidden_cell_does_not_scroll_sideways(qtbot, pane: ListPane) -> None:
    view = pane.views["event"]
    header = view.horizontalHeader()
    pane.resize(340, 600)  # narrower than the columns can shrink: the list scrolls sideways
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    view.horizontalScrollBar().setValue(0)
    edge = next(c for c in range(header.count()) if header.sectionViewportPosition(c) + header.sectionSize(c) > view.viewport().width())
    x = min(header.sectionViewportPosition(edge) + 10, view.viewport().width() - 5)  # a cell cut by the edge
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.horizontalScrollBar().value() == 0
    assert pane.selected_uids() == [pane.event_model.uid_at(0)]


def test_focus_search(qtbot, pane: ListPane) -> None:
    pane.search_edit.setText("x")
    pane.focus_search()
    assert pane.focusWidget() is pane.search_edit and pane.search_edit.selectedText() == "x"


def test_the_title_column_takes_the_free_width_but_never_less_than_its_minimum(qtbot, pane: ListPane) -> None:
    from desktop.gui.panes.record_table import MAIN_COLUMN_MIN, MAIN_COLUMN_NARROW

    view = pane.views["event"]
    header = view.horizontalHeader()
    assert header.length() == view.viewport().width() and header.sectionSize(EventColumn.TITLE) > MAIN_COLUMN_MIN
    pane.resize(500, 400)  # the others give way first
    qtbot.waitUntil(lambda: MAIN_COLUMN_NARROW <= header.sectionSize(EventColumn.TITLE) < MAIN_COLUMN_NARROW + 8  # rounding
                    and header.length() == view.viewport().width())  # fmt: skip
    pane.resize(250, 400)  # below every column's floor: the title keeps its narrow width, the list scrolls
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    assert header.sectionSize(EventColumn.TITLE) == MAIN_COLUMN_NARROW


def test_undo_removing_the_selected_event_announces_the_empty_selection(qtbot, pane: ListPane, workspace: Workspace) -> None:
    from desktop.gui.commands import CreateRecordCommand

    command = CreateRecordCommand(workspace, "event", {"case": workspace.cases()[0][0], "title": "Fresh", "date_text": "2017-04-02"})
    workspace.execute(command)
    assert pane.select_event(command.uid)
    with qtbot.waitSignal(pane.sig_selection_changed, timeout=100) as selected:
        workspace.undo_stack.undo()
    assert selected.args == ["event", []] and pane.count_text() == "20 of 20 events"


def test_a_place_added_before_the_place_filter_is_opened_is_offered_once_it_is(qtbot, pane: ListPane, workspace: Workspace) -> None:
    from desktop.gui.commands import CreateRecordCommand

    bar = pane.filter_bar
    workspace.execute(CreateRecordCommand(workspace, "place", {"name": "Aachen"}))
    assert bar.place_combo.count() == 1
    bar.place_combo.showPopup()
    names = [bar.place_combo.itemText(i) for i in range(bar.place_combo.count())]
    bar.place_combo.hidePopup()
    assert names[:2] == ["Any place", "Aachen"] and len(names) == 12
    workspace.undo_stack.undo()  # once loaded, the box follows edits
    assert bar.place_combo.findText("Aachen") == -1 and bar.place_combo.count() == 11
