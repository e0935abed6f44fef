"""Benchmark: build a dossier of a synthetic 1,000-event case and print the timings."""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
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
from db.report_data import ReportFilters, load_report_data
from desktop.report import ReportOptions, build_pdf

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="folder to keep the archive and PDFs in")
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
        out = folder / f"{template}.pdf"
        started, cpu = time.perf_counter(), time.process_time()
        build_pdf(data, ReportOptions(template=template), out)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        pages = len(PdfReader(out).pages)
        print(f"build {template}: {elapsed:.2f} s wall, {cpu:.2f} s CPU, {pages} pages, "
              f"{out.stat().st_size / 1e6:.1f} MB ({pages / elapsed:.0f} pages/s) -> {out}")
    archive.close()


if __name__ == "__main__":
    main()
