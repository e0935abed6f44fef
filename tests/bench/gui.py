"""GUI benchmark on the real widgets (offscreen): cold start to first painted list rows, list
scrolling frame times, detail pane load, and peak memory. Run on demand, not by pytest:

    python -m tests.bench.gui BIG.casefile [--repeat 5]

Prints one table (median and p95 in ms, target, met?) and writes JSON with --json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from pathlib import Path
app = QApplication([])
from desktop.gui.main_window import MainWindow
from desktop.gc_policy import tune_at_start_up
from desktop.gui.settings import open_settings
from desktop.gui.tasks import TaskRunner

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            model = window.workbench.list_pane.event_model
            if model.rowCount() > 0:
                print("PAINTED", flush=True)
                QTimer.singleShot(0, app.quit)
        return False

window = MainWindow(open_settings(), TaskRunner())
window.resize(1280, 820)
window.show()
tune_at_start_up()  # as desktop.gui.app.run does
window._show_open_error = lambda path, error: (print("OPEN FAILED", error, flush=True), os._exit(3))  # no modal dialog
window.open_archive(Path(sys.argv[1]))
view = window.workbench.list_pane.views["event"]
watcher = FirstPaint()
view.viewport().installEventFilter(watcher)
app.exec()
os._exit(0)  # skip teardown: only the first paint is measured
"""


def cold_start(archive: Path, repeat: int) -> list[float]:
    """Process start to the first paint of list rows, as a user would see it."""
    times = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": "/tmp/casefile-bench-config"}
    for _ in range(repeat):
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(archive)], stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("PAINTED"):
                times.append((time.perf_counter() - started) * 1000)
                break
            if line.startswith("OPEN FAILED"):  # e.g. another benchmark holds the archive's lock
                print(line.strip(), file=sys.stderr)
                break
        child.wait(timeout=120)
    return times


