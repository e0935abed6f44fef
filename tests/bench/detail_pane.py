"""Detail pane benchmark (offscreen): time to show a busy event (50 citations) and paint it.

Run on demand, not by pytest::

    python -m tests.bench.detail_pane                      # a small archive built here
    python -m tests.bench.detail_pane --archive BIG.casefile   # meta bench_detail_event; refuses to migrate
    python -m tests.bench.detail_pane --profile            # plus cProfile of the first-show case
    python -m tests.bench.detail_pane --shot before.png    # screenshot of the pane on the big event

Cases (each is ``show_record`` + ``repaint()``; median and p95 in ms):

* ``first``  — after ``show_record(None, None)`` (as ``tests/bench/gui.py`` ``detail.50`` does);
* ``reshow`` — the same event again (a refresh after an edit looks like this);
* ``switch`` — alternating between two busy events;
* ``…, widgets only`` — the same with the archive read cached: the pane's own share.

The built archive has two events with 50 citations each (quotes in Latin, Cyrillic and
Arabic scripts), 10 actors, 6 figures, 5 tags and 4 relations; it lives in a temp folder.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUOTES = [
    "Police detained at least {n} men in Grozny on the night of 3 April, according to two witnesses.",
    "По словам свидетелей, в ночь на 3 апреля в Грозном были задержаны не менее {n} мужчин; их держали в бывшей военной части.",
    "قال شهود إن الشرطة احتجزت ما لا يقل عن {n} رجلاً في غروزني ليلة الثالث من أبريل، واحتُجزوا في مبنى عسكري سابق.",
    "Les témoins affirment que {n} hommes ont été retenus pendant plusieurs jours sans contact avec leurs familles.",
    "Нохчийн Республикехь {n} стаг лаьцна хилла, аьлла дийцира тӀеман хьолехь.",
]


def build_archive(folder: Path) -> tuple[Path, list[str]]:
    """A small archive with two busy events; returns its path and their uids."""
    from db import services
    from db.archive import Archive
    from db.demo import build_demo

    path = folder / "detail-bench.casefile"
    busy: list[str] = []
    with Archive.create(path, user="bench") as archive:
        case_uid = build_demo(archive)
        with services.edit(archive) as ed:
            sources = [
                services.create(ed, "source", {"kind": "news_article", "title": f"Report {i}: {title}", "language": lang, "reliability": "ABCDEF"[i % 6]})
                for i, (title, lang) in enumerate([("Novaya Gazeta investigation", "ru"), ("Witness statement", "ce"), ("Al Jazeera report", "ar"),
                                                   ("Le Monde", "fr"), ("Human Rights Watch", "en"), ("Memorial", "ru"), ("BBC Russian", "ru"), ("Reuters", "en")])
            ]
            actors = [services.create(ed, "actor", {"kind": "person" if i % 3 else "organisation", "name": f"Actor {i} — Актёр {i}", "protected": i % 4 == 0})
                      for i in range(10)]
            for number in range(2):
                event = services.create(ed, "event", {
                    "case": case_uid, "title": f"Mass detention in Grozny, wave {number + 1}", "date_text": f"2017-04-0{number + 3}",
                    "event_type": "detention", "status": "likely", "description": "Men detained and held in a former military building. " * 6,
                    "notes": "Cross-checked against the witness statements.", "tags": ["detention", "torture", "lgbt", "chechnya", f"wave-{number + 1}"],
                })
                busy.append(event)
                citations = []
                for i in range(50):
                    quote = QUOTES[i % len(QUOTES)].format(n=20 + i)
                    citations.append(services.create(ed, "citation", {
                        "event": event, "source": sources[i % len(sources)], "locator_type": "paragraph", "locator": str(i + 1),
                        "quote": quote, "quote_language": ["en", "ru", "ar", "fr", "ce"][i % 5],
                        "quote_translation": "" if i % 5 in (0, 3) else "Witnesses say at least some men were detained.",
                        "stance": "contradicts" if i % 11 == 0 else "supports", "credibility": 1 + i % 6, "independent": i % 3 != 0,
                    }))
                for i, actor in enumerate(actors):
                    services.create(ed, "involvement", {"event": event, "actor": actor, "role": ["victim", "perpetrator", "witness"][i % 3],
                                                        "count": 10 + i if i % 2 else None, "note": "Named in several accounts." if i % 4 == 1 else ""})
                for i in range(6):
                    services.create(ed, "figure", {"event": event, "minimum": 40 + i * 10, "maximum": 60 + i * 10, "unit": "men detained",
                                                   "qualifier": "about", "citation": citations[i]})
            demo_events = [uid for uid, in archive_event_uids(ed, 4, exclude=busy)]
            for i, other in enumerate(demo_events):
                for event in busy:
                    services.create(ed, "event_relation", {"from_event": event, "to_event": other, "relation_type": ["part_of", "precedes", "causes", "response_to"][i % 4]})
    return path, busy


def archive_event_uids(ed: object, limit: int, exclude: list[str]) -> list[tuple[str]]:
    """Some demo events to relate the busy ones to."""
    from sqlalchemy import select

    from db.models import Event

    session = ed.session  # type: ignore[attr-defined]
    return [(u,) for u in session.scalars(select(Event.uid).where(Event.uid.not_in(exclude)).order_by(Event.id).limit(limit))]


CPU: dict[str, list[float]] = {}
"""CPU time of this thread per case: steadier than wall time when other processes share the cores."""


def timed(step: Callable[[], None], repeat: int, name: str) -> list[float]:
    times = []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.thread_time()
        step()
        times.append((time.perf_counter() - started) * 1000)
        CPU.setdefault(name, []).append((time.thread_time() - cpu) * 1000)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, help="an existing archive (opened read-only use; meta bench_detail_event)")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--profile", action="store_true", help="cProfile the first-show case")
    parser.add_argument("--shot", type=Path, help="save a screenshot of the pane showing the busy event")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from db.archive import Archive
    from desktop.gui.panes.detail import DetailPane
    from desktop.gui.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.TemporaryDirectory(prefix="casefile-detail-bench-")
    if args.archive:
        from db.archive import SCHEMA_VERSION, probe

        if probe(args.archive.resolve()) < SCHEMA_VERSION:  # Archive.open would migrate it: a write
            sys.exit(f"{args.archive} has an older schema; this benchmark only reads archives, it does not upgrade them.")
        archive = Archive.open(args.archive)
        meta = archive.meta()
        first = meta["bench_detail_event"]
        second = meta.get("bench_detail_event_2") or first
        label = f"{args.archive.name}"
    else:
        path, (first, second) = build_archive(Path(folder.name))
        archive = Archive.open(path)
        label = "small archive (demo + 2 events × 50 citations)"
    workspace = Workspace(archive)
    pane = DetailPane(workspace)
    pane.resize(520, 900)
    pane.show()
    app.processEvents()

    data = workspace.event_detail(first)
    db_ms = timed(lambda: workspace.event_detail(first), 10, "db.event_detail")

    def first_show() -> None:
        pane.show_record(None, None)
        pane.repaint()
        started, cpu = time.perf_counter(), time.thread_time()
        pane.show_record("event", first)
        pane.repaint()
        first_times.append((time.perf_counter() - started) * 1000)
        CPU.setdefault("first", []).append((time.thread_time() - cpu) * 1000)

    def reshow() -> None:
        pane.show_record("event", first)
        pane.repaint()

    flip = [first, second]

    def switch() -> None:
        flip.reverse()
        pane.show_record("event", flip[0])
        pane.repaint()

    for _ in range(3):  # warm up: first construction of fonts, styles, glyph caches
        reshow()
        switch()
    first_times: list[float] = []
    for _ in range(args.repeat):
        first_show()
    results = {"db.event_detail": db_ms, "first": first_times, "reshow": timed(reshow, args.repeat, "reshow"), "switch": timed(switch, args.repeat, "switch")}
    # The same with the archive read taken out: what the widgets cost on their own.
    cached = {uid: workspace.event_detail(uid) for uid in (first, second)}
    read = workspace.event_detail
    workspace.event_detail = cached.__getitem__  # type: ignore[method-assign]
    first_times, with_read = [], CPU.pop("first")
    for _ in range(args.repeat):
        first_show()
    CPU["first, widgets only"], CPU["first"] = CPU.pop("first"), with_read
    results["first, widgets only"] = first_times
    results["switch, widgets only"] = timed(switch, args.repeat, "switch, widgets only")
    workspace.event_detail = read  # type: ignore[method-assign]
    print(f"{label}: event {first} — {len(data.citations)} citations, {len(data.involvements)} actors, {len(data.figures)} figures, {len(data.relations)} relations")
    print(f"{'case':<22}{'median':>9}{'p95':>9}{'cpu med':>9}{'cpu p95':>9}   (ms, n={args.repeat}, target first ≤ 20)")
    for name, values in results.items():
        cpu = CPU[name]
        print(f"{name:<22}{statistics.median(values):>9.1f}{p95(values):>9.1f}{statistics.median(cpu):>9.1f}{p95(cpu):>9.1f}")
    if args.profile:
        profiler = cProfile.Profile()
        first_times = []
        profiler.enable()
        for _ in range(args.repeat):
            first_show()
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    if args.shot:
        pane.show_record("event", first)
        for _ in range(3):  # let posted layout requests run, as the event loop would
            app.processEvents()
        pane.grab().save(str(args.shot))
        whole = pane.form.widget()
        whole.grab().save(str(args.shot.with_name(args.shot.stem + "-full" + args.shot.suffix)))
        print(f"saved {args.shot} and the full form next to it")
    pane.close()
    workspace.reader.shutdown()
    archive.close()
    folder.cleanup()


if __name__ == "__main__":
    main()
