"""Data-layer benchmarks of a large archive: our code against plain SQLite doing the same work.

    python -m tests.bench.run BIG.casefile [--repeat 5] [--json out.json] [--import-csv] [--cold]
    python -m tests.bench.run --sizes 10000,100000,1000000 [--dir /tmp/bench] [...]

For every figure, "ours" is the call the app makes (``db.queries``, ``db.search``,
``db.details``, ``db.services``, ``Archive.open``, ``casefile check``) in a fresh session, as
``desktop.gui.workspace`` does; "raw" is the same SQL — the statements our call sent, captured and
replayed through plain ``sqlite3`` (or, where marked, hand-written equivalent SQL). The ratio
shows what our layer adds; EXPLAIN QUERY PLAN shows what SQLite does. Times are the median of
``--repeat`` runs after one warm-up run (OS cache warm) — runs slower than 2 s are repeated at
most 3 times; ``--cold`` adds cold-cache runs of open and check (the archive's pages are
evicted from the OS cache with ``posix_fadvise``).

Targets come from the benchmark issue; those marked ``*`` are assumed here (100 ms for an answer
to a click, 16 ms for one frame of scrolling, 50 ms for a first page) — see README.md.
The archive must come from ``tests.bench.generate`` (it reads the ``bench_*`` meta keys). The
benchmark writes to it: each run of the edit figure changes one event's title (logged).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import math
import os
import resource
import sqlite3
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from db import changelog, details, lists, queries, search, services, timeline
from db.archive import Archive
from db.engine import sqlite_search
from db.models import utc_now
from db.queries import EventFilter
from desktop.gui.panes.timeline.data import TimelineData

SLOW_MS = 2000.0
"""A figure whose warm-up run takes longer is repeated at most 3 times."""
PAGE = 100
WINDOW_ROWS = 100
"""Rows the list model fetches per page when scrolling (``EventTableModel.page_size``)."""


@dataclass
class Figure:
    key: str
    label: str
    ours_ms: float | None
    raw_ms: float | None
    target_ms: float | None = None
    target: str = ""
    max_ratio: float | None = None
    note: str = ""
    runs: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.ours_ms is None or not self.raw_ms:
            return None
        return self.ours_ms / self.raw_ms

    @property
    def met(self) -> bool | None:
        value = self.ours_ms if self.ours_ms is not None else self.raw_ms
        if self.target_ms is None or value is None:
            return None
        ok = value <= self.target_ms
        if self.max_ratio is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.max_ratio
        return ok

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio, "met": self.met}


# --- measuring ---------------------------------------------------------------------------


def median_ms(fn: Callable[[], Any], repeat: int, setup: Callable[[], Any] | None = None) -> tuple[float, int, Any]:
    """Median wall time of ``fn`` over ``repeat`` runs after one warm-up; (ms, runs, result)."""
    if setup:
        setup()
    started = time.perf_counter()
    result = fn()
    first = (time.perf_counter() - started) * 1000
    runs = min(repeat, 3) if first > SLOW_MS else repeat
    times = []
    for _ in range(runs):
        if setup:
            setup()
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), runs, result


class Recorder:
    """Captures the SQL statements an engine sends, to replay them through plain sqlite3.

    Statements run through SQLAlchemy are taken with their parameters; statements our code
    runs on the driver cursor directly (``db.engine.driver_batches``, ``queries.event_rows``)
    never reach SQLAlchemy's events, so while capturing, each checked-out connection also has
    a SQLite trace callback, which sees every statement with its parameters written in; the
    ones SQLAlchemy announced just before are skipped there (no double counting).
    """

    def __init__(self, archive: Archive) -> None:
        self.statements: list[tuple[str, Any, bool]] = []
        self.active = False
        self._announced = 0
        sa_event.listen(archive.engine, "before_cursor_execute", self._hook)
        sa_event.listen(archive.engine, "checkout", self._on_checkout)
        sa_event.listen(archive.engine, "checkin", self._on_checkin)

    def _hook(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, executemany: bool) -> None:
        if self.active:
            self.statements.append((statement, parameters, executemany))
            self._announced += len(parameters) if executemany else 1

    def _traced(self, sql: str) -> None:
        if not self.active:
            return
        if self._announced > 0:
            self._announced -= 1
        else:
            self.statements.append((sql, (), False))

    def _on_checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if self.active:
            dbapi_connection.set_trace_callback(self._traced)

    def _on_checkin(self, dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.set_trace_callback(None)

    def capture(self, fn: Callable[[], Any]) -> list[tuple[str, Any, bool]]:
        self.statements, self.active, self._announced = [], True, 0
        try:
            fn()
        finally:
            self.active = False
        return [s for s in self.statements if not s[0].lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK"))]


def replay(raw: sqlite3.Connection, statements: list[tuple[str, Any, bool]]) -> int:
    """Run captured read statements in one read transaction, fetching every row."""
    rows = 0
    raw.execute("BEGIN")
    try:
        for sql, params, many in statements:
            cursor = raw.executemany(sql, params) if many else raw.execute(sql, params)
            rows += len(cursor.fetchall())
    finally:
        raw.execute("COMMIT")
    return rows


def evict(path: Path) -> None:
    """Drop the archive's pages from the OS page cache (cold-cache runs; Linux)."""
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        if not os.path.exists(name):
            continue
        fd = os.open(name, os.O_RDONLY)
        try:
            os.fdatasync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def raw_connect(path: Path) -> sqlite3.Connection:
    raw = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    raw.execute("PRAGMA busy_timeout = 5000")
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("PRAGMA synchronous = FULL")
    return raw


