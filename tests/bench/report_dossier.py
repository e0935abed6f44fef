"""Benchmark: build a dossier of a synthetic 1,000-event case and print the timings."""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from db import dates
from db.archive import Archive
from db.models import (
    Actor,
    Attachment,
    Blob,
    CaseFile,
    Citation,
    Event,
    Figure,
    Involvement,
    Place,
    Source,
    Tag,
)
from db.report_data import ReportData, ReportFilters, load_report_data
from desktop.report import ReportCancelled, ReportOptions, build_pdf, render

STAMP = "2024-01-01T00:00:00Z"
WORDS = ("protest petition detention statement embassy activists signatures network evacuation "
         "investigation parliament visa authorities witness campaign rally balloons hoods cage "
         "newspaper report Новая газета Грозный Нохчийчоь ӀаӀа تغطية صحفية عربية").split()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def date_text(rng: random.Random, day: date) -> str:
    kind = rng.random()
    if kind < 0.55:
        return day.isoformat()
    if kind < 0.7:
        return day.strftime("%Y-%m")
    if kind < 0.8:
        return f"{day:%Y-%m}~"
    if kind < 0.92:
        end = day + timedelta(days=rng.randint(1, 60))
        return f"{day.isoformat()}/{end.isoformat()}"
    return f"{day.isoformat()}/.."


def populate(path: Path, n_events: int, seed: int = 7) -> Archive:
    rng = random.Random(seed)
    archive = Archive.create(path, user="bench")
    with archive.transaction() as s:
        case = CaseFile(title="Synthetic case for the report benchmark", tlp="AMBER",
                        summary=" ".join(sentence(rng, 20) for _ in range(4)),
                        organisation="Bench Org", updated_at=STAMP)
        actors = [Actor(kind=rng.choice(("person", "organisation", "state_body")),
                        name=f"Actor {i} {rng.choice(WORDS)}", protected=i % 25 == 0,
                        updated_at=STAMP) for i in range(200)]
        places = [Place(name=f"Place {i}", country=rng.choice(("GB", "RU", "FR", "DE")),
                        city=f"City {i % 40}") for i in range(120)]
        tags = [Tag(name=t) for t in ("protest", "petition", "detention", "statement")]
        sources = []
        for i in range(300):
            published = (date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000))).isoformat()
            source = Source(title=sentence(rng, 8), outlet=rng.choice(actors),
                            published=published, published_lo=published, published_hi=published,
                            language=rng.choice(("en", "ru", "ar")),
                            reliability=rng.choice("ABCDEF"),
                            url=f"https://example.org/{i}/" + "segment-" * rng.randint(1, 12),
                            retrieved_at="2024-01-01", updated_at=STAMP,
                            sensitivity="sensitive" if i % 50 == 0 else "normal")
            content = f"attachment {i}".encode()
            sha = hashlib.sha256(content).hexdigest()
            s.add(Blob(sha256=sha, size=len(content), content=content))
            source.attachments.append(Attachment(sha256=sha, file_name=f"capture-{i}.pdf",
                                                 kind="pdf", size=len(content)))
            sources.append(source)
        s.add_all([case, *actors, *places, *tags, *sources])
        for i in range(n_events):
            text = date_text(rng, date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000)))
            bounds = dates.parse(text)
            event = Event(case=case, title=sentence(rng, rng.randint(4, 10)),
                          description=" ".join(sentence(rng, 15) for _ in range(rng.randint(1, 4))),
                          date_text=text, date_lo=bounds.lo, date_hi=bounds.hi,
                          place=rng.choice(places),
                          event_type=rng.choice(("protest", "petition", "detention", "statement")),
                          status=rng.choice(("confirmed", "likely", "possible", "unlikely",
                                             "unknown")),
                          sensitivity="sensitive" if i % 40 == 0 else "normal", updated_at=STAMP)
            event.tags = rng.sample(tags, rng.randint(0, 2))
            for source in rng.sample(sources, rng.randint(1, 3)):
                citation = Citation(source=source, locator=str(rng.randint(1, 40)),
                                    credibility=rng.randint(1, 6), quote=sentence(rng, 10),
                                    quote_translation=sentence(rng, 10))
                event.citations.append(citation)
                if rng.random() < 0.2:
                    value = rng.randint(1, 50000)
                    event.figures.append(Figure(minimum=value, maximum=value, unit="people",
                                                citation=citation))
            for actor in rng.sample(actors, rng.randint(0, 3)):
                event.involvements.append(Involvement(actor=actor, role="participant"))
            s.add(event)
    return archive


