"""Search indexed after a large import commits (:mod:`db.search_backlog`): the import leaves a
marker, a process killed while indexing loses nothing, and the next run resumes and ends with
the same index a full rebuild gives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db import search, search_backlog
from db.archive import Archive
from db.interchange import csv_writer
from db.interchange.csv_events import import_events_csv
from db.models import Event, Source

ROOT = Path(__file__).resolve().parents[2]
ROWS = 3_000

KILLED_WHILE_INDEXING = r"""
import sys, time
from pathlib import Path
from db import search_backlog
from db.archive import Archive
archive = Archive.open(Path(sys.argv[1]), user="indexer")
def on_step(done, total):
    print(done, total, flush=True)
    time.sleep(0.2)  # the parent kills the process during one of these
search_backlog.run(archive, on_step=on_step, size=200)
print("finished", flush=True)
"""


def _csv(path: Path) -> Path:
    lines = ["title,date,place,country,tags,actors,source_title,source_url,quote"]
    for i in range(ROWS):
        lines.append(f"Meeting number{i} held,2017-05-{1 + i % 28:02d},Town{i % 50},NO,tag{i % 7},Group{i % 30} (organiser),Report {i % 40},https://example.org/{i % 40},said word{i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _index_rows(archive: Archive) -> list[tuple[str, list[tuple[object, ...]]]]:
    with archive.session() as session:
        return [(t, session.execute(text(f"SELECT rowid, title, body FROM {t} ORDER BY rowid")).all()) for t in ("event_fts", "source_fts")]


@pytest.fixture
def imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An archive whose import left its search to the backlog (as a file of 8 MB would)."""
    monkeypatch.setattr(csv_writer, "BACKGROUND_SEARCH_MIN_BYTES", 0)
    path = tmp_path / "big.casefile"
    with Archive.create(path, user="tester") as archive:
        report = import_events_csv(archive, _csv(tmp_path / "events.csv"))
    assert report.events_created == ROWS
    return path


def test_import_leaves_marker_and_unindexed_rows(imported: Path) -> None:
    with Archive.open(imported, user="tester") as archive, archive.session() as session:
        sources = session.scalar(select(func.count()).select_from(Source))
        assert search_backlog.progress(session) == (0, ROWS + sources)
        assert search_backlog.percent(session) == 0
        assert search.search_events(session, "number17") == []
        assert session.scalar(text("SELECT count(*) FROM event_fts")) == 0


def test_kill_during_background_indexing_loses_nothing_and_resumes(imported: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_WHILE_INDEXING, str(imported)], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    for _ in range(3):  # the start, then two steps committed
        done = [int(n) for n in child.stdout.readline().split()]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    assert done[0] == 400

    with Archive.open(imported, user="tester") as archive:
        with archive.session() as session:
            assert session.scalar(select(func.count()).select_from(Event)) == ROWS  # nothing lost
            indexed, total = search_backlog.progress(session) or (0, 0)
            assert 400 <= indexed < total  # at least the committed steps, not all
            assert session.scalar(text("SELECT count(*) FROM event_fts")) == indexed
            assert search.search_events(session, "number17") != []  # indexed rows are found
            assert search.search_events(session, f"number{ROWS - 1}") == []  # the rest not yet
        steps: list[tuple[int, int]] = []
        assert search_backlog.run(archive, on_step=lambda d, t: steps.append((d, t)))
        assert steps[0] == (indexed, total) and steps[1][0] > indexed and steps[-1] == (total, total)
        with archive.session() as session:
            assert search_backlog.progress(session) is None
            assert search.search_events(session, f"number{ROWS - 1}") != []
            assert search.search_events(session, "word2999") != []  # quotes reach the body
        resumed = _index_rows(archive)
        with archive.transaction() as session:
            search.rebuild(session)
        assert _index_rows(archive) == resumed  # the same index a full rebuild builds


def test_small_files_still_index_in_the_transaction(tmp_path: Path) -> None:
    with Archive.create(tmp_path / "small.casefile", user="tester") as archive:
        import_events_csv(archive, _csv(tmp_path / "events.csv"))
        with archive.session() as session:
            assert search_backlog.progress(session) is None
            assert search.search_events(session, "number17") != []


def test_a_record_edited_before_its_turn_is_indexed_once(imported: Path) -> None:
    with Archive.open(imported, user="tester") as archive:
        with archive.transaction() as session:
            session.execute(text("UPDATE event SET title = 'Renamed hearing' WHERE id = 5"))
            search.reindex_events(session, [5])  # what every edit path does
        assert search_backlog.run(archive)
        with archive.session() as session:
            assert search.search_events(session, "renamed") == [5]
            assert session.scalar(text("SELECT count(*) FROM event_fts WHERE rowid = 5")) == 1
            assert session.scalar(text("SELECT count(*) FROM event_fts")) == ROWS
