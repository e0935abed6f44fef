"""Benchmark: where a timeline build at scale spends its time, per lane kind (issue 15 item 6).

Run on demand: ``python -m tests.bench.timeline_build ARCHIVE [--repeats N]``. For each lane kind
it times, in this process on a read-only engine: reading the rows only (``timeline_columns``
consumed), the full build (read + ``TimelineData.from_day_columns``), and the whole helper-process
round trip the app uses (``build_process.run``: fork, read, build, send, receive), with
``uptime``'s load and this process's peak RSS. Medians over the repeats.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import statistics
import time
from pathlib import Path

from db.queries import EventFilter
from db.timeline import LANES, build_from_file
from desktop.gui import build_process
from desktop.gui.panes.timeline.data import TimelineData


def _consume(batches: object) -> int:
    return sum(len(batch[0]) for batch in batches)  # type: ignore[attr-defined]


def _timed(call: object) -> float:
    started = time.perf_counter()
    call()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--lanes", default=",".join(LANES))
    args = parser.parse_args()
    flt = EventFilter()
    for lane in args.lanes.split(","):
        make = functools.partial(TimelineData.from_day_columns, lane_mode=lane)
        read, build, apart = [], [], []
        for _ in range(args.repeats):
            read.append(_timed(lambda: build_from_file(args.archive, flt, lane, _consume)))
            build.append(_timed(lambda: build_from_file(args.archive, flt, lane, make)))
            apart.append(_timed(lambda: build_process.run(args.archive, flt, lane, make, lambda: False)))
        load = os.getloadavg()[0]
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{lane:<7} read {statistics.median(read):5.2f} s | read+build {statistics.median(build):5.2f} s"
              f" | helper process {statistics.median(apart):5.2f} s  (load {load:.2f}, peak RSS here {rss:.0f} MB)",
              flush=True)


if __name__ == "__main__":
    main()
