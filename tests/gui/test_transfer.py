"""Import and export from the GUI: a worker job with progress, bad rows reported, views refreshed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.gui.dialogs import transfer
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(win)
    win.show()
    assert win.open_archive(demo_path)
    yield win
    win.close()


def test_csv_import_runs_in_the_worker_and_the_list_follows(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "vigils.csv"
    csv.write_text("title,date,place,country,status,tags\nVigil in Oslo,2017-05-17,Oslo,NO,confirmed,vigil\nVigil in Bergen,2017-05,Bergen,NO,likely,vigil\n", encoding="utf-8")
    job = transfer.run_import(window.workspace, window.runner, csv, window)
    with qtbot.waitSignal(job.sig_done, timeout=30_000) as done:
        pass
    assert done.args == [True, "vigils.csv: imported 2 events"]
    assert window.workspace.count_events() == 22
    assert window.workbench.list_pane.count_text() == "22 of 22 events"
    assert window.workbench.timeline_pane.summary.text() == "22 dated events"


def test_bad_rows_are_reported_with_line_numbers_and_nothing_is_imported(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "bad.csv"
    csv.write_text("title,date,status\nGood,2017-05,confirmed\nBad date,2017-02-30,confirmed\n,2017,likely\n", encoding="utf-8")
    job = transfer.run_import(window.workspace, window.runner, csv, window)
    with qtbot.waitSignal(job.sig_done, timeout=30_000) as done:
        pass
    ok, message = done.args
    assert ok is False and "nothing was imported" in message
    assert "line 3:" in message and "line 4:" in message
    assert window.workspace.count_events() == 20


def test_json_export_in_the_worker(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "all.json"
    job = transfer.run_export(window.workspace, window.runner, "json", out, window)
    with qtbot.waitSignal(job.sig_done, timeout=30_000) as done:
        pass
    assert done.args[0] is True and done.args[1].startswith("Wrote ")
    assert len(json.loads(out.read_text(encoding="utf-8"))["tables"]["event"]) == 20


def _notified(window: MainWindow) -> list:  # type: ignore[type-arg]
    seen: list = []  # type: ignore[type-arg]
    window.workspace.sig_changed.connect(seen.append)
    return seen


def test_a_csv_import_notifies_the_change_set_it_returned(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from db.models import Event, Place, Tag

    csv = tmp_path / "vigils.csv"
    csv.write_text("title,date,place,country,tags,actors\nVigil in Oslo,2017-05-17,Oslo,NO,vigil,Skeiv Ungdom (organiser)\n", encoding="utf-8")
    seen = _notified(window)
    job = transfer.run_import(window.workspace, window.runner, csv, window)
    with qtbot.waitSignal(job.sig_done, timeout=30_000):
        pass
    with window.workspace.archive.session() as session:
        event = session.scalar(select(Event.uid).where(Event.title == "Vigil in Oslo"))
        place = session.scalar(select(Place.uid).where(Place.name == "Oslo"))
        tag = session.scalar(select(Tag.uid).where(Tag.name == "vigil"))
    (changes,) = seen
    assert changes is job.result.changes  # what the import returned, not a set made up for the views
    assert changes.inserted["event"] == {event} and changes.inserted["place"] == {place} and changes.inserted["tag"] == {tag}
    assert changes.counted == {"involvement": 1}
    assert not changes.updated and not changes.deleted and "vocabulary" not in changes.tables()
    combo = window.workbench.list_pane.filter_bar.tag_combo
    assert "vigil" in [combo.itemText(i) for i in range(combo.count())]  # the tag filter offers the new tag


def test_a_json_import_notifies_the_change_set_it_returned(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from db import services
    from db.archive import Archive
    from db.interchange.json_archive import export_json

    with Archive.create(tmp_path / "other.casefile", user="other") as other:
        with services.edit(other) as ed:
            case = services.create(ed, "case_file", {"title": "Bergen"})
            event = services.create(ed, "event", {"case": case, "title": "Vigil in Bergen", "tags": ["rain"]})
        export_json(other, tmp_path / "other.json")
    seen = _notified(window)
    job = transfer.run_import(window.workspace, window.runner, tmp_path / "other.json", window)
    with qtbot.waitSignal(job.sig_done, timeout=30_000) as done:
        pass
    assert done.args[0] is True
    (changes,) = seen
    assert changes is job.result.changes
    assert changes.inserted["case_file"] == {case} and changes.inserted["event"] == {event}
    assert set(changes.inserted) == {"case_file", "event", "tag"}  # the demo's terms were there already
    assert window.workbench.list_pane.count_text() == "21 of 21 events"
