"""Bag import speed: archive → bag → new archive, in records per second (run on demand; prints numbers).

    python -m tests.bench.bag_import --dir /tmp/bench-bag [--sizes 10000,100000] [--max-seconds S] [--no-compare]

For each size, makes (or reuses) ``--dir``/bench-N.casefile with :mod:`tests.bench.generate`,
brings a copy to the current schema, writes it as a bag (:func:`db.interchange.bag.export_bag`),
then times :func:`db.interchange.bag.import_bag` into a new archive as ``casefile import``
runs it: the bag's validation (every checksum), the JSON read and checked, and the write,
with the validation also timed alone. ``--max-seconds`` cancels a slow import (an older
version's) after that long and reports the rate of the records written until then (nothing
is kept: the import rolls back). Unless ``--no-compare``, the new archive's lossless JSON is
compared with the original's (they must be identical).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def _archive(directory: Path, events: int) -> Path:
    path = directory / f"bench-{events}.casefile"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "tests.bench.generate", str(path), "--events", str(events)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    return path


def _json_sha(archive: object) -> str:
    from db.interchange.json_archive import dump, render

    with archive.session() as session:  # type: ignore[attr-defined]
        return hashlib.sha256(render(dump(session))).hexdigest()


def measure(directory: Path, events: int, max_seconds: float | None, compare: bool) -> None:
    from db.archive import Archive
    from db.errors import CasefileError
    from db.interchange.bag import check_bag, export_bag, import_bag

    work = directory / f"run-{events}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    source = work / "source.casefile"
    shutil.copyfile(_archive(directory, events), source)
    with Archive.open(source, user="bench", before_migration=None) as archive:
        started = time.perf_counter()
        made = export_bag(archive, work / "bag")
        t_export = time.perf_counter() - started
        original = _json_sha(archive) if compare else ""
    records = sum(made.records.values())
    size = sum(p.stat().st_size for p in (work / "bag").rglob("*") if p.is_file())
    print(f"archive: {events:,} events, {records:,} records; bag {size / 1e6:,.0f} MB written in {t_export:.1f} s")
    started = time.perf_counter()
    check_bag(work / "bag")
    t_check = time.perf_counter() - started
    done = [0]

    def progress(count: int, _total: int) -> None:
        done[0] = count

    with Archive.create(work / "new.casefile", user="bench") as target:
        started, cpu = time.perf_counter(), time.process_time()
        limit = (lambda: time.perf_counter() - started > max_seconds) if max_seconds else None
        try:
            report = import_bag(target, work / "bag", progress, limit)
            written, finished = sum(report.created.values()), True
        except CasefileError as error:  # cancelled: the rate so far
            written, finished = done[0], False
            print(f"  stopped after {max_seconds:.0f} s: {error}")
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"  validation alone (every checksum): {t_check:.2f} s")
        state = "imported" if finished else "written before the stop"
        print(f"  import_bag: {written:,} records {state} in {wall:.1f} s wall, {cpu:.1f} s CPU -> {written / wall:,.0f} records/s")
        if finished and compare:
            same = _json_sha(target) == original
            print(f"  archive -> bag -> archive JSON identical: {'yes' if same else 'NO'}")
    load = os.getloadavg()[0]
    print(f"  machine load (1-minute average, {os.cpu_count()} cores): {load:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--max-seconds", type=float, default=None)
    parser.add_argument("--no-compare", action="store_true")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CASEFILE_BACKUP_DIR", str(args.dir / "backups"))
    os.environ.setdefault("CASEFILE_LOG_HEADS", str(args.dir / "heads"))
    for size in (int(s) for s in args.sizes.split(",")):
        measure(args.dir, size, args.max_seconds, not args.no_compare)


if __name__ == "__main__":
    main()
