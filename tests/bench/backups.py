"""Backup and restore times of a large archive (run on demand; prints numbers).

    python -m tests.bench.backups /work/bench/pristine-100000.casefile --dir /tmp/bench-backups [--repeat 3]

Works on a copy in ``--dir`` (the source is only read): opens it once (migrating it, which takes
the pre-migration backup), then times ``db.backups.take`` (copy through the backup API + verify
with ``quick_check``), an explicit copy (``copy_to``), a backup while another thread keeps
writing, and ``restore`` of the newest backup.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import threading
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    os.environ["CASEFILE_BACKUP_DIR"] = str(args.dir / "backups")
    from db import backups, queries, services
    from db.archive import Archive

    work = args.dir / "bench.casefile"
    for stale in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(args.dir / "backups", ignore_errors=True)
    shutil.copyfile(args.source, work)
    size_mb = work.stat().st_size / 1e6

    started = time.perf_counter()
    archive = Archive.open(work, user="bench")
    opened = time.perf_counter() - started
    with archive.session() as session:
        events = queries.count_events(session)
    migrated = [b for b in backups.list_backups(archive) if b.reason.startswith("before migration")]
    print(f"archive: {events:,} events, {size_mb:.0f} MB")
    print(f"first open (migration + its backup: {len(migrated)} taken): {opened:.2f} s")

    copy_s, verify_s, take_s = [], [], []
    for n in range(args.repeat):
        target = args.dir / f"plain-{n}.casefile"
        target.unlink(missing_ok=True)
        started = time.perf_counter()
        archive.backup(target)
        copy_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        backups.verify(target)
        verify_s.append(time.perf_counter() - started)
        target.unlink()
        started = time.perf_counter()
        backups.take(archive, "bench")
        take_s.append(time.perf_counter() - started)
    print(f"backup API copy: median {statistics.median(copy_s):.2f} s  (runs {', '.join(f'{s:.2f}' for s in copy_s)})")
    print(f"verify (open + quick_check + count): median {statistics.median(verify_s):.2f} s")
    print(f"backups.take (copy + verify + note + prune): median {statistics.median(take_s):.2f} s  "
          f"({size_mb / statistics.median(take_s):.0f} MB/s)")

    with services.edit(archive) as ed:
        case = services.ensure_default_case(ed)
    stop, commits, waits = threading.Event(), [0], []

    def writer() -> None:
        while not stop.is_set():
            began = time.perf_counter()
            with services.edit(archive) as ed:
                services.create(ed, "event", {"case": case, "title": f"Written during the backup {commits[0]}"})
            waits.append(time.perf_counter() - began)
            commits[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    started = time.perf_counter()
    info = backups.take(archive, "bench while writing")
    during = time.perf_counter() - started
    stop.set()
    thread.join()
    print(f"backups.take while another thread writes: {during:.2f} s; {commits[0]} commits meanwhile, "
          f"slowest commit {max(waits) * 1000:.0f} ms, median {statistics.median(waits) * 1000:.0f} ms; copy holds {info.events:,} events")

    archive.close()
    restore_s = []
    for _ in range(args.repeat):
        newest = backups.list_backups(info.path.parent.name)[0]
        started = time.perf_counter()
        kept = backups.restore(work, newest)
        restore_s.append(time.perf_counter() - started)
        kept.unlink()
    print(f"restore (copy beside, verify, keep current aside, atomic rename): median {statistics.median(restore_s):.2f} s  "
          f"(runs {', '.join(f'{s:.2f}' for s in restore_s)})")
    started = time.perf_counter()
    with Archive.open(work, user="bench") as reopened, reopened.session() as session:
        count = queries.count_events(session)
    print(f"reopen after restore: {time.perf_counter() - started:.2f} s, {count:,} events")


if __name__ == "__main__":
    main()
