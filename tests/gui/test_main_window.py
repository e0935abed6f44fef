"""The main window: start page, opening (and refusing) archives, recent files, menus, linking."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.queries import EventFilter
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _answer_next_message_box(qtbot, seen: list[str], button: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> None:  # type: ignore[no-untyped-def]
    """Close the next modal message box, recording its text (runs inside its event loop)."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(f"{box.text()}\n{box.informativeText()}")
            box.button(button).click()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def test_start_page_offers_new_open_and_demo(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.start_page
    assert [b.text() for b in (window.start_page.new_button, window.start_page.open_button, window.start_page.demo_button)] == [
        "New archive…", "Open archive…", "Open demo archive"]
    assert not window.actions.new_event.isEnabled() and not window.actions.undo.isEnabled()


def test_open_demo_shows_the_three_panes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    bench = window.workbench
    assert bench is not None and window.stack.currentWidget() is bench
    assert window.windowTitle() == "demo.casefile — Casefile"
    assert bench.list_pane.count_text() == "20 of 20 events"
    assert window.status_label.text() == "20 of 20 events"
    assert window.actions.new_event.isEnabled()
    bench.list_pane.filter_bar.status_combo.setCurrentIndex(bench.list_pane.filter_bar.status_combo.findData("possible"))
    assert window.status_label.text() == bench.list_pane.count_text() == "1 of 20 events"  # follows the list
    bench.list_pane.tab_bar.setCurrentIndex(1)
    assert window.status_label.text() == "5 of 5 sources"


@pytest.mark.parametrize("kind", ["text", "sqlite", "newer", "locked"])
def test_refused_archives_show_a_clear_dialog_and_stay_untouched(qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{kind}.casefile"
    expected = {"text": "not a Casefile archive", "sqlite": "not a Casefile archive", "newer": "newer Casefile", "locked": "already open"}[kind]
    holder = None
    if kind == "text":
        path.write_text("meeting notes\n")
    elif kind == "sqlite":
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    elif kind == "newer":
        path.write_bytes(demo_path.read_bytes())
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    else:
        from db.archive import Archive

        path.write_bytes(demo_path.read_bytes())
        holder = Archive.open(path, exclusive=True)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    seen: list[str] = []
    _answer_next_message_box(qtbot, seen)
    assert window.open_archive(path) is False
    assert len(seen) == 1 and expected in seen[0]
    assert "The file was not changed." in seen[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert window.stack.currentWidget() is window.start_page  # still usable
    if holder is not None:
        holder.close()


def test_recent_archives_and_layout_are_remembered(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(first)
    first.show()
    assert first.open_archive(demo_path)
    first.workbench.top.setSizes([700, 300])
    sizes = first.workbench.top.sizes()
    first.close()

    second = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(second)
    second.show()
    recent = [second.start_page.recent_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(second.start_page.recent_list.count())]
    assert recent == [str(demo_path.resolve())]
    second.actions.recent_menu.aboutToShow.emit()
    assert [a.text() for a in second.actions.recent_menu.actions()] == [f"demo.casefile — {demo_path.parent}"]
    second.actions.recent_menu.actions()[0].trigger()
    assert second.workbench is not None
    qtbot.waitUntil(lambda: sum(second.workbench.top.sizes()) > 0)
    restored = second.workbench.top.sizes()
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02  # same split, whatever the width
    second.close()


def test_new_event_from_the_menu_is_selected_and_undoable(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_archive(demo_path)
    bench, workspace = window.workbench, window.workspace
    window.actions.new_event.trigger()
    assert workspace.count_events() == 21
    assert bench.list_pane.count_text() == "21 of 21 events"
    (uid,) = bench.list_pane.selected_uids()
    assert workspace.record("event", uid)["title"] == "New event"
    assert bench.detail_pane.current == ("event", uid)
    assert window.actions.undo.text() == "&Undo New event"
    window.actions.undo.trigger()
    assert workspace.count_events() == 20 and bench.list_pane.count_text() == "20 of 20 events"
    window.actions.redo.trigger()
    assert workspace.count_events() == 21


def test_timeline_and_list_selection_follow_each_other(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_archive(demo_path)
    bench, workspace = window.workbench, window.workspace
    rows = workspace.event_rows(workspace.event_ids(EventFilter()))
    dutch = next(r for r in rows if r.title.startswith("Dutch petition"))
    view = bench.timeline_pane.view
    view.resize(900, 300)
    bench.timeline_pane.select_event(dutch.uid)
    rect = view.event_rect(dutch.id)
    assert rect is not None
    bench.list_pane.select_record("event", workspace.event_rows(workspace.event_ids(EventFilter()))[0].uid)
    with qtbot.waitSignal(bench.list_pane.sig_selection_changed) as changed:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert changed.args == ["event", [dutch.uid]]
    assert bench.detail_pane.current == ("event", dutch.uid)

    other = next(r for r in rows if "mock cage" in r.title)
    bench.list_pane.select_record("event", other.uid)
    assert view.selected_event() == other.id


def test_list_search_filters_the_timeline_and_a_timeline_drag_sets_the_date_filter(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_archive(demo_path)
    bench = window.workbench
    pane = bench.list_pane
    pane.search_edit.setText("petition")
    pane.search_edit.returnPressed.emit()
    searched = window.workspace.timeline(pane.current_filter(), "type", lambda batches: sum(len(batch[0]) for batch in batches))
    assert 0 < searched < 20 and bench.timeline_pane.summary.text() == f"{searched:,} dated events"
    pane.search_edit.clear()
    pane.search_edit.returnPressed.emit()
    assert bench.timeline_pane.summary.text() == "20 dated events"
    bench.list_pane.set_date_range("2017-05-01", "2017-06-30")
    flt = bench.list_pane.current_filter()
    assert (flt.date_from, flt.date_to) == ("2017-05-01", "2017-06-30")
    expected = window.workspace.timeline(flt, "type", lambda batches: sum(len(batch[0]) for batch in batches))
    assert expected > 0 and bench.timeline_pane.summary.text() == f"{expected:,} dated events"
    view = bench.timeline_pane.view
    with qtbot.waitSignal(bench.list_pane.sig_filter_changed) as changed:
        view.sig_range_selected.emit("2017-04-01", "2017-04-30")
    assert (changed.args[0].date_from, changed.args[0].date_to) == ("2017-04-01", "2017-04-30")


def test_close_archive_returns_to_the_start_page(window: MainWindow, demo_path: Path) -> None:
    window.open_archive(demo_path)
    window.actions.close.trigger()
    assert window.workspace is None and window.stack.currentWidget() is window.start_page
    assert window.start_page.recent_list.count() == 1


def test_keyboard_shortcuts_create_undo_and_find(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_archive(demo_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.count_events() == 21
    qtbot.keyClick(window.workbench.list_pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.count_events() == 20
    qtbot.keyClick(window.workbench.list_pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget().objectName() == "list_search"


def test_timeline_of_a_large_archive_loads_in_the_background(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_archive(demo_path)
    pane = window.workbench.timeline_pane
    pane.background_limit = 5  # treat the demo (20 events) as large
    pane.lane_box.setCurrentIndex(pane.lane_box.findData("status"))
    assert pane.summary.text() == "Loading the timeline…"
    qtbot.waitUntil(lambda: pane.summary.text() == "20 dated events", timeout=10_000)
    assert set(pane.view.timeline_data.lane_labels) == {"confirmed", "likely", "possible"}  # lanes by status


def test_a_large_archive_is_checked_after_opening_and_damage_is_shown(qtbot, window: MainWindow, demo_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Above the size limit the open skips SQLite's check; the window runs it in the worker lane
    once the first reads had the disk to themselves (after MAINTENANCE_DELAY_MS)."""
    import db.engine.sqlite
    import desktop.gui.main_window

    monkeypatch.setattr(db.engine.sqlite, "QUICK_CHECK_ON_OPEN_MAX", 0)  # every archive counts as large
    monkeypatch.setattr(desktop.gui.main_window, "MAINTENANCE_DELAY_MS", 500)
    with sqlite3.connect(demo_path) as conn:
        page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'ix_actor_name'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with demo_path.open("r+b") as handle:  # break one index page; the events stay readable
        handle.seek((page - 1) * page_size)
        handle.write(b"\x99")
    seen: list[str] = []
    _answer_next_message_box(qtbot, seen)
    assert window.open_archive(demo_path)
    assert window.workbench.list_pane.count_text() == "20 of 20 events"  # opened at once
    qtbot.wait(200)
    assert not seen and not window.runner._live  # the check has not started yet
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "SQLite reports damage in demo.casefile" in seen[0] and "Page " in seen[0]


def test_export_report_action_opens_the_dialog_on_the_open_archive(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.dialogs.report_dialog import ReportDialog
    from desktop.gui.dialogs.report_output import documents_folder

    assert not window.actions.export_report.isEnabled()  # nothing open yet
    window.open_archive(demo_path)
    window.actions.export_report.trigger()
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible() and dialog.parent() is window
    assert dialog.workspace is window.workspace and dialog.runner is window.runner and dialog.settings is window.settings
    proposed = Path(dialog.output.text())  # Documents and the case's name, not the (hidden) data folder
    assert proposed.parent == documents_folder() and proposed.name.startswith(dialog.case.currentText())
    assert [dialog.case.itemText(i) for i in range(dialog.case.count())] == [title for _, title in window.workspace.cases()]
    dialog.reject()
