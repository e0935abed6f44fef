"""Benchmark: the garbage collector around report builds, as the app runs it.

Start-up tuning first (``desktop.gc_policy.tune_at_start_up``), then dossier builds of a
synthetic case: the frozen count before and after, collections during each build (by
generation), build time, what the build left for the cyclic collector, and the first
collection after it. ``--compare`` also builds with the pause off (the collector running at
the app's thresholds) to show what the pause buys.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from db.report_data import ReportData, ReportFilters, load_report_data
from desktop import gc_policy
from desktop.report import ReportCancelled, ReportOptions, builder, render
from tests.bench.report_dossier import populate


class Collections:
    """Counts and times the collector's runs (any thread) through ``gc.callbacks``."""

    def __init__(self) -> None:
        self.by_generation = [0, 0, 0]
        self.seconds = 0.0
        self.longest = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            took = time.perf_counter() - self._started
            self.by_generation[info["generation"]] += 1
            self.seconds += took
            self.longest = max(self.longest, took)

    def __str__(self) -> str:
        gen0, gen1, gen2 = self.by_generation
        return (f"{sum(self.by_generation)} collections (gen0 {gen0}, gen1 {gen1}, full {gen2}), "
                f"{self.seconds * 1000:.0f} ms in all, longest {self.longest * 1000:.1f} ms")


@contextlib.contextmanager
def watching() -> Iterator[Collections]:
    seen = Collections()
    gc.callbacks.append(seen)
    try:
        yield seen
    finally:
        gc.callbacks.remove(seen)


def first_collection_after() -> str:
    """The young-generation collection the next allocation would start, and what a full
    collection then finds (cyclic garbage the build left)."""
    started = time.perf_counter()
    gc.collect(0)
    young = time.perf_counter() - started
    started = time.perf_counter()
    found = gc.collect()
    full = time.perf_counter() - started
    return (f"next young collection {young * 1000:.1f} ms; full collection {full * 1000:.0f} ms "
            f"found {found} unreachable objects")


def one_build(data: ReportData, options: ReportOptions,
              is_cancelled: Callable[[], bool] | None = None) -> tuple[float, float, Collections]:
    """Wall and CPU seconds of one build (the machine may be shared: CPU is steadier)."""
    with watching() as seen:
        started, cpu = time.perf_counter(), time.process_time()
        with contextlib.suppress(ReportCancelled):
            render(data, options, is_cancelled=is_cancelled)
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
    return took, cpu, seen


def report(label: str, data: ReportData, options: ReportOptions, repeat: int) -> None:
    times, cpus = [], []
    for run in range(repeat):
        frozen = gc.get_freeze_count()
        took, cpu, seen = one_build(data, options)
        times.append(took)
        cpus.append(cpu)
        print(f"  {label} build {run + 1}: {took:.2f} s ({cpu:.2f} s CPU); {seen}; frozen "
              f"{frozen:,} -> {gc.get_freeze_count():,}; {first_collection_after()}")
    print(f"  {label}: median {statistics.median(times):.2f} s wall, "
          f"{statistics.median(cpus):.2f} s CPU over {repeat}")


def cancelled(data: ReportData, options: ReportOptions) -> None:
    """A cancel halfway through: what is left once the build has stopped."""
    checks: list[int] = []
    render(data, options, is_cancelled=lambda: bool(checks.append(1)))
    half = len(checks) // 2
    for at in (half // 2, half, half + half // 2):
        calls: list[int] = []
        frozen = gc.get_freeze_count()
        took, _cpu, seen = one_build(
            data, options, is_cancelled=lambda: len(calls) >= at or bool(calls.append(1)))
        print(f"  cancelled at check {at}/{len(checks)}: stopped after {took:.2f} s; {seen}; "
              f"frozen {frozen:,} -> {gc.get_freeze_count():,}; {first_collection_after()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--compare", action="store_true",
                        help="also build with the collector running (pause off)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="casefile-gc-bench-"))
    archive = populate(folder / "bench.casefile", args.events)
    with archive.session() as session:
        data = load_report_data(session, ReportFilters())
    archive.close()
    options = ReportOptions(template="dossier")
    gc_policy.tune_at_start_up()  # as desktop.gui.app.run does, after the window is built
    print(f"{args.events} events; start-up froze {gc.get_freeze_count():,} objects; "
          f"thresholds {gc.get_threshold()}")
    report("paused (the policy)", data, options, args.repeat)
    cancelled(data, options)
    if args.compare:
        paused = builder.collection_paused
        builder.collection_paused = contextlib.nullcontext  # type: ignore[assignment]
        try:
            report("collector running", data, options, args.repeat)
        finally:
            builder.collection_paused = paused
    print(f"at the end: frozen {gc.get_freeze_count():,}, enabled {gc.isenabled()}, "
          f"thresholds {gc.get_threshold()}")


if __name__ == "__main__":
    main()
