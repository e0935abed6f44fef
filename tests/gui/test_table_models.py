"""The lazy list models: Qt contract, display, SQL sorting, refresh on edits, paging."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from sqlalchemy import insert, select

from db.archive import Archive
from db.models import CaseFile, Event
from db.queries import EventFilter
from desktop.gui.commands import CreateRecordCommand, UpdateRecordCommand
from desktop.gui.models import EventColumn, EventTableModel, NamedTableModel
from desktop.gui.models.id_table import UID_ROLE
from desktop.gui.workspace import Workspace

DISPLAY = Qt.ItemDataRole.DisplayRole


def column_texts(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def sorted_by_date(workspace: Workspace, ids: list[int]) -> list[int]:
    """The expected date order, computed in Python from the records: date_lo, day_order, id."""
    keyed = []
    for row in workspace.event_rows(ids):
        day_order = workspace.record("event", row.uid)["day_order"]
        keyed.append(((row.date_lo is not None, row.date_lo or ""), day_order, row.id))
    return [key[2] for key in sorted(keyed)]


def test_event_model_passes_the_qt_model_tester(qtmodeltester, workspace: Workspace) -> None:
    model = EventTableModel(workspace)
    qtmodeltester.check(model)
    model.set_filter(EventFilter(text="petition"))
    qtmodeltester.check(model)
    model.sort(EventColumn.TITLE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


@pytest.mark.parametrize("table", ["source", "actor", "place"])
def test_named_models_pass_the_qt_model_tester(qtmodeltester, workspace: Workspace, table: str) -> None:
    model = NamedTableModel(workspace, table, page_size=3)  # small pages exercise fetchMore
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_event_model_shows_humanized_dates_with_edtf_tooltips(workspace: Workspace) -> None:
    model = EventTableModel(workspace)
    titles = column_texts(model, EventColumn.TITLE)
    row = titles.index("Novaya Gazeta reveals the persecution of gay men in Chechnya")
    assert model.data(model.index(row, EventColumn.DATE)) == "April 2017"
    tooltip = model.data(model.index(row, EventColumn.DATE), Qt.ItemDataRole.ToolTipRole)
    assert "EDTF: 2017-04" in tooltip and "2017-04-01" in tooltip and "2017-04-30" in tooltip
    assert model.data(model.index(row, EventColumn.STATUS)) == "confirmed"
    assert isinstance(model.data(model.index(row, EventColumn.STATUS), Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.data(model.index(row, EventColumn.SOURCES)) == "2"
    assert model.headerData(EventColumn.DATE, Qt.Orientation.Horizontal) == "Date"
    assert model.data(model.index(0, EventColumn.DATE)) == "before June 2017"  # ../2017-05 (May included) has no date_lo


def test_uid_and_row_lookups_round_trip(workspace: Workspace) -> None:
    model = EventTableModel(workspace)
    for row in range(model.rowCount()):
        uid = model.uid_at(row)
        assert model.data(model.index(row, 0), UID_ROLE) == uid
        assert model.row_of_uid(uid) == row
        assert model.row_of_id(model.id_at(row)) == row
    assert model.uid_at(model.rowCount()) is None
    assert model.row_of_uid(str(uuid.uuid4())) is None


def test_sorting_goes_to_sql_and_keeps_persistent_indexes(workspace: Workspace) -> None:
    model = EventTableModel(workspace)
    ids = model.ids()
    # two events on the same day: the same-day order, not the id, decides which comes first
    a, b = [r for r in workspace.event_rows(ids) if r.date_text == "2017"]
    workspace.execute(UpdateRecordCommand(workspace, "event", a.uid, {"day_order": 2}))
    workspace.execute(UpdateRecordCommand(workspace, "event", b.uid, {"day_order": 1}))
    assert model.ids() == sorted_by_date(workspace, ids)
    assert model.row_of_id(b.id) == model.row_of_id(a.id) - 1

    kept = QPersistentModelIndex(model.index(model.row_of_id(a.id), EventColumn.TITLE))
    model.sort(EventColumn.TITLE)
    titles = column_texts(model, EventColumn.TITLE)
    assert titles == sorted(titles)
    assert kept.row() == model.row_of_id(a.id) and kept.data() == a.title
    model.sort(EventColumn.TITLE, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, EventColumn.TITLE) == sorted(titles, reverse=True)
    model.sort(EventColumn.SOURCES)  # not sortable: nothing changes
    assert model.sort_key == "title" and model.descending


def test_event_model_follows_edits_undo_and_redo(workspace: Workspace) -> None:
    model = EventTableModel(workspace)
    row = model.row_of_uid(model.uid_at(3))
    uid = model.uid_at(row)
    workspace.execute(UpdateRecordCommand(workspace, "event", uid, {"title": "Renamed event"}))
    assert model.data(model.index(model.row_of_uid(uid), EventColumn.TITLE)) == "Renamed event"
    case = workspace.cases()[0][0]
    workspace.execute(CreateRecordCommand(workspace, "event", {"case": case, "title": "New", "date_text": "2017-04-15"}))
    assert model.rowCount() == 21 and model.total_count() == 21
    workspace.undo_stack.undo()
    assert model.rowCount() == 20
    workspace.undo_stack.undo()
    assert model.data(model.index(model.row_of_uid(uid), EventColumn.TITLE)) != "Renamed event"


def test_named_models_show_counts_search_and_follow_edits(workspace: Workspace) -> None:
    sources = NamedTableModel(workspace, "source")
    assert sources.rowCount() == sources.total_count() == 5
    outlets = column_texts(sources, 1)
    pink = outlets.index("PinkNews")
    assert sources.data(sources.index(pink, 2)) == "20"
    sources.set_text("газета")
    assert column_texts(sources, 1) == ["Novaya Gazeta"]
    actors = NamedTableModel(workspace, "actor")
    assert actors.rowCount() == 17 and "state body" in column_texts(actors, 1)
    places = NamedTableModel(workspace, "place")
    uid = places.uid_at(0)
    workspace.execute(UpdateRecordCommand(workspace, "place", uid, {"name": "Zzz last"}))
    assert places.uid_at(places.rowCount() - 1) == uid


def test_named_model_reads_rows_a_page_at_a_time(workspace: Workspace) -> None:
    actors = NamedTableModel(workspace, "actor", page_size=5)
    assert actors.rowCount() == 17 and actors.rows_fetched == 0  # ids only, until rows are shown
    assert actors.data(actors.index(0, 0)) is not None and actors.rows_fetched == 5
    assert actors.data(actors.index(12, 0)) is not None and actors.rows_fetched == 10
    last = workspace.named_rows("actor")[-1]
    assert actors.row_of_uid(last.uid) == 16 and actors.rows_fetched == 10


@pytest.mark.parametrize("table", ["source", "actor", "place"])
@pytest.mark.parametrize("column", [0, 1, 2])
@pytest.mark.parametrize("descending", [False, True])
def test_named_models_sort_every_column_in_sql_as_python_would(workspace: Workspace, table: str, column: int, descending: bool) -> None:
    model = NamedTableModel(workspace, table)
    model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    rows = workspace.named_rows(table)
    key = {0: lambda r: (r.label, r.id), 1: lambda r: (r.detail, r.label, r.id), 2: lambda r: (r.uses, r.label, r.id)}[column]
    expected = [r.uid for r in sorted(rows, key=key, reverse=descending)]
    assert [model.uid_at(row) for row in range(model.rowCount())] == expected


def uids(model: NamedTableModel) -> list[str]:
    return [model.uid_at(row) for row in range(model.rowCount())]  # type: ignore[misc]


def test_a_large_named_list_reads_its_ids_in_the_background_and_keeps_the_selection_on_resort(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    rows = workspace.named_rows("source")
    by_title = [r.uid for r in sorted(rows, key=lambda r: (r.label, r.id))]
    by_uses = [r.uid for r in sorted(rows, key=lambda r: (r.uses, r.label, r.id), reverse=True)]
    assert by_uses != by_title
    sources = NamedTableModel(workspace, "source", lazy=True)
    sources.sync_limit = 0  # as if the archive held 200,000 sources
    with qtbot.waitSignal(sources.modelReset, timeout=10_000):
        sources.ensure_loaded()
        assert sources.rowCount() == 0 and not sources.is_complete()  # nothing read on the GUI thread
    assert sources.is_complete() and uids(sources) == by_title
    chosen = QPersistentModelIndex(sources.index(0, 0))
    sources.sort(2, Qt.SortOrder.DescendingOrder)
    assert not sources.is_complete() and uids(sources) == by_title  # the old order stays until the new one is read
    qtbot.waitUntil(sources.is_complete)
    assert uids(sources) == by_uses
    assert sources.uid_at(chosen.row()) == by_title[0]  # the selection followed its source


@pytest.fixture
def held_named_ids(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Named id lists wait (on the reader thread) until the returned event is set."""
    release = threading.Event()
    real = workspace.named_ids

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(workspace, "named_ids", held)
    yield release
    release.set()