def plan(raw: sqlite3.Connection, statements: list[tuple[str, Any, bool]]) -> list[str]:
    """EXPLAIN QUERY PLAN of each captured statement (one line per plan step)."""
    lines = []
    for sql, params, many in statements:
        if many or not sql.lstrip().upper().startswith("SELECT"):
            continue
        steps = raw.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        lines.append(" | ".join(step[3] for step in steps))
    return lines


# --- the benchmark -----------------------------------------------------------------------


class Bench:
    """All figures of one archive; ``run()`` returns them in table order."""

    GROUPS = ("open", "lists", "search", "filter", "timeline", "detail", "edit", "check", "import")

    def __init__(self, path: Path, repeat: int, cold: bool = False, import_csv: bool = False, work_dir: Path | None = None, log: Callable[[str], None] = print, only: set[str] | None = None) -> None:
        self.path = path.resolve()
        self.repeat = repeat
        self.cold = cold
        self.import_csv = import_csv
        self.only = only or set(self.GROUPS)
        self.work_dir = work_dir or self.path.parent
        self.log = log
        self.figures: list[Figure] = []
        self.plans: dict[str, list[str]] = {}

    # infrastructure ----------------------------------------------------------------------

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        ratio = f" ×{figure.ratio:.2f}" if figure.ratio is not None else ""
        ours = f"{figure.ours_ms:,.2f}" if figure.ours_ms is not None else "—"
        raw = f"{figure.raw_ms:,.2f}" if figure.raw_ms is not None else "—"
        self.log(f"  {figure.label}: ours {ours} ms, raw {raw} ms{ratio} {figure.note}")
        return figure

    def session_call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[[], Any]:
        """A zero-argument call of ``fn(session, ...)`` in a fresh read session, as the app does."""

        def call() -> Any:
            with self.archive.session() as session:
                return fn(session, *args, **kwargs)

        return call

    def compare(self, key: str, label: str, ours: Callable[[], Any], target_ms: float | None = None, target: str = "", max_ratio: float | None = None, raw: Callable[[], Any] | None = None, note: str = "", size: Callable[[Any], int] | None = len) -> Figure:
        """Time ``ours``; time the replay of its SQL (or ``raw`` when given)."""
        statements = self.recorder.capture(ours)
        self.plans[key] = plan(self.raw, statements)
        ours_ms, runs, result = median_ms(ours, self.repeat)
        raw_call = raw or (lambda: replay(self.raw, statements))
        raw_ms, _, _ = median_ms(raw_call, self.repeat)
        extra: dict[str, Any] = {"statements": len(statements)}
        if size is not None and result is not None:
            with contextlib.suppress(TypeError):
                extra["rows"] = size(result)
        if "rows" in extra and "{rows" in label:
            label = label.format(rows=extra["rows"])
        return self.add(Figure(key, label, ours_ms, raw_ms, target_ms, target or _target_text(target_ms), max_ratio, note, runs, extra))

    # run ---------------------------------------------------------------------------------

    def run(self) -> list[Figure]:
        self.size = self.path.stat().st_size
        self.log(f"benchmarking {self.path} ({self.size / 1e9:.2f} GB)")
        if "open" in self.only:
            self.figure_open()
        self.archive = Archive.open(self.path)
        self.recorder = Recorder(self.archive)
        self.raw = raw_connect(self.path)
        try:
            meta = self.archive.meta()
            self.terms = {k: meta[f"bench_{k}_term"] for k in ("common", "typical", "rare")}
            self.hits = {k: int(meta.get(f"bench_{k}_hits", 0)) for k in ("common", "typical", "rare")}
            self.filter_tag = meta["bench_filter_tag"]
            self.detail_uid = meta["bench_detail_event"]
            self.events = self.raw.execute("SELECT count(*) FROM event").fetchone()[0]
            for group, figures in (("lists", self.figures_lists), ("search", self.figures_search), ("filter", self.figures_filter),
                                   ("timeline", self.figures_timeline), ("detail", self.figures_detail), ("edit", self.figure_edit)):
                if group in self.only:
                    figures()
        finally:
            self.raw.close()
            self.archive.close()
        if "check" in self.only:
            self.figure_check()
        if self.import_csv and "import" in self.only:
            self.figure_import()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.add(Figure("rss.peak", "peak RSS of this process (MB, not ms)", round(peak, 1), None, note="resource.getrusage"))
        return self.figures

    # figures -----------------------------------------------------------------------------

    def figure_open(self) -> None:
        def ours() -> None:
            archive = Archive.open(self.path, exclusive=True)
            archive.meta()
            self._opened = archive

        def close() -> None:
            opened = getattr(self, "_opened", None)
            if opened is not None:
                opened.close()
                self._opened = None

        def raw_open(quick_check: bool = True) -> None:
            with self.path.open("rb") as handle:
                handle.read(16)
            probe = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
            probe.execute("PRAGMA application_id").fetchone()
            probe.execute("PRAGMA user_version").fetchone()
            if quick_check:
                probe.execute("PRAGMA quick_check").fetchall()
            probe.close()
            conn = raw_connect(self.path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("SELECT key, value FROM meta").fetchall()
            conn.close()

        def timed_ours(setup: Callable[[], None]) -> tuple[float, int]:
            times = []
            runs = self.repeat if not self.cold else min(self.repeat, 3)
            for _ in range(runs + 1):
                setup()
                started = time.perf_counter()
                ours()
                times.append((time.perf_counter() - started) * 1000)
                close()
            return statistics.median(times[1:]), runs

        warm, runs = timed_ours(lambda: None)
        raw_ms, _, _ = median_ms(raw_open, self.repeat)
        target = 1000.0
        self.add(Figure("open.warm", "open archive (Archive.open incl. quick_check + first read)", warm, raw_ms, target, "1 s*", runs=runs))
        quick, _, _ = median_ms(lambda: self._quick_check(), self.repeat)
        self.add(Figure("open.quick_check", "  of which PRAGMA quick_check (raw, warm)", None, quick, note=f"{quick / (self.size / 1e9):,.0f} ms/GB"))
        no_check, _, _ = median_ms(lambda: raw_open(quick_check=False), self.repeat)
        self.add(Figure("open.no_check", "  open without quick_check (raw)", None, no_check, target, "1 s*"))
        if self.cold:
            cold, runs = timed_ours(lambda: evict(self.path))
            raw_cold, _, _ = median_ms(raw_open, min(self.repeat, 3), setup=lambda: evict(self.path))
            self.add(Figure("open.cold", "open archive, cold OS cache", cold, raw_cold, target, "1 s*", runs=runs))

    def _quick_check(self) -> list[Any]:
        conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()

    def figures_lists(self) -> None:
        n = self.events
        self.compare("count.all", "count all events", self.session_call(queries.count_events), 50.0, size=None)
        for sort in queries.SORTS:
            self.compare(f"page.first.{sort}", f"first page (100) sorted by {sort}", self.session_call(queries.events_page, sort=sort, limit=PAGE), 50.0)
        self.compare("page.first.date_desc", "first page (100) sorted by date, descending", self.session_call(queries.events_page, sort="date", descending=True, limit=PAGE), 50.0)
        for sort in queries.SORTS:
            self.compare(f"ids.{sort}", f"sort change: all ids by {sort} (event_ids, list model)", self.session_call(queries.event_ids, sort=sort), 100.0)
        with self.archive.session() as session:
            ids = queries.event_ids(session)
        window = ids[len(ids) // 2 : len(ids) // 2 + WINDOW_ROWS]
        self.compare("rows.window", f"scroll: event_rows for {WINDOW_ROWS} ids", self.session_call(queries.event_rows, window), 16.0)
        offset = int(n * 0.9)
        self.compare("page.deep.offset", f"deep page: events_page offset {offset:,} (the app never pages by offset: it reads ids, then rows by id)", self.session_call(queries.events_page, limit=PAGE, offset=offset), 50.0)
        key = self.raw.execute("SELECT date_lo, day_order, id FROM event ORDER BY date_lo, day_order, id LIMIT 1 OFFSET ?", (max(0, offset - 1),)).fetchone()
        keyset_sql = (
            "SELECT e.id, e.uid, e.date_text, e.date_lo, e.date_hi, e.title, coalesce(p.name, ''), e.event_type, e.status, "
            "e.disputed, (SELECT count(DISTINCT c.source_id) FROM citation c WHERE c.event_id = e.id) "
            "FROM event e LEFT JOIN place p ON p.id = e.place_id WHERE (e.date_lo, e.day_order, e.id) > (?, ?, ?) "
            "ORDER BY e.date_lo, e.day_order, e.id LIMIT 100"
        )
        if key:
            keyset_ms, runs, _ = median_ms(lambda: self.raw.execute(keyset_sql, key).fetchall(), self.repeat)
            self.plans["page.deep.keyset"] = plan(self.raw, [(keyset_sql, key, False)])
            self.add(Figure("page.deep.keyset", "  same page by keyset (raw, hand-written)", None, keyset_ms, 50.0, "50 ms*", runs=runs))
        self.compare("corroboration.window", f"corroboration of {WINDOW_ROWS} events", self.session_call(queries.corroboration, window), 20.0, target="20 ms*")
        for name, named in (("sources", lists.sources.LIST), ("actors", lists.actors.LIST), ("places", lists.places.LIST)):
            self.compare(f"list.{name}", f"{name} list, first page (200)", self.session_call(named.page), 50.0)

    def figures_search(self) -> None:
        for kind in ("typical", "common", "rare"):
            term, hits = self.terms[kind], self.hits[kind]
            target, max_ratio, text = {"typical": (30.0, 2.0, "30 ms, ≤2× raw"), "common": (150.0, None, "150 ms"), "rare": (30.0, None, "30 ms*")}[kind]
            self.compare(f"search.{kind}.ranked", f"search {kind} '{term}' ({hits:,} hits) ranked top 50", self.session_call(search.search_events, term, 50), target, text, max_ratio)
        for kind in ("typical", "common"):
            flt = EventFilter(text=self.terms[kind])
            self.compare(f"search.{kind}.count", f"list search {kind}: count_events (exact; the list shows it when its ids are read)", self.session_call(queries.count_events, flt), 100.0, size=None)
            self.compare(f"search.{kind}.count_capped", f"list search {kind}: count up to {queries.COUNT_CAP:,} (count label, reader thread)", self.session_call(queries.count_events, flt, queries.COUNT_CAP), 150.0, "150 ms*", size=None)
            self.compare(f"search.{kind}.ids", f"list search {kind}: event_ids by date ({{rows:,}} ids)", self.session_call(queries.event_ids, flt), 100.0)
            self.compare(f"search.{kind}.page", f"list search {kind}: events_page first 100", self.session_call(queries.events_page, flt, limit=PAGE), 50.0)

    def figures_filter(self) -> None:
        flt = EventFilter(date_from="2010-01-01", date_to="2014-12-31", tags=(self.filter_tag,), statuses=("confirmed",))
        what = f"2010–2014 + tag '{self.filter_tag}' + confirmed"
        self.compare("filter.page", f"filter {what}: first page", self.session_call(queries.events_page, flt, limit=PAGE), 50.0, "50 ms")
        self.compare("filter.count", "  … count_events", self.session_call(queries.count_events, flt), 50.0, "50 ms", size=None)
        self.compare("filter.count_capped", f"  … count up to {queries.COUNT_CAP:,} (count label, reader thread)", self.session_call(queries.count_events, flt, queries.COUNT_CAP), 50.0, "50 ms", size=None)
        self.compare("filter.ids", "  … event_ids ({rows:,} ids, list model)", self.session_call(queries.event_ids, flt), 100.0)

    def figures_timeline(self) -> None:
        self.compare("timeline.extent", "timeline: date_extent", self.session_call(timeline.date_extent), 8.0, "8 ms*", size=None)
        for lane in ("type", "place", "tag"):

            def ours(session: Session, lane: str = lane) -> TimelineData:
                return TimelineData.from_day_columns(timeline.timeline_columns(session, lane=lane), lane_mode=lane)

            figure = self.compare(
                f"timeline.rows.{lane}", f"timeline rows → arrays, lane {lane} ({{rows:,}} rows)", self.session_call(ours),
                1000.0, "1 s* (worker)", raw=lambda lane=lane: _raw_timeline(self.raw, lane),
            )
            retained, peak = _memory(self.session_call(ours))
            figure.extra.update(retained_mb=retained, peak_mb=peak)
            figure.note = f"memory: {retained:,.0f} MB kept, {peak:,.0f} MB peak"
            self.log(f"    {figure.note}")

    def figures_detail(self) -> None:
        typical_uid = self.raw.execute("SELECT uid FROM event WHERE id = ?", (max(1, self.events // 3),)).fetchone()[0]
        cited = self.raw.execute("SELECT count(*) FROM citation WHERE event_id = (SELECT id FROM event WHERE uid = ?)", (self.detail_uid,)).fetchone()[0]
        self.compare("detail.50", f"event_detail, event with {cited} citations", self.session_call(details.event_detail, self.detail_uid), 20.0, "20 ms", size=None)
        self.compare("detail.typical", "event_detail, typical event", self.session_call(details.event_detail, typical_uid), 20.0, "20 ms", size=None)

    def figure_edit(self) -> None:
        event_id = max(1, self.events // 3 + 1)
        uid, original = self.raw.execute("SELECT uid, title FROM event WHERE id = ?", (event_id,)).fetchone()
        counter = iter(range(1_000_000))

        def ours() -> None:
            with services.edit(self.archive) as ed:
                services.update(ed, "event", uid, {"title": f"{original} (bench edit {next(counter)})"})

        def raw() -> None:
            """The same change by hand: update, hash-chained log entry, FTS document."""
            r = self.raw
            title = f"{original} (bench edit {next(counter)})"
            r.execute("BEGIN IMMEDIATE")
            old = r.execute("SELECT title, updated_at FROM event WHERE id = ?", (event_id,)).fetchone()
            stamp = utc_now()
            r.execute("UPDATE event SET title = ?, updated_at = ? WHERE id = ?", (title, stamp, event_id))
            prev = (r.execute("SELECT hash FROM change_log ORDER BY id DESC LIMIT 1").fetchone() or (changelog.GENESIS,))[0]
            changes = changelog.canonical({"title": [old[0], title], "updated_at": [old[1], stamp]})
            digest = changelog._digest(prev, stamp, "bench", "update", "event", uid, changes)
            r.execute(
                "INSERT INTO change_log (at, user, action, table_name, record_uid, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (stamp, "bench", "update", "event", uid, changes, prev, digest),
            )
            # what search.reindex_events does for one event:
            r.execute("DELETE FROM event_fts WHERE rowid = ?", (event_id,))
            r.execute(f"INSERT INTO event_fts (rowid, title, body) {sqlite_search.EVENT_DOC} WHERE e.id = ?", (event_id,))
            r.execute("COMMIT")

        statements = self.recorder.capture(ours)
        ours_ms, runs, _ = median_ms(ours, self.repeat)
        raw_ms, _, _ = median_ms(raw, self.repeat)
        self.add(Figure("edit.update", "save one edit: services.update (synchronous=FULL)", ours_ms, raw_ms, 10.0, "10 ms", runs=runs, extra={"statements": len(statements)}, note=f"{len(statements)} statements"))
        with services.edit(self.archive) as ed:  # leave the title as it was (also logged)
            services.update(ed, "event", uid, {"title": original})

    def figure_check(self) -> None:
        from desktop import cli

        def ours() -> int:
            with contextlib.redirect_stdout(io.StringIO()):
                return cli.main(["check", str(self.path)])

        def raw() -> None:
            conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
            conn.execute("PRAGMA quick_check").fetchall()
            conn.execute("PRAGMA foreign_key_check").fetchall()
            conn.close()

        target = 2000.0 * self.size / 1e9
        ours_ms, runs, code = median_ms(ours, self.repeat)
        raw_ms, _, _ = median_ms(raw, self.repeat)
        self.add(Figure("check.quick", "casefile check (quick)", ours_ms, raw_ms, target, f"2 s/GB = {target / 1000:.1f} s", runs=runs, note=f"exit {code}"))
        if self.cold:
            cold_ms, runs, _ = median_ms(ours, min(self.repeat, 3), setup=lambda: evict(self.path))
            raw_cold, _, _ = median_ms(raw, min(self.repeat, 3), setup=lambda: evict(self.path))
            self.add(Figure("check.cold", "casefile check (quick), cold OS cache", cold_ms, raw_cold, target, f"2 s/GB = {target / 1000:.1f} s", runs=runs))

    def figure_import(self) -> None:
        from db.interchange.csv_events import import_events_csv
        from tests.bench.generate import write_csv

        rows = self.events
        csv_path = self.work_dir / f"import-{rows}.csv"
        if not csv_path.exists():
            write_csv(csv_path, rows, log=self.log)
        target_path = self.work_dir / f"import-target-{rows}.casefile"
        _remove(target_path)
        stamps: list[tuple[float, int, int]] = []
        archive = Archive.create(target_path, user="bench")
        try:
            cpu_before = resource.getrusage(resource.RUSAGE_SELF)
            started = time.perf_counter()
            report = import_events_csv(archive, csv_path, progress=lambda done, total: stamps.append((time.perf_counter(), done, total)))
            ours_s = time.perf_counter() - started
            cpu_after = resource.getrusage(resource.RUSAGE_SELF)
        finally:
            archive.close()
        cpu_s = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
        # progress counts bytes: (0, total) first, one stamp per batch written (the last one
        # reaches total), then (total, total) again once the transaction has committed
        batches = [t for t, done, total in stamps if done > 0]
        first_s = batches[0] - started if batches else 0.0
        insert_s = batches[-2] - started if len(batches) >= 2 else 0.0
        rest_s = ours_s - insert_s
        _remove(target_path)
        raw_s = _raw_import(csv_path, target_path)
        _remove(target_path)
        target = 60_000.0 * rows / 1_000_000
        note = (f"{report.events_created:,} events; first batch {first_s:.1f} s, all batches (rows + event FTS) {insert_s:.1f} s, "
                f"indexes + source FTS + commit {rest_s:.1f} s; process CPU {cpu_s:.1f} s (reader thread + writer)")
        self.add(Figure("import.csv", f"CSV import of {rows:,} events incl. FTS", ours_s * 1000, raw_s * 1000, target, f"{target / 1000:.1f} s", note=note, runs=1,
                        extra={"first_batch_s": first_s, "insert_s": insert_s, "finish_s": rest_s, "cpu_s": cpu_s}))


def _raw_timeline(connection: sqlite3.Connection, lane: str) -> int:
    """Hand-written floor for the timeline rows: the same index scan, rows only counted."""
    column = {"type": "event_type", "place": "place_id", "tag": "id"}[lane]
    if lane == "tag":
        connection.execute(
            "SELECT et.event_id, min(t.rank) FROM event_tag et JOIN (SELECT id, row_number() OVER (ORDER BY name, id) AS rank FROM tag) t"
            " ON t.id = et.tag_id GROUP BY et.event_id"
        ).fetchall()
    cursor = connection.execute(
        "SELECT id, CAST(julianday(date_lo) - 1721424.5 AS INTEGER), CAST(julianday(date_hi) - 1721424.5 AS INTEGER), status, "
        f"{column} FROM event WHERE date_lo IS NOT NULL OR date_hi IS NOT NULL ORDER BY date_lo, day_order, id"
    )
    count = 0
    while rows := cursor.fetchmany(10_000):
        count += len(rows)
    return count


def _memory(fn: Callable[[], Any]) -> tuple[float, float]:
    """(MB still allocated while the result is held, peak MB) of one call, via tracemalloc."""
    tracemalloc.start()
    try:
        result = fn()
        current, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return current / 1e6, peak / 1e6


def _raw_import(csv_path: Path, target_path: Path) -> float:
    """Hand-written floor for the import: csv reader, events inserted with executemany, then
    their FTS documents (title, description) — no places, actors, sources or tags."""
    from db import dates

    Archive.create(target_path, user="bench").close()
    conn = raw_connect(target_path)
    started = time.perf_counter()
    bounds: dict[str, tuple[str | None, str | None]] = {}
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO case_file (uid, title, summary, organisation, author, tlp, created_at, updated_at) VALUES ('raw', 'raw', '', '', '', 'AMBER', '', '')")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        stamp = utc_now()
        batch: list[tuple[Any, ...]] = []
        for number, cells in enumerate(reader):
            text = cells[col["date"]]
            if text not in bounds:
                parsed = dates.parse(text)
                bounds[text] = (parsed.lo, parsed.hi)
            lo, hi = bounds[text]
            batch.append((f"raw-{number}", 1, cells[col["title"]], cells[col["description"]], text, lo, hi, cells[col["type"]], cells[col["status"]], stamp, stamp))
            if len(batch) == 10_000:
                _raw_events(conn, batch)
                batch = []
        _raw_events(conn, batch)
    conn.execute("INSERT INTO event_fts (rowid, title, body) SELECT id, title, description FROM event")
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _raw_events(conn: sqlite3.Connection, batch: list[tuple[Any, ...]]) -> None:
    conn.executemany(
        "INSERT INTO event (uid, case_id, title, description, date_text, date_lo, date_hi, day_order, location_precision, "
        "event_type, status, disputed, sensitivity, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'locality', ?, ?, 0, 'normal', '', ?, ?)",
        batch,
    )


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _target_text(target_ms: float | None) -> str:
    if target_ms is None:
        return ""
    return f"{target_ms:,.0f} ms*"


# --- output ------------------------------------------------------------------------------


def table(figures: list[Figure]) -> str:
    width = max(len(f.label) for f in figures)
    head = f"{'figure':<{width}} | {'ours (ms)':>11} | {'raw (ms)':>10} | {'ratio':>6} | {'target':<16} | met?"
    lines = [head, "-" * len(head)]
    for f in figures:
        ours = f"{f.ours_ms:,.2f}" if f.ours_ms is not None else "—"
        raw = f"{f.raw_ms:,.2f}" if f.raw_ms is not None else "—"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else ""
        met = {True: "yes", False: "NO", None: ""}[f.met]
        lines.append(f"{f.label:<{width}} | {ours:>11} | {raw:>10} | {ratio:>6} | {f.target:<16} | {met}")
    return "\n".join(lines)


def growth(results: dict[int, list[Figure]]) -> str:
    sizes = sorted(results)
    order = [f.key for f in results[sizes[-1]]]
    by_size = {size: {f.key: f for f in figures} for size, figures in results.items()}
    width = max(len(k) for k in order)
    head = f"{'figure (ours, ms)':<{width}} | " + " | ".join(f"{s:>11,}" for s in sizes) + f" | {'×/decade':>8} | met at {sizes[-1]:,}"
    lines = [head, "-" * len(head)]
    for key in order:
        values = []
        for size in sizes:
            f = by_size[size].get(key)
            v = None if f is None else (f.ours_ms if f.ours_ms is not None else f.raw_ms)
            values.append(v)
        cells = " | ".join(f"{v:>11,.2f}" if v is not None else f"{'—':>11}" for v in values)
        known = [(s, v) for s, v in zip(sizes, values) if v]
        per_decade = ""
        if len(known) >= 2:
            (s0, v0), (s1, v1) = known[0], known[-1]
            decades = math.log10(s1 / s0)
            per_decade = f"{(v1 / v0) ** (1 / decades):.1f}" if decades else ""
        last = by_size[sizes[-1]].get(key)
        met = {True: "yes", False: "NO", None: ""}[last.met] if last else ""
        lines.append(f"{key:<{width}} | {cells} | {per_decade:>8} | {met}")
    return "\n".join(lines)


def run_one(path: Path, args: argparse.Namespace) -> list[Figure]:
    only = set(args.only.split(",")) if args.only else None
    import_csv = args.import_csv or bool(only and "import" in only)
    bench = Bench(path, args.repeat, cold=args.cold, import_csv=import_csv, work_dir=args.dir, only=only)
    figures = bench.run()
    print()
    print(table(figures))
    if args.plans:
        print("\nquery plans:")
        for key, lines in bench.plans.items():
            for line in lines:
                print(f"  {key}: {line}")
    bench_plans[str(path)] = bench.plans
    return figures


bench_plans: dict[str, dict[str, list[str]]] = {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", nargs="?", type=Path, help="an archive made by tests.bench.generate")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--sizes", help="comma-separated event counts: generate (or reuse) --dir/bench-N.casefile and compare")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/bench"), help="where --sizes archives and import files live")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cold", action="store_true", help="add cold-cache runs of open and check")
    parser.add_argument("--import-csv", action="store_true", help="add the CSV import figure (long)")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN of every figure")
    parser.add_argument("--only", help=f"comma-separated groups to run: {','.join(Bench.GROUPS)} (default: all)")
    args = parser.parse_args(argv)
    if not args.archive and not args.sizes:
        parser.error("give an archive or --sizes")
    from desktop.gc_policy import tune_at_start_up

    tune_at_start_up()  # the collector as the app runs it (full collections of a big heap skew timings)
    results: dict[int, list[Figure]] = {}
    if args.sizes:
        from tests.bench.generate import generate

        args.dir.mkdir(parents=True, exist_ok=True)
        for size in (int(s.replace("_", "")) for s in args.sizes.split(",")):
            path = args.dir / f"bench-{size}.casefile"
            if not path.exists():
                generate(path, size, seed=args.seed)
            print(f"\n=== {size:,} events ===")
            results[size] = run_one(path, args)
        print(f"\n=== growth (ours; raw where ours is —) ===\n{growth(results)}")
    else:
        results[0] = run_one(args.archive, args)
    if args.json:
        payload = {
            "repeat": args.repeat,
            "sqlite": sqlite3.sqlite_version,
            "results": {str(size): [f.as_dict() for f in figures] for size, figures in results.items()},
            "plans": bench_plans,
        }
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
