"""Merge time of two field copies of a large archive that each changed 1,000 events (run on demand; prints numbers).

    python -m tests.bench.merge /work/bench/after-100000.casefile --dir /tmp/bench-merge [--events 1000] [--overlap 100]

Works on copies in ``--dir`` (the source is only read): brings one copy to the current schema,
copies it twice (laptop A and laptop B, same history), then changes ``--events`` events on
each through :mod:`db.services` — A retitles events 0…N-1, B rewrites the description of
events N-overlap…2N-overlap-1 and retitles the first ``--overlap`` of them too, so that many
events are changed on both sides: their descriptions merge field by field, their titles
conflict. Then times ``db.merge.run.merge`` of B into A as ``casefile merge`` runs it (backup
first, one edit), with the read-only phases (common prefix, B's changes, the plan) timed
separately before, and a second merge of B (nothing new).
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--overlap", type=int, default=100)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    os.environ["CASEFILE_BACKUP_DIR"] = str(args.dir / "backups")
    os.environ["CASEFILE_LOG_HEADS"] = str(args.dir / "heads")
    from sqlalchemy import func, select

    from db import services
    from db.archive import Archive
    from db.merge.chain import find_base
    from db.merge.changes import read_changes
    from db.merge.plan import make_plan
    from db.merge.run import merge
    from db.models import Event

    shutil.rmtree(args.dir / "backups", ignore_errors=True)
    base, a_path, b_path = (args.dir / f"{n}.casefile" for n in ("base", "a", "b"))
    for path in (base, a_path, b_path):
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
    shutil.copyfile(args.source, base)
    with Archive.open(base, user="origin", before_migration=None) as archive:  # migrate once, not per copy
        with archive.session() as session:
            events = session.scalar(select(func.count()).select_from(Event))
            uids = list(session.scalars(select(Event.uid).order_by(Event.id).limit(2 * args.events)))
    shutil.copyfile(base, a_path)
    shutil.copyfile(base, b_path)
    n, overlap = args.events, args.overlap
    with Archive.open(a_path, user="ana") as a, services.edit(a) as ed:
        for number, uid in enumerate(uids[:n]):
            services.update(ed, "event", uid, {"title": f"Retitled on laptop A {number}"})
    with Archive.open(b_path, user="ben") as b, services.edit(b) as ed:
        for number, uid in enumerate(uids[n - overlap : 2 * n - overlap]):
            values = {"description": f"Rewritten on laptop B {number}"}
            if number < overlap:
                values["title"] = f"Retitled on laptop B {number}"
            services.update(ed, "event", uid, values)

    a, b = Archive.open(a_path, user="ana"), Archive.open(b_path, user="ben")
    try:
        started = time.perf_counter()
        with a.session() as ours, b.session() as theirs:
            found = find_base(ours, theirs)
            t_base = time.perf_counter()
            side = read_changes(theirs, found.source_from)
            t_changes = time.perf_counter()
            plan = make_plan(ours, theirs, side)
            t_plan = time.perf_counter()
        started_merge, cpu_merge = time.perf_counter(), time.process_time()
        report = merge(a, b)
        t_merge, c_merge = time.perf_counter() - started_merge, time.process_time() - cpu_merge
        started_again = time.perf_counter()
        again = merge(a, b)
        t_again = time.perf_counter() - started_again
        from db import backups

        started_backup, cpu_backup = time.perf_counter(), time.process_time()
        backups.take(a, "bench: the backup a merge takes first, timed alone")
        t_backup, c_backup = time.perf_counter() - started_backup, time.process_time() - cpu_backup
    finally:
        a.close()
        b.close()
    size = a_path.stat().st_size / 1e6
    print(f"archive: {events:,} events, {size:,.0f} MB; each copy changed {n:,} events ({overlap} on both sides)")
    print(f"common prefix: {found.prefix:,} entries (binary search)     {1000 * (t_base - started):8.1f} ms")
    print(f"B's changes since then: {side.entries:,} entries           {1000 * (t_changes - t_base):8.1f} ms")
    print(f"plan: {len(plan.updates):,} updates, {len(plan.conflicts):,} conflicts          {1000 * (t_plan - t_changes):8.1f} ms")
    print(f"merge (casefile merge: backup + plan + apply + log): {t_merge:6.2f} s wall, {c_merge:6.2f} s CPU")
    print(f"  of which the backup (timed alone after): {t_backup:6.2f} s wall, {c_backup:6.2f} s CPU")
    print(f"  so the merge itself: {t_merge - t_backup:6.2f} s wall, {c_merge - c_backup:6.2f} s CPU")
    print(f"machine load while measuring (1-minute average, {os.cpu_count()} cores): {os.getloadavg()[0]:.1f}")
    print(f"  -> {report.summary()}")
    print(f"second merge of the same copy: {1000 * t_again:.1f} ms ({again.summary()})")


if __name__ == "__main__":
    main()
