"""The events list above its sync limit: ids, counts and search pages come from the reader.

The demo archive (20 events) stands in for a big one by lowering ``SYNC_LIMIT``, so every
background path runs here with the real reader thread and real widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from db.errors import QueryCancelled
from db.queries import EventFilter
from desktop.gui.models import event_table
from desktop.gui.models.event_table import EventColumn, EventTableModel
from desktop.gui.panes.list_pane import ListPane
from desktop.gui.panes.record_table import RecordTableView
from desktop.gui.workspace import Workspace

ROWS = Qt.ItemDataRole.DisplayRole
READER_WAIT_MS = 4 * event_table.READER_START_MS


@pytest.fixture
def background(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat the 20-event demo as a big archive: 4-row first pages, counts capped at 3."""
    monkeypatch.setattr(event_table, "SYNC_LIMIT", 5)
    monkeypatch.setattr(event_table, "COUNT_CAP", 3)


@pytest.fixture
def held_ids(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Full id lists wait (on the reader thread) until the returned event is set."""
    release = threading.Event()
    real = workspace.event_ids

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(workspace, "event_ids", held)
    yield release
    release.set()


def expected_ids(workspace: Workspace, flt: EventFilter = EventFilter(), sort: str = "date", descending: bool = False) -> list[int]:  # noqa: B008
    return list(workspace.event_ids(flt, sort, descending))


def shows(model: EventTableModel, workspace: Workspace, ids: list[int]) -> bool:
    """Whether the model lists ``ids`` in order and every row shows its event's title and date
    (what a user sees, read through ``data`` as the view does, not just the ids it holds)."""
    rows = {r.id: r for r in workspace.event_rows(ids)}
    assert len(rows) == len(ids) > 0, "the expected rows must exist"
    wanted = [(rows[i].title, event_table.date_label(rows[i].date_text)) for i in ids]
    shown = [(model.data(model.index(r, EventColumn.TITLE), ROWS), model.data(model.index(r, EventColumn.DATE), ROWS)) for r in range(model.rowCount())]
    return model.ids() == ids and shown == wanted


def test_model_passes_the_qt_model_tester_while_loading_in_the_background(qtbot, qtmodeltester, background, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    model = EventTableModel(workspace, page_size=4)
    assert model.rowCount() == 4 and not model.is_complete()
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):  # the tester re-checks on every signal
        pass
    assert model.is_complete() and shows(model, workspace, expected_ids(workspace))
    model.sort(EventColumn.TITLE, Qt.SortOrder.DescendingOrder)  # new first page at once, the rest later
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        pass
    assert shows(model, workspace, expected_ids(workspace, sort="title", descending=True))
    model.set_filter(EventFilter(text="gay"))  # empties, then the page, then the rest
    qtbot.waitUntil(model.is_complete, timeout=10_000)
    assert shows(model, workspace, expected_ids(workspace, EventFilter(text="gay"), sort="title", descending=True))


def test_rows_past_the_first_page_are_fetched_by_id(qtbot, background, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    model = EventTableModel(workspace, page_size=4)
    assert model.rows_fetched == 4
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        pass
    ids = expected_ids(workspace)
    rows = {r.id: r for r in workspace.event_rows(ids)}
    for row in (19, 4, 11, 0, 7):
        assert model.id_at(row) == ids[row]
        assert model.data(model.index(row, EventColumn.TITLE), ROWS) == rows[ids[row]].title
        assert model.row_of_id(ids[row]) == row
    assert model.rows_of_ids(ids) == {i: r for r, i in enumerate(ids)}
    assert model.row_of_id(10**9) is None and model.data(model.index(20, 0), ROWS) is None


def test_selection_stays_on_its_event_while_the_ids_arrive(qtbot, background, workspace: Workspace, held_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    model = EventTableModel(workspace, page_size=4)
    view = RecordTableView(EventColumn.TITLE)
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    chosen = model.id_at(2)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(model.index(2, 0), flags)
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        held_ids.set()
    assert shows(model, workspace, expected_ids(workspace))  # the full list, in date order
    assert [model.id_at(r) for r in view.selected_rows()] == [chosen]
    assert model.id_at(view.currentIndex().row()) == chosen


def _complete_model(qtbot, workspace: Workspace, held_ids: threading.Event) -> tuple[EventTableModel, RecordTableView]:  # type: ignore[no-untyped-def]
    model = EventTableModel(workspace, page_size=4)
    held_ids.set()
    qtbot.waitUntil(model.is_complete, timeout=10_000)
    held_ids.clear()
    view = RecordTableView(EventColumn.TITLE)
    qtbot.addWidget(view)
    view.setModel(model)
    return model, view


def test_a_re_sort_shows_the_new_first_page_at_once_and_keeps_a_deeper_selection(qtbot, background, workspace: Workspace, held_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    model, view = _complete_model(qtbot, workspace, held_ids)
    before = model.ids()
    expected = expected_ids(workspace, sort="place", descending=True)
    row = next(r for r in range(4, 20) if before[r] not in expected[:4])
    chosen = before[row]
    view.select_rows([row], row)
    model.sort(EventColumn.PLACE, Qt.SortOrder.DescendingOrder)
    assert not model.is_complete()
    assert model.ids()[:4] == expected[:4] and len(model.ids()) == len(before)  # new top, old rest
    assert [model.id_at(r) for r in view.selected_rows()] == [chosen]
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        held_ids.set()
    assert shows(model, workspace, expected)
    assert [model.id_at(r) for r in view.selected_rows()] == [chosen]
    assert model.id_at(view.currentIndex().row()) == chosen


def test_a_selected_row_that_lands_on_the_new_first_page_moves_there_at_once(qtbot, background, workspace: Workspace, held_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    model, view = _complete_model(qtbot, workspace, held_ids)
    before = model.ids()
    expected = expected_ids(workspace, sort="date", descending=True)
    rows = [r for r in range(4, 20) if before[r] in expected[:4]]
    chosen = [before[r] for r in rows]
    view.select_rows(rows, rows[0])
    model.sort(EventColumn.DATE, Qt.SortOrder.DescendingOrder)
    assert model.ids()[:4] == expected[:4] and not model.is_complete()
    assert sorted(model.id_at(r) for r in view.selected_rows()) == sorted(chosen)
    assert all(r < 4 for r in view.selected_rows())
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        held_ids.set()
    assert shows(model, workspace, expected) and sorted(model.id_at(r) for r in view.selected_rows()) == sorted(chosen)


def test_a_re_sort_shows_its_first_page_at_once_even_when_the_current_row_is_on_the_old_one(qtbot, background, workspace: Workspace, held_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    """The selected event is not on the new first page: it waits right after it, still
    selected and current (by id, never another event), until the full order puts it in place."""
    model, view = _complete_model(qtbot, workspace, held_ids)
    before = model.ids()
    expected = expected_ids(workspace, sort="title", descending=True)
    row = next(r for r in range(4) if before[r] not in expected[:4])
    chosen = before[row]
    view.select_rows([row], row)
    model.sort(EventColumn.TITLE, Qt.SortOrder.DescendingOrder)
    assert not model.is_complete()
    assert model.ids()[:4] == expected[:4] and chosen in model.ids()[4:6]  # right after the page
    assert [model.id_at(r) for r in view.selected_rows()] == [chosen] and model.id_at(view.currentIndex().row()) == chosen
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        held_ids.set()
    assert shows(model, workspace, expected)
    assert [model.id_at(r) for r in view.selected_rows()] == [chosen]
    assert model.id_at(view.currentIndex().row()) == chosen


def test_a_selection_across_the_first_page_and_below_keeps_every_event(qtbot, background, workspace: Workspace, held_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    model, view = _complete_model(qtbot, workspace, held_ids)
    before = model.ids()
    rows = [1, 2, 3, 4, 5, 9]
    chosen = sorted(before[r] for r in rows)
    view.select_rows(rows, 2)
    current = before[2]
    model.sort(EventColumn.TITLE, Qt.SortOrder.DescendingOrder)
    expected = expected_ids(workspace, sort="title", descending=True)
    assert model.ids()[:4] == expected[:4] and not model.is_complete()
    assert sorted(model.id_at(r) for r in view.selected_rows()) == chosen
    assert model.id_at(view.currentIndex().row()) == current
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        held_ids.set()
    assert shows(model, workspace, expected) and sorted(model.id_at(r) for r in view.selected_rows()) == chosen
    assert model.id_at(view.currentIndex().row()) == current


def test_count_label_shows_a_capped_count_then_the_exact_one(qtbot, background, workspace: Workspace, held_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    pane = ListPane(workspace)
    qtbot.addWidget(pane)
    pane.show()
    held_ids.set()
    qtbot.waitUntil(pane.event_model.is_complete, timeout=10_000)
    assert pane.count_text() == "20 of 20 events"
    held_ids.clear()
    model = pane.event_model
    with qtbot.waitSignal(model.sig_counted, timeout=10_000):
        pane.search_edit.setText("gay")
        pane.search_edit.returnPressed.emit()
        assert model.rowCount() == 0  # a text search's first page comes from the reader
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    assert pane.count_text() == "3+ of 20 events" and not model.is_complete()
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        held_ids.set()
    assert pane.count_text() == "11 of 20 events"
    assert shows(model, workspace, expected_ids(workspace, EventFilter(text="gay")))
    held_ids.clear()
    with qtbot.waitSignal(model.sig_counted, timeout=10_000):
        pane.search_edit.setText("police")
        pane.search_edit.returnPressed.emit()
    assert pane.count_text() == "3 of 20 events"  # under the cap: exact at once
    held_ids.set()


def test_a_newer_filter_cancels_the_older_reads(qtbot, background, workspace: Workspace, held_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    model = EventTableModel(workspace, page_size=4)
    model.set_filter(EventFilter(text="men"))
    model.set_filter(EventFilter(statuses=("confirmed",)))
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        held_ids.set()
    qtbot.wait(50)  # let any late result of the older requests arrive: it must be dropped
    assert model.is_complete() and shows(model, workspace, expected_ids(workspace, EventFilter(statuses=("confirmed",))))


def reader_idle(workspace: Workspace) -> None:
    """Block (without running the Qt event loop) until the reader has run every earlier task,
    so their results wait, undelivered, in the event queue."""
    done = threading.Event()
    workspace.reader.submit(lambda _progress, _cancelled: done.set())
    assert done.wait(10)


def test_results_of_a_superseded_filter_that_arrive_late_are_dropped(qtbot, background, workspace: Workspace, held_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    model = EventTableModel(workspace, page_size=4)
    held_ids.set()
    qtbot.waitUntil(model.is_complete, timeout=10_000)
    gate = threading.Event()
    workspace.reader.submit(lambda _progress, _cancelled: gate.wait(10))  # the reader waits at the gate
    model.set_filter(EventFilter(text="men"))
    qtbot.wait(READER_WAIT_MS)  # its count, page and ids are queued behind the gate
    assert model.rowCount() == 0 and not model.is_complete()
    gate.set()
    reader_idle(workspace)  # all three are read and wait, undelivered, for the GUI thread
    held_ids.clear()
    confirmed = EventFilter(statuses=("confirmed",))
    model.set_filter(confirmed)  # newer: its full id list is held back
    expected = expected_ids(workspace, confirmed)
    qtbot.waitUntil(lambda: model.known_count() is not None, timeout=10_000)  # its page and count came
    assert not model.is_complete() and shows(model, workspace, expected[:4]) and model.known_count() == (3, False)
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        held_ids.set()
    assert model.is_complete() and shows(model, workspace, expected) and model.known_count() == (10, True)


def test_a_cancelled_read_stops_inside_sqlite(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("db.engine.sqlite.CANCEL_CHECK_STEPS", 1)  # the demo's queries are short
    with pytest.raises(QueryCancelled):
        workspace.count_events(EventFilter(text="chechnya"), cancelled=lambda: True)
    assert workspace.count_events(EventFilter(text="chechnya"), cancelled=lambda: False) == 20


def test_a_filter_keeps_the_old_rows_until_its_first_page_is_read(qtbot, background, workspace: Workspace, held_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    model = EventTableModel(workspace, page_size=4)
    held_ids.set()
    qtbot.waitUntil(model.is_complete, timeout=10_000)
    held_ids.clear()
    confirmed = EventFilter(statuses=("confirmed",))
    model.set_filter(confirmed)
    assert model.rowCount() == 20 and model.known_count() is None  # nothing read on the GUI thread
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=10_000)  # the page first, then the count
    qtbot.waitUntil(lambda: model.known_count() is not None, timeout=10_000)
    assert model.known_count() == (3, False) and model.rowCount() == 4  # "3+" while the ids are held back
    expected = expected_ids(workspace, confirmed)
    assert shows(model, workspace, expected[:4])
    with qtbot.waitSignal(model.sig_reloaded, timeout=10_000):
        held_ids.set()
    assert shows(model, workspace, expected) and model.known_count() == (10, True)


def test_only_number_columns_get_the_padded_delegate(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.gui.panes.record_table import CELL_PADDING, PaddedDelegate

    model = EventTableModel(workspace)
    view = RecordTableView(EventColumn.TITLE)
    qtbot.addWidget(view)
    view.setModel(model)
    padded = view.itemDelegateForColumn(EventColumn.SOURCES)
    assert isinstance(padded, PaddedDelegate)
    assert all(view.itemDelegateForColumn(c) is None for c in range(model.columnCount()) if c != EventColumn.SOURCES)
    option = QStyleOptionViewItem()
    padded.initStyleOption(option, model.index(0, EventColumn.SOURCES))
    assert option.text == model.data(model.index(0, EventColumn.SOURCES), ROWS) + padded.gap
    assert view.fontMetrics().horizontalAdvance(padded.gap) >= CELL_PADDING


def test_a_re_sort_completes_while_the_timeline_build_is_still_running(qtbot, background, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    """The timeline builds on its own lane (``workspace.builder``): a click never queues behind it."""
    from desktop.gui.panes.timeline_pane import TimelinePane

    building, release = threading.Event(), threading.Event()
    real = workspace.timeline_apart

    def slow_timeline(*args, **kwargs):  # type: ignore[no-untyped-def]
        building.set()
        release.wait(10)  # a million-row build, held until the re-sort is checked
        return real(*args, **kwargs)

    workspace.timeline_apart = slow_timeline  # type: ignore[method-assign]
    model = EventTableModel(workspace, page_size=4)
    qtbot.waitUntil(model.is_complete, timeout=10_000)
    pane = TimelinePane(workspace)
    qtbot.addWidget(pane)
    pane.background_limit = 0
    pane.reload()
    qtbot.waitUntil(building.is_set, timeout=10_000)  # the build starts after BUILD_DELAY_MS
    try:
        with qtbot.waitSignal(model.sig_reloaded, timeout=5_000):
            model.sort(EventColumn.TITLE, Qt.SortOrder.DescendingOrder)
        assert model.is_complete() and shows(model, workspace, expected_ids(workspace, sort="title", descending=True))
        assert not release.is_set() and pane.summary.text() == "Loading the timeline…"
    finally:
        release.set()
    qtbot.waitUntil(lambda: pane.summary.text().endswith("dated events"), timeout=10_000)