def reader_idle(workspace: Workspace) -> None:
    """Block (without running the Qt event loop) until the reader has run every earlier task,
    so their results wait, undelivered, in the event queue."""
    done = threading.Event()
    workspace.reader.submit(lambda _progress, _cancelled: done.set())
    assert done.wait(10)


def test_a_large_named_list_drops_the_ids_of_a_superseded_read(qtbot, workspace: Workspace, held_named_ids: threading.Event) -> None:  # type: ignore[no-untyped-def]
    rows = workspace.named_rows("actor")
    by_name_down = [r.uid for r in sorted(rows, key=lambda r: (r.label, r.id), reverse=True)]
    actors = NamedTableModel(workspace, "actor", lazy=True)
    actors.sync_limit = 0
    actors.ensure_loaded()  # by name, held on the reader
    held_named_ids.set()
    reader_idle(workspace)  # the by-name ids are read and on their way to the GUI thread
    held_named_ids.clear()
    actors.sort(0, Qt.SortOrder.DescendingOrder)  # a newer request (held) before they arrive
    qtbot.wait(50)  # the superseded ids are delivered now, and must be dropped
    assert not actors.is_complete() and actors.rowCount() == 0
    with qtbot.waitSignal(actors.modelReset, timeout=10_000):  # rows come: a reset, not a new order
        held_named_ids.set()
    assert actors.is_complete() and uids(actors) == by_name_down


