"""CSV import against its two floors (run on demand, not by pytest):

    python -m tests.bench.import_floor --sizes 100000,1000000 --dir /work/bench-perf

For each size, the import CSV of ``generate.py --csv`` (made once, kept in ``--dir``), then,
each in its own process (wall time and peak RSS from ``wait4``), after the CSV is evicted from
the page cache:

* ``ours``: :func:`db.interchange.csv_events.import_events_csv` into a new archive, as the app
  and ``casefile import`` run it (one transaction, progress, cancel checks, FTS in it);
* ``sqlite3``: the ``sqlite3`` shell's ``.import --csv`` into a plain table, then the same
  full-text index built from it (``fts5(title, body)``, ``unicode61 remove_diacritics 2``) —
  the floor issue 15 names; no dates parsed, no places, actors, sources or tags;
* ``backlog``: for files from 8 MB, the search indexing the import leaves for after its
  commit (:mod:`db.search_backlog`), timed alone in a process of its own;
* ``raw``: ``run.py``'s hand-written floor (csv reader, dates parsed, events by
  ``executemany``, then their FTS rows), in the real schema.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FTS = "fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')"

OURS = r"""
import sys
from pathlib import Path
from db.archive import Archive
from db.interchange.csv_events import import_events_csv
archive = Archive.create(Path(sys.argv[2]), user="bench")
try:
    report = import_events_csv(archive, Path(sys.argv[1]))
finally:
    archive.close()
print(report.events_created)
"""

BACKLOG = r"""
import sys
from pathlib import Path
from db import search_backlog
from db.archive import Archive
archive = Archive.open(Path(sys.argv[1]), user="bench")
try:
    assert search_backlog.run(archive)
finally:
    archive.close()
"""

RAW = r"""
import sys
from pathlib import Path
from tests.bench.run import _raw_import
_raw_import(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _evict(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def _timed(command: list[str], stdin: str | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.PIPE if stdin else None, stdout=subprocess.DEVNULL, text=True)
    if stdin:
        assert child.stdin is not None
        child.stdin.write(stdin)
        child.stdin.close()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    if child.returncode:
        raise RuntimeError(f"{command[0]} failed ({child.returncode})")
    return elapsed, usage.ru_maxrss / 1024


def measure(csv_path: Path, target: Path, how: str) -> tuple[float, float]:
    _remove(target)
    _evict(csv_path)
    try:
        if how == "ours":
            return _timed([sys.executable, "-c", OURS, str(csv_path), str(target)])
        if how == "backlog":  # the search indexing a large import leaves for after its commit
            _timed([sys.executable, "-c", OURS, str(csv_path), str(target)])
            return _timed([sys.executable, "-c", BACKLOG, str(target)])
        if how == "raw":
            return _timed([sys.executable, "-c", RAW, str(csv_path), str(target)])
        script = (f".mode csv\n.import '{csv_path}' events\nBEGIN;\nCREATE VIRTUAL TABLE fts USING {FTS};\n"
                  "INSERT INTO fts (rowid, title, body) SELECT rowid, title, description FROM events;\nCOMMIT;\n")
        return _timed(["sqlite3", str(target)], stdin=script)
    finally:
        _remove(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/bench"))
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    print(f"date {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    for size in (int(s) for s in args.sizes.split(",")):
        csv_path = args.dir / f"import-{size}.csv"
        if not csv_path.exists():
            subprocess.run([sys.executable, "-m", "tests.bench.generate", str(csv_path), "--csv", "--events", str(size)],
                           cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
        results: dict[str, list[tuple[float, float]]] = {}
        for _ in range(args.repeat):
            for how in ("ours", "backlog", "sqlite3", "raw"):
                load = " ".join(f"{v:.2f}" for v in os.getloadavg())
                seconds, rss = measure(csv_path, args.dir / f"floor-{how}-{size}.casefile", how)
                results.setdefault(how, []).append((seconds, rss))
                print(f"{size:,} {how:8} {seconds:7.1f} s  peak RSS {rss:6.0f} MB  (load {load})", flush=True)
        median = {how: statistics.median(s for s, _ in runs) for how, runs in results.items()}
        print(f"{size:,}: background search indexing {median['backlog']:.1f} s after the commit")
        print(f"{size:,}: ours {median['ours']:.1f} s = {median['ours'] / median['sqlite3']:.2f}x sqlite3 .import + FTS "
              f"({median['sqlite3']:.1f} s), {median['ours'] / median['raw']:.2f}x the hand-written floor ({median['raw']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
