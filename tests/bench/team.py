"""Issue 13's closing figures in one run (on demand, not by pytest): the data-layer table on
both engines at 100k events (:func:`tests.bench.engines.measure`), the PostgreSQL first page
for a typical word before and after, and a field laptop with 1,000 changed events merging
into the 100k-event server archive, then taking the team's changes home.

    python -m tests.bench.team --archive /work/bench-team/after-100000.casefile [--runs 5] [--out FILE]

The server archive is a ``casefile copy`` of the file (same uid, same log); the laptop is a
plain file copy of the same archive, so both share the whole history, as a laptop that took
the archive into the field does. The laptop retitles 1,000 events (100 of them also retitled
on the server meanwhile: conflicts), then ``db.merge.run.merge(server, laptop)`` is timed (no
backup: a server backs itself up), and the way back (``merge(laptop, server)``) too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, text

from tests import pg_server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--overlap", type=int, default=100)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="leave the cluster running at the end (prints its URL) to explore queries")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="casefile-team-"))
    os.environ["CASEFILE_BACKUP_DIR"] = str(work / "backups")
    os.environ["CASEFILE_LOG_HEADS"] = str(work / "heads")
    from db import services
    from db.archive import Archive
    from db.copy import copy_archive
    from db.merge.run import merge
    from db.models import Event
    from tests.bench.engines import measure

    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    cluster = pg_server.start()
    try:
        local = work / "laptop.casefile"
        shutil.copyfile(args.archive, local)
        Archive.open(local, before_migration=None).close()  # this tree's schema
        url = cluster.new_database("team")
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
        say(f"median of {args.runs} runs, warm, ms; PostgreSQL on 127.0.0.1 (TCP), 2 shared cores, load {os.getloadavg()[0]:.1f}")
        say(f"{'case':62} {'SQLite':>9} {'PostgreSQL':>11} {'ratio':>7}")
        for case, value in results["sqlite"].items():
            other = results["postgresql"][case]
            say(f"{case:62} {value:9.1f} {other:11.1f} {other / value if value else float('nan'):7.1f}")

        n, overlap = args.events, args.overlap
        with Archive.open(local, user="field") as laptop:
            with laptop.session() as session:
                uids = list(session.scalars(select(Event.uid).order_by(Event.id).limit(n)))
            start = time.perf_counter()
            with services.edit(laptop) as ed:
                for number, uid in enumerate(uids):
                    services.update(ed, "event", uid, {"title": f"Retitled in the field {number}"})
            say(f"laptop: {n:,} events retitled in {time.perf_counter() - start:.1f} s")
        with Archive.open(url, user="team") as server, services.edit(server) as ed:
            for number, uid in enumerate(uids[:overlap]):
                services.update(ed, "event", uid, {"title": f"Retitled by the team {number}"})
        with Archive.open(url, user="team") as server, Archive.open(local, user="field") as laptop:
            start, cpu = time.perf_counter(), time.process_time()
            up = merge(server, laptop)
            say(f"merge laptop -> server (100k events): {time.perf_counter() - start:.2f} s wall, {time.process_time() - cpu:.2f} s CPU: {up.summary()}")
            start = time.perf_counter()
            down = merge(laptop, server, backup=False)
            say(f"merge server -> laptop: {time.perf_counter() - start:.2f} s wall: {down.summary()}")
            start = time.perf_counter()
            again = merge(server, laptop)
            say(f"second merge laptop -> server: {time.perf_counter() - start:.2f} s ({again.summary()})")
    finally:
        if args.keep:
            say(f"cluster kept: {url} (folder {cluster.folder}); laptop {local}")
        else:
            cluster.stop()
            shutil.rmtree(work, ignore_errors=True)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