def time_builds(data: ReportData, template: str, out: Path, repeat: int) -> None:
    """Build ``repeat`` times; print each run and the medians of wall and CPU seconds (the
    machine may be shared: CPU time is the steadier of the two)."""
    walls, cpus = [], []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        build_pdf(data, ReportOptions(template=template), out)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    pages = len(PdfReader(out).pages)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    runs = " ".join(f"{w:.2f}/{c:.2f}" for w, c in zip(walls, cpus, strict=True))
    print(f"build {template}: median {wall:.2f} s wall, {cpu:.2f} s CPU over {repeat} "
          f"(wall/CPU: {runs}), {pages} pages, {out.stat().st_size / 1e6:.1f} MB "
          f"({pages / wall:.0f} pages/s) -> {out}")


def cancel_latency(data: ReportData) -> None:
    """How soon a dossier build notices a cancel: the longest stretch between two cancel
    checks of one build (the worst case, whatever the moment), then real cancels from
    another thread at a few points of the build."""
    stamps: list[float] = []

    def record() -> bool:
        stamps.append(time.perf_counter())
        return False

    started = time.perf_counter()
    render(data, ReportOptions(), is_cancelled=record)
    ended = time.perf_counter()
    moments = [started, *stamps, ended]
    gaps = sorted((b - a for a, b in itertools.pairwise(moments)), reverse=True)
    print(f"cancel checks: {len(stamps)} in {ended - started:.2f} s; longest gaps "
          + ", ".join(f"{g * 1000:.0f}" for g in gaps[:5]) + " ms")
    latencies = []
    for fraction in (0.1, 0.3, 0.5, 0.7, 0.9):
        flag = threading.Event()
        stopped: list[float] = []

        def work(flag: threading.Event = flag, stopped: list[float] = stopped) -> None:
            try:
                render(data, ReportOptions(), is_cancelled=flag.is_set)
            except ReportCancelled:
                stopped.append(time.perf_counter())

        worker = threading.Thread(target=work)
        worker.start()
        time.sleep(fraction * (ended - started))
        flag.set()
        cancelled = time.perf_counter()
        worker.join()
        if stopped:
            latencies.append((fraction, stopped[0] - cancelled))
    print("cancel from another thread at "
          + ", ".join(f"{f:.0%}: {lat * 1000:.0f} ms" for f, lat in latencies))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="folder to keep the archive and PDFs in")
    parser.add_argument("--repeat", type=int, default=3, help="builds per template (median)")
    parser.add_argument("--cancel", action="store_true", help="also measure cancel latency")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="casefile-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    archive = populate(folder / "bench.casefile", args.events)
    print(f"archive with {args.events} events created in {time.perf_counter() - started:.2f} s")
    with archive.session() as session:
        started = time.perf_counter()
        data = load_report_data(session, ReportFilters())
        print(f"load_report_data: {time.perf_counter() - started:.2f} s "
              f"({len(data.events)} events, {len(data.sources)} sources)")
    for template in ("dossier", "brief"):
        time_builds(data, template, folder / f"{template}.pdf", max(1, args.repeat))
    if args.cancel:
        cancel_latency(data)
    archive.close()


if __name__ == "__main__":
    main()