@pytest.fixture
def big_workspace(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An archive of 100,000 events, written directly in one transaction (no search index)."""
    archive = Archive.create(tmp_path / "big.casefile", user="tester")
    now = "2024-01-01T00:00:00Z"
    with archive.transaction() as session:
        case_id = session.execute(insert(CaseFile).values(uid=str(uuid.uuid4()), title="Big", created_at=now, updated_at=now).returning(CaseFile.id)).scalar_one()
        rows = [
            (f"00000000-0000-4000-8000-{i:012d}", case_id, f"Event {i:06d}", f"{2000 + i % 20}-01-01", f"{2000 + i % 20}-01-01", f"{2000 + i % 20}-01-01", now, now)
            for i in range(100_000)
        ]
        session.connection().exec_driver_sql(
            "INSERT INTO event (uid, case_id, title, date_text, date_lo, date_hi, created_at, updated_at, description,"
            " day_order, location_precision, event_type, status, disputed, sensitivity, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 0, 'locality', '', 'unknown', 0, 'normal', '')",
            rows,
        )
    workspace = Workspace(archive)
    yield workspace
    archive.close()


def archive_order(workspace: Workspace, sort: str, descending: bool = False) -> list[int]:
    """Every event id in list order, sorted here in Python from the stored columns."""
    with workspace.archive.session() as session:
        rows = session.execute(select(Event.id, Event.date_lo, Event.day_order, Event.title)).all()
    key = {"date": lambda r: (r.date_lo is not None, r.date_lo or "", r.day_order, r.id), "title": lambda r: (r.title, r.id)}[sort]
    return [r.id for r in sorted(rows, key=key, reverse=descending)]


def test_a_hundred_thousand_events_open_fast_and_fetch_only_visible_pages(qtbot, big_workspace: Workspace) -> None:
    from desktop.gui.panes.record_table import RecordTableView

    model = EventTableModel(big_workspace, page_size=200)
    assert model.rowCount() == 200 and not model.is_complete()  # first page now, the rest in the background
    assert model.rows_fetched == 200
    view = RecordTableView(EventColumn.TITLE)
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    with qtbot.waitSignal(model.sig_reloaded, timeout=30_000):
        pass
    assert model.is_complete() and model.ids() == archive_order(big_workspace, "date")
    assert model.rows_fetched == 200  # the first screen was already in the cache
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rows_fetched == 400)
    assert view.rowAt(view.viewport().height() - 2) == 99_999
    view.verticalScrollBar().setValue(50_000)
    qtbot.waitUntil(lambda: model.rows_fetched >= 600)
    assert model.data(model.index(99_999, EventColumn.TITLE)) == "Event 099999"
    assert 600 <= model.rows_fetched < 1_000, model.rows_fetched
    with big_workspace.archive.session() as session:
        first_title = session.scalar(select(Event.title).order_by(Event.date_lo, Event.day_order, Event.id).limit(1))
    assert model.data(model.index(0, EventColumn.TITLE)) == first_title


def test_large_archive_sorts_in_the_background_and_keeps_the_selection(qtbot, big_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    from desktop.gui.panes.record_table import RecordTableView

    model = EventTableModel(big_workspace, page_size=200)
    view = RecordTableView(EventColumn.TITLE)
    qtbot.addWidget(view)
    view.setModel(model)
    with qtbot.waitSignal(model.sig_reloaded, timeout=30_000):
        pass
    assert model.is_complete() and model.ids() == archive_order(big_workspace, "date")
    chosen = model.id_at(5)
    view.selectionModel().select(model.index(5, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    model.sort(EventColumn.TITLE, Qt.SortOrder.DescendingOrder)
    assert not model.is_complete()  # the full order is still being read, but its first page is on top
    assert model.data(model.index(0, EventColumn.TITLE)) == "Event 099999"
    (selected,) = view.selectionModel().selectedRows()
    assert model.id_at(selected.row()) == chosen  # the selection keeps its event meanwhile
    with qtbot.waitSignal(model.sig_reloaded, timeout=30_000):
        pass
    assert model.is_complete() and model.ids() == archive_order(big_workspace, "title", descending=True)
    assert model.data(model.index(0, EventColumn.TITLE)) == "Event 099999"
    assert model.data(model.index(99_999, EventColumn.TITLE)) == "Event 000000"
    (selected,) = view.selectionModel().selectedRows()
    assert model.id_at(selected.row()) == chosen