def in_process(archive: Path, repeat: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = "/tmp/casefile-bench-config"
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from db.queries import EventFilter
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import open_settings
    from desktop.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    window = MainWindow(open_settings(), TaskRunner())
    window.resize(1280, 820)
    window.show()
    from db.archive import Archive
    from desktop.gc_policy import tune_at_start_up

    tune_at_start_up()  # as desktop.gui.app.run does

    # Opened shared, not with the app's exclusive lock, so this read-only run can share the
    # archive with another benchmark; then installed exactly as File > Open does.
    window._install(Archive.open(archive))
    bench = window.workbench
    pane = bench.list_pane
    model = pane.event_model
    view = pane.views["event"]

    def wait_until(ready, limit_s: float = 120.0) -> float:  # type: ignore[no-untyped-def]
        """Run the event loop until ``ready()``; the time it took in ms (background work)."""
        started = time.perf_counter()
        while not ready() and time.perf_counter() - started < limit_s:
            app.processEvents()
            time.sleep(0.001)
        return (time.perf_counter() - started) * 1000

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        """The GUI thread's time for ``action`` plus the repaint it causes (the UI blocks this long)."""
        started = time.perf_counter()
        action()
        view.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    wait_until(model.is_complete)
    # Each lane runs in order: these sentinels finish once the timeline is built (reader) and
    # the background integrity check of a large archive is done (the window's runner).
    for runner in (window.workspace.reader, window.runner):
        idle: list[bool] = []
        runner.submit(lambda _progress, _cancelled: None, on_finished=lambda _result, idle=idle: idle.append(True))
        wait_until(lambda idle=idle: bool(idle))
    rows = model.rowCount()
    frames = []
    rng = random.Random(7)
    for _ in range(50 * repeat):
        target = rng.randrange(rows)
        started = time.perf_counter()
        view.scrollTo(model.index(target, 1))
        view.viewport().repaint()
        frames.append((time.perf_counter() - started) * 1000)

    workspace = window.workspace
    busiest = _event_with_most_citations(workspace)
    detail = []
    for _ in range(repeat * 3):
        started = time.perf_counter()
        bench.detail_pane.show_record("event", busiest)
        bench.detail_pane.repaint()
        detail.append((time.perf_counter() - started) * 1000)
        bench.detail_pane.show_record(None, None)

    results: dict[str, list[float]] = {"scroll.frame": frames, "detail.50": detail}

    def add(name: str, value: float) -> None:
        results.setdefault(name, []).append(value)

    # every offered sort column, both ways: what the click blocks, and when the new order shows
    for _ in range(max(1, repeat // 2)):
        for column in (1, 2, 3, 4, 0):
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                key = ("date", "title", "place", "type", "status")[column]
                top = workspace.events_page(EventFilter(), key, order == Qt.SortOrder.DescendingOrder, limit=1)[0].id
                started = time.perf_counter()
                add("sort.ui_block", timed(lambda column=column, order=order: model.sort(column, order)))
                wait_until(lambda top=top: model.id_at(0) == top)  # the new order's first row is on top
                add("sort.first_rows", (time.perf_counter() - started) * 1000)
                wait_until(model.is_complete)
                view.viewport().repaint()
                add(f"sort.reordered.{model.sort_key}", (time.perf_counter() - started) * 1000)

    meta = workspace.archive.meta()
    terms = {"typical": meta.get("bench_typical_term", "grisda"), "common": meta.get("bench_common_term", "vas")}
    filters = {
        **{f"search.{kind}": EventFilter(text=term) for kind, term in terms.items()},
        "filter": EventFilter(date_from="2010-01-01", date_to="2014-12-31", tags=(meta.get("bench_filter_tag", ""),), statuses=("confirmed",)),
    }
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    def filter_once(name: str, flt: EventFilter) -> None:
        """Apply ``flt``; note when its rows show, when the count label has a number, when
        every id is read (each the first time it is true, polled while the loop runs)."""
        seen: dict[str, float] = {}
        checks = {
            # rows of the new filter are on screen: the model was reset to a non-empty list
            "first_rows": lambda: bool(resets) and model.rowCount() > 0 or model.is_complete(),
            "count_shown": lambda: model.known_count() is not None,
            "complete": model.is_complete,
        }

        def note() -> bool:
            for key, check in checks.items():
                if key not in seen and check():
                    if key == "first_rows":
                        view.viewport().repaint()
                    seen[key] = (time.perf_counter() - started) * 1000
            return len(seen) == len(checks)

        started = time.perf_counter()
        add(f"{name}.ui_block", timed(lambda: model.set_filter(flt)))
        resets.clear()  # a search empties the list at once: that reset shows no rows
        wait_until(note)
        for key, value in seen.items():
            add(f"{name}.{key}", value)
        model.set_filter(EventFilter())
        wait_until(model.is_complete)

    for _ in range(repeat):
        for name, flt in filters.items():
            filter_once(name, flt)
    window.close()
    return results

def _event_with_most_citations(workspace) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from db.models import Citation, Event

    with workspace.archive.session() as session:
        event_id = session.scalar(select(Citation.event_id).group_by(Citation.event_id).order_by(func.count().desc()).limit(1))
        return session.scalar(select(Event.uid).where(Event.id == event_id))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


TARGETS: dict[str, tuple[float | None, float | None]] = {
    "cold_start": (1000.0, None), "scroll.frame": (16.0, 33.0), "detail.50": (20.0, None),
    "sort.ui_block": (50.0, None), "sort.first_rows": (50.0, None),
    "search.typical.ui_block": (50.0, None), "search.typical.first_rows": (None, None),
    "search.typical.count_shown": (None, None), "search.typical.complete": (None, None),
    "search.common.ui_block": (50.0, None), "search.common.first_rows": (None, None),
    "search.common.count_shown": (None, None), "search.common.complete": (None, None),
    "filter.ui_block": (50.0, None), "filter.first_rows": (50.0, None),
    "filter.count_shown": (None, None), "filter.complete": (None, None),
}
"""(median, p95) targets in ms; ``None``: measured for the record (background work that never
blocks the GUI thread), no target of its own. ``*.ui_block`` is what the GUI thread spends on
the action and its repaint; ``*.first_rows`` when rows show; ``*.count_shown`` when the count
label has a number (capped "20,000+" or exact); ``*.complete`` when every id is read."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-start runs (separate processes)")
    args = parser.parse_args()
    results = {} if args.no_cold else {"cold_start": cold_start(args.archive, args.repeat)}
    results.update(in_process(args.archive, args.repeat))
    print(f"{'figure':<27}|{'median ms':>11} |{'p95 ms':>9} | target          | met?")
    summary = {}
    for name, values in results.items():
        median, high = statistics.median(values), p95(values)
        target, target95 = TARGETS.get(name, (None, None))
        met = None if target is None else median <= target and (target95 is None or high <= target95)
        shown = "—" if target is None else f"≤ {target:g}" + (f" / p95 ≤ {target95:g}" if target95 else "")
        verdict = "" if met is None else "yes" if met else "NO"
        print(f"{name:<27}|{median:>11.1f} |{high:>9.1f} | {shown:<15} | {verdict}")
        summary[name] = {"median_ms": median, "p95_ms": high, "runs": values, "met": met}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'rss.peak':<27}|{peak:>11.1f} MB (target ≤ 300 MB)")
    summary["rss_peak_mb"] = peak
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
