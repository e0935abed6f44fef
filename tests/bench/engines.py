"""The same data-layer figures on both engines at 100k events: SQLite file and PostgreSQL.

Run on demand, not by pytest::

    python -m tests.bench.engines [--archive /work/bench/after-100000.casefile] [--runs 7]

Copies the archive (never touching the original) to a temporary folder, starts a private
PostgreSQL cluster (tests/pg_server.py: initdb + pg_ctl on a free loopback port, fsync off
like any throw-away cluster — so PostgreSQL's writes are flattered a little), copies the
archive into it with ``casefile copy`` (timed), then measures on both, median of ``--runs``
in a warm session: first page by date and by title, the full sorted id list by title, ranked
search and list search for the typical and common words, the filter's first page, an event's
detail, and one saved edit. Writes the table to stdout (and ``--out``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from db import details, queries, search, services
from db.archive import Archive
from db.copy import copy_archive
from db.models import Event
from db.queries import EventFilter
from tests import pg_server

PAGE = 100


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(archive: Archive, runs: int) -> dict[str, float]:
    meta = archive.meta()
    terms = {k: meta[f"bench_{k}_term"] for k in ("typical", "common")}
    tag, detail_uid = meta["bench_filter_tag"], meta["bench_detail_event"]
    out: dict[str, float] = {}
    with archive.session() as session:
        typical_uid = session.scalar(select(Event.uid).where(Event.id == session.scalar(select(func.max(Event.id))) // 2))
        out["first page (100) by date"] = median_ms(lambda: queries.events_page(session, sort="date", limit=PAGE), runs)
        out["first page (100) by date, descending"] = median_ms(lambda: queries.events_page(session, sort="date", descending=True, limit=PAGE), runs)
        out["first page (100) by title"] = median_ms(lambda: queries.events_page(session, sort="title", limit=PAGE), runs)
        out["sort: every id by title"] = median_ms(lambda: queries.event_ids(session, sort="title"), runs)
        for kind, term in terms.items():
            out[f"search {kind} {term!r}: ranked top 50"] = median_ms(lambda term=term: search.search_events(session, term, 50), runs)
            out[f"search {kind} {term!r}: list first page"] = median_ms(lambda term=term: queries.events_page(session, EventFilter(text=term), limit=PAGE), runs)
        flt = EventFilter(date_from="2010-01-01", date_to="2014-12-31", tags=(tag,), statuses=("confirmed",))
        out[f"filter 2010-2014 + tag {tag!r} + confirmed: first page"] = median_ms(lambda: queries.events_page(session, flt, limit=PAGE), runs)
        out["detail: event with many citations"] = median_ms(lambda: details.event_detail(session, detail_uid), runs)
        out["detail: typical event"] = median_ms(lambda: details.event_detail(session, typical_uid), runs)
    counter = iter(range(10**6))

    def save_edit() -> None:
        with services.edit(archive) as ed:
            services.update(ed, "event", typical_uid, {"title": f"Benchmark edit {next(counter)}"})

    out["edit: one title saved (committed)"] = median_ms(save_edit, runs * 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", type=Path, default=Path("/work/bench/after-100000.casefile"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    work = Path(tempfile.mkdtemp(prefix="casefile-engines-"))
    cluster = pg_server.start()
    try:
        local = work / "bench.casefile"
        shutil.copyfile(args.archive, local)
        start = time.perf_counter()
        Archive.open(local, before_migration=None).close()  # migrates the copy to this tree's schema
        say(f"archive: copy of {args.archive} ({local.stat().st_size / 1e6:.0f} MB); open+migrate {time.perf_counter() - start:.1f} s")
        url = cluster.new_database("bench")
        with Archive.open(local) as source:
            start = time.perf_counter()
            report = copy_archive(source, url)
            say(f"casefile copy to PostgreSQL: {time.perf_counter() - start:.1f} s ({report.rows['event']:,} events, {sum(report.rows.values()):,} rows)")
        results = {}
        for name, location in (("sqlite", local), ("postgresql", url)):
            with Archive.open(location, user="bench") as archive:
                if name == "postgresql":
                    with archive.engine.connect() as conn:
                        conn.execute(text("ANALYZE"))
                        conn.commit()
                results[name] = measure(archive, args.runs)
        say(f"median of {args.runs} runs, warm, ms; PostgreSQL {_server_version(url)} on 127.0.0.1 (TCP), 2 shared cores")
        say(f"{'case':62} {'SQLite':>9} {'PostgreSQL':>11} {'ratio':>7}")
        for case, value in results["sqlite"].items():
            other = results["postgresql"][case]
            say(f"{case:62} {value:9.1f} {other:11.1f} {other / value if value else float('nan'):7.1f}")
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _server_version(url: str) -> str:
    import psycopg

    with psycopg.connect(url) as conn:
        return str(conn.execute("SHOW server_version").fetchone()[0]).split()[0]  # type: ignore[index]


if __name__ == "__main__":
    main()
