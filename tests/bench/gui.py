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
from desktop.main_window import MainWindow
from desktop.settings import open_settings
from desktop.tasks import TaskRunner

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
        child.wait(timeout=120)
    return times


def in_process(archive: Path, repeat: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = "/tmp/casefile-bench-config"
    from PySide6.QtWidgets import QApplication

    from db.queries import EventFilter
    from desktop.main_window import MainWindow
    from desktop.settings import open_settings
    from desktop.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    window = MainWindow(open_settings(), TaskRunner())
    window.resize(1280, 820)
    window.show()
    window.open_archive(archive)
    bench = window.workbench
    model = bench.list_pane.event_model
    deadline = time.time() + 120
    while not model.is_complete() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.01)
    view = bench.list_pane.views["event"]
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

    sort_first_page = []
    for column in (1, 0):
        started = time.perf_counter()
        model.sort(column)
        view.viewport().repaint()
        sort_first_page.append((time.perf_counter() - started) * 1000)
    search = []
    for word in ("grisda", "vas"):
        started = time.perf_counter()
        bench.list_pane.event_model.set_filter(EventFilter(text=word))
        view.viewport().repaint()
        search.append((time.perf_counter() - started) * 1000)
    window.close()
    return {"scroll.frame": frames, "detail.50": detail, "sort.ui_block": sort_first_page, "search.ui_block": search}


def _event_with_most_citations(workspace) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from db.models import Citation, Event

    with workspace.archive.session() as session:
        event_id = session.scalar(select(Citation.event_id).group_by(Citation.event_id).order_by(func.count().desc()).limit(1))
        return session.scalar(select(Event.uid).where(Event.id == event_id))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


TARGETS = {"cold_start": (1000.0, None), "scroll.frame": (16.0, 33.0), "detail.50": (20.0, None),
           "sort.ui_block": (50.0, None), "search.ui_block": (50.0, None)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = {"cold_start": cold_start(args.archive, args.repeat)}
    results.update(in_process(args.archive, args.repeat))
    print(f"{'figure':<18}|{'median ms':>11} |{'p95 ms':>9} | target          | met?")
    summary = {}
    for name, values in results.items():
        median, high = statistics.median(values), p95(values)
        target, target95 = TARGETS[name]
        met = median <= target and (target95 is None or high <= target95)
        shown = f"≤ {target:g}" + (f" / p95 ≤ {target95:g}" if target95 else "")
        print(f"{name:<18}|{median:>11.1f} |{high:>9.1f} | {shown:<15} | {'yes' if met else 'NO'}")
        summary[name] = {"median_ms": median, "p95_ms": high, "runs": values, "met": met}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'rss.peak':<18}|{peak:>11.1f} MB (target ≤ 300 MB)")
    summary["rss_peak_mb"] = peak
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
