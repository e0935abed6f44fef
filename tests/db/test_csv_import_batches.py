"""CSV import in batches: batch boundaries, all-or-nothing across batches, progress, cancel,
index documents identical to the database's own, deferred indexes restored exactly."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from db import changelog, search, services
from db.archive import Archive
from db.engine import sqlite_search
from db.errors import ImportFailed
from db.interchange import csv_import, csv_writer
from db.interchange.csv_batches import TimeOrderedUids
from db.interchange.csv_events import ImportCancelled, import_events_csv
from db.models import ChangeLog, Event

BATCH = 40
HEADER = "title,date,place,country,type,description,tags,actors,source_title,source_url,source_publisher,quote\n"


@pytest.fixture(autouse=True)
def _small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_import, "BATCH_ROWS", BATCH)


def rows_csv(tmp_path: Path, count: int, bad_line: int | None = None) -> Path:
    """``count`` rows, each with a word of its own (``wordN``), shared places, tags, actors and sources."""
    lines = [HEADER]
    for i in range(count):
        date = "2017-13-45" if bad_line is not None and i + 2 == bad_line else f"2017-01-{1 + i % 28:02d}"
        lines.append(
            f"Event {i},{date},City {i % 3},RU,protest,Says word{i} here,tag {i % 4}; Tag {i % 4},"
            f"Actor {i % 5} (organiser); Actor {(i + 1) % 5},Source {i % 7},https://s.example/{i % 7},Outlet {i % 2},quote q{i}\n"
        )
    path = tmp_path / "batches.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def snapshot(archive: Archive) -> dict[str, Any]:
    """Every row of every table (FTS shadow tables and sqlite_master included)."""
    conn = sqlite3.connect(archive.path)
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts'")]
        found: dict[str, Any] = {name: conn.execute(f'SELECT * FROM "{name}"').fetchall() for name in tables}
        found["sqlite_master"] = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(), key=str)
        return found
    finally:
        conn.close()


def seeded(archive: Archive) -> None:
    """An existing place, actor with aliases, source with an outlet, and tag the rows reuse."""
    with services.edit(archive) as ed:
        services.create(ed, "place", {"name": "City 1", "country": "RU", "local_name": "Город", "city": "Gorod", "region": "Oblast"})
        services.create(ed, "actor", {"name": "Actor 2", "name_original": "Актёр", "aliases": ["A2", "Second"]})
        outlet = services.create(ed, "actor", {"name": "Outlet 1", "name_original": "Выход"})
        services.create(ed, "source", {"title": "Source 3", "url": "https://s.example/3", "title_translated": "Quelle", "outlet": outlet})
        services.create(ed, "tag", {"name": "TAG 2"})


def test_every_batch_is_written_and_indexed(archive: Archive, tmp_path: Path) -> None:
    count = BATCH * 2 + BATCH // 2
    report = import_events_csv(archive, rows_csv(tmp_path, count))

    assert report.events_created == count and report.skipped == []
    with archive.session() as session:
        for i in (0, BATCH - 1, BATCH, 2 * BATCH - 1, 2 * BATCH, count - 1):
            found = search.search_events(session, f"word{i}")
            assert [session.get_one(Event, f).title for f in found] == [f"Event {i}"]
        assert len(search.search_events(session, "Outlet", limit=1000)) == count
        assert len(search.search_sources(session, "q0")) == 1
        assert session.scalar(text("SELECT count(*) FROM tag")) == 4  # "tag 1" and "Tag 1" are one tag
        assert set(report.changes.inserted["event"]) == set(session.scalars(select(Event.uid)))
        assert "involvement" not in report.changes.inserted  # link rows are only counted


def test_uids_are_version_7_and_increase_in_the_order_made() -> None:
    maker = TimeOrderedUids()
    made = maker.take(3) + maker.take(5000)
    assert made == sorted(made) and len(set(made)) == len(made)
    assert {(uuid.UUID(u).version, uuid.UUID(u).variant, str(uuid.UUID(u))) == (7, uuid.RFC_4122, u) for u in made} == {True}


def test_index_documents_equal_the_databases_own(archive: Archive, tmp_path: Path) -> None:
    seeded(archive)
    import_events_csv(archive, rows_csv(tmp_path, BATCH + 5))
    with archive.session() as session:
        stored = session.execute(text("SELECT rowid, title, body FROM event_fts ORDER BY rowid")).all()
        built = session.execute(text(f"{sqlite_search.EVENT_DOC} ORDER BY e.id")).all()
        assert [tuple(r) for r in stored] == [tuple(r) for r in built]
        assert "Город Gorod Oblast" in stored[1][2] and "Актёр A2 Second" in stored[1][2] and "Quelle Outlet 1 Выход" in stored[3][2]
        sources = session.execute(text("SELECT rowid, title, body FROM source_fts ORDER BY rowid")).all()
        assert [tuple(r) for r in sources] == [tuple(r) for r in session.execute(text(f"{sqlite_search.SOURCE_DOC} ORDER BY s.id"))]
        assert session.execute(text("SELECT k FROM event_fts_config")).scalars().all() == ["version"]


def test_a_bad_row_in_the_second_batch_imports_nothing(archive: Archive, tmp_path: Path) -> None:
    seeded(archive)
    before = snapshot(archive)
    bad_line = BATCH + 10 + 1  # the header is line 1
    path = rows_csv(tmp_path, BATCH * 2 + BATCH // 2, bad_line=bad_line)

    with pytest.raises(ImportFailed) as failed:
        import_events_csv(archive, path)
    assert [line for line, _ in failed.value.problems] == [bad_line]
    assert snapshot(archive) == before

    report = import_events_csv(archive, path, skip_bad=True)
    assert report.events_created == BATCH * 2 + BATCH // 2 - 1
    assert [line for line, _ in report.skipped] == [bad_line]


def test_progress_is_monotonic_and_reaches_the_total(archive: Archive, tmp_path: Path) -> None:
    path = rows_csv(tmp_path, BATCH * 2 + BATCH // 2)
    seen: list[tuple[int, int]] = []
    import_events_csv(archive, path, progress=lambda done, total: seen.append((done, total)))
    total = path.stat().st_size * 9 // 8  # the file's bytes, and an eighth for indexes and commit
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen) and len(seen) >= 6
    assert {t for _, t in seen} == {total}


def test_cancel_in_the_second_batch_leaves_the_archive_as_it_was(archive: Archive, tmp_path: Path) -> None:
    seeded(archive)
    before = snapshot(archive)
    seen: list[tuple[int, int]] = []
    path = rows_csv(tmp_path, BATCH * 2 + BATCH // 2)
    with pytest.raises(ImportCancelled):
        import_events_csv(
            archive, path,
            progress=lambda done, total: seen.append((done, total)), is_cancelled=lambda: len(seen) >= 2,
        )
    assert len(seen) == 2 and 0 < seen[1][0] < path.stat().st_size  # one batch was written, then rolled back
    assert snapshot(archive) == before


def test_the_change_log_has_one_import_entry(archive: Archive, tmp_path: Path) -> None:
    path = rows_csv(tmp_path, BATCH + 1)
    import_events_csv(archive, path)
    with archive.session() as session:
        last = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
        assert last is not None and last.action == "import"
        detail = json.loads(last.changes)
        assert detail["created"] == {"actor": 7, "citation": BATCH + 1, "event": BATCH + 1, "involvement": 2 * (BATCH + 1),
                                     "place": 3, "source": 7, "tag": 4}
        assert detail["bytes"] == path.stat().st_size and changelog.verify(session).ok


@pytest.mark.parametrize("fail", [False, True])
def test_deferred_indexes_come_back_exactly(archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: bool) -> None:
    monkeypatch.setattr(csv_writer, "DEFER_INDEXES_MIN_BYTES", 0)
    dropped: list[str] = []
    original = csv_writer.Writer.defer_indexes

    def spy(self: Any, file_bytes: int) -> None:
        original(self, file_bytes)
        dropped.extend(name for name, _ in self.loader.deferred)

    monkeypatch.setattr(csv_writer.Writer, "defer_indexes", spy)
    before = snapshot(archive)
    path = rows_csv(tmp_path, BATCH * 2, bad_line=BATCH + 5 if fail else None)
    if fail:
        with pytest.raises(ImportFailed):
            import_events_csv(archive, path)
        assert snapshot(archive) == before
    else:
        import_events_csv(archive, path)
        assert snapshot(archive)["sqlite_master"] == before["sqlite_master"]
    assert "ix_event_title" in dropped and "ix_citation_source_id" in dropped


def test_a_line_that_is_not_utf8_after_the_first_batch_is_reported(archive: Archive, tmp_path: Path) -> None:
    path = rows_csv(tmp_path, BATCH * 2)
    data = path.read_bytes()
    offset = data.index(f"Event {BATCH + 3},".encode())
    path.write_bytes(data[:offset] + b"\xff" + data[offset:])
    before = snapshot(archive)
    with pytest.raises(ImportFailed, match=rf"byte 0xFF at offset {offset} \(line {BATCH + 5}\)"):
        import_events_csv(archive, path)
    assert snapshot(archive) == before


def test_lone_carriage_returns_end_lines(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"title,date\rOne,2017\rTwo,bad\r")
    with pytest.raises(ImportFailed) as failed:
        import_events_csv(archive, path)
    assert [line for line, _ in failed.value.problems] == [3]


def test_an_empty_file_is_refused_with_progress(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportFailed, match="no header row"):
        import_events_csv(archive, path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 0)]
