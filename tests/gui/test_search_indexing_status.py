"""The list says "search is still indexing (N %)" while a large import's search index is built
after its commit, and stops saying it once search is complete (:mod:`db.search_backlog`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import text

from db import search, search_backlog
from db.archive import Archive
from db.interchange import csv_writer
from db.interchange.csv_events import import_events_csv
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner

SHOT = Path("/work/notes/shots/s8/csvbg-search-indexing.png")


def _imported_with_search_pending(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, events: int) -> Path:
    """An archive whose CSV import left its search index for the background."""
    monkeypatch.setattr(csv_writer, "BACKGROUND_SEARCH_MIN_BYTES", 0)
    csv = tmp_path / "events.csv"
    csv.write_text("title,date\n" + "".join(f"Hearing number{i},2017-05-{1 + i % 28:02d}\n" for i in range(events)), encoding="utf-8")
    path = tmp_path / "big.casefile"
    with Archive.create(path, user="tester") as archive:
        import_events_csv(archive, csv)
        with archive.session() as session:
            assert search_backlog.percent(session) == 0
    return path


def test_list_says_search_is_indexing_then_not(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(search_backlog, "STEP", 300)
    path = _imported_with_search_pending(tmp_path, monkeypatch, 3000)

    window = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def on_count(words: str) -> None:
        seen.append(words)
        if "indexing (" in words and not SHOT.exists():  # after the status bar took the text too
            QTimer.singleShot(0, lambda: SHOT.exists() or window.grab().save(str(SHOT)))

    SHOT.unlink(missing_ok=True)
    assert window.open_archive(path)
    pane = window.workbench.list_pane
    pane.sig_count_changed.connect(on_count)
    qtbot.waitUntil(lambda: any("indexing (" in w for w in seen), timeout=10_000)
    qtbot.waitUntil(lambda: not window.workspace._indexing, timeout=20_000)
    qtbot.waitUntil(lambda: "indexing" not in pane.count_text(), timeout=5_000)
    percents = [int(w.split("indexing (")[1].split(" %")[0]) for w in seen if "indexing (" in w]
    assert percents == sorted(percents) and percents[0] < 100 and max(percents) <= 99
    assert "search is still indexing" in seen[[i for i, w in enumerate(seen) if "indexing (" in w][0]]
    with window.workspace.archive.session() as session:
        assert search_backlog.progress(session) is None
        assert session.scalar(text("SELECT count(*) FROM event_fts")) == 3000
        assert search.search_events(session, "number2999") != []
    window.close()


def test_closing_stops_the_background_indexing_before_the_archive_closes(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Closing the archive while search is still indexing stops the indexer at its next step,
    and waits for it: nothing runs against a closed archive, and the marker keeps what is left
    for the next open."""
    import threading
    import time

    path = _imported_with_search_pending(tmp_path, monkeypatch, 500)
    started, finished = threading.Event(), threading.Event()
    real_run = search_backlog.run

    def busy_until_asked_to_stop(archive, cancelled, on_step=None, size=None):  # type: ignore[no-untyped-def]
        started.set()
        for _ in range(1000):  # a long step in progress, 10 s at most
            if cancelled():
                break
            time.sleep(0.01)
        try:
            return real_run(archive, cancelled, on_step=on_step, size=size)
        finally:
            finished.set()

    monkeypatch.setattr(search_backlog, "run", busy_until_asked_to_stop)
    window = MainWindow(open_settings(), TaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert window.open_archive(path)
    assert started.wait(10)
    window.close_archive()
    assert finished.is_set()  # the close asked the indexer to stop and waited for it
    with Archive.open(path, user="tester") as archive, archive.session() as session:
        assert search_backlog.percent(session) == 0  # stopped before its first step: all still to do
    window.close()
