"""Benchmark: paint time of the timeline view with 1,000,000 events over 30 years.

Run on demand, not collected by pytest: ``python -m tests.bench.timeline_paint [--events N]``.
Prints the build time of the data and the median/p95 paint time at full zoom-out, month and
day zoom (the widget rendered into a QImage, as on screen).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.gui.panes.timeline.data import STATUSES, TimelineData  # noqa: E402
from desktop.gui.panes.timeline.view import TimelineView  # noqa: E402

LANES = ("protest", "petition", "detention", "statement", "evacuation", "killing", "visa granted", "report")
FIRST_DAY = date(1995, 1, 1).toordinal()
YEARS = 30


def synthetic_columns(count: int, exact_share: float = 0.6, seed: int = 7) -> TimelineData:
    """``count`` events over 30 years in 8 lanes: ``exact_share`` on one exact day, the rest
    split 3:1 between ranges up to a month and ranges up to a year."""
    rng = random.Random(seed)
    days = int(YEARS * 365.25)
    month_share = exact_share + (1 - exact_share) * 0.75
    lo_days = sorted(FIRST_DAY + rng.randrange(days) for _ in range(count))
    hi_days = []
    for lo in lo_days:
        kind = rng.random()
        if kind < exact_share:
            hi_days.append(lo)
        else:
            hi_days.append(lo + (rng.randrange(1, 31) if kind < month_share else rng.randrange(31, 366)))
    statuses = [rng.randrange(len(STATUSES)) for _ in range(count)]
    lanes = [rng.randrange(len(LANES)) for _ in range(count)]
    return TimelineData(range(1, count + 1), lo_days, hi_days, statuses, lanes, LANES)


def paint_times(view: TimelineView, repeats: int) -> tuple[list[float], list[float]]:
    """Wall-clock and GUI-thread CPU milliseconds per paint (CPU time is immune to other load)."""
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    wall, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.thread_time()
        view.render(image)
        wall.append((time.perf_counter() - started) * 1000.0)
        cpu.append((time.thread_time() - started_cpu) * 1000.0)
    return wall, cpu


def percentile_95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(name: str, view: TimelineView, repeats: int) -> None:
    wall, cpu = paint_times(view, repeats)
    stats = view.last_paint_stats
    print(
        f"{name:<22} wall median {statistics.median(wall):5.2f} ms, p95 {percentile_95(wall):5.2f} ms"
        f" | cpu median {statistics.median(cpu):5.2f} ms, p95 {percentile_95(cpu):5.2f} ms"
        f"  (marks {stats.marks_drawn:,}, +{stats.marks_overflowed:,} hidden,"
        f" histogram lanes {stats.aggregated_lanes})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=60)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=420)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    middle = FIRST_DAY + YEARS * 365.25 / 2
    for title, exact_share in (("60 % exact days, 40 % ranges", 0.6), ("exact days only", 1.0)):
        started = time.perf_counter()
        data = synthetic_columns(args.events, exact_share)
        print(f"\n{args.events:,} events ({title}), {len(LANES)} lanes, {YEARS} years; "
              f"generated and indexed in {time.perf_counter() - started:.2f} s")  # fmt: skip
        view = TimelineView()
        view.resize(args.width, args.height)
        view.set_data(data)
        app.processEvents()
        report("full zoom-out", view, args.repeats)
        for name, span in (("one year", 365.0), ("one month", 30.0), ("three weeks", 21.0),
                           ("day zoom (10 days)", 10.0)):
            view.set_visible_range(middle - span / 2, middle + span / 2)
            report(name, view, args.repeats)
        view.select_event(data.ids[len(data) // 2])
        report("day zoom + selection", view, args.repeats)


if __name__ == "__main__":
    main()
